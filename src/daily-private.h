/* SPDX-License-Identifier: BSD-3-Clause */
/* A day's briefing (daily.c): its stories and the facts every rendering
 * shows, worked out once, independent of the output format. */
#ifndef BRIEF_DAILY_PRIVATE_H
#define BRIEF_DAILY_PRIVATE_H

#include <brief/brief.h>

G_BEGIN_DECLS

/* A calendar day; year 0: none. */
typedef struct {
  int year, month, day;
} BriefDay;

typedef struct {
  guint *indices; /* the story's articles in the day, input order */
  guint n_indices;
  guint n_outlets;        /* distinct outlets among them */
  gint64 newest;          /* newest dated article, 0 when none */
  BriefDay first, last;   /* the days of its oldest and newest dated articles */
  BriefCluster *articles; /* copies of the articles */
  BriefSummary *summary;
} BriefStory;

struct _BriefDaily {
  const BriefCluster *day;
  BriefConfig *config; /* the configuration with the daily defaults */
  GPtrArray *stories;  /* BriefStory*, ranked */
  guint n_found;       /* stories found before the limits */
  guint n_outlets;     /* distinct outlets of the articles kept */
  gboolean has_date;
  int year, month, day_of_month;
  BriefDay since;   /* the first day of the window; year 0: none */
  guint n_articles; /* the day's articles kept: all but those left out */
  guint *left_out;  /* the day's articles left out for their dates */
  guint n_left_out;
};

/* ---- the days of a briefing (daily-dates.c) ------------------------------- */

/* The days of the briefing `d`: its date ("date", else the newest article's),
 * the first day of its window ("since", else the date less "days" - 1), and
 * the articles of d->day it leaves out for their dates (d->left_out): dated
 * after the briefing date or before the window.  Undated articles are kept.
 * The date is set in d->config, so every story's summary carries it.
 * Returns (transfer full) the indices of the articles kept, `*n_kept` of
 * them, in input order.  NULL with BRIEF_ERROR_INVALID when the window
 * starts after the briefing date, BRIEF_ERROR_EMPTY when every article is
 * left out. */
guint *brief_daily_place_articles(BriefDaily *d, guint *n_kept, GError **error);

/* The first and last day of the story's dated articles of `day`. */
void brief_story_find_days(BriefStory *st, const BriefCluster *day);

/* Whether article `a`, left out of `d`, was dated after the briefing date
 * (else it was before the window). */
gboolean brief_daily_is_after(const BriefDaily *d, const BriefArticle *a);

/* One outlet of a story: its name and the first web address among its
 * articles there (NULL when none has one). */
typedef struct {
  char *name;
  char *url;
} BriefSource;

/* Outlet of an article: Source, else the host of its URL (without "www."),
 * else NULL.  (transfer full) */
char *brief_article_dup_outlet(const BriefArticle *a);

/* Distinct outlets among the articles `indices` of `day`. */
guint brief_count_outlets(const BriefCluster *day, const guint *indices, guint n);

/* The outlets of a story (BriefSource*), in order of first appearance,
 * compared case-insensitively.  (transfer full) */
GPtrArray *brief_story_dup_sources(const BriefDaily *d, const BriefStory *st);

/* "Daily briefing: Tuesday, 16 November 2004", or the bare title when the
 * briefing has no date.  (transfer full) */
char *brief_daily_dup_title(const BriefDaily *d);

/* "7 articles from 1 source, 7 stories.", and when articles were left out
 * for their dates "5 articles from 1 source, 4 stories; 2 articles of
 * other days left out."  (transfer full) */
char *brief_daily_dup_footer(const BriefDaily *d);

/* The days of a story: "16 November 2004", "14–15 November 2004",
 * "30 November – 2 December 2004", "30 December 2004 – 2 January 2005";
 * NULL for a story without a dated article.  (transfer full) */
char *brief_story_dup_days(const BriefStory *st);

/* A story's count line: "3 sources", "1 source, 2 articles" or
 * "2 articles".  (transfer full) */
char *brief_story_count_to_string(const BriefStory *st);

G_END_DECLS

#endif /* BRIEF_DAILY_PRIVATE_H */
