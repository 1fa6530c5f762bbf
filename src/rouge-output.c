/* SPDX-License-Identifier: BSD-3-Clause */
/* An evaluation as ROUGE-1.5.5 prints it, and the same numbers as JSON. */
#include "rouge-private.h"

#include "json-writer-private.h"

#include <string.h>

/* Length of the leading run of digits; 0 when `s` starts otherwise. */
static gsize
digit_prefix(const char *s)
{
  gsize n = 0;

  while (g_ascii_isdigit(s[n]))
    n++;
  return n;
}

/* ROUGE-1.5.5 prints evaluations ordered by their numeric prefix when both
 * IDs start with digits, else by string. */
static int
compare_print_order(const void *a, const void *b)
{
  const BriefRougeCluster *x = *(const BriefRougeCluster *const *)a;
  const BriefRougeCluster *y = *(const BriefRougeCluster *const *)b;
  gsize nx = digit_prefix(x->test_id), ny = digit_prefix(y->test_id);

  if (nx > 0 && ny > 0) {
    const char *px = x->test_id, *py = y->test_id;
    while (nx > 1 && *px == '0') {
      px++;
      nx--;
    }
    while (ny > 1 && *py == '0') {
      py++;
      ny--;
    }
    if (nx != ny)
      return nx < ny ? -1 : 1;
    const int cmp = strncmp(px, py, nx);
    if (cmp != 0)
      return cmp;
  }
  return strcmp(x->test_id, y->test_id);
}

static GPtrArray *
clusters_in_print_order(const BriefRougeEval *eval)
{
  GPtrArray *order = g_ptr_array_sized_new(eval->clusters->len);

  for (guint i = 0; i < eval->clusters->len; i++)
    g_ptr_array_add(order, g_ptr_array_index(eval->clusters, i));
  g_ptr_array_sort(order, compare_print_order);
  return order;
}

/* ------------------------------------------------------------------------ */
/* ROUGE-1.5.5's lines                                                       */

static const char *
fmt5(char *buf, gsize size, double value)
{
  return g_ascii_formatd(buf, (int)size, "%.5f", value);
}

/* The three average lines of `metric`: "SYS ROUGE-1 Average_R: ...". */
static void
append_average_lines(GString *out, const BriefRougeEval *eval, guint metric)
{
  const char *sys = eval->scorer->system_id;
  const char *name = brief_rouge_scorer_get_metric_name(eval->scorer, metric);
  char conf[G_ASCII_DTOSTR_BUF_SIZE];
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE];
  BriefRougeAverage avg;

  g_ascii_formatd(conf, sizeof conf, "%g", eval->scorer->options.confidence);
  brief_rouge_eval_get_average(eval, metric, &avg);
  const struct {
    char tag;
    double mean, low, high;
  } rows[3] = {
      {'R', avg.mean.recall, avg.low.recall, avg.high.recall},
      {'P', avg.mean.precision, avg.low.precision, avg.high.precision},
      {'F', avg.mean.f, avg.low.f, avg.high.f},
  };
  for (int k = 0; k < 3; k++)
    g_string_append_printf(out, "%s %s Average_%c: %s (%s%%-conf.int. %s - %s)\n", sys, name,
                           rows[k].tag, fmt5(a, sizeof a, rows[k].mean), conf,
                           fmt5(b, sizeof b, rows[k].low), fmt5(c, sizeof c, rows[k].high));
}

/* One line per cluster: "SYS ROUGE-1 Eval d061j.SYS R:... P:... F:...". */
static void
append_cluster_lines(GString *out, const BriefRougeEval *eval, guint metric, const GPtrArray *order)
{
  const char *sys = eval->scorer->system_id;
  const char *name = brief_rouge_scorer_get_metric_name(eval->scorer, metric);
  char r[G_ASCII_DTOSTR_BUF_SIZE], p[G_ASCII_DTOSTR_BUF_SIZE], f[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < order->len; i++) {
    const BriefRougeCluster *cluster = g_ptr_array_index(order, i);
    const BriefRougeScore *s = &cluster->scores[metric];
    /* The cluster is named after its files: a control character in a
     * name is shown as \xNN, as in messages, and the line stays one. */
    g_autofree char *id = brief_printable_dup(cluster->test_id, -1, 0);
    g_string_append_printf(out, "%s %s Eval %s R:%s P:%s F:%s\n", sys, name, id,
                           fmt5(r, sizeof r, s->recall), fmt5(p, sizeof p, s->precision),
                           fmt5(f, sizeof f, s->f));
  }
}

char *
brief_rouge_eval_to_text(const BriefRougeEval *eval, gboolean per_cluster)
{
  g_return_val_if_fail(eval != NULL, NULL);

  GString *out = g_string_new(NULL);
  if (eval->clusters->len == 0)
    return g_string_free(out, FALSE);

  g_autoptr(GPtrArray) order = clusters_in_print_order(eval);
  for (guint m = 0; m < eval->scorer->n_metrics; m++) {
    append_average_lines(out, eval, m);
    if (per_cluster)
      append_cluster_lines(out, eval, m, order);
  }
  return g_string_free(out, FALSE);
}

/* ------------------------------------------------------------------------ */
/* JSON                                                                      */

/* Every double is written in the fewest digits that read back to it: the
 * scores, rounded to 5 decimals by ROUGE, come out as ROUGE prints them,
 * less trailing zeros (0.63636, 0.5), and the options exactly. */

static void
json_options(BriefJson *j, const BriefRougeOptions *o)
{
  brief_json_key(j, "options");
  brief_json_begin_object(j);
  brief_json_member_int(j, "limit_words", o->limit_words);
  brief_json_member_int(j, "limit_bytes", o->limit_bytes);
  brief_json_member_bool(j, "stem", o->stem);
  brief_json_member_int(j, "n_max", o->n_max);
  brief_json_member_bool(j, "skip_bigrams", o->skip_bigrams);
  brief_json_member_int(j, "skip_distance", o->skip_distance);
  brief_json_member_bool(j, "skip_unigrams", o->skip_unigrams);
  brief_json_member_double_shortest(j, "alpha", o->alpha);
  brief_json_member_bool(j, "jackknife", o->jackknife);
  brief_json_member_double_shortest(j, "confidence", o->confidence);
  brief_json_member_int(j, "resamples", o->resamples);
  brief_json_member_int(j, "seed", (gint64)o->seed);
  brief_json_end_object(j);
}

/* "recall": {"average": .., "low": .., "high": ..}, or null without an
 * average. */
static void
json_interval(BriefJson *j, const char *key, gboolean have, double mean, double low, double high)
{
  brief_json_key(j, key);
  if (!have) {
    brief_json_null(j);
    return;
  }
  brief_json_begin_object(j);
  brief_json_member_double_shortest(j, "average", mean);
  brief_json_member_double_shortest(j, "low", low);
  brief_json_member_double_shortest(j, "high", high);
  brief_json_end_object(j);
}

static void
json_clusters(BriefJson *j, guint metric, const GPtrArray *order)
{
  brief_json_key(j, "clusters");
  brief_json_begin_array(j);
  for (guint i = 0; i < order->len; i++) {
    const BriefRougeCluster *cluster = g_ptr_array_index(order, i);
    brief_json_begin_object(j);
    brief_json_member_string(j, "cluster", cluster->name);
    brief_json_member_double_shortest(j, "recall", cluster->scores[metric].recall);
    brief_json_member_double_shortest(j, "precision", cluster->scores[metric].precision);
    brief_json_member_double_shortest(j, "f", cluster->scores[metric].f);
    brief_json_end_object(j);
  }
  brief_json_end_array(j);
}

static void
json_metric(BriefJson *j, const BriefRougeEval *eval, guint metric, const GPtrArray *order)
{
  BriefRougeAverage avg;
  const gboolean have = brief_rouge_eval_get_average(eval, metric, &avg);

  brief_json_begin_object(j);
  brief_json_member_string(j, "name", brief_rouge_scorer_get_metric_name(eval->scorer, metric));
  json_interval(j, "recall", have, avg.mean.recall, avg.low.recall, avg.high.recall);
  json_interval(j, "precision", have, avg.mean.precision, avg.low.precision, avg.high.precision);
  json_interval(j, "f", have, avg.mean.f, avg.low.f, avg.high.f);
  if (order != NULL)
    json_clusters(j, metric, order);
  brief_json_end_object(j);
}

char *
brief_rouge_eval_to_json(const BriefRougeEval *eval, gboolean per_cluster)
{
  g_return_val_if_fail(eval != NULL, NULL);

  GString *out = g_string_new(NULL);
  BriefJson j;
  g_autoptr(GPtrArray) order = per_cluster ? clusters_in_print_order(eval) : NULL;

  brief_json_init(&j, out);
  brief_json_begin_object(&j);
  brief_json_member_string(&j, "system", eval->scorer->system_id);
  json_options(&j, &eval->scorer->options);
  brief_json_member_int(&j, "n_clusters", eval->clusters->len);
  brief_json_key(&j, "metrics");
  brief_json_begin_array(&j);
  for (guint m = 0; m < eval->scorer->n_metrics; m++)
    json_metric(&j, eval, m, order);
  brief_json_end_array(&j);
  brief_json_key(&j, "unmatched");
  brief_json_begin_array(&j);
  for (guint i = 0; i + 1 < eval->unmatched->len; i++)
    brief_json_string(&j, g_ptr_array_index(eval->unmatched, i));
  brief_json_end_array(&j);
  brief_json_end_object(&j);
  g_string_append_c(out, '\n');
  return g_string_free(out, FALSE);
}
