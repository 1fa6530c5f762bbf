/* SPDX-License-Identifier: BSD-3-Clause */
/* The BriefRougeScorer: ROUGE-N and skip-bigram scores of one summary
 * against its references, pooled as ROUGE-1.5.5's "-f A" or jackknifed. */
#include "rouge-private.h"

#include "brief-private.h"

#include <stdlib.h>
#include <string.h>

/* An n-gram or skip bigram as a tuple of token ids, unused places NO_ID, so
 * counting compares integers, not strings. */
#define NO_ID G_MAXUINT32

typedef struct {
  guint32 id[BRIEF_ROUGE_MAX_N];
} Gram;

/* ------------------------------------------------------------------------ */
/* The scorer object                                                         */

BriefRougeScorer *
brief_rouge_scorer_new(const BriefRougeOptions *options, GError **error)
{
  g_return_val_if_fail(options != NULL, NULL);

  if (!brief_rouge_options_validate(options, error))
    return NULL;
  BriefRougeVocab *vocab = brief_rouge_vocab_new(options->stem, error);
  if (vocab == NULL)
    return NULL;

  BriefRougeScorer *scorer = g_new0(BriefRougeScorer, 1);
  scorer->options = *options;
  scorer->system_id = g_strdup(options->system_id);
  scorer->options.system_id = scorer->system_id;
  scorer->vocab = vocab;
  scorer->n_metrics = options->n_max + (options->skip_bigrams ? 1 : 0);
  if (options->skip_bigrams) {
    const char *kind = options->skip_unigrams ? "SU" : "S";
    scorer->skip_name = options->skip_distance >= 0
                            ? g_strdup_printf("ROUGE-%s%d", kind, options->skip_distance)
                            : g_strdup_printf("ROUGE-%s*", kind);
  }
  return scorer;
}

void
brief_rouge_scorer_free(BriefRougeScorer *scorer)
{
  if (scorer == NULL)
    return;
  brief_rouge_vocab_free(scorer->vocab);
  g_free(scorer->skip_name);
  g_free(scorer->system_id);
  g_free(scorer);
}

guint
brief_rouge_scorer_get_n_metrics(const BriefRougeScorer *scorer)
{
  g_return_val_if_fail(scorer != NULL, 0);
  return scorer->n_metrics;
}

const char *
brief_rouge_scorer_get_metric_name(const BriefRougeScorer *scorer, guint metric)
{
  static const char *const ngram_names[BRIEF_ROUGE_MAX_N] = {
      "ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-5",
      "ROUGE-6", "ROUGE-7", "ROUGE-8", "ROUGE-9",
  };

  g_return_val_if_fail(scorer != NULL, NULL);
  g_return_val_if_fail(metric < scorer->n_metrics, NULL);
  if (metric < scorer->options.n_max)
    return ngram_names[metric];
  return scorer->skip_name;
}

/* Token ids of `text`, valid UTF-8, cut to the length limit when
 * `truncate`. */
static GArray *
text_tokens(BriefRougeScorer *scorer, const char *text, gboolean truncate)
{
  const BriefRougeOptions *o = &scorer->options;

  return brief_rouge_vocab_tokens(scorer->vocab, text, truncate ? o->limit_words : 0,
                                  truncate ? o->limit_bytes : 0);
}

static gboolean
check_text(const char *text, const char *name, GError **error)
{
  return brief_check_utf8(name, text, strlen(text), 0, error);
}

char **
brief_rouge_scorer_tokenize(BriefRougeScorer *scorer, const char *text, gboolean truncate,
                            GError **error)
{
  g_return_val_if_fail(scorer != NULL, NULL);
  g_return_val_if_fail(text != NULL, NULL);

  if (!check_text(text, "text", error))
    return NULL;
  g_autoptr(GArray) ids = text_tokens(scorer, text, truncate);
  char **tokens = g_new0(char *, ids->len + 1);
  for (guint i = 0; i < ids->len; i++)
    tokens[i] = g_strdup(brief_rouge_vocab_form(scorer->vocab, g_array_index(ids, guint32, i)));
  return tokens;
}

/* ------------------------------------------------------------------------ */
/* Counting                                                                  */

static int
compare_grams(const void *a, const void *b)
{
  return memcmp(a, b, sizeof(Gram));
}

static void
gram_init(Gram *gram)
{
  for (guint k = 0; k < BRIEF_ROUGE_MAX_N; k++)
    gram->id[k] = NO_ID;
}

/* Append the skip bigrams of `t`, with its unigrams when the options say
 * so.  ROUGE's loop runs i up to the next-to-last token, so with -u the
 * last token's unigram is never counted. */
static void
add_skip_grams(const BriefRougeOptions *options, const guint32 *t, gsize n_tokens, GArray *grams)
{
  const int distance = options->skip_distance;
  Gram gram;

  for (gsize i = 0; i + 1 < n_tokens; i++) {
    if (options->skip_unigrams) {
      gram_init(&gram);
      gram.id[0] = t[i];
      g_array_append_val(grams, gram);
    }
    for (gsize j = i + 1; j < n_tokens; j++) {
      if (distance >= 0 && j > i + (gsize)distance + 1)
        break;
      gram_init(&gram);
      gram.id[0] = t[i];
      gram.id[1] = t[j];
      g_array_append_val(grams, gram);
    }
  }
}

/* The n-grams of `tokens` (n = metric + 1) or, for the skip metric, the
 * skip bigrams, sorted so that two lists can be matched by merging. */
static GArray *
make_grams(const BriefRougeScorer *scorer, const GArray *tokens, guint metric)
{
  const guint32 *t = (const guint32 *)(const void *)tokens->data;
  const gsize n_tokens = tokens->len;
  GArray *grams = g_array_new(FALSE, FALSE, sizeof(Gram));

  if (metric < scorer->options.n_max) {
    const gsize n = metric + 1;
    Gram gram;
    for (gsize i = 0; i + n <= n_tokens; i++) {
      gram_init(&gram);
      for (gsize k = 0; k < n; k++)
        gram.id[k] = t[i + k];
      g_array_append_val(grams, gram);
    }
  } else {
    add_skip_grams(&scorer->options, t, n_tokens, grams);
  }
  if (grams->len > 1)
    qsort(grams->data, grams->len, sizeof(Gram), compare_grams);
  return grams;
}

/* Clipped matches: the sum over distinct reference grams of
 * min(count in reference, count in peer). */
static guint
count_hits(const GArray *ref, const GArray *peer)
{
  const Gram *r = (const Gram *)(const void *)ref->data;
  const Gram *p = (const Gram *)(const void *)peer->data;
  guint i = 0, j = 0, hits = 0;

  while (i < ref->len && j < peer->len) {
    const int cmp = compare_grams(&r[i], &p[j]);
    if (cmp < 0) {
      i++;
    } else if (cmp > 0) {
      j++;
    } else {
      guint ri = i, pj = j;
      while (ri < ref->len && compare_grams(&r[ri], &r[i]) == 0)
        ri++;
      while (pj < peer->len && compare_grams(&p[pj], &p[j]) == 0)
        pj++;
      hits += MIN(ri - i, pj - j);
      i = ri;
      j = pj;
    }
  }
  return hits;
}

/* ------------------------------------------------------------------------ */
/* Scores                                                                    */

/* ROUGE stores every score as sprintf("%7.5f"), and computes with the
 * rounded string from then on. */
double
brief_rouge_round5(double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd(buf, sizeof buf, "%.5f", value);
  return g_ascii_strtod(buf, NULL);
}

static double
f_measure(double recall, double precision, double alpha)
{
  const double denominator = (1 - alpha) * precision + alpha * recall;

  if (denominator > 0)
    return brief_rouge_round5((precision * recall) / denominator);
  return 0.0;
}

/* Leave-one-out: the pooled score against each subset of n_refs - 1
 * references, averaged. */
static void
jackknife(const guint *hits, const guint *counts, guint n_refs, guint peer_len, double *recall,
          double *precision)
{
  double total_hits = 0, total_counts = 0, sum_r = 0, sum_p = 0;

  for (guint k = 0; k < n_refs; k++) {
    total_hits += hits[k];
    total_counts += counts[k];
  }
  for (guint k = 0; k < n_refs; k++) {
    const double h = total_hits - hits[k];
    const double c = total_counts - counts[k];
    const double pc = (double)(n_refs - 1) * peer_len;
    sum_r += c != 0 ? h / c : 0.0;
    sum_p += pc != 0 ? h / pc : 0.0;
  }
  *recall = brief_rouge_round5(sum_r / n_refs);
  *precision = brief_rouge_round5(sum_p / n_refs);
}

static void
score_metric(const BriefRougeScorer *scorer, const GArray *peer_tokens, GArray *const *ref_tokens,
             guint n_refs, guint metric, BriefRougeScore *score)
{
  g_autoptr(GArray) peer = make_grams(scorer, peer_tokens, metric);
  g_autofree guint *hits = g_new0(guint, n_refs);
  g_autofree guint *counts = g_new0(guint, n_refs);
  double total_hits = 0, total_counts = 0;
  double recall, precision;

  for (guint k = 0; k < n_refs; k++) {
    g_autoptr(GArray) ref = make_grams(scorer, ref_tokens[k], metric);
    hits[k] = count_hits(ref, peer);
    counts[k] = ref->len;
    total_hits += hits[k];
    total_counts += counts[k];
  }

  if (scorer->options.jackknife && n_refs > 1) {
    jackknife(hits, counts, n_refs, peer->len, &recall, &precision);
  } else {
    const double peer_counts = (double)n_refs * peer->len;
    recall = total_counts != 0 ? brief_rouge_round5(total_hits / total_counts) : 0.0;
    precision = peer_counts != 0 ? brief_rouge_round5(total_hits / peer_counts) : 0.0;
  }
  score->recall = recall;
  score->precision = precision;
  score->f = f_measure(recall, precision, scorer->options.alpha);
}

gboolean
brief_rouge_scorer_score_named(BriefRougeScorer *scorer, const char *peer, const char *const *refs,
                               guint n_refs, const char *const *names, BriefRougeScore *scores,
                               GError **error)
{
  if (!check_text(peer, names[0], error))
    return FALSE;
  for (guint k = 0; k < n_refs; k++)
    if (!check_text(refs[k], names[k + 1], error))
      return FALSE;

  g_autoptr(GArray) peer_tokens = text_tokens(scorer, peer, TRUE);
  g_autoptr(GPtrArray) ref_tokens = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
  for (guint k = 0; k < n_refs; k++)
    g_ptr_array_add(ref_tokens, text_tokens(scorer, refs[k], TRUE));
  for (guint m = 0; m < scorer->n_metrics; m++)
    score_metric(scorer, peer_tokens, (GArray *const *)ref_tokens->pdata, n_refs, m, &scores[m]);
  return TRUE;
}

GPtrArray *
brief_rouge_text_names(const char *cluster, guint n_refs)
{
  GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
  const char *sep = cluster != NULL ? ": " : "";

  if (cluster == NULL)
    cluster = "";
  g_ptr_array_add(names, g_strdup_printf("%s%speer", cluster, sep));
  for (guint k = 0; k < n_refs; k++)
    g_ptr_array_add(names, g_strdup_printf("%s%sreference %u", cluster, sep, k + 1));
  return names;
}

gboolean
brief_rouge_scorer_score(BriefRougeScorer *scorer, const char *peer, const char *const *refs,
                         guint n_refs, BriefRougeScore *scores, guint n_scores, GError **error)
{
  g_return_val_if_fail(scorer != NULL, FALSE);
  g_return_val_if_fail(peer != NULL, FALSE);
  g_return_val_if_fail(refs != NULL && n_refs > 0, FALSE);
  g_return_val_if_fail(scores != NULL && n_scores >= scorer->n_metrics, FALSE);
  for (guint k = 0; k < n_refs; k++)
    g_return_val_if_fail(refs[k] != NULL, FALSE);

  g_autoptr(GPtrArray) names = brief_rouge_text_names(NULL, n_refs);
  return brief_rouge_scorer_score_named(scorer, peer, refs, n_refs,
                                        (const char *const *)names->pdata, scores, error);
}
