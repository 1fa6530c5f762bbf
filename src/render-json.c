/* SPDX-License-Identifier: BSD-3-Clause */
/* JSON renderings of summaries and daily briefings. */
#include "render-private.h"

#include "config-private.h"
#include "daily-private.h"
#include "json-writer-private.h"
#include "summary-private.h"

static void
member_date(BriefJson *j, const char *key, gboolean has, int y, int m, int d)
{
  brief_json_key(j, key);
  if (has) {
    g_autofree char *s = g_strdup_printf("%04d-%02d-%02d", y, m, d);
    brief_json_string(j, s);
  } else {
    brief_json_null(j);
  }
}

static void
summary_sentences_json(BriefJson *j, const BriefSummary *s)
{
  brief_json_key(j, "summary");
  brief_json_begin_array(j);
  for (guint i = 0; i < s->selected->len; i++) {
    const BriefSelection *x = &g_array_index(s->selected, BriefSelection, i);
    const BriefArticle *a = brief_cluster_get_article(s->cluster, x->article);
    brief_json_begin_object(j);
    brief_json_member_string(j, "text", x->text);
    brief_json_member_int(j, "article", x->article);
    member_date(j, "date", a->year != 0, a->year, a->month, a->day);
    brief_json_member_int(j, "sentence", x->index);
    brief_json_member_int(j, "start", (gint64)x->start);
    brief_json_member_int(j, "end", (gint64)x->end);
    /* In JSON Lines the text was unescaped: no byte of the file matches. */
    if (a->line > 0) {
      brief_json_key(j, "file_start");
      brief_json_null(j);
      brief_json_key(j, "file_end");
      brief_json_null(j);
    } else {
      brief_json_member_int(j, "file_start", (gint64)(x->start + a->text_offset));
      brief_json_member_int(j, "file_end", (gint64)(x->end + a->text_offset));
    }
    brief_json_member_int(j, "words", x->words);
    brief_json_member_double(j, "score", x->score, 6);
    brief_json_member_int(j, "rank", x->rank);
    brief_json_member_int(j, "selected", x->order);
    brief_json_member_bool(j, "headline", (gint)i == s->headline_selected);
    brief_json_end_object(j);
  }
  brief_json_end_array(j);
}

static void
summary_sources_json(BriefJson *j, const BriefSummary *s)
{
  guint n_articles = brief_cluster_get_n_articles(s->cluster);

  brief_json_key(j, "sources");
  brief_json_begin_array(j);
  for (guint i = 0; i < n_articles; i++) {
    const BriefArticle *a = brief_cluster_get_article(s->cluster, i);
    brief_json_begin_object(j);
    brief_json_member_int(j, "article", i);
    brief_json_member_string(j, "name", a->name);
    brief_json_member_string(j, "id", a->id);
    brief_json_member_string(j, "title", a->title);
    brief_json_member_string(j, "source", a->source);
    brief_json_member_string(j, "url", a->url);
    member_date(j, "date", a->year != 0, a->year, a->month, a->day);
    brief_json_end_object(j);
  }
  brief_json_end_array(j);
}

static void
summary_options_json(BriefJson *j, const BriefConfig *c)
{
  brief_json_key(j, "options");
  brief_json_begin_object(j);
  brief_config_append_json(c, j);
  brief_json_end_object(j);
}

void
brief_render_summary_json_to(BriefJson *j, const BriefSummary *s)
{
  brief_json_begin_object(j);
  brief_json_member_string(j, "brief_version", brief_version());
  member_date(j, "date", s->has_date, s->year, s->month, s->day);
  brief_json_member_string(j, "headline", s->headline);
  brief_json_member_int(j, "articles", brief_cluster_get_n_articles(s->cluster));
  brief_json_member_int(j, "sentences", s->n_sentences);
  brief_json_member_int(j, "candidates", s->n_candidates);
  summary_sentences_json(j, s);
  summary_sources_json(j, s);
  summary_options_json(j, s->config);
  brief_json_end_object(j);
}

char *
brief_render_summary_json(const BriefSummary *s)
{
  GString *out = g_string_new(NULL);
  BriefJson j;

  brief_json_init(&j, out);
  brief_render_summary_json_to(&j, s);
  g_string_append_c(out, '\n');
  return g_string_free(out, FALSE);
}

/* ---- daily briefings ------------------------------------------------------ */

static void
story_sources_json(BriefJson *j, const BriefDaily *d, const BriefStory *st)
{
  g_autoptr(GPtrArray) sources = brief_story_dup_sources(d, st);

  brief_json_key(j, "sources");
  brief_json_begin_array(j);
  for (guint k = 0; k < sources->len; k++) {
    const BriefSource *src = g_ptr_array_index(sources, k);
    brief_json_begin_object(j);
    brief_json_member_string(j, "name", src->name);
    brief_json_member_string(j, "url", src->url);
    brief_json_end_object(j);
  }
  brief_json_end_array(j);
  brief_json_key(j, "articles");
  brief_json_begin_array(j);
  for (guint k = 0; k < st->n_indices; k++) {
    const BriefArticle *a = brief_cluster_get_article(d->day, st->indices[k]);
    brief_json_begin_object(j);
    brief_json_member_int(j, "index", st->indices[k]);
    brief_json_member_string(j, "name", a->name);
    brief_json_member_string(j, "title", a->title);
    brief_json_member_string(j, "source", a->source);
    brief_json_member_string(j, "url", a->url);
    member_date(j, "date", a->year != 0, a->year, a->month, a->day);
    brief_json_end_object(j);
  }
  brief_json_end_array(j);
}

static void
story_sentences_json(BriefJson *j, const BriefStory *st)
{
  const BriefSummary *sum = st->summary;

  brief_json_key(j, "summary");
  brief_json_begin_array(j);
  for (guint k = 0; k < sum->selected->len; k++) {
    const BriefSelection *x = &g_array_index(sum->selected, BriefSelection, k);
    const BriefArticle *a = brief_cluster_get_article(sum->cluster, x->article);
    brief_json_begin_object(j);
    brief_json_member_string(j, "text", x->text);
    /* The article's index in the day, not in the story. */
    brief_json_member_int(j, "article", st->indices[x->article]);
    member_date(j, "date", a->year != 0, a->year, a->month, a->day);
    brief_json_member_int(j, "sentence", x->index);
    brief_json_member_int(j, "start", (gint64)x->start);
    brief_json_member_int(j, "end", (gint64)x->end);
    brief_json_member_double(j, "score", x->score, 6);
    brief_json_member_int(j, "rank", x->rank);
    brief_json_member_bool(j, "headline", (gint)k == sum->headline_selected);
    brief_json_end_object(j);
  }
  brief_json_end_array(j);
}

static void
story_json(BriefJson *j, const BriefDaily *d, guint rank)
{
  const BriefStory *st = g_ptr_array_index(d->stories, rank - 1);
  const BriefSummary *sum = st->summary;

  brief_json_begin_object(j);
  brief_json_member_int(j, "rank", rank);
  brief_json_member_string(j, "headline", sum->headline);
  brief_json_member_int(j, "n_articles", st->n_indices);
  brief_json_member_int(j, "n_sources", st->n_outlets);
  member_date(j, "first_date", st->first.year != 0, st->first.year, st->first.month, st->first.day);
  member_date(j, "last_date", st->last.year != 0, st->last.year, st->last.month, st->last.day);
  story_sources_json(j, d, st);
  story_sentences_json(j, st);
  brief_json_end_object(j);
}

/* The articles left out for their dates: why, and which. */
static void
left_out_json(BriefJson *j, const BriefDaily *d)
{
  brief_json_key(j, "left_out");
  brief_json_begin_array(j);
  for (guint k = 0; k < d->n_left_out; k++) {
    const BriefArticle *a = brief_cluster_get_article(d->day, d->left_out[k]);
    brief_json_begin_object(j);
    brief_json_member_int(j, "index", d->left_out[k]);
    brief_json_member_string(j, "name", a->name);
    member_date(j, "date", TRUE, a->year, a->month, a->day);
    brief_json_member_string(j, "reason", brief_daily_is_after(d, a) ? "after" : "before");
    brief_json_end_object(j);
  }
  brief_json_end_array(j);
}

char *
brief_render_daily_json(const BriefDaily *d)
{
  GString *out = g_string_new(NULL);
  BriefJson j;
  g_autofree char *title = brief_daily_dup_title(d);
  const BriefConfig *c = d->config;

  brief_json_init(&j, out);
  brief_json_begin_object(&j);
  brief_json_member_string(&j, "brief_version", brief_version());
  brief_json_member_string(&j, "title", title);
  member_date(&j, "date", d->has_date, d->year, d->month, d->day_of_month);
  member_date(&j, "since", d->since.year != 0, d->since.year, d->since.month, d->since.day);
  brief_json_member_int(&j, "articles", d->n_articles);
  brief_json_member_int(&j, "sources", d->n_outlets);
  brief_json_member_int(&j, "stories_found", d->n_found);
  brief_json_key(&j, "stories");
  brief_json_begin_array(&j);
  for (guint i = 0; i < d->stories->len; i++)
    story_json(&j, d, i + 1);
  brief_json_end_array(&j);
  left_out_json(&j, d);
  /* The daily echo names what shapes the day (per-story budgets, the story
   * limits); a summary's echo is the table's (brief_config_append_json). */
  brief_json_key(&j, "options");
  brief_json_begin_object(&j);
  brief_json_member_string(&j, "language", c->language);
  brief_json_member_string(&j, "idf", c->idf_path ? c->idf_path : "the day's articles");
  brief_json_member_int(&j, "words_per_story", c->budget_words);
  brief_json_member_int(&j, "sentences_per_story", c->budget_sentences);
  brief_json_member_int(&j, "days", c->days);
  brief_json_member_int(&j, "max_stories", c->max_stories);
  brief_json_member_int(&j, "min_articles", c->min_articles);
  brief_json_member_double(&j, "story_threshold", c->story_threshold, 6);
  brief_json_member_int(&j, "story_days", c->story_days);
  brief_json_end_object(&j);
  brief_json_end_object(&j);
  g_string_append_c(out, '\n');
  return g_string_free(out, FALSE);
}
