/* JSON rendering of a briefing. */
#include "brief-private.h"

static void
member_string(BriefJson *j, const char *key, const char *value)
{
  brief_json_key(j, key);
  brief_json_string(j, value);
}

static void
member_int(BriefJson *j, const char *key, gint64 value)
{
  brief_json_key(j, key);
  brief_json_int(j, value);
}

/* Scores and options with six decimals: enough to rank, byte-stable. */
static void
member_double(BriefJson *j, const char *key, double value)
{
  brief_json_key(j, key);
  brief_json_double(j, value, 6);
}

static void
member_bool(BriefJson *j, const char *key, gboolean value)
{
  brief_json_key(j, key);
  brief_json_bool(j, value);
}

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

char *
brief_render_json(const BriefSummary *s)
{
  GString *out = g_string_new(NULL);
  BriefJson j;
  const BriefConfig *c = &s->config;
  guint n_articles = brief_cluster_get_n_articles(s->cluster);

  brief_json_init(&j, out);
  brief_json_begin_object(&j);
  member_string(&j, "brief_version", brief_version());
  member_date(&j, "date", s->has_date, s->year, s->month, s->day);
  member_string(&j, "headline", s->headline);
  member_int(&j, "articles", n_articles);
  member_int(&j, "sentences", s->n_sentences);
  member_int(&j, "candidates", s->n_candidates);

  brief_json_key(&j, "summary");
  brief_json_begin_array(&j);
  for (guint i = 0; i < s->selected->len; i++) {
    const BriefSelection *x = &g_array_index(s->selected, BriefSelection, i);
    const BriefArticle *a = brief_cluster_get_article(s->cluster, x->article);
    brief_json_begin_object(&j);
    member_string(&j, "text", x->text);
    member_int(&j, "article", x->article);
    member_int(&j, "sentence", x->index);
    member_int(&j, "start", (gint64)x->start);
    member_int(&j, "end", (gint64)x->end);
    member_int(&j, "file_start", (gint64)(x->start + a->text_offset));
    member_int(&j, "file_end", (gint64)(x->end + a->text_offset));
    member_int(&j, "words", x->words);
    member_double(&j, "score", x->score);
    member_int(&j, "rank", x->rank);
    member_int(&j, "selected", x->order);
    member_bool(&j, "headline", (gint)i == s->headline_selected);
    brief_json_end_object(&j);
  }
  brief_json_end_array(&j);

  brief_json_key(&j, "sources");
  brief_json_begin_array(&j);
  for (guint i = 0; i < n_articles; i++) {
    const BriefArticle *a = brief_cluster_get_article(s->cluster, i);
    brief_json_begin_object(&j);
    member_int(&j, "article", i);
    member_string(&j, "name", a->name);
    member_string(&j, "id", a->id);
    member_string(&j, "title", a->title);
    member_string(&j, "source", a->source);
    member_string(&j, "url", a->url);
    member_date(&j, "date", a->year != 0, a->year, a->month, a->day);
    brief_json_end_object(&j);
  }
  brief_json_end_array(&j);

  brief_json_key(&j, "options");
  brief_json_begin_object(&j);
  member_string(&j, "method", c->method == BRIEF_METHOD_LEAD ? "lead" : "textrank");
  member_string(&j, "language", c->language);
  member_string(&j, "stopwords", c->stopwords_path);
  member_string(&j, "idf", c->idf_path);
  member_string(&j, "idf_documents", c->idf_articles ? "articles" : "sentences");
  member_string(&j, "date", c->date);
  member_int(&j, "words", c->budget_words);
  member_int(&j, "sentences", c->budget_sentences);
  member_int(&j, "bytes", c->budget_bytes);
  member_bool(&j, "fill", c->fill);
  member_bool(&j, "noise_filter", c->noise_filter);
  member_int(&j, "min_words", c->min_words);
  member_int(&j, "max_words", c->max_words);
  member_double(&j, "lambda", c->lambda);
  member_double(&j, "damping", c->damping);
  member_double(&j, "threshold", c->threshold);
  member_bool(&j, "binary_edges", c->binary_edges);
  member_int(&j, "max_neighbors", c->max_neighbors);
  member_double(&j, "position", c->position_weight);
  member_double(&j, "centroid", c->centroid_weight);
  member_double(&j, "quote_penalty", c->quote_penalty);
  member_double(&j, "pronoun_penalty", c->pronoun_penalty);
  member_double(&j, "coverage", c->coverage_weight);
  member_int(&j, "coverage_min_df", c->coverage_min_df);
  brief_json_key(&j, "tolerance");
  brief_json_double(&j, c->tolerance, -1);
  member_int(&j, "max_iterations", c->max_iterations);
  brief_json_end_object(&j);

  brief_json_end_object(&j);
  g_string_append_c(out, '\n');
  return g_string_free(out, FALSE);
}
