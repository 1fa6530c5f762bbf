/* SPDX-License-Identifier: BSD-3-Clause */
/* Budgeted selection by maximal marginal relevance with concept
 * coverage (mmr.c). */
#ifndef BRIEF_MMR_PRIVATE_H
#define BRIEF_MMR_PRIVATE_H

#include "tfidf-private.h" /* BriefMatrix */

G_BEGIN_DECLS

typedef struct {
  guint words;     /* 0: unlimited */
  guint sentences; /* 0: unlimited */
  guint bytes;     /* 0: unlimited */
  gboolean fill;   /* let the last sentence cross the budget */
} BriefBudget;

/* Concept coverage for selection (ICSISumm-style): candidate k holds the
 * distinct concepts concepts[offsets[k] .. offsets[k+1]), concept c weighs
 * weights[c].  A concept counts once, however many selected sentences hold
 * it. */
typedef struct {
  const gsize *offsets;
  const guint32 *concepts;
  const double *weights;
  guint n_concepts;
  double mix;             /* share of the coverage gain in a candidate's relevance */
  double length_exponent; /* gain is divided by words^length_exponent */
} BriefCoverage;

/* Greedy maximal marginal relevance over the candidates (rows of `m`):
 * each step takes the candidate maximising
 *   lambda * relevance[k] - (1 - lambda) * max sim(k, selected),
 * where, with `coverage` (may be NULL), relevance[k] is first blended with
 * the weight of k's concepts not yet covered, scaled by the largest such
 * gain of the step: (1 - mix) * relevance[k] + mix * gain[k] / max gain,
 * among those that fit the budget (ties: lower k first).  At least one
 * candidate is selected when there is any.  Returns (transfer full) the
 * selected candidate indices k in selection order. */
GArray *brief_mmr_select(const BriefMatrix *m, const guint *rows, const double *relevance,
                         const guint *words, const guint *bytes, guint n, double lambda,
                         const BriefBudget *budget, const BriefCoverage *coverage);

/* The same, told which candidates are copies: group[k] (< n) is the same
 * for candidates whose rows have the same entries, as
 * brief_matrix_group_rows() numbers them over these `rows` of `m`, and
 * their similarities are computed once per step.  NULL: every candidate
 * stands alone. */
GArray *brief_mmr_select_grouped(const BriefMatrix *m, const guint *rows, const guint *group,
                                 const double *relevance, const guint *words, const guint *bytes,
                                 guint n, double lambda, const BriefBudget *budget,
                                 const BriefCoverage *coverage);

G_END_DECLS

#endif /* BRIEF_MMR_PRIVATE_H */
