/* SPDX-License-Identifier: BSD-3-Clause */
/* Batches: one story cluster per JSON line in, one JSON line out, its
 * briefing or its error.  A line is parsed, checked against the limits,
 * its options applied to a copy of the batch's configuration, summarized
 * by a summarizer of its own, and rendered compactly. */
#include "batch-private.h"

#include "brief-private.h"
#include "cluster-private.h"
#include "config-private.h"
#include "json-writer-private.h"
#include "render-private.h"
#include "summarizer-private.h"

#include <string.h>

struct _BriefBatch {
  BriefConfig *config; /* as given; every line starts from a copy */
  BriefIdfModel *idf;  /* the model of "idf", read once; NULL without one */
};

void
brief_batch_line_clear(BriefBatchLine *line)
{
  g_clear_pointer(&line->id, json_node_unref);
  g_clear_pointer(&line->articles, g_ptr_array_unref);
  g_clear_pointer(&line->config, brief_config_free);
}

/* "line 3", or "NAME:3" when the batch has several inputs. */
static char *
where_of(const char *name, guint64 line)
{
  g_autofree char *shown = NULL;

  if (name == NULL)
    return g_strdup_printf("line %" G_GUINT64_FORMAT, line);
  shown = brief_printable_dup(name, -1, 0);
  return g_strdup_printf("%s:%" G_GUINT64_FORMAT, shown, line);
}

static gboolean line_error(GError **error, BriefError code, const char *where, const char *format,
                           ...) G_GNUC_PRINTF(4, 5);

static gboolean
line_error(GError **error, BriefError code, const char *where, const char *format, ...)
{
  g_autofree char *msg = NULL;
  va_list args;

  va_start(args, format);
  msg = g_strdup_vprintf(format, args);
  va_end(args);
  g_set_error(error, BRIEF_ERROR, (gint)code, "%s: %s", where, msg);
  return FALSE;
}

static gboolean
limit_error(GError **error, const char *where, const char *what, gsize limit, const char *tunable)
{
  g_autofree char *shown = brief_format_bytes(limit);

  return line_error(error, BRIEF_ERROR_LIMIT, where, "%s the limit of %s (%s)", what, shown,
                    tunable);
}

/* ---- the members of a line ---------------------------------------------------- */

static gboolean
is_scalar(JsonNode *n, GType type)
{
  return n != NULL && JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == type;
}

/* "id": a string or a number, required. */
static gboolean
read_id(BriefBatchLine *out, JsonObject *o, const char *where, GError **error)
{
  JsonNode *n = json_object_get_member(o, "id");

  if (n == NULL || JSON_NODE_HOLDS_NULL(n))
    return line_error(error, BRIEF_ERROR_PARSE, where, "missing \"id\"");
  if (is_scalar(n, G_TYPE_STRING)) {
    if (!g_utf8_validate(json_node_get_string(n), -1, NULL))
      return line_error(error, BRIEF_ERROR_ENCODING, where,
                        "\"id\" is not valid UTF-8 once decoded (a lone surrogate escape?)");
  } else if (!is_scalar(n, G_TYPE_INT64) && !is_scalar(n, G_TYPE_DOUBLE)) {
    return line_error(error, BRIEF_ERROR_PARSE, where, "\"id\" must be a string or a number");
  }
  out->id = json_node_copy(n);
  return TRUE;
}

/* Article k of "articles", checked against the limit of one article. */
static gboolean
read_article(GPtrArray *out, JsonNode *n, guint k, const BriefConfig *cfg, const char *where,
             GError **error)
{
  g_autofree char *name = g_strdup_printf("articles[%u]", k);
  g_autofree char *at = g_strdup_printf("%s: %s", where, name);
  const BriefArticle *a;

  if (n == NULL || !JSON_NODE_HOLDS_OBJECT(n))
    return line_error(error, BRIEF_ERROR_PARSE, where, "%s must be an object", name);
  if (!brief_jsonl_read_article(out, json_node_get_object(n), name, k + 1, at, error))
    return FALSE;
  a = g_ptr_array_index(out, out->len - 1);
  if (a->text_len > cfg->max_input_bytes)
    return limit_error(error, at, "text larger than", cfg->max_input_bytes, "max-input-bytes");
  return TRUE;
}

/* "articles": an array of 1 to max-articles article objects, their texts
 * within max-total-bytes together. */
static gboolean
read_articles(BriefBatchLine *out, JsonObject *o, const BriefConfig *cfg, const char *where,
              GError **error)
{
  JsonNode *n = json_object_get_member(o, "articles");
  JsonArray *array;
  guint n_articles;
  gsize total = 0;

  if (n == NULL || JSON_NODE_HOLDS_NULL(n))
    return line_error(error, BRIEF_ERROR_PARSE, where, "missing \"articles\"");
  if (!JSON_NODE_HOLDS_ARRAY(n))
    return line_error(error, BRIEF_ERROR_PARSE, where, "\"articles\" must be an array");
  array = json_node_get_array(n);
  n_articles = json_array_get_length(array);
  if (n_articles == 0)
    return line_error(error, BRIEF_ERROR_EMPTY, where,
                      "\"articles\" is empty: no articles to summarize");
  if (n_articles > cfg->max_articles) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT,
                "%s: %u articles, more than the limit of %u (max-articles)", where, n_articles,
                cfg->max_articles);
    return FALSE;
  }
  out->articles = g_ptr_array_new_with_free_func(brief_article_free);
  for (guint k = 0; k < n_articles; k++) {
    if (!read_article(out->articles, json_array_get_element(array, k), k, cfg, where, error))
      return FALSE;
    total += ((const BriefArticle *)g_ptr_array_index(out->articles, k))->text_len;
    if (total > cfg->max_total_bytes)
      return limit_error(error, where, "the texts of \"articles\" add up to more than",
                         cfg->max_total_bytes, "max-total-bytes");
  }
  return TRUE;
}

/* ---- options -------------------------------------------------------------------- */

/* Whether a line may set tunable `t`: what shapes a summary, but no file
 * (a batch's input must not make brief read files), no thread count and
 * no limit (a line cannot raise its own). */
static gboolean
settable_per_line(const BriefTunable *t)
{
  return (t->flags & BRIEF_TUNABLE_SUMMARY) &&
         !(t->flags & (BRIEF_TUNABLE_PATH | BRIEF_TUNABLE_RUNTIME | BRIEF_TUNABLE_LIMIT |
                       BRIEF_TUNABLE_BATCH));
}

/* A JSON value as the text brief_config_set() reads: a string as it is,
 * numbers in C notation, booleans as true/false; NULL for anything else. */
static char *
value_text(JsonNode *n)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (is_scalar(n, G_TYPE_STRING))
    return g_strdup(json_node_get_string(n));
  if (is_scalar(n, G_TYPE_INT64))
    return g_strdup_printf("%" G_GINT64_FORMAT, json_node_get_int(n));
  if (is_scalar(n, G_TYPE_DOUBLE))
    return g_strdup(g_ascii_dtostr(buf, sizeof buf, json_node_get_double(n)));
  if (is_scalar(n, G_TYPE_BOOLEAN))
    return g_strdup(json_node_get_boolean(n) ? "true" : "false");
  return NULL;
}

/* One member of "options", set on `cfg`; the library's message, after the
 * line's, with the code of bad input. */
static gboolean
set_option(BriefConfig *cfg, const char *name, JsonNode *value, const char *where, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *shown = brief_printable_dup(name, -1, 80);
  g_autofree char *text = NULL;
  const BriefTunable *t = brief_tunable_lookup(name);

  if (t == NULL)
    return line_error(error, BRIEF_ERROR_PARSE, where, "\"options\": unknown tunable \"%s\"",
                      shown);
  if (!settable_per_line(t))
    return line_error(error, BRIEF_ERROR_PARSE, where,
                      "\"options\": \"%s\" cannot be set per line, only for the whole batch",
                      shown);
  text = value_text(value);
  if (text == NULL)
    return line_error(error, BRIEF_ERROR_PARSE, where,
                      "\"options\": \"%s\" must be a string, a number or a boolean", shown);
  if (!brief_config_set(cfg, name, text, &local))
    return line_error(error, BRIEF_ERROR_PARSE, where, "\"options\": %s", local->message);
  return TRUE;
}

/* "options" and "date" on a copy of the batch's configuration. */
static gboolean
apply_options(BriefBatchLine *out, JsonObject *o, const BriefConfig *base, const char *where,
              GError **error)
{
  g_autoptr(GError) local = NULL;
  JsonNode *options = json_object_get_member(o, "options");
  JsonNode *date = json_object_get_member(o, "date");

  out->config = brief_config_copy(base);
  if (options != NULL && !JSON_NODE_HOLDS_NULL(options)) {
    g_autoptr(GList) names = NULL;
    if (!JSON_NODE_HOLDS_OBJECT(options))
      return line_error(error, BRIEF_ERROR_PARSE, where, "\"options\" must be an object");
    names = json_object_get_members(json_node_get_object(options));
    for (GList *l = names; l != NULL; l = l->next)
      if (!set_option(out->config, l->data,
                      json_object_get_member(json_node_get_object(options), l->data), where, error))
        return FALSE;
  }
  if (date != NULL && !JSON_NODE_HOLDS_NULL(date)) {
    if (!is_scalar(date, G_TYPE_STRING))
      return line_error(error, BRIEF_ERROR_PARSE, where, "\"date\" must be a string");
    if (!brief_config_set(out->config, "date", json_node_get_string(date), &local))
      return line_error(error, BRIEF_ERROR_PARSE, where, "\"date\": %s", local->message);
  }
  if (!brief_config_validate(out->config, &local))
    return line_error(error, BRIEF_ERROR_PARSE, where, "\"options\": %s", local->message);
  /* The lines run in parallel; each on one thread. */
  out->config->n_threads = 1;
  return TRUE;
}

gboolean
brief_batch_parse_line(BriefBatchLine *out, const BriefConfig *config, gboolean with_options,
                       const char *where, const char *data, gsize len, GError **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local = NULL;
  JsonNode *root;
  JsonObject *o;

  g_return_val_if_fail(out != NULL && config != NULL && where != NULL, FALSE);
  g_return_val_if_fail(data != NULL || len == 0, FALSE);

  if (len > config->max_line_bytes)
    return limit_error(error, where, "longer than", config->max_line_bytes, "max-line-bytes");
  if (!brief_check_utf8(where, data, len, 0, error) ||
      !brief_jsonl_check_line(where, data, len, error))
    return FALSE;
  parser = json_parser_new();
  if (!json_parser_load_from_data(parser, data, (gssize)len, &local)) {
    brief_jsonl_set_parse_error(error, where, local->message);
    return FALSE;
  }
  root = json_parser_get_root(parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT(root))
    return line_error(error, BRIEF_ERROR_PARSE, where, "expected a JSON object");
  o = json_node_get_object(root);
  /* The id first: an error line further on still names its cluster. */
  if (with_options && !read_id(out, o, where, error))
    return FALSE;
  if (!read_articles(out, o, config, where, error))
    return FALSE;
  return !with_options || apply_options(out, o, config, where, error);
}

/* ---- the batch -------------------------------------------------------------------- */

BriefBatch *
brief_batch_new(const BriefConfig *config, GError **error)
{
  g_autoptr(BriefBatch) b = NULL;
  g_autoptr(BriefSummarizer) probe = NULL;

  g_return_val_if_fail(config != NULL, NULL);

  if (!brief_config_validate(config, error))
    return NULL;
  b = g_new0(BriefBatch, 1);
  b->config = brief_config_copy(config);
  if (config->idf_path != NULL) {
    b->idf = brief_idf_model_load_full(config->idf_path, config, error);
    if (b->idf == NULL ||
        !brief_summarizer_check_idf(b->idf, config->idf_path, config->language, error))
      return NULL;
  }
  /* The stop list and the language, checked once before any line. */
  probe = brief_summarizer_new_with_idf(config, b->idf, error);
  if (probe == NULL)
    return NULL;
  return g_steal_pointer(&b);
}

void
brief_batch_free(BriefBatch *batch)
{
  if (batch == NULL)
    return;
  brief_config_free(batch->config);
  brief_idf_model_free(batch->idf);
  g_free(batch);
}

guint
brief_batch_get_n_threads(const BriefBatch *batch)
{
  g_return_val_if_fail(batch != NULL, 1);
  return brief_config_get_n_threads(batch->config);
}

/* The briefing of a checked line.  A fresh summarizer per line: it costs
 * about 0.2 ms, and a summarizer kept across lines would keep every word
 * form it met (the tokenizer's memo), so memory would grow with the batch. */
static BriefSummary *
summarize_line(const BriefBatch *b, BriefBatchLine *l, BriefCluster *cluster, const char *where,
               GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(BriefSummarizer) sz = NULL;
  BriefSummary *sum;

  if (b->idf != NULL &&
      !brief_summarizer_check_idf(b->idf, b->config->idf_path, l->config->language, &local)) {
    line_error(error, BRIEF_ERROR_PARSE, where, "\"options\": %s", local->message);
    return NULL;
  }
  sz = brief_summarizer_new_with_idf(l->config, b->idf, &local);
  if (sz != NULL) {
    brief_cluster_take_articles(cluster, l->articles);
    sum = brief_summarizer_run(sz, cluster, &local);
    if (sum != NULL)
      return sum;
  }
  g_set_error(error, local->domain, local->code, "%s: %s", where, local->message);
  return NULL;
}

static void
write_id(BriefJson *j, JsonNode *id)
{
  brief_json_key(j, "id");
  if (id == NULL)
    brief_json_null(j);
  else if (is_scalar(id, G_TYPE_STRING))
    brief_json_string(j, json_node_get_string(id));
  else if (is_scalar(id, G_TYPE_INT64))
    brief_json_int(j, json_node_get_int(id));
  else
    brief_json_double_shortest(j, json_node_get_double(id));
}

/* The message without where it came from ("line 3: " and the like): an
 * error line must read the same whichever file or shard held its line. */
static const char *
message_of(const GError *error, const char *where)
{
  gsize n = strlen(where);

  if (error == NULL)
    return "unknown error";
  if (strncmp(error->message, where, n) == 0 && strncmp(error->message + n, ": ", 2) == 0)
    return error->message + n + 2;
  return error->message;
}

char *
brief_batch_run_line(BriefBatch *batch, const char *name, guint64 line, const char *data, gsize len,
                     int *status, char **message)
{
  g_auto(BriefBatchLine) l = {0};
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) cluster = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  g_autofree char *where = NULL;
  GString *out;
  BriefJson j;

  g_return_val_if_fail(batch != NULL && (data != NULL || len == 0), NULL);
  cluster = brief_cluster_new();
  where = where_of(name, line);
  out = g_string_new(NULL);

  if (brief_batch_parse_line(&l, batch->config, TRUE, where, data, len, &error))
    sum = summarize_line(batch, &l, cluster, where, &error);
  brief_json_init_compact(&j, out);
  brief_json_begin_object(&j);
  write_id(&j, l.id);
  if (sum != NULL) {
    brief_json_key(&j, "briefing");
    brief_render_summary_json_to(&j, sum);
  } else {
    brief_json_key(&j, "error");
    brief_json_begin_object(&j);
    brief_json_member_int(&j, "code", brief_error_exit_status(error));
    brief_json_member_string(&j, "message", message_of(error, where));
    brief_json_end_object(&j);
  }
  brief_json_end_object(&j);
  g_string_append_c(out, '\n');
  if (status != NULL)
    *status = sum != NULL ? 0 : brief_error_exit_status(error);
  if (message != NULL)
    *message = sum != NULL ? NULL : g_strdup(error ? error->message : "unknown error");
  return g_string_free(out, FALSE);
}

gboolean
brief_cluster_add_batch_line(BriefCluster *cluster, const char *name, guint64 line,
                             const char *data, gsize len, const BriefConfig *config, GError **error)
{
  g_auto(BriefBatchLine) l = {0};
  g_autoptr(BriefConfig) defaults = NULL;
  g_autofree char *where = where_of(name, line);

  g_return_val_if_fail(cluster != NULL && (data != NULL || len == 0), FALSE);

  if (config == NULL)
    config = defaults = brief_config_new();
  if (!brief_batch_parse_line(&l, config, FALSE, where, data, len, error))
    return FALSE;
  brief_cluster_take_articles(cluster, l.articles);
  return TRUE;
}
