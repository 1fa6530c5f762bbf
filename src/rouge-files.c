/* SPDX-License-Identifier: BSD-3-Clause */
/* Scoring a system directory against a reference directory: "<cluster>.txt"
 * pairs with every "<cluster>.<X>.txt", as ROUGE-1.5.5's evaluation lists
 * for DUC are usually made. */
#include "rouge-private.h"

#include "brief-private.h"

#include <string.h>

/* The reference files grouped by cluster. */
typedef struct {
  GHashTable *refs_of;     /* cluster -> GPtrArray of paths, sorted */
  GPtrArray *ref_clusters; /* the clusters (keys of refs_of) in order met */
  GPtrArray *unmatched;    /* paths without a counterpart, in order met */
} Pairing;

static void
pairing_init(Pairing *pairing)
{
  pairing->refs_of =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  pairing->ref_clusters = g_ptr_array_new();
  pairing->unmatched = g_ptr_array_new_with_free_func(g_free);
}

static void
pairing_clear(Pairing *pairing)
{
  g_hash_table_unref(pairing->refs_of);
  g_ptr_array_unref(pairing->ref_clusters);
  g_ptr_array_unref(pairing->unmatched);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Pairing, pairing_clear)

static int
compare_strings(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static gboolean
check_dir(const char *dir, GError **error)
{
  if (!g_file_test(dir, G_FILE_TEST_EXISTS)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: no such file or directory", dir);
    return FALSE;
  }
  if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: not a directory", dir);
    return FALSE;
  }
  return TRUE;
}

/* The names of the visible regular "*.txt" files of `dir`, sorted. */
static GPtrArray *
list_txt_files(const char *dir, GError **error)
{
  if (!check_dir(dir, error))
    return NULL;

  g_autoptr(GError) local = NULL;
  g_autoptr(GDir) handle = g_dir_open(dir, 0, &local);
  if (handle == NULL) {
    brief_set_file_error(error, dir, local);
    return NULL;
  }

  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const char *name;
  while ((name = g_dir_read_name(handle)) != NULL) {
    if (name[0] == '.' || !g_str_has_suffix(name, ".txt") || strlen(name) == 4)
      continue;
    g_autofree char *path = g_build_filename(dir, name, NULL);
    if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
      g_ptr_array_add(names, g_strdup(name));
  }
  g_ptr_array_sort(names, compare_strings);
  return g_steal_pointer(&names);
}

/* Group the reference files `names` of `refs_dir` by cluster; a name
 * without "<cluster>.<X>" cannot be matched. */
static void
group_refs(Pairing *pairing, const char *refs_dir, const GPtrArray *names)
{
  for (guint i = 0; i < names->len; i++) {
    const char *name = g_ptr_array_index(names, i);
    g_autofree char *stem = g_strndup(name, strlen(name) - 4);
    char *dot = strrchr(stem, '.');
    if (dot == NULL || dot == stem || dot[1] == '\0') {
      g_ptr_array_add(pairing->unmatched, g_build_filename(refs_dir, name, NULL));
      continue;
    }
    *dot = '\0';
    GPtrArray *paths = g_hash_table_lookup(pairing->refs_of, stem);
    if (paths == NULL) {
      paths = g_ptr_array_new_with_free_func(g_free);
      char *key = g_strdup(stem);
      g_hash_table_insert(pairing->refs_of, key, paths);
      g_ptr_array_add(pairing->ref_clusters, key);
    }
    g_ptr_array_add(paths, g_build_filename(refs_dir, name, NULL));
  }
}

/* Read the summary at `sys_path` and its references `ref_paths` and score
 * them as cluster `cluster`; errors name the file. */
static BriefRougeCluster *
score_files(BriefRougeEval *eval, const char *cluster, const char *sys_path,
            const GPtrArray *ref_paths, GError **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new();
  BriefReadLimits limits = {eval->scorer->options.max_input_bytes, 0, 0, 0};
  gsize len;

  g_ptr_array_add(names, (gpointer)sys_path);
  for (guint k = 0; k < ref_paths->len; k++)
    g_ptr_array_add(names, g_ptr_array_index(ref_paths, k));
  for (guint k = 0; k < names->len; k++) {
    char *text = brief_read_file(g_ptr_array_index(names, k), &limits, &len, error);
    if (text == NULL)
      return NULL;
    g_ptr_array_add(texts, text);
  }
  return brief_rouge_eval_score(eval, cluster, g_ptr_array_index(texts, 0),
                                (const char *const *)texts->pdata + 1, ref_paths->len,
                                (const char *const *)names->pdata, error);
}

/* Score every summary of `sys_names` that has references into `scored`;
 * the others go to the unmatched files, the reference lists used to
 * `used`. */
static gboolean
score_clusters(BriefRougeEval *eval, Pairing *pairing, const char *sys_dir,
               const GPtrArray *sys_names, GHashTable *used, GPtrArray *scored, GError **error)
{
  for (guint i = 0; i < sys_names->len; i++) {
    const char *name = g_ptr_array_index(sys_names, i);
    g_autofree char *cluster = g_strndup(name, strlen(name) - 4);
    g_autofree char *sys_path = g_build_filename(sys_dir, name, NULL);
    GPtrArray *paths = g_hash_table_lookup(pairing->refs_of, cluster);

    if (paths == NULL) {
      g_ptr_array_add(pairing->unmatched, g_steal_pointer(&sys_path));
      continue;
    }
    g_hash_table_add(used, paths);
    if (!brief_rouge_eval_check_new(eval, cluster, error))
      return FALSE;
    BriefRougeCluster *c = score_files(eval, cluster, sys_path, paths, error);
    if (c == NULL)
      return FALSE;
    g_ptr_array_add(scored, c);
  }
  return TRUE;
}

/* The references of clusters without a summary are unmatched too. */
static void
add_unused_refs(Pairing *pairing, GHashTable *used)
{
  for (guint i = 0; i < pairing->ref_clusters->len; i++) {
    GPtrArray *paths =
        g_hash_table_lookup(pairing->refs_of, g_ptr_array_index(pairing->ref_clusters, i));
    if (g_hash_table_contains(used, paths))
      continue;
    for (guint k = 0; k < paths->len; k++)
      g_ptr_array_add(pairing->unmatched, g_strdup(g_ptr_array_index(paths, k)));
  }
}

gboolean
brief_rouge_eval_add_dirs(BriefRougeEval *eval, const char *sys_dir, const char *refs_dir,
                          GError **error)
{
  g_return_val_if_fail(eval != NULL, FALSE);
  g_return_val_if_fail(sys_dir != NULL, FALSE);
  g_return_val_if_fail(refs_dir != NULL, FALSE);

  g_autoptr(GPtrArray) sys_names = list_txt_files(sys_dir, error);
  if (sys_names == NULL)
    return FALSE;
  g_autoptr(GPtrArray) ref_names = list_txt_files(refs_dir, error);
  if (ref_names == NULL)
    return FALSE;

  g_auto(Pairing) pairing;
  pairing_init(&pairing);
  group_refs(&pairing, refs_dir, ref_names);

  /* Nothing is added before every cluster is scored. */
  g_autoptr(GPtrArray) scored =
      g_ptr_array_new_with_free_func((GDestroyNotify)brief_rouge_cluster_free);
  g_autoptr(GHashTable) used = g_hash_table_new(NULL, NULL); /* reference lists used */
  if (!score_clusters(eval, &pairing, sys_dir, sys_names, used, scored, error))
    return FALSE;
  add_unused_refs(&pairing, used);

  if (scored->len == 0) {
    if (sys_names->len == 0)
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "%s: no summaries (*.txt)", sys_dir);
    else
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY,
                  "no cluster of %s has references (<cluster>.<X>.txt) in %s", sys_dir, refs_dir);
    return FALSE;
  }
  for (guint i = 0; i < scored->len; i++)
    brief_rouge_eval_insert(eval, g_steal_pointer(&scored->pdata[i]));
  for (guint i = 0; i < pairing.unmatched->len; i++)
    brief_rouge_eval_add_unmatched(eval, g_ptr_array_index(pairing.unmatched, i));
  return TRUE;
}
