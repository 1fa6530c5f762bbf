/* SPDX-License-Identifier: BSD-3-Clause */
/* Dates in article headers, JSON members and article text (dates.c). */
#ifndef BRIEF_DATES_PRIVATE_H
#define BRIEF_DATES_PRIVATE_H

#include <brief/brief.h>

G_BEGIN_DECLS

/* Parse a date: ISO 8601 (YYYY-MM-DD, optionally with a time and zone) or
 * RFC 2822 ("Tue, 15 Dec 2015 10:00:00 +0000").  FALSE if not a date.  Any
 * output pointer may be NULL. */
gboolean brief_parse_date(const char *s, int *year, int *month, int *day, gint64 *timestamp);

/* Find the first full written date ("December 15, 2015", "Dec. 15, 2015",
 * "15 December 2015", "2015-12-15") in `text`, which need not be
 * NUL-terminated. */
gboolean brief_find_text_date(const char *text, gsize len, int *year, int *month, int *day);

/* Seconds since the epoch of midnight UTC of the given day; 0 for a day
 * that does not exist. */
gint64 brief_day_timestamp(int year, int month, int day);

/* A day as one number, YYYYMMDD, that orders as the days do: what the
 * daily briefing compares article dates by (the calendar day as written,
 * whatever its time zone). */
static inline gint
brief_day_key(int year, int month, int day)
{
  return year * 10000 + month * 100 + day;
}

/* Move the day `*year`-`*month`-`*day` `days` days back.  FALSE, the day
 * unchanged, when that is before the year 1000, the first a date can be
 * read in. */
gboolean brief_day_back(int *year, int *month, int *day, guint days);

G_END_DECLS

#endif /* BRIEF_DATES_PRIVATE_H */
