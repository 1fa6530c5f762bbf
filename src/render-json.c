/* JSON rendering of a briefing. */
#include "brief-private.h"

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
  brief_json_member_string(&j, "brief_version", brief_version());
  member_date(&j, "date", s->has_date, s->year, s->month, s->day);
  brief_json_member_string(&j, "headline", s->headline);
  brief_json_member_int(&j, "articles", n_articles);
  brief_json_member_int(&j, "sentences", s->n_sentences);
  brief_json_member_int(&j, "candidates", s->n_candidates);

  brief_json_key(&j, "summary");
  brief_json_begin_array(&j);
  for (guint i = 0; i < s->selected->len; i++) {
    const BriefSelection *x = &g_array_index(s->selected, BriefSelection, i);
    const BriefArticle *a = brief_cluster_get_article(s->cluster, x->article);
    brief_json_begin_object(&j);
    brief_json_member_string(&j, "text", x->text);
    brief_json_member_int(&j, "article", x->article);
    brief_json_member_int(&j, "sentence", x->index);
    brief_json_member_int(&j, "start", (gint64)x->start);
    brief_json_member_int(&j, "end", (gint64)x->end);
    /* In JSON Lines the text was unescaped: no byte of the file matches. */
    if (a->line > 0) {
      brief_json_key(&j, "file_start");
      brief_json_null(&j);
      brief_json_key(&j, "file_end");
      brief_json_null(&j);
    } else {
      brief_json_member_int(&j, "file_start", (gint64)(x->start + a->text_offset));
      brief_json_member_int(&j, "file_end", (gint64)(x->end + a->text_offset));
    }
    brief_json_member_int(&j, "words", x->words);
    brief_json_member_double(&j, "score", x->score, 6);
    brief_json_member_int(&j, "rank", x->rank);
    brief_json_member_int(&j, "selected", x->order);
    brief_json_member_bool(&j, "headline", (gint)i == s->headline_selected);
    brief_json_end_object(&j);
  }
  brief_json_end_array(&j);

  brief_json_key(&j, "sources");
  brief_json_begin_array(&j);
  for (guint i = 0; i < n_articles; i++) {
    const BriefArticle *a = brief_cluster_get_article(s->cluster, i);
    brief_json_begin_object(&j);
    brief_json_member_int(&j, "article", i);
    brief_json_member_string(&j, "name", a->name);
    brief_json_member_string(&j, "id", a->id);
    brief_json_member_string(&j, "title", a->title);
    brief_json_member_string(&j, "source", a->source);
    brief_json_member_string(&j, "url", a->url);
    member_date(&j, "date", a->year != 0, a->year, a->month, a->day);
    brief_json_end_object(&j);
  }
  brief_json_end_array(&j);

  brief_json_key(&j, "options");
  brief_json_begin_object(&j);
  brief_json_member_string(&j, "method", c->method == BRIEF_METHOD_LEAD ? "lead" : "textrank");
  brief_json_member_string(&j, "language", c->language);
  brief_json_member_string(&j, "stopwords", c->stopwords_path);
  brief_json_member_string(&j, "idf", c->idf_path);
  brief_json_member_string(&j, "idf_documents", c->idf_articles ? "articles" : "sentences");
  brief_json_member_string(&j, "date", c->date);
  brief_json_member_int(&j, "words", c->budget_words);
  brief_json_member_int(&j, "sentences", c->budget_sentences);
  brief_json_member_int(&j, "bytes", c->budget_bytes);
  brief_json_member_bool(&j, "fill", c->fill);
  brief_json_member_bool(&j, "noise_filter", c->noise_filter);
  brief_json_member_int(&j, "min_words", c->min_words);
  brief_json_member_int(&j, "max_words", c->max_words);
  brief_json_member_double(&j, "lambda", c->lambda, 6);
  brief_json_member_double(&j, "damping", c->damping, 6);
  brief_json_member_double(&j, "threshold", c->threshold, 6);
  brief_json_member_bool(&j, "binary_edges", c->binary_edges);
  brief_json_member_int(&j, "max_neighbors", c->max_neighbors);
  brief_json_member_double(&j, "position", c->position_weight, 6);
  brief_json_member_double(&j, "centroid", c->centroid_weight, 6);
  brief_json_member_double(&j, "quote_penalty", c->quote_penalty, 6);
  brief_json_member_double(&j, "pronoun_penalty", c->pronoun_penalty, 6);
  brief_json_member_double(&j, "coverage", c->coverage_weight, 6);
  brief_json_member_int(&j, "coverage_min_df", c->coverage_min_df);
  brief_json_key(&j, "tolerance");
  brief_json_double(&j, c->tolerance, -1);
  brief_json_member_int(&j, "max_iterations", c->max_iterations);
  brief_json_end_object(&j);

  brief_json_end_object(&j);
  g_string_append_c(out, '\n');
  return g_string_free(out, FALSE);
}
