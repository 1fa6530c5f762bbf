/* SPDX-License-Identifier: BSD-3-Clause */
/* Maximal marginal relevance under a length budget.
 *
 * Each step is the plain greedy step, computed with less work: a
 * candidate that no longer fits the budget never will (the totals only
 * grow), so its similarities are not computed any more; copies of one
 * sentence share one similarity per step; a coverage gain changes only
 * for the candidates that hold a concept the last selection covered, and
 * only those are summed again.  Every number is computed as the plain
 * step computes it, in the same order, so the selection is the same.
 * (The totals are guint: a budget of words or bytes is far below where
 * they would wrap.) */
#include "mmr-private.h"

#include "tfidf-private.h"

#include <math.h>
#include <string.h>

static gboolean
fits(const BriefBudget *b, guint n_sel, guint words, guint bytes, guint add_words, guint add_bytes)
{
  if (b->sentences && n_sel + 1 > b->sentences)
    return FALSE;
  if (b->fill) {
    /* Fill mode: a sentence may cross the budget, but none starts once it
     * is reached. */
    return !(b->words && words >= b->words) && !(b->bytes && bytes >= b->bytes);
  }
  if (b->words && words + add_words > b->words)
    return FALSE;
  if (b->bytes && bytes + add_bytes > b->bytes)
    return FALSE;
  return TRUE;
}

/* The inputs of one selection and what it keeps from step to step. */
typedef struct {
  const BriefMatrix *m;
  const guint *rows, *group, *words, *bytes;
  const double *relevance;
  guint n;
  const BriefCoverage *cov;

  GArray *sel;
  guint total_words, total_bytes;
  double *redundancy; /* max similarity of candidate k to anything selected */
  gboolean *used;
  gboolean *dead;  /* fits the budget no more, and never will */
  float *dense;    /* n_terms: the row just selected, spread out; 0 elsewhere */
  double *sim;     /* per group: its similarity to the row just selected ... */
  guint *sim_step; /* ... computed at this step (+ 1) */

  /* With coverage. */
  gboolean *covered; /* per concept */
  double *gain;      /* per candidate: weight of its uncovered concepts per word^r */
  double *per_word;  /* per candidate: words^r, or 0 when the gain is not divided */
  guint32 *fresh;    /* the concepts the last selection covered */
  gsize *holder_off; /* per concept: the candidates that hold it, */
  guint *holders;    /* holders[holder_off[c] .. holder_off[c + 1]) */
  guint *gain_step;  /* per candidate: step (+ 1) its gain was last summed */
} Mmr;

/* Candidate k's gain: the weight of its concepts not covered yet, per
 * word to the power r (the budget is in words). */
static double
candidate_gain(const Mmr *s, guint k)
{
  const BriefCoverage *cov = s->cov;
  double gain = 0.0;

  for (gsize e = cov->offsets[k]; e < cov->offsets[k + 1]; e++)
    if (!s->covered[cov->concepts[e]])
      gain += cov->weights[cov->concepts[e]];
  if (s->per_word[k] != 0.0)
    gain /= s->per_word[k];
  return gain;
}

/* Which candidates hold each concept, and every candidate's first gain. */
static void
coverage_init(Mmr *s)
{
  const BriefCoverage *cov = s->cov;
  gsize n_entries = cov->offsets[s->n];
  g_autofree gsize *fill = NULL;

  s->covered = g_new0(gboolean, cov->n_concepts > 0 ? cov->n_concepts : 1);
  s->gain = g_new(double, s->n > 0 ? s->n : 1);
  s->per_word = g_new0(double, s->n > 0 ? s->n : 1);
  s->fresh = g_new(guint32, cov->n_concepts > 0 ? cov->n_concepts : 1);
  s->gain_step = g_new0(guint, s->n > 0 ? s->n : 1);
  s->holder_off = g_new0(gsize, (gsize)cov->n_concepts + 1);
  s->holders = g_new(guint, n_entries > 0 ? n_entries : 1);
  for (gsize e = 0; e < n_entries; e++)
    s->holder_off[cov->concepts[e] + 1]++;
  for (guint c = 0; c < cov->n_concepts; c++)
    s->holder_off[c + 1] += s->holder_off[c];
  fill = g_memdup2(s->holder_off, sizeof(gsize) * cov->n_concepts);
  for (guint k = 0; k < s->n; k++) {
    for (gsize e = cov->offsets[k]; e < cov->offsets[k + 1]; e++)
      s->holders[fill[cov->concepts[e]]++] = k;
    if (s->words[k] > 0 && cov->length_exponent > 0.0)
      s->per_word[k] = pow((double)s->words[k], cov->length_exponent);
    s->gain[k] = candidate_gain(s, k);
  }
}

/* The concepts of `best` are covered: the gains of the candidates that
 * hold one of those newly covered are summed again (step `step`). */
static void
cover(Mmr *s, guint best, guint step)
{
  const BriefCoverage *cov = s->cov;
  guint n_fresh = 0;

  /* A candidate's concepts are distinct: at most all of them are fresh. */
  for (gsize e = cov->offsets[best]; e < cov->offsets[best + 1]; e++)
    if (!s->covered[cov->concepts[e]]) {
      s->covered[cov->concepts[e]] = TRUE;
      s->fresh[n_fresh++] = cov->concepts[e];
    }
  for (guint f = 0; f < n_fresh; f++)
    for (gsize h = s->holder_off[s->fresh[f]]; h < s->holder_off[s->fresh[f] + 1]; h++) {
      guint k = s->holders[h];
      if (s->used[k] || s->gain_step[k] == step + 1)
        continue;
      s->gain_step[k] = step + 1;
      s->gain[k] = candidate_gain(s, k);
    }
}

/* The largest gain of a candidate not selected (whether it fits or not). */
static double
max_gain(const Mmr *s)
{
  double max = 0.0;

  for (guint k = 0; k < s->n; k++)
    if (!s->used[k])
      max = MAX(max, s->gain[k]);
  return max;
}

/* The candidate that fits and scores best (ties: lowest k), or -1; marks
 * those that no longer fit. */
static gint
choose(Mmr *s, double lambda, const BriefBudget *budget)
{
  double mg = s->cov ? max_gain(s) : 0.0, best_score = 0.0;
  gint best = -1;

  for (guint k = 0; k < s->n; k++) {
    double sc, rel = s->relevance[k];
    if (s->used[k] || s->dead[k])
      continue;
    if (!fits(budget, s->sel->len, s->total_words, s->total_bytes, s->words[k], s->bytes[k])) {
      s->dead[k] = TRUE;
      continue;
    }
    if (s->cov)
      rel = (1.0 - s->cov->mix) * rel + s->cov->mix * (mg > 0.0 ? s->gain[k] / mg : 0.0);
    sc = lambda * rel - (1.0 - lambda) * s->redundancy[k];
    if (best < 0 || sc > best_score) {
      best = (gint)k;
      best_score = sc;
    }
  }
  return best;
}

/* The cosine of row `row` with the row spread over s->dense: the products
 * of their common terms in term order, as brief_matrix_dot() adds them,
 * and a product with 0 for each other term, which changes no sum (the
 * weights are finite, and a sum that starts at +0 is never -0). */
static double
dot_dense(const Mmr *s, guint row)
{
  const BriefMatrix *m = s->m;
  double dot = 0.0;

  for (gsize e = m->offsets[row]; e < m->offsets[row + 1]; e++)
    dot += (double)m->entries[e].weight * s->dense[m->entries[e].term];
  return dot;
}

/* Each candidate still in the running takes its similarity to `best`
 * into its redundancy (step `step`). */
static void
update_redundancy(Mmr *s, guint best, guint step)
{
  const BriefMatrix *m = s->m;
  guint row = s->rows[best];

  for (gsize e = m->offsets[row]; e < m->offsets[row + 1]; e++)
    s->dense[m->entries[e].term] = m->entries[e].weight;
  for (guint k = 0; k < s->n; k++) {
    guint g = s->group ? s->group[k] : k;
    if (s->used[k] || s->dead[k])
      continue;
    if (s->sim_step[g] != step + 1) {
      s->sim_step[g] = step + 1;
      s->sim[g] = dot_dense(s, s->rows[k]);
    }
    if (s->sim[g] > s->redundancy[k])
      s->redundancy[k] = s->sim[g];
  }
  for (gsize e = m->offsets[row]; e < m->offsets[row + 1]; e++)
    s->dense[m->entries[e].term] = 0.0f;
}

static void
mmr_clear(Mmr *s)
{
  g_free(s->redundancy);
  g_free(s->used);
  g_free(s->dead);
  g_free(s->dense);
  g_free(s->sim);
  g_free(s->sim_step);
  g_free(s->covered);
  g_free(s->gain);
  g_free(s->per_word);
  g_free(s->fresh);
  g_free(s->holder_off);
  g_free(s->holders);
  g_free(s->gain_step);
}

GArray *
brief_mmr_select_grouped(const BriefMatrix *m, const guint *rows, const guint *group,
                         const double *relevance, const guint *words, const guint *bytes, guint n,
                         double lambda, const BriefBudget *budget, const BriefCoverage *coverage)
{
  gsize room = n > 0 ? n : 1;
  Mmr s = {0};

  s.m = m;
  s.rows = rows;
  s.group = group;
  s.words = words;
  s.bytes = bytes;
  s.relevance = relevance;
  s.n = n;
  s.cov = coverage;

  s.sel = g_array_new(FALSE, FALSE, sizeof(guint));
  s.redundancy = g_new0(double, room);
  s.used = g_new0(gboolean, room);
  s.dead = g_new0(gboolean, room);
  s.dense = g_new0(float, m->n_terms > 0 ? m->n_terms : 1);
  s.sim = g_new(double, room);
  s.sim_step = g_new0(guint, room);
  if (coverage)
    coverage_init(&s);
  for (guint step = 0;; step++) {
    gint best = choose(&s, lambda, budget);
    guint b;
    if (best < 0) {
      /* Nothing fits.  An empty summary helps nobody: take the most
       * relevant sentence even though it is over budget. */
      if (s.sel->len > 0 || n == 0)
        break;
      for (guint k = 0; k < n; k++)
        if (best < 0 || relevance[k] > relevance[best])
          best = (gint)k;
    }
    b = (guint)best;
    s.used[b] = TRUE;
    g_array_append_val(s.sel, b);
    s.total_words += words[b];
    s.total_bytes += bytes[b];
    if (coverage)
      cover(&s, b, step);
    update_redundancy(&s, b, step);
  }
  mmr_clear(&s);
  return s.sel;
}

GArray *
brief_mmr_select(const BriefMatrix *m, const guint *rows, const double *relevance,
                 const guint *words, const guint *bytes, guint n, double lambda,
                 const BriefBudget *budget, const BriefCoverage *coverage)
{
  return brief_mmr_select_grouped(m, rows, NULL, relevance, words, bytes, n, lambda, budget,
                                  coverage);
}
