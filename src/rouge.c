/* SPDX-License-Identifier: BSD-3-Clause */
/* The BriefRougeEval object: the clusters scored so far and the files
 * left unmatched.  Options are rouge-options.c's, scoring rouge-score.c's,
 * reading directories rouge-files.c's, the averages rouge-bootstrap.c's
 * and the output rouge-output.c's; brief-rouge.h says what is reproduced
 * of ROUGE-1.5.5. */
#include "rouge-private.h"

#include <string.h>

/* ------------------------------------------------------------------------ */
/* Evaluation over clusters                                                  */

void
brief_rouge_cluster_free(BriefRougeCluster *cluster)
{
  if (cluster == NULL)
    return;
  g_free(cluster->name);
  g_free(cluster->test_id);
  g_free(cluster);
}

BriefRougeEval *
brief_rouge_eval_new(const BriefRougeOptions *options, GError **error)
{
  g_return_val_if_fail(options != NULL, NULL);

  BriefRougeScorer *scorer = brief_rouge_scorer_new(options, error);
  if (scorer == NULL)
    return NULL;
  BriefRougeEval *eval = g_new0(BriefRougeEval, 1);
  eval->scorer = scorer;
  eval->clusters = g_ptr_array_new_with_free_func((GDestroyNotify)brief_rouge_cluster_free);
  eval->unmatched = g_ptr_array_new_with_free_func(g_free);
  g_ptr_array_add(eval->unmatched, NULL);
  return eval;
}

void
brief_rouge_eval_free(BriefRougeEval *eval)
{
  if (eval == NULL)
    return;
  brief_rouge_scorer_free(eval->scorer);
  g_ptr_array_unref(eval->clusters);
  g_ptr_array_unref(eval->unmatched);
  g_free(eval);
}

/* Where a cluster with `test_id` goes in the sorted list; `found` tells
 * whether one is already there. */
static guint
cluster_position(const BriefRougeEval *eval, const char *test_id, gboolean *found)
{
  guint lo = 0, hi = eval->clusters->len;

  *found = FALSE;
  while (lo < hi) {
    const guint mid = lo + (hi - lo) / 2;
    const BriefRougeCluster *c = g_ptr_array_index(eval->clusters, mid);
    const int cmp = strcmp(c->test_id, test_id);
    if (cmp == 0) {
      *found = TRUE;
      return mid;
    }
    if (cmp < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* ROUGE-1.5.5's evaluation ID of cluster `name`. (transfer full) */
static char *
test_id_dup(const BriefRougeEval *eval, const char *name)
{
  return g_strdup_printf("%s.%s", name, eval->scorer->system_id);
}

static BriefRougeCluster *
cluster_new(const BriefRougeEval *eval, const char *name)
{
  BriefRougeCluster *cluster = g_new0(BriefRougeCluster, 1);

  cluster->name = g_strdup(name);
  cluster->test_id = test_id_dup(eval, name);
  return cluster;
}

gboolean
brief_rouge_eval_check_new(const BriefRougeEval *eval, const char *name, GError **error)
{
  g_autofree char *test_id = test_id_dup(eval, name);
  gboolean found;

  cluster_position(eval, test_id, &found);
  if (found) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "cluster %s was already evaluated", name);
    return FALSE;
  }
  return TRUE;
}

void
brief_rouge_eval_insert(BriefRougeEval *eval, BriefRougeCluster *cluster)
{
  gboolean found;
  const guint at = cluster_position(eval, cluster->test_id, &found);

  g_assert(!found);
  g_ptr_array_insert(eval->clusters, (gint)at, cluster);
}

void
brief_rouge_eval_add_unmatched(BriefRougeEval *eval, const char *path)
{
  /* Keep the array NULL-terminated for brief_rouge_eval_get_unmatched(). */
  eval->unmatched->pdata[eval->unmatched->len - 1] = g_strdup(path);
  g_ptr_array_add(eval->unmatched, NULL);
}

BriefRougeCluster *
brief_rouge_eval_score(BriefRougeEval *eval, const char *name, const char *peer,
                       const char *const *refs, guint n_refs, const char *const *names,
                       GError **error)
{
  g_autoptr(BriefRougeCluster) cluster = cluster_new(eval, name);

  if (!brief_rouge_scorer_score_named(eval->scorer, peer, refs, n_refs, names, cluster->scores,
                                      error))
    return NULL;
  return g_steal_pointer(&cluster);
}

gboolean
brief_rouge_eval_add_texts(BriefRougeEval *eval, const char *cluster, const char *peer,
                           const char *const *refs, guint n_refs, GError **error)
{
  g_return_val_if_fail(eval != NULL, FALSE);
  g_return_val_if_fail(cluster != NULL, FALSE);
  g_return_val_if_fail(peer != NULL, FALSE);
  g_return_val_if_fail(refs != NULL && n_refs > 0, FALSE);
  for (guint k = 0; k < n_refs; k++)
    g_return_val_if_fail(refs[k] != NULL, FALSE);

  if (!brief_rouge_eval_check_new(eval, cluster, error))
    return FALSE;

  g_autoptr(GPtrArray) names = brief_rouge_text_names(cluster, n_refs);

  BriefRougeCluster *scored = brief_rouge_eval_score(eval, cluster, peer, refs, n_refs,
                                                     (const char *const *)names->pdata, error);
  if (scored == NULL)
    return FALSE;
  brief_rouge_eval_insert(eval, scored);
  return TRUE;
}

guint
brief_rouge_eval_get_n_clusters(const BriefRougeEval *eval)
{
  g_return_val_if_fail(eval != NULL, 0);
  return eval->clusters->len;
}

const char *
brief_rouge_eval_get_cluster(const BriefRougeEval *eval, guint index)
{
  g_return_val_if_fail(eval != NULL, NULL);
  g_return_val_if_fail(index < eval->clusters->len, NULL);
  return ((const BriefRougeCluster *)g_ptr_array_index(eval->clusters, index))->name;
}

guint
brief_rouge_eval_get_n_metrics(const BriefRougeEval *eval)
{
  g_return_val_if_fail(eval != NULL, 0);
  return eval->scorer->n_metrics;
}

const char *
brief_rouge_eval_get_metric_name(const BriefRougeEval *eval, guint metric)
{
  g_return_val_if_fail(eval != NULL, NULL);
  return brief_rouge_scorer_get_metric_name(eval->scorer, metric);
}

const BriefRougeScore *
brief_rouge_eval_get_score(const BriefRougeEval *eval, guint index, guint metric)
{
  g_return_val_if_fail(eval != NULL, NULL);
  g_return_val_if_fail(index < eval->clusters->len, NULL);
  g_return_val_if_fail(metric < eval->scorer->n_metrics, NULL);
  return &((const BriefRougeCluster *)g_ptr_array_index(eval->clusters, index))->scores[metric];
}

const char *const *
brief_rouge_eval_get_unmatched(const BriefRougeEval *eval)
{
  g_return_val_if_fail(eval != NULL, NULL);
  return (const char *const *)eval->unmatched->pdata;
}

gboolean
brief_rouge_eval_get_average(const BriefRougeEval *eval, guint metric, BriefRougeAverage *average)
{
  g_return_val_if_fail(eval != NULL, FALSE);
  g_return_val_if_fail(metric < eval->scorer->n_metrics, FALSE);
  g_return_val_if_fail(average != NULL, FALSE);

  memset(average, 0, sizeof *average);
  const guint n = eval->clusters->len;
  if (n == 0)
    return FALSE;

  const BriefRougeOptions *o = &eval->scorer->options;
  g_autofree BriefRougeScore *scores = g_new(BriefRougeScore, n);
  for (guint i = 0; i < n; i++)
    scores[i] = ((const BriefRougeCluster *)g_ptr_array_index(eval->clusters, i))->scores[metric];
  brief_rouge_bootstrap(scores, n, o->resamples, o->seed, o->confidence, average);
  return TRUE;
}
