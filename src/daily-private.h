/* SPDX-License-Identifier: BSD-3-Clause */
/* A day's briefing (daily.c): its stories and the facts every rendering
 * shows, worked out once, independent of the output format. */
#ifndef BRIEF_DAILY_PRIVATE_H
#define BRIEF_DAILY_PRIVATE_H

#include <brief/brief.h>

G_BEGIN_DECLS

typedef struct {
  guint *indices; /* the story's articles in the day, input order */
  guint n_indices;
  guint n_outlets;        /* distinct outlets among them */
  gint64 newest;          /* newest dated article, 0 when none */
  BriefCluster *articles; /* copies of the articles */
  BriefSummary *summary;
} BriefStory;

struct _BriefDaily {
  const BriefCluster *day;
  BriefConfig *config; /* the configuration with the daily defaults */
  GPtrArray *stories;  /* BriefStory*, ranked */
  guint n_found;       /* stories found before the limits */
  guint n_outlets;     /* distinct outlets of the whole day */
  gboolean has_date;
  int year, month, day_of_month;
};

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

/* "7 articles from 1 source, 7 stories."  (transfer full) */
char *brief_daily_dup_footer(const BriefDaily *d);

/* A story's count line: "3 sources", "1 source, 2 articles" or
 * "2 articles".  (transfer full) */
char *brief_story_count_to_string(const BriefStory *st);

G_END_DECLS

#endif /* BRIEF_DAILY_PRIVATE_H */
