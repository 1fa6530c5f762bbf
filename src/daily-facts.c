/* SPDX-License-Identifier: BSD-3-Clause */
/* What a daily briefing says about its stories and its day, whatever the
 * format it is rendered in: outlets, counts, title and footer. */
#include "daily-private.h"

#include "brief-private.h"
#include "config-private.h"

#include <string.h>

char *
brief_article_dup_outlet(const BriefArticle *a)
{
  const char *p, *end;

  if (a->source)
    return g_strdup(a->source);
  if (a->url == NULL || (p = strstr(a->url, "://")) == NULL)
    return NULL;
  p += 3;
  end = p + strcspn(p, "/:?#");
  if (end - p > 4 && g_ascii_strncasecmp(p, "www.", 4) == 0)
    p += 4;
  return end > p ? g_strndup(p, (gsize)(end - p)) : NULL;
}

static void
source_free(gpointer data)
{
  BriefSource *s = data;

  g_free(s->name);
  g_free(s->url);
  g_free(s);
}

static BriefSource *
find_source(GPtrArray *sources, const char *name)
{
  for (guint k = 0; k < sources->len; k++) {
    BriefSource *s = g_ptr_array_index(sources, k);
    if (g_ascii_strcasecmp(s->name, name) == 0)
      return s;
  }
  return NULL;
}

/* Outlets are told apart without regard to case: "Reuters" and "REUTERS"
 * are one source. */
static GPtrArray *
collect_sources(const BriefCluster *day, const guint *indices, guint n)
{
  GPtrArray *sources = g_ptr_array_new_with_free_func(source_free);

  for (guint i = 0; i < n; i++) {
    const BriefArticle *a = brief_cluster_get_article(day, indices[i]);
    g_autofree char *outlet = brief_article_dup_outlet(a);
    const char *url = brief_is_web_url(a->url) ? a->url : NULL;
    BriefSource *s;
    if (outlet == NULL)
      continue;
    s = find_source(sources, outlet);
    if (s == NULL) {
      s = g_new0(BriefSource, 1);
      s->name = g_steal_pointer(&outlet);
      g_ptr_array_add(sources, s);
    }
    if (s->url == NULL)
      s->url = g_strdup(url);
  }
  return sources;
}

guint
brief_count_outlets(const BriefCluster *day, const guint *indices, guint n)
{
  g_autoptr(GPtrArray) sources = collect_sources(day, indices, n);

  return sources->len;
}

GPtrArray *
brief_story_dup_sources(const BriefDaily *d, const BriefStory *st)
{
  return collect_sources(d->day, st->indices, st->n_indices);
}

char *
brief_story_count_to_string(const BriefStory *st)
{
  if (st->n_outlets == 0)
    return g_strdup_printf("%u article%s", st->n_indices, st->n_indices == 1 ? "" : "s");
  if (st->n_indices > st->n_outlets)
    return g_strdup_printf("%u source%s, %u articles", st->n_outlets, st->n_outlets == 1 ? "" : "s",
                           st->n_indices);
  return g_strdup_printf("%u source%s", st->n_outlets, st->n_outlets == 1 ? "" : "s");
}

char *
brief_daily_dup_title(const BriefDaily *d)
{
  g_autofree char *date =
      d->has_date ? brief_format_long_date(d->year, d->month, d->day_of_month) : NULL;

  const char *name = d->config->title;

  return date ? g_strdup_printf("%s: %s", name, date) : g_strdup(name);
}

char *
brief_story_dup_days(const BriefStory *st)
{
  const BriefDay *a = &st->first, *b = &st->last;
  const char *dash = "\xE2\x80\x93"; /* en dash */

  if (a->year == 0)
    return NULL;
  if (a->year != b->year)
    return g_strdup_printf("%d %s %d %s %d %s %d", a->day, brief_month_name(a->month), a->year,
                           dash, b->day, brief_month_name(b->month), b->year);
  if (a->month != b->month)
    return g_strdup_printf("%d %s %s %d %s %d", a->day, brief_month_name(a->month), dash, b->day,
                           brief_month_name(b->month), b->year);
  if (a->day != b->day)
    return g_strdup_printf("%d%s%d %s %d", a->day, dash, b->day, brief_month_name(a->month),
                           a->year);
  return g_strdup_printf("%d %s %d", a->day, brief_month_name(a->month), a->year);
}

char *
brief_daily_dup_footer(const BriefDaily *d)
{
  guint n_articles = d->n_articles;
  GString *f = g_string_new(NULL);

  g_string_append_printf(f, "%u article%s", n_articles, n_articles == 1 ? "" : "s");
  if (d->n_outlets > 0)
    g_string_append_printf(f, " from %u source%s", d->n_outlets, d->n_outlets == 1 ? "" : "s");
  if (d->stories->len < d->n_found)
    g_string_append_printf(f, ", %u of %u stories", d->stories->len, d->n_found);
  else
    g_string_append_printf(f, ", %u stor%s", d->n_found, d->n_found == 1 ? "y" : "ies");
  if (d->n_left_out > 0)
    g_string_append_printf(f, "; %u article%s of other days left out", d->n_left_out,
                           d->n_left_out == 1 ? "" : "s");
  g_string_append_c(f, '.');
  return g_string_free(f, FALSE);
}
