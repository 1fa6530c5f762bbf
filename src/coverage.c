/* SPDX-License-Identifier: BSD-3-Clause */
/* Coverage concepts for selection: bigrams of a sentence's words (see
 * intern_bigrams), keyed by the pair of ids, each weighing the number of
 * articles that hold it. */
#include "summarizer-private.h"

#include "brief-private.h"
#include "config-private.h"
#include "mmr-private.h"
#include "tokenize-private.h"

#include <string.h>

void
brief_coverage_clear(BriefCoverage *c)
{
  g_free((gpointer)c->offsets);
  g_free((gpointer)c->concepts);
  g_free((gpointer)c->weights);
  memset(c, 0, sizeof *c);
}

/* Every bigram of every sentence interned (all sentences count for df):
 * sentence i holds ids[first[i] .. first[i+1]), df[id] is the number of
 * articles holding bigram id. */
typedef struct {
  GArray *ids;    /* guint32 */
  guint32 *first; /* n_sents + 1 */
  GArray *df;     /* guint */
  guint32 n_ids;
} Bigrams;

static void
bigrams_clear(Bigrams *b)
{
  g_array_unref(b->ids);
  g_free(b->first);
  g_array_unref(b->df);
}

/* Bigram id of the pair (a, c), interned in `map`. */
static guint32
intern_pair(Bigrams *b, BriefU64Map *map, GArray *last, guint32 a, guint32 c)
{
  gboolean added;
  guint32 id = brief_u64map_intern(map, ((guint64)a << 32) | c, b->n_ids, &added);

  if (added) {
    b->n_ids++;
    g_array_set_size(b->df, b->n_ids);
    g_array_set_size(last, b->n_ids);
  }
  return id;
}

/* Bigram `id` into the sentence being read, its article counted once. */
static void
count_bigram(Bigrams *b, GArray *last, guint32 id, guint article)
{
  if (g_array_index(last, guint, id) != article + 1) {
    g_array_index(last, guint, id) = article + 1;
    g_array_index(b->df, guint, id)++;
  }
  g_array_append_val(b->ids, id);
}

/* The bigrams of every sentence.  "words" (the default): adjacent words
 * as written, stemmed, stop words kept, but not a pair of two stop words,
 * so a bigram never spans a word that was left out.  "terms": adjacent
 * content terms, after the stop words are gone.  A copy of an earlier
 * sentence (run->copy_of) takes its bigrams without looking them up. */
static void
intern_bigrams(Bigrams *b, const BriefRun *run)
{
  gboolean words = run->cfg->coverage_bigrams == BRIEF_COVERAGE_BIGRAMS_WORDS;
  const GArray *seq = words ? run->tokens : run->terms;
  const gsize *off = words ? run->token_off : run->term_off;
  const guint32 *t = (const guint32 *)(void *)seq->data;
  guint n_sents = run->sents->len;
  g_autoptr(GArray) last = g_array_new(FALSE, TRUE, sizeof(guint));
  BriefU64Map map;

  b->ids = g_array_sized_new(FALSE, FALSE, sizeof(guint32), seq->len);
  b->first = g_new(guint32, n_sents + 1);
  b->df = g_array_new(FALSE, TRUE, sizeof(guint));
  b->n_ids = 0;
  /* Distinct articles have about one distinct bigram in three words, a
   * story of wire copies far fewer: start small and grow, rather than
   * spread a few bigrams over a big table (each page they land on must
   * be faulted in). */
  brief_u64map_init(&map, seq->len / 16);
  for (guint i = 0; i < n_sents; i++) {
    guint article = g_array_index(run->sents, BriefSent, i).article;
    guint f = run->copy_of[i];
    b->first[i] = b->ids->len;
    if (f != i) {
      /* A copy of sentence f: the same bigrams, counted for its article. */
      for (guint32 e = b->first[f]; e < b->first[f + 1]; e++)
        count_bigram(b, last, g_array_index(b->ids, guint32, e), article);
      continue;
    }
    for (gsize k = off[i]; k + 1 < off[i + 1]; k++) {
      if ((t[k] & t[k + 1] & BRIEF_TOKEN_STOP) != 0)
        continue;
      count_bigram(b, last, intern_pair(b, &map, last, t[k], t[k + 1]), article);
    }
  }
  b->first[n_sents] = b->ids->len;
  brief_u64map_clear(&map);
}

/* The fewest articles a concept must be in: "coverage-min-df", but no
 * more than a small cluster has (a story of two articles still has
 * concepts), and the cap never below two: a bigram of one article is no
 * agreement.  (Asked for 0 or 1, every bigram counts.) */
static guint
min_df(const BriefRun *run)
{
  guint n = brief_cluster_get_n_articles(run->cluster);

  return MIN(run->cfg->coverage_min_df, MAX(n, 2u));
}

/* Candidate k's distinct concepts of df >= min_df() into
 * concepts[offsets[k] .. offsets[k+1]). */
static void
candidate_concepts(BriefCoverage *c, const Bigrams *b, const BriefRun *run)
{
  guint least = min_df(run);
  g_autoptr(GArray) seen = g_array_new(FALSE, TRUE, sizeof(guint));
  GArray *concepts = g_array_new(FALSE, FALSE, sizeof(guint32));
  gsize *offsets = g_new(gsize, run->n + 1);

  g_array_set_size(seen, b->n_ids);
  /* Rows are in increasing sentence order, so offsets are monotonic. */
  for (guint k = 0; k < run->n; k++) {
    guint i = run->rows[k];
    offsets[k] = concepts->len;
    for (guint32 e = b->first[i]; e < b->first[i + 1]; e++) {
      guint32 id = g_array_index(b->ids, guint32, e);
      if (g_array_index(b->df, guint, id) < least)
        continue;
      /* seen[id] = k + 1 once candidate k holds the concept: each
       * concept once per sentence, in linear time. */
      if (g_array_index(seen, guint, id) == k + 1)
        continue;
      g_array_index(seen, guint, id) = k + 1;
      g_array_append_val(concepts, id);
    }
  }
  offsets[run->n] = concepts->len;
  c->offsets = offsets;
  c->concepts = (guint32 *)(void *)g_array_free(concepts, FALSE);
}

gboolean
brief_coverage_used(const BriefConfig *cfg)
{
  return cfg->method != BRIEF_METHOD_LEAD && cfg->coverage_weight > 0.0;
}

gboolean
brief_coverage_needs_tokens(const BriefConfig *cfg)
{
  return brief_coverage_used(cfg) && cfg->coverage_bigrams == BRIEF_COVERAGE_BIGRAMS_WORDS;
}

void
brief_coverage_build(BriefCoverage *c, const BriefRun *run)
{
  Bigrams b;
  double *weights;

  intern_bigrams(&b, run);
  candidate_concepts(c, &b, run);
  weights = g_new(double, b.n_ids > 0 ? b.n_ids : 1);
  for (guint id = 0; id < b.n_ids; id++)
    weights[id] = g_array_index(b.df, guint, id);
  c->weights = weights;
  c->n_concepts = b.n_ids;
  c->mix = run->cfg->coverage_weight;
  /* Gain per word: a budget in words is what the concepts compete for. */
  c->length_exponent = 1.0;
  bigrams_clear(&b);
}
