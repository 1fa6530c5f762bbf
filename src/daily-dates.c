/* SPDX-License-Identifier: BSD-3-Clause */
/* The days a daily briefing is for: its date, the first day of its window,
 * the articles it leaves out for their dates, and the days of each story. */
#include "daily-private.h"

#include "cluster-private.h"
#include "config-private.h"
#include "dates-private.h"

static gint
article_key(const BriefArticle *a)
{
  return a->year != 0 ? brief_day_key(a->year, a->month, a->day) : 0;
}

static gint
day_key(const BriefDay *day)
{
  return day->year != 0 ? brief_day_key(day->year, day->month, day->day) : 0;
}

static char *
day_iso(const BriefDay *day)
{
  return g_strdup_printf("%04d-%02d-%02d", day->year, day->month, day->day);
}

/* The first day of the window: "since", else the briefing date less
 * "days" - 1 days (none for 0, or a window reaching before any date). */
static BriefDay
window_start(const BriefConfig *config, const BriefDay *date)
{
  const BriefDay none = {0, 0, 0};
  BriefDay since = *date;

  if (config->since != NULL) /* checked when set */
    return brief_parse_date(config->since, &since.year, &since.month, &since.day, NULL) ? since
                                                                                        : none;
  if (config->days == 0 || !brief_day_back(&since.year, &since.month, &since.day, config->days - 1))
    return none;
  return since;
}

gboolean
brief_daily_is_after(const BriefDaily *d, const BriefArticle *a)
{
  return d->has_date && article_key(a) > brief_day_key(d->year, d->month, d->day_of_month);
}

/* BRIEF_ERROR_EMPTY: "all 3 articles are dated after the briefing date
 * 2004-11-12", "... before 2004-11-08, the window's first day", or
 * "... outside 2004-11-08 to 2004-11-14 (2 after, 1 before)". */
static void
set_all_left_out(const BriefDaily *d, const BriefDay *date, GError **error)
{
  g_autofree char *when = day_iso(date), *since = d->since.year ? day_iso(&d->since) : NULL;
  guint n_after = 0, n = d->n_left_out;

  for (guint i = 0; i < n; i++)
    n_after += brief_daily_is_after(d, brief_cluster_get_article(d->day, d->left_out[i])) ? 1 : 0;
  if (n_after == n)
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY,
                "all %u article%s dated after the briefing date %s", n, n == 1 ? " is" : "s are",
                when);
  else if (n_after == 0)
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY,
                "all %u article%s dated before %s, the window's first day", n,
                n == 1 ? " is" : "s are", since);
  else if (day_key(&d->since) == day_key(date))
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY,
                "all %u articles are dated on other days than %s (%u after, %u before)", n, when,
                n_after, n - n_after);
  else
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY,
                "all %u articles are dated outside %s to %s (%u after, %u before)", n, since, when,
                n_after, n - n_after);
}

/* The briefing date and the window, or FALSE with BRIEF_ERROR_INVALID when
 * the window would start after the date (a date of the articles: "since"
 * after "date" is refused by brief_config_validate()). */
static gboolean
find_days(BriefDaily *d, BriefDay *date, GError **error)
{
  d->has_date = brief_briefing_date(d->config->date, d->day, &d->year, &d->month, &d->day_of_month);
  if (!d->has_date)
    return TRUE; /* no dated article: nothing to place */
  *date = (BriefDay){d->year, d->month, d->day_of_month};
  d->since = window_start(d->config, date);
  if (day_key(&d->since) > day_key(date)) {
    g_autofree char *s = day_iso(&d->since), *w = day_iso(date);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "since %s is after the briefing date %s (the newest article's)", s, w);
    return FALSE;
  }
  if (d->config->date == NULL) {
    g_autofree char *iso = day_iso(date);
    brief_config_set(d->config, "date", iso, NULL);
  }
  return TRUE;
}

guint *
brief_daily_place_articles(BriefDaily *d, guint *n_kept, GError **error)
{
  guint n = brief_cluster_get_n_articles(d->day), k = 0;
  g_autofree guint *kept = g_new(guint, n > 0 ? n : 1);
  BriefDay date = {0, 0, 0};
  gint last, first;

  if (!find_days(d, &date, error))
    return NULL;
  last = day_key(&date);
  first = day_key(&d->since);
  d->left_out = g_new(guint, n > 0 ? n : 1);
  d->n_left_out = 0;
  for (guint i = 0; i < n; i++) {
    const BriefArticle *a = brief_cluster_get_article(d->day, i);
    gint key = article_key(a);
    /* A date found in a text may be any date the story mentions ("the
     * bridge closed on March 11, 2024"): it dates the article, but only a
     * date the article gives leaves it out. */
    if (key != 0 && !a->date_in_text && (key > last || (first != 0 && key < first)))
      d->left_out[d->n_left_out++] = i;
    else
      kept[k++] = i;
  }
  if (k == 0) {
    set_all_left_out(d, &date, error);
    return NULL;
  }
  d->n_articles = k;
  *n_kept = k;
  return g_steal_pointer(&kept);
}

void
brief_story_find_days(BriefStory *st, const BriefCluster *day)
{
  gint first = 0, last = 0;

  st->first = st->last = (BriefDay){0, 0, 0};
  for (guint k = 0; k < st->n_indices; k++) {
    const BriefArticle *a = brief_cluster_get_article(day, st->indices[k]);
    gint key = article_key(a);
    if (key == 0)
      continue;
    if (first == 0 || key < first) {
      first = key;
      st->first = (BriefDay){a->year, a->month, a->day};
    }
    if (key > last) {
      last = key;
      st->last = (BriefDay){a->year, a->month, a->day};
    }
  }
}
