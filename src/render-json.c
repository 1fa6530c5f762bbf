/* JSON rendering of a briefing (json-glib). */
#include "brief-private.h"

#include <json-glib/json-glib.h>
#include <math.h>

/* Scores are printed with six decimals: enough to rank, and stable across
 * compilers where the last bits of a double may differ. */
static double
round6(double x)
{
  return round(x * 1e6) / 1e6;
}

static void
add_string_or_null(JsonBuilder *b, const char *member, const char *value)
{
  json_builder_set_member_name(b, member);
  if (value)
    json_builder_add_string_value(b, value);
  else
    json_builder_add_null_value(b);
}

static void
add_date(JsonBuilder *b, const char *member, gboolean has, int y, int m, int d)
{
  json_builder_set_member_name(b, member);
  if (has) {
    g_autofree char *s = g_strdup_printf("%04d-%02d-%02d", y, m, d);
    json_builder_add_string_value(b, s);
  } else {
    json_builder_add_null_value(b);
  }
}

static void
add_int(JsonBuilder *b, const char *member, gint64 v)
{
  json_builder_set_member_name(b, member);
  json_builder_add_int_value(b, v);
}

static void
add_double(JsonBuilder *b, const char *member, double v)
{
  json_builder_set_member_name(b, member);
  json_builder_add_double_value(b, round6(v));
}

char *
brief_render_json(const BriefSummary *s)
{
  g_autoptr(JsonBuilder) b = json_builder_new();
  g_autoptr(JsonGenerator) gen = json_generator_new();
  g_autoptr(JsonNode) root = NULL;
  const BriefConfig *c = &s->config;
  guint n_articles = brief_cluster_get_n_articles(s->cluster);
  char *text;
  GString *out;

  json_builder_begin_object(b);
  add_string_or_null(b, "brief_version", brief_version());
  add_date(b, "date", s->has_date, s->year, s->month, s->day);
  add_string_or_null(b, "headline", s->headline);
  add_int(b, "articles", n_articles);
  add_int(b, "sentences", s->n_sentences);
  add_int(b, "candidates", s->n_candidates);

  json_builder_set_member_name(b, "summary");
  json_builder_begin_array(b);
  for (guint i = 0; i < s->selected->len; i++) {
    const BriefSelection *x = &g_array_index(s->selected, BriefSelection, i);
    const BriefArticle *a = brief_cluster_get_article(s->cluster, x->article);
    json_builder_begin_object(b);
    add_string_or_null(b, "text", x->text);
    add_int(b, "article", x->article);
    add_int(b, "sentence", x->index);
    add_int(b, "start", (gint64)x->start);
    add_int(b, "end", (gint64)x->end);
    add_int(b, "file_start", (gint64)(x->start + a->text_offset));
    add_int(b, "file_end", (gint64)(x->end + a->text_offset));
    add_int(b, "words", x->words);
    add_double(b, "score", x->score);
    add_int(b, "rank", x->rank);
    add_int(b, "selected", x->order);
    json_builder_set_member_name(b, "headline");
    json_builder_add_boolean_value(b, (gint)i == s->headline_selected);
    json_builder_end_object(b);
  }
  json_builder_end_array(b);

  json_builder_set_member_name(b, "sources");
  json_builder_begin_array(b);
  for (guint i = 0; i < n_articles; i++) {
    const BriefArticle *a = brief_cluster_get_article(s->cluster, i);
    json_builder_begin_object(b);
    add_int(b, "article", i);
    add_string_or_null(b, "name", a->name);
    add_string_or_null(b, "id", a->id);
    add_string_or_null(b, "title", a->title);
    add_string_or_null(b, "source", a->source);
    add_string_or_null(b, "url", a->url);
    add_date(b, "date", a->year != 0, a->year, a->month, a->day);
    json_builder_end_object(b);
  }
  json_builder_end_array(b);

  json_builder_set_member_name(b, "options");
  json_builder_begin_object(b);
  add_string_or_null(b, "language", c->language);
  add_string_or_null(b, "stopwords", c->stopwords_path);
  add_string_or_null(b, "date", c->date);
  add_int(b, "words", c->budget_words);
  add_int(b, "sentences", c->budget_sentences);
  add_int(b, "bytes", c->budget_bytes);
  json_builder_set_member_name(b, "fill");
  json_builder_add_boolean_value(b, c->fill);
  add_int(b, "min_words", c->min_words);
  add_int(b, "max_words", c->max_words);
  add_double(b, "lambda", c->lambda);
  add_double(b, "damping", c->damping);
  add_double(b, "threshold", c->threshold);
  add_double(b, "tolerance", c->tolerance);
  add_int(b, "max_iterations", c->max_iterations);
  json_builder_end_object(b);

  json_builder_end_object(b);

  root = json_builder_get_root(b);
  json_generator_set_root(gen, root);
  json_generator_set_pretty(gen, TRUE);
  json_generator_set_indent(gen, 2);
  text = json_generator_to_data(gen, NULL);
  out = g_string_new(text);
  g_free(text);
  g_string_append_c(out, '\n');
  return g_string_free(out, FALSE);
}
