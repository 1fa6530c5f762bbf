/* SPDX-License-Identifier: BSD-3-Clause */
/* Background IDF models: document frequencies of stems over a corpus.
 *
 * File format (UTF-8 text, one record per line, fields separated by a tab):
 *
 *   brief-idf<TAB>1                  magic and format version
 *   language<TAB>english             the stemmer the stems come from
 *   documents<TAB>N                  number of documents counted
 *   <stem><TAB><df>                  one line per stem, sorted by stem
 *
 * Lines starting with '#' are comments.  Two models of one language merge by
 * adding `documents` and every df, so corpora can be counted apart. */
#include "brief-private.h"
#include "idf-private.h"
#include "config-private.h"
#include "tfidf-private.h"
#include "tokenize-private.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct _BriefIdfModel {
  char *language;
  guint64 n_documents;
  GHashTable *df; /* stem (owned) -> guint64* (owned) */
};

BriefIdfModel *
brief_idf_model_new(const char *language, GError **error)
{
  BriefIdfModel *m;

  g_return_val_if_fail(language != NULL, NULL);
  if (!brief_language_check(language, error))
    return NULL;
  m = g_new0(BriefIdfModel, 1);
  m->language = g_strdup(language);
  m->df = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  return m;
}

void
brief_idf_model_free(BriefIdfModel *model)
{
  if (model == NULL)
    return;
  g_free(model->language);
  g_hash_table_unref(model->df);
  g_free(model);
}

const char *
brief_idf_model_get_language(const BriefIdfModel *model)
{
  g_return_val_if_fail(model != NULL, NULL);
  return model->language;
}

guint64
brief_idf_model_get_n_documents(const BriefIdfModel *model)
{
  g_return_val_if_fail(model != NULL, 0);
  return model->n_documents;
}

guint
brief_idf_model_get_n_terms(const BriefIdfModel *model)
{
  g_return_val_if_fail(model != NULL, 0);
  return g_hash_table_size(model->df);
}

guint64
brief_idf_model_get_df(const BriefIdfModel *model, const char *stem)
{
  const guint64 *v;

  g_return_val_if_fail(model != NULL && stem != NULL, 0);
  v = g_hash_table_lookup(model->df, stem);
  return v ? *v : 0;
}

/* Add `count` to the df of `stem`; FALSE if the sum would not fit. */
static gboolean
add_df(BriefIdfModel *m, const char *stem, guint64 count)
{
  guint64 *v = g_hash_table_lookup(m->df, stem);

  if (v == NULL) {
    v = g_new0(guint64, 1);
    g_hash_table_insert(m->df, g_strdup(stem), v);
  }
  if (*v > G_MAXUINT64 - count)
    return FALSE;
  *v += count;
  return TRUE;
}

static void
article_text_terms(BriefTokenizer *tok, guint i, GArray *terms, gpointer data)
{
  const BriefArticle *a = brief_cluster_get_article(data, i);

  brief_tokenizer_add_terms(tok, a->text, a->text_len, terms);
}

gboolean
brief_idf_model_add_cluster(BriefIdfModel *model, const BriefCluster *cluster, GError **error)
{
  g_autofree gsize *off = NULL;
  g_autoptr(GPtrArray) stems = NULL;
  g_autoptr(GArray) terms = NULL;
  g_autofree guint32 *df = NULL;
  guint n;

  g_return_val_if_fail(model != NULL && cluster != NULL, FALSE);
  n = brief_cluster_get_n_articles(cluster);
  off = g_new(gsize, n + 1);

  /* Tokenized on every core; the counts do not depend on how many. */
  terms = brief_tokenize_items(model->language, n, brief_threads_resolve(0), article_text_terms,
                               (gpointer)cluster, off, &stems, error);
  if (terms == NULL)
    return FALSE;
  /* Each stem once per document, counted by term id, then added by stem
   * once per stem. */
  df = brief_document_frequency((const guint32 *)(void *)terms->data, off, n, stems->len);
  brief_idf_model_add_counts(model, stems, df, n);
  return TRUE;
}

void
brief_idf_model_add_counts(BriefIdfModel *model, const GPtrArray *stems, const guint32 *df,
                           guint64 n_documents)
{
  for (guint t = 0; t < stems->len; t++)
    if (df[t] > 0)
      add_df(model, g_ptr_array_index(stems, t), df[t]); /* <= n_documents + n */
  model->n_documents += n_documents;
}

gboolean
brief_idf_model_merge(BriefIdfModel *model, const BriefIdfModel *other, GError **error)
{
  GHashTableIter it;
  gpointer k, v;

  g_return_val_if_fail(model != NULL && other != NULL, FALSE);
  if (strcmp(model->language, other->language) != 0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "cannot merge an IDF model for '%s' into one for '%s'", other->language,
                model->language);
    return FALSE;
  }
  if (model->n_documents > G_MAXUINT64 - other->n_documents) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "cannot merge: the document count would overflow");
    return FALSE;
  }
  /* Counts never exceed the document count, which fits: neither can they. */
  g_hash_table_iter_init(&it, other->df);
  while (g_hash_table_iter_next(&it, &k, &v))
    add_df(model, k, *(guint64 *)v);
  model->n_documents += other->n_documents;
  return TRUE;
}

static gint
compare_strings(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

char *
brief_idf_model_to_string(const BriefIdfModel *model)
{
  GString *out = g_string_new(NULL);
  g_autoptr(GPtrArray) keys = g_ptr_array_new();
  GHashTableIter it;
  gpointer k;

  g_return_val_if_fail(model != NULL, NULL);
  g_string_append_printf(out, "brief-idf\t1\nlanguage\t%s\ndocuments\t%" G_GUINT64_FORMAT "\n",
                         model->language, model->n_documents);
  g_hash_table_iter_init(&it, model->df);
  while (g_hash_table_iter_next(&it, &k, NULL))
    g_ptr_array_add(keys, k);
  /* Sorted: the same counts give the same bytes. */
  g_ptr_array_sort(keys, compare_strings);
  for (guint i = 0; i < keys->len; i++) {
    const char *stem = g_ptr_array_index(keys, i);
    g_string_append_printf(out, "%s\t%" G_GUINT64_FORMAT "\n", stem,
                           *(guint64 *)g_hash_table_lookup(model->df, stem));
  }
  return g_string_free(out, FALSE);
}

gboolean
brief_idf_model_save(const BriefIdfModel *model, const char *path, GError **error)
{
  g_autofree char *text = brief_idf_model_to_string(model);

  return brief_write_file(path, text, strlen(text), error);
}

static gboolean
parse_count(const char *s, guint64 *out)
{
  char *end = NULL;
  guint64 v;

  if (!g_ascii_isdigit(*s))
    return FALSE;
  errno = 0;
  v = g_ascii_strtoull(s, &end, 10);
  if (errno != 0 || end == s || *end != '\0')
    return FALSE;
  *out = v;
  return TRUE;
}

static gboolean
bad_line(const char *path, guint line, const char *what, GError **error)
{
  g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s:%u: %s", path, line, what);
  return FALSE;
}

/* A model file being read: where, and how far its header has come. */
typedef struct {
  const char *path;
  guint line;
  guint header; /* lines of the header read: 3 when complete */
  BriefIdfModel *model;
} Loader;

/* "brief-idf 1", "language L", "documents N", in that order. */
static gboolean
load_header(Loader *ld, const char *key, const char *value, GError **error)
{
  if (ld->header == 0) {
    if (strcmp(key, "brief-idf") != 0)
      return bad_line(ld->path, ld->line, "not a brief IDF model (no 'brief-idf' line)", error);
    if (strcmp(value, "1") != 0) {
      g_autofree char *shown = brief_printable_dup(value, -1, 80);
      g_autofree char *msg = g_strdup_printf("unsupported IDF model version '%s'", shown);
      return bad_line(ld->path, ld->line, msg, error);
    }
  } else if (ld->header == 1) {
    if (strcmp(key, "language") != 0)
      return bad_line(ld->path, ld->line, "expected 'language'", error);
    if (!brief_language_is_known(value)) {
      /* A bad model, not a bad option: the file and line, and exit 4. */
      g_autofree char *shown = brief_printable_dup(value, -1, 80);
      g_autofree char *msg = g_strdup_printf("unknown language '%s'", shown);
      return bad_line(ld->path, ld->line, msg, error);
    }
    ld->model = brief_idf_model_new(value, error);
    if (ld->model == NULL)
      return FALSE;
  } else if (strcmp(key, "documents") != 0 || !parse_count(value, &ld->model->n_documents)) {
    return bad_line(ld->path, ld->line, "expected 'documents' and a count", error);
  }
  ld->header++;
  return TRUE;
}

static gboolean
load_stem(Loader *ld, const char *stem, const char *value, GError **error)
{
  guint64 count = 0;

  if (*stem == '\0' || !parse_count(value, &count))
    return bad_line(ld->path, ld->line, "expected a stem and a count", error);
  if (count > ld->model->n_documents)
    return bad_line(ld->path, ld->line, "document frequency above the number of documents", error);
  if (g_hash_table_contains(ld->model->df, stem))
    return bad_line(ld->path, ld->line, "stem listed twice", error);
  add_df(ld->model, stem, count);
  return TRUE;
}

/* One line, NUL-terminated (and so cut at its tab); blank lines and
 * comments are skipped. */
static gboolean
load_line(Loader *ld, char *p, GError **error)
{
  char *tab;

  if (*p == '\0' || *p == '#')
    return TRUE;
  tab = strchr(p, '\t');
  if (tab == NULL)
    return bad_line(ld->path, ld->line, "expected two tab-separated fields", error);
  *tab = '\0';
  return ld->header < 3 ? load_header(ld, p, tab + 1, error) : load_stem(ld, p, tab + 1, error);
}

BriefIdfModel *
brief_idf_model_load(const char *path, GError **error)
{
  return brief_idf_model_load_full(path, NULL, error);
}

BriefIdfModel *
brief_idf_model_load_full(const char *path, const BriefConfig *config, GError **error)
{
  g_autoptr(BriefConfig) defaults = NULL;
  g_autofree char *data = NULL;
  Loader ld = {path, 0, 0, NULL};
  BriefReadLimits limits = {0, 0, 0, 0};
  gsize len = 0;
  char *p, *end;

  g_return_val_if_fail(path != NULL, NULL);
  if (config == NULL)
    config = defaults = brief_config_new();
  limits.max_file = config->max_input_bytes;
  data = brief_read_file(path, &limits, &len, error);
  if (data == NULL)
    return NULL;
  for (p = data, end = data + len; p < end;) {
    char *eol = memchr(p, '\n', (gsize)(end - p));
    if (eol)
      *eol = '\0';
    ld.line++;
    if (eol && eol > p && eol[-1] == '\r')
      eol[-1] = '\0';
    if (!load_line(&ld, p, error)) {
      brief_idf_model_free(ld.model);
      return NULL;
    }
    if (eol == NULL)
      break;
    p = eol + 1;
  }
  if (ld.header < 3) {
    brief_idf_model_free(ld.model);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s: incomplete IDF model header", path);
    return NULL;
  }
  return ld.model;
}
