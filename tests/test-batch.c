/* SPDX-License-Identifier: BSD-3-Clause */
/* Batches (batch.c): a line's briefing equals summarize's, every error of
 * a line is its own error line with its code and message, lines are
 * independent of each other and of the thread that runs them. */
#include "batch-private.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define TEXT "The harbour strike ended on Wednesday after long talks about pay."

/* The article objects of examples/kerry-moscow, as JSON. */
static JsonNode *
example_articles(void)
{
  static const char *const files[] = {"000_d7c21f9db784468d.txt", "001_2991fbc95a7d52e4.txt"};
  g_autoptr(JsonBuilder) b = json_builder_new();

  json_builder_begin_array(b);
  for (guint i = 0; i < G_N_ELEMENTS(files); i++) {
    g_autofree char *path =
        g_test_build_filename(G_TEST_DIST, "..", "examples", "kerry-moscow", files[i], NULL);
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;
    g_assert_true(g_file_get_contents(path, &text, NULL, &error));
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "title");
    json_builder_add_string_value(b, i == 0 ? "Kerry in Moscow" : "Putin meets Kerry");
    json_builder_set_member_name(b, "source");
    json_builder_add_string_value(b, "Example Wire");
    json_builder_set_member_name(b, "text");
    json_builder_add_string_value(b, text);
    json_builder_end_object(b);
  }
  json_builder_end_array(b);
  return json_builder_get_root(b);
}

static char *
to_json(JsonNode *node)
{
  g_autoptr(JsonGenerator) g = json_generator_new();

  json_generator_set_root(g, node);
  return json_generator_to_data(g, NULL);
}

/* {"id": "kerry", "articles": [...], "options": OPTIONS} */
static char *
example_line(const char *options_json)
{
  g_autoptr(JsonNode) articles = example_articles();
  g_autofree char *a = to_json(articles);

  return g_strdup_printf("{\"id\": \"kerry\", \"articles\": %s%s%s}", a,
                         options_json ? ", \"options\": " : "", options_json ? options_json : "");
}

static JsonNode *
parse(const char *text)
{
  g_autoptr(JsonParser) p = json_parser_new();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data(p, text, -1, &error);
  g_assert_no_error(error);
  return json_node_copy(json_parser_get_root(p));
}

/* The briefing without the article names, which are "articles[K]" in a
 * batch and "FILE:LINE" in a JSON Lines file. */
static void
drop_names(JsonNode *briefing)
{
  JsonArray *sources = json_object_get_array_member(json_node_get_object(briefing), "sources");

  for (guint i = 0; i < json_array_get_length(sources); i++)
    json_object_remove_member(json_array_get_object_element(sources, i), "name");
}

static void
check_same_as_summarize(const char *options_json, const char *const *settings)
{
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefBatch) batch = NULL;
  g_autoptr(BriefCluster) cluster = brief_cluster_new();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  g_autoptr(JsonNode) articles = example_articles();
  g_autoptr(GString) jsonl = g_string_new(NULL);
  g_autofree char *line = example_line(options_json);
  g_autofree char *out = NULL, *expected = NULL;
  g_autoptr(JsonNode) got = NULL, want = NULL;
  JsonNode *briefing;
  int status = -1;

  batch = brief_batch_new(cfg, &error);
  g_assert_no_error(error);
  out = brief_batch_run_line(batch, NULL, 1, line, strlen(line), &status, NULL);
  g_assert_cmpint(status, ==, 0);
  /* One line: the only line break is the last byte. */
  g_assert_true(g_str_has_suffix(out, "}\n"));
  g_assert_true(strchr(out, '\n') == out + strlen(out) - 1);

  /* The same articles as a JSON Lines file, the same options set. */
  for (guint i = 0; i < json_array_get_length(json_node_get_array(articles)); i++) {
    g_autofree char *a = to_json(json_array_get_element(json_node_get_array(articles), i));
    g_string_append_printf(jsonl, "%s\n", a);
  }
  g_assert_true(
      brief_cluster_add_data(cluster, "x.jsonl", jsonl->str, jsonl->len, BRIEF_INPUT_AUTO, &error));
  for (const char *const *s = settings; s && *s; s += 2)
    g_assert_true(brief_config_set(cfg, s[0], s[1], &error));
  sz = brief_summarizer_new(cfg, &error);
  g_assert_no_error(error);
  sum = brief_summarizer_run(sz, cluster, &error);
  g_assert_no_error(error);
  expected = brief_summary_to_string(sum, BRIEF_FORMAT_JSON);

  got = parse(out);
  g_assert_cmpstr(json_object_get_string_member(json_node_get_object(got), "id"), ==, "kerry");
  briefing = json_object_get_member(json_node_get_object(got), "briefing");
  g_assert_nonnull(briefing);
  g_assert_cmpstr(
      json_object_get_string_member(
          json_array_get_object_element(
              json_object_get_array_member(json_node_get_object(briefing), "sources"), 1),
          "name"),
      ==, "articles[1]");
  want = parse(expected);
  drop_names(briefing);
  drop_names(want);
  g_assert_true(json_node_equal(briefing, want));
}

static void
test_same_as_summarize(void)
{
  static const char *const settings[] = {"words", "40",         "lambda", "0.5",
                                         "date",  "2016-01-02", NULL};

  check_same_as_summarize(NULL, NULL);
  check_same_as_summarize("{\"words\": 40, \"lambda\": 0.5, \"date\": \"2016-01-02\"}", settings);
}

/* ---- error lines -------------------------------------------------------------- */

typedef struct {
  const char *line;
  int code;
  const char *message; /* the whole message, naming the line (NULL: any) */
  const char *id;      /* the id echoed, as JSON */
} ErrorCase;

#define ART "{\"text\": \"" TEXT "\"}"

static const ErrorCase error_cases[] = {
    {"[1, 2]", 4, "line 7: expected a JSON object", "null"},
    {"\"text\"", 4, "line 7: expected a JSON object", "null"},
    {"{\"id\": 1,", 4, NULL, "null"},
    {"{\"id\": 1} {}", 4, "line 7: malformed JSON: more than one value on the line (byte 10)",
     "null"},
    {"{\"id\": \"a\\u0000b\", \"articles\": []}", 4, "line 7: NUL character (\\u0000) in a string",
     "null"},
    {"{\"id\": \"\xff\"}", 4, "line 7: invalid UTF-8 at byte 8", "null"},
    {"{\"articles\": [" ART "]}", 4, "line 7: missing \"id\"", "null"},
    {"{\"id\": true, \"articles\": [" ART "]}", 4, "line 7: \"id\" must be a string or a number",
     "null"},
    {"{\"id\": \"a\"}", 4, "line 7: missing \"articles\"", "\"a\""},
    {"{\"id\": 5, \"articles\": {}}", 4, "line 7: \"articles\" must be an array", "5"},
    {"{\"id\": 5, \"articles\": []}", 5, "line 7: \"articles\" is empty: no articles to summarize",
     "5"},
    {"{\"id\": 5, \"articles\": [3]}", 4, "line 7: articles[0] must be an object", "5"},
    {"{\"id\": 5, \"articles\": [{\"title\": \"x\"}]}", 4, "line 7: articles[0]: missing \"text\"",
     "5"},
    {"{\"id\": 5, \"articles\": [{\"text\": 3}]}", 4,
     "line 7: articles[0]: \"text\" must be a string", "5"},
    {"{\"id\": 5, \"articles\": [" ART ", {\"text\": \"x\", \"date\": \"soon\"}]}", 4,
     "line 7: articles[1]: invalid date 'soon' (expected ISO 8601 or RFC 2822)", "5"},
    {"{\"id\": 5, \"articles\": [" ART ", " ART ", " ART "]}", 4,
     "line 7: 3 articles, more than the limit of 2 (max-articles)", "5"},
    {"{\"id\": 5, \"articles\": [{\"text\": \"" TEXT TEXT "\"}]}", 4,
     "line 7: articles[0]: text larger than the limit of 100 bytes (max-input-bytes)", "5"},
    {"{\"id\": 5, \"articles\": [" ART ", " ART "]}", 4,
     "line 7: the texts of \"articles\" add up to more than the limit of 120 bytes "
     "(max-total-bytes)",
     "5"},
    {"{\"id\": 5, \"articles\": [" ART "], \"options\": 3}", 4,
     "line 7: \"options\" must be an object", "5"},
    {"{\"id\": 5, \"articles\": [" ART "], \"options\": {\"wordz\": 3}}", 4,
     "line 7: \"options\": unknown tunable \"wordz\"", "5"},
    {"{\"id\": 5, \"articles\": [" ART "], \"options\": {\"threads\": 3}}", 4,
     "line 7: \"options\": \"threads\" cannot be set per line, only for the whole batch", "5"},
    {"{\"id\": 5, \"articles\": [" ART "], \"options\": {\"idf\": \"/etc/passwd\"}}", 4,
     "line 7: \"options\": \"idf\" cannot be set per line, only for the whole batch", "5"},
    {"{\"id\": 5, \"articles\": [" ART "], \"options\": {\"max-input-bytes\": 99999}}", 4,
     "line 7: \"options\": \"max-input-bytes\" cannot be set per line, only for the whole batch",
     "5"},
    {"{\"id\": 5, \"articles\": [" ART "], \"options\": {\"words\": -5}}", 4,
     "line 7: \"options\": words must not be negative, got -5", "5"},
    {"{\"id\": 5, \"articles\": [" ART "], \"options\": {\"words\": [1]}}", 4,
     "line 7: \"options\": \"words\" must be a string, a number or a boolean", "5"},
    {"{\"id\": 5, \"articles\": [" ART "], \"options\": {\"language\": \"xx\"}}", 4,
     "line 7: \"options\": unknown language 'xx'", "5"},
    {"{\"id\": 5, \"articles\": [" ART "], \"options\": {\"min-words\": 9, \"max-words\": 3}}", 4,
     NULL, "5"},
    {"{\"id\": 5, \"articles\": [" ART "], \"date\": \"2020-02-30\"}", 4,
     "line 7: \"date\": invalid date '2020-02-30' (expected YYYY-MM-DD)", "5"},
    {"{\"id\": 5, \"articles\": [" ART "], \"date\": 2020}", 4, "line 7: \"date\" must be a string",
     "5"},
    {"{\"id\": 2.5, \"articles\": [{\"text\": \" \"}]}", 5, "line 7: articles[0]: no sentences",
     "2.5"},
};

static BriefConfig *
small_limits(void)
{
  BriefConfig *cfg = brief_config_new();
  g_autoptr(GError) error = NULL;

  g_assert_true(brief_config_set(cfg, "max-articles", "2", &error));
  g_assert_true(brief_config_set(cfg, "max-input-bytes", "100", &error));
  g_assert_true(brief_config_set(cfg, "max-total-bytes", "120", &error));
  g_assert_true(brief_config_set(cfg, "max-line-bytes", "400", &error));
  g_assert_no_error(error);
  return cfg;
}

static void
test_error(gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr(BriefConfig) cfg = small_limits();
  g_autoptr(BriefBatch) batch = brief_batch_new(cfg, NULL);
  g_autofree char *out = NULL, *id = NULL, *message = NULL;
  g_autoptr(JsonNode) got = NULL;
  JsonObject *o, *err;
  int status = -1;

  out = brief_batch_run_line(batch, NULL, 7, c->line, strlen(c->line), &status, &message);
  g_assert_cmpint(status, ==, c->code);
  got = parse(out);
  o = json_node_get_object(got);
  id = to_json(json_object_get_member(o, "id"));
  g_assert_cmpstr(id, ==, c->id);
  g_assert_false(json_object_has_member(o, "briefing"));
  err = json_object_get_object_member(o, "error");
  g_assert_cmpint(json_object_get_int_member(err, "code"), ==, c->code);
  /* The error line does not say where the line was; the message for a
   * warning does. */
  g_assert_true(g_str_has_prefix(message, "line 7: "));
  g_assert_cmpstr(json_object_get_string_member(err, "message"), ==, message + strlen("line 7: "));
  if (c->message)
    g_assert_cmpstr(message, ==, c->message);
}

static void
test_line_too_long(void)
{
  g_autoptr(BriefConfig) cfg = small_limits();
  g_autoptr(BriefBatch) batch = brief_batch_new(cfg, NULL);
  g_autofree char *line = g_strnfill(401, ' ');
  g_autofree char *out = NULL, *message = NULL;
  int status = -1;

  /* A reader passes max + 1 bytes of a longer line. */
  out = brief_batch_run_line(batch, "shard.jsonl", 12, line, 401, &status, &message);
  g_assert_cmpint(status, ==, 4);
  g_assert_cmpstr(out, ==,
                  "{\"id\":null,\"error\":{\"code\":4,\"message\":\"longer than "
                  "the limit of 400 bytes (max-line-bytes)\"}}\n");
  g_assert_cmpstr(message, ==,
                  "shard.jsonl:12: longer than the limit of 400 bytes (max-line-bytes)");
}

static void
test_ids(void)
{
  static const char *const ids[][2] = {
      {"\"a\\tb\"", "\"a\\tb\""}, {"42", "42"}, {"-7", "-7"}, {"2.5", "2.5"}, {"1e3", "1e+03"}};
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(BriefBatch) batch = brief_batch_new(cfg, NULL);

  for (guint i = 0; i < G_N_ELEMENTS(ids); i++) {
    g_autofree char *line =
        g_strdup_printf("{\"id\": %s, \"articles\": [{\"text\": \"" TEXT "\"}]}", ids[i][0]);
    g_autofree char *out = brief_batch_run_line(batch, NULL, 1, line, strlen(line), NULL, NULL);
    g_autofree char *prefix = g_strdup_printf("{\"id\":%s,\"briefing\":{", ids[i][1]);
    g_assert_true(g_str_has_prefix(out, prefix));
  }
}

/* ---- independence ---------------------------------------------------------------- */

typedef struct {
  BriefBatch *batch;
  char **lines;
  char **outputs;
  guint n, start;
} Worker;

static gpointer
run_lines(gpointer data)
{
  Worker *w = data;

  /* Each worker runs every line, starting at its own offset. */
  for (guint k = 0; k < w->n; k++) {
    guint i = (w->start + k) % w->n;
    g_autofree char *out =
        brief_batch_run_line(w->batch, NULL, i + 1, w->lines[i], strlen(w->lines[i]), NULL, NULL);
    g_assert_cmpstr(out, ==, w->outputs[i]);
  }
  return NULL;
}

static void
test_threads(void)
{
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(BriefBatch) batch = brief_batch_new(cfg, NULL);
  char *lines[] = {example_line(NULL), example_line("{\"sentences\": 2}"),
                   g_strdup("{\"id\": 1, \"articles\": []}"),
                   example_line("{\"method\": \"lead\"}"), NULL};
  char *outputs[G_N_ELEMENTS(lines)] = {NULL};
  GThread *threads[4];
  Worker workers[4];
  guint n = G_N_ELEMENTS(lines) - 1;

  for (guint i = 0; i < n; i++)
    outputs[i] = brief_batch_run_line(batch, NULL, i + 1, lines[i], strlen(lines[i]), NULL, NULL);
  /* The same line gives the same output after any other line. */
  for (guint t = 0; t < G_N_ELEMENTS(threads); t++) {
    workers[t] = (Worker){batch, lines, outputs, n, t};
    threads[t] = g_thread_new("batch-test", run_lines, &workers[t]);
  }
  for (guint t = 0; t < G_N_ELEMENTS(threads); t++)
    g_thread_join(threads[t]);
  for (guint i = 0; i < n; i++) {
    g_free(lines[i]);
    g_free(outputs[i]);
  }
}

/* ---- counting the articles of a line -------------------------------------------- */

static void
test_add_batch_line(void)
{
  g_autofree char *line = example_line("{\"bogus\": 1}");
  g_autoptr(BriefCluster) cluster = brief_cluster_new();
  g_autoptr(BriefConfig) cfg = small_limits();
  g_autoptr(GError) error = NULL;

  /* Options are not looked at; the articles are. */
  g_assert_true(brief_cluster_add_batch_line(cluster, NULL, 1, line, strlen(line), NULL, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(cluster), ==, 2);
  g_assert_cmpstr(brief_cluster_get_article(cluster, 1)->name, ==, "articles[1]");
  g_assert_cmpstr(brief_cluster_get_article(cluster, 1)->title, ==, "Putin meets Kerry");
  g_assert_false(
      brief_cluster_add_batch_line(cluster, "b.jsonl", 3, line, strlen(line), cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
  g_assert_cmpstr(error->message, ==,
                  "b.jsonl:3: longer than the limit of 400 bytes (max-line-bytes)");
  g_assert_cmpuint(brief_cluster_get_n_articles(cluster), ==, 2);
}

static void
test_bad_config(void)
{
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefBatch) batch = NULL;

  g_assert_true(brief_config_set(cfg, "idf", "/nonexistent/model.idf", &error));
  batch = brief_batch_new(cfg, &error);
  g_assert_null(batch);
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_IO);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/batch/same-as-summarize", test_same_as_summarize);
  for (guint i = 0; i < G_N_ELEMENTS(error_cases); i++) {
    g_autofree char *name = g_strdup_printf("/batch/error/%u", i);
    g_test_add_data_func(name, &error_cases[i], test_error);
  }
  g_test_add_func("/batch/line-too-long", test_line_too_long);
  g_test_add_func("/batch/ids", test_ids);
  g_test_add_func("/batch/threads", test_threads);
  g_test_add_func("/batch/add-batch-line", test_add_batch_line);
  g_test_add_func("/batch/bad-config", test_bad_config);
  return g_test_run();
}
