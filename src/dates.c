/* SPDX-License-Identifier: BSD-3-Clause */
/* Dates: header and JSON dates (ISO 8601, RFC 2822) and dates written in
 * the text of an article. */
#include "dates-private.h"

#include <string.h>

static const char *const month_names[12] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december",
};

gint64
brief_day_timestamp(int year, int month, int day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc(year, month, day, 0, 0, 0);

  return dt ? g_date_time_to_unix(dt) : 0;
}

gboolean
brief_day_back(int *year, int *month, int *day, guint days)
{
  GDate d;

  g_date_clear(&d, 1);
  g_date_set_dmy(&d, (GDateDay)*day, (GDateMonth)*month, (GDateYear)*year);
  g_return_val_if_fail(g_date_valid(&d), FALSE);
  if (days >= g_date_get_julian(&d))
    return FALSE;
  g_date_subtract_days(&d, days);
  if (g_date_get_year(&d) < 1000)
    return FALSE;
  *year = g_date_get_year(&d);
  *month = (int)g_date_get_month(&d);
  *day = g_date_get_day(&d);
  return TRUE;
}

static gboolean
valid_day(int year, int month, int day)
{
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= g_date_get_days_in_month((GDateMonth)month, (GDateYear)year);
}

/* Month from a name or an abbreviation of at least three letters
 * ("Dec", "Sept", "December"), case-insensitive; 0 if none. */
static int
month_from_word(const char *w, gsize len)
{
  int m;

  if (len < 3)
    return 0;
  for (m = 0; m < 12; m++) {
    gsize full = strlen(month_names[m]);
    if (len <= full && g_ascii_strncasecmp(w, month_names[m], len) == 0 &&
        (len == full || len == 3 || (m == 8 && len == 4)))
      return m + 1;
  }
  return 0;
}

/* A number of `min_digits` to `max_digits` digits, not followed by another
 * digit, in text that ends at `end` (it need not be NUL-terminated). */
static gboolean
parse_uint_bounded(const char **p, const char *end, int min_digits, int max_digits, int *out)
{
  int n = 0, v = 0;

  while (*p < end && g_ascii_isdigit(**p) && n < max_digits) {
    v = v * 10 + (**p - '0');
    (*p)++;
    n++;
  }
  if (n < min_digits || (*p < end && g_ascii_isdigit(**p)))
    return FALSE;
  *out = v;
  return TRUE;
}

/* parse_uint_bounded() for NUL-terminated text. */
static gboolean
parse_uint(const char **p, int min_digits, int max_digits, int *out)
{
  return parse_uint_bounded(p, *p + strlen(*p), min_digits, max_digits, out);
}

/* "YYYY-MM-DD"; a '-' at `end` is never read because NUL-terminated text
 * has its NUL there and written text is checked to be long enough first. */
static gboolean
parse_iso_day(const char **p, const char *end, int *year, int *month, int *day)
{
  return parse_uint_bounded(p, end, 4, 4, year) && *(*p)++ == '-' &&
         parse_uint_bounded(p, end, 2, 2, month) && *(*p)++ == '-' &&
         parse_uint_bounded(p, end, 2, 2, day);
}

static void
skip_spaces(const char **p)
{
  while (**p == ' ' || **p == '\t')
    (*p)++;
}

/* A zone after the time: "Z", "+hhmm" (RFC 2822), "+hh:mm" or "+hh"
 * (ISO 8601), and with `rfc` a zone name.  `offset` gets its offset east
 * of UTC in seconds; nothing there is UTC. */
static gboolean
parse_zone(const char **pp, gboolean rfc, gint64 *offset)
{
  const char *p = *pp, *z;
  int sign, v = 0, zh = 0, zm = 0;

  *offset = 0;
  if (*p == 'Z' || *p == 'z') {
    p++;
  } else if (*p == '+' || *p == '-') {
    sign = *p == '-' ? -1 : 1;
    z = ++p;
    if (!parse_uint(&p, 2, 4, &v) || (p - z) == 3)
      return FALSE;
    if (p - z == 4) {
      zh = v / 100;
      zm = v % 100;
    } else {
      zh = v;
      if (*p == ':') {
        p++;
        if (!parse_uint(&p, 2, 2, &zm))
          return FALSE;
      }
    }
    if (zh > 23 || zm > 59)
      return FALSE;
    *offset = sign * ((gint64)zh * 3600 + zm * 60);
  } else if (rfc && g_ascii_isalpha(*p)) {
    /* GMT, UT, UTC, or an obsolete name (EST, PDT...) read as UTC: the day
     * is what counts. */
    while (g_ascii_isalpha(*p))
      p++;
  }
  *pp = p;
  return TRUE;
}

/* Time of day and zone after a date: "10:00", "10:00:00.5Z", "+01:00".
 * Returns the offset to add to midnight UTC, FALSE on garbage. */
static gboolean
parse_time_zone(const char *p, gboolean rfc, gint64 *seconds)
{
  int h = 0, m = 0, s = 0;
  gint64 offset = 0;

  skip_spaces(&p);
  if (*p == '\0') {
    *seconds = 0;
    return TRUE;
  }
  if (!parse_uint(&p, 1, 2, &h) || *p++ != ':' || !parse_uint(&p, 2, 2, &m))
    return FALSE;
  if (*p == ':') {
    p++;
    if (!parse_uint(&p, 2, 2, &s))
      return FALSE;
    if (*p == '.' || *p == ',') {
      p++;
      while (g_ascii_isdigit(*p))
        p++;
    }
  }
  if (h > 23 || m > 59 || s > 60)
    return FALSE;
  skip_spaces(&p);
  if (!parse_zone(&p, rfc, &offset))
    return FALSE;
  skip_spaces(&p);
  if (*p != '\0')
    return FALSE;
  *seconds = (gint64)h * 3600 + m * 60 + s - offset;
  return TRUE;
}

/* A year of 4 digits, or of 2 as RFC 822 wrote them and feeds still do:
 * 00-49 are 2000-2049, 50-99 1950-1999 (RFC 2822, section 4.3). */
static gboolean
parse_year(const char **p, int *year)
{
  const char *start = *p;

  if (!parse_uint(p, 2, 4, year) || *p - start == 3)
    return FALSE;
  if (*p - start == 2)
    *year += *year < 50 ? 2000 : 1900;
  return TRUE;
}

/* A month's name or abbreviation at `*p` (letters, then an optional '.'). */
static int
parse_month(const char **p)
{
  const char *w = *p;
  int month;

  while (g_ascii_isalpha(**p))
    (*p)++;
  month = month_from_word(w, (gsize)(*p - w));
  if (month != 0 && **p == '.')
    (*p)++;
  return month;
}

/* RFC 2822's date, "[Day,] DD Mon YYYY", as feeds write it: the weekday
 * and the month also in full ("Friday, 27 November 2026"), the year also
 * in two digits ("Fri, 27 Nov 26"), or the month first ("Nov 27, 2026",
 * "Friday, November 27, 2026"). */
static gboolean
parse_rfc_day(const char **pp, int *year, int *month, int *day)
{
  const char *p = *pp, *w = p;

  while (g_ascii_isalpha(*p))
    p++;
  if (p > w && *p == ',') {
    p++;
    skip_spaces(&p);
  } else {
    p = w;
  }
  if (g_ascii_isdigit(*p)) {
    if (!parse_uint(&p, 1, 2, day))
      return FALSE;
    skip_spaces(&p);
    if ((*month = parse_month(&p)) == 0)
      return FALSE;
  } else {
    if ((*month = parse_month(&p)) == 0)
      return FALSE;
    skip_spaces(&p);
    if (!parse_uint(&p, 1, 2, day))
      return FALSE;
    if (*p == ',')
      p++;
  }
  skip_spaces(&p);
  if (!parse_year(&p, year))
    return FALSE;
  *pp = p;
  return TRUE;
}

gboolean
brief_parse_date(const char *s, int *year, int *month, int *day, gint64 *timestamp)
{
  const char *p = s;
  int y = 0, mo = 0, d = 0;
  gint64 secs = 0;
  gboolean rfc = FALSE;

  skip_spaces(&p);
  if (g_ascii_isdigit(p[0]) && g_ascii_isdigit(p[1]) && g_ascii_isdigit(p[2]) &&
      g_ascii_isdigit(p[3]) && p[4] == '-') {
    /* ISO 8601: YYYY-MM-DD[(T| )hh:mm[:ss[.f]][Z|+hh:mm]] */
    if (!parse_iso_day(&p, p + strlen(p), &y, &mo, &d))
      return FALSE;
    if (*p == 'T' || *p == 't')
      p++;
  } else {
    rfc = TRUE;
    if (!parse_rfc_day(&p, &y, &mo, &d))
      return FALSE;
  }
  if (!valid_day(y, mo, d) || !parse_time_zone(p, rfc, &secs))
    return FALSE;
  if (year)
    *year = y;
  if (month)
    *month = mo;
  if (day)
    *day = d;
  if (timestamp)
    *timestamp = brief_day_timestamp(y, mo, d) + secs;
  return TRUE;
}

/* An optional `punct`, one space, then a number of `min_digits` to
 * `max_digits` digits: what follows each part of a written date. */
static gboolean
parse_after_space(const char **p, const char *end, char punct, int min_digits, int max_digits,
                  int *out)
{
  if (*p < end && **p == punct)
    (*p)++;
  if (*p >= end || **p != ' ')
    return FALSE;
  (*p)++;
  return parse_uint_bounded(p, end, min_digits, max_digits, out);
}

/* "December 15, 2015", "Dec. 15th, 2015", "Dec 15 2015" from the month name
 * at `p`. */
static gboolean
match_month_first(const char *p, const char *end, int *year, int *month, int *day)
{
  const char *w = p;

  while (p < end && g_ascii_isalpha(*p))
    p++;
  *month = month_from_word(w, (gsize)(p - w));
  if (*month == 0 || !parse_after_space(&p, end, '.', 1, 2, day))
    return FALSE;
  if (p + 1 < end &&
      (g_ascii_strncasecmp(p, "st", 2) == 0 || g_ascii_strncasecmp(p, "nd", 2) == 0 ||
       g_ascii_strncasecmp(p, "rd", 2) == 0 || g_ascii_strncasecmp(p, "th", 2) == 0))
    p += 2;
  return parse_after_space(&p, end, ',', 4, 4, year);
}

/* "15 December 2015", "15 Dec., 2015" from the day number at `p`. */
static gboolean
match_day_first(const char *p, const char *end, int *year, int *month, int *day)
{
  const char *m;

  if (!parse_uint_bounded(&p, end, 1, 2, day) || p >= end || *p != ' ')
    return FALSE;
  m = ++p;
  while (p < end && g_ascii_isalpha(*p))
    p++;
  *month = month_from_word(m, (gsize)(p - m));
  if (*month == 0 || (p - m) < 3)
    return FALSE;
  if (p < end && *p == '.')
    p++;
  return parse_after_space(&p, end, ',', 4, 4, year);
}

/* Read a written date starting at word `w` (a month name or a day number). */
static gboolean
match_text_date(const char *w, const char *end, int *year, int *month, int *day)
{
  const char *p = w;
  int y = 0, mo = 0, d = 0;
  gboolean ok;

  if (end - p >= 10 && g_ascii_isdigit(p[0]) && p[4] == '-' && p[7] == '-')
    ok = parse_iso_day(&p, end, &y, &mo, &d); /* "2015-12-15" */
  else if (g_ascii_isalpha(*p))
    ok = match_month_first(p, end, &y, &mo, &d);
  else
    ok = match_day_first(p, end, &y, &mo, &d);
  if (!ok || y < 1900 || y > 2199 || !valid_day(y, mo, d))
    return FALSE;
  *year = y;
  *month = mo;
  *day = d;
  return TRUE;
}

gboolean
brief_find_text_date(const char *text, gsize len, int *year, int *month, int *day)
{
  const char *p = text, *end = text + len;

  while (p < end) {
    /* Only look at word starts. */
    if (g_ascii_isalnum(*p) && (p == text || !g_ascii_isalnum(p[-1]))) {
      if (match_text_date(p, end, year, month, day))
        return TRUE;
    }
    p++;
  }
  return FALSE;
}
