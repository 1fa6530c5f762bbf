/* SPDX-License-Identifier: BSD-3-Clause */
/* Maximal marginal relevance under a length budget. */
#include "mmr-private.h"

#include "tfidf-private.h"

#include <math.h>

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

GArray *
brief_mmr_select(const BriefMatrix *m, const guint *rows, const double *relevance,
                 const guint *words, const guint *bytes, guint n, double lambda,
                 const BriefBudget *budget, const BriefCoverage *coverage)
{
  GArray *sel = g_array_new(FALSE, FALSE, sizeof(guint));
  /* redundancy[k]: max similarity of candidate k to anything selected,
   * updated incrementally as each sentence is taken. */
  double *redundancy = g_new0(double, n);
  gboolean *used = g_new0(gboolean, n);
  gboolean *covered = coverage ? g_new0(gboolean, coverage->n_concepts) : NULL;
  double *gain = coverage ? g_new0(double, n) : NULL;
  guint total_words = 0, total_bytes = 0;

  for (;;) {
    gint best = -1;
    double best_score = 0.0, max_gain = 0.0;

    if (coverage) {
      for (guint k = 0; k < n; k++) {
        gain[k] = 0.0;
        if (used[k])
          continue;
        for (gsize e = coverage->offsets[k]; e < coverage->offsets[k + 1]; e++)
          if (!covered[coverage->concepts[e]])
            gain[k] += coverage->weights[coverage->concepts[e]];
        /* Gain per word (to the power r): the budget is in words. */
        if (words[k] > 0 && coverage->length_exponent > 0.0)
          gain[k] /= pow((double)words[k], coverage->length_exponent);
        max_gain = MAX(max_gain, gain[k]);
      }
    }
    for (guint k = 0; k < n; k++) {
      double s, rel = relevance[k];
      if (used[k])
        continue;
      if (!fits(budget, sel->len, total_words, total_bytes, words[k], bytes[k]))
        continue;
      if (coverage)
        rel = (1.0 - coverage->mix) * rel +
              coverage->mix * (max_gain > 0.0 ? gain[k] / max_gain : 0.0);
      s = lambda * rel - (1.0 - lambda) * redundancy[k];
      if (best < 0 || s > best_score) {
        best = (gint)k;
        best_score = s;
      }
    }
    if (best < 0) {
      /* Nothing fits.  An empty summary helps nobody: take the most
       * relevant sentence even though it is over budget. */
      if (sel->len == 0 && n > 0) {
        for (guint k = 0; k < n; k++)
          if (best < 0 || relevance[k] > relevance[best])
            best = (gint)k;
      } else {
        break;
      }
    }
    used[best] = TRUE;
    {
      guint b = (guint)best;
      g_array_append_val(sel, b);
    }
    total_words += words[best];
    total_bytes += bytes[best];
    if (coverage)
      for (gsize e = coverage->offsets[best]; e < coverage->offsets[best + 1]; e++)
        covered[coverage->concepts[e]] = TRUE;
    for (guint k = 0; k < n; k++) {
      double sim;
      if (used[k])
        continue;
      sim = brief_matrix_dot(m, rows[k], rows[best]);
      if (sim > redundancy[k])
        redundancy[k] = sim;
    }
  }
  g_free(redundancy);
  g_free(used);
  g_free(covered);
  g_free(gain);
  return sel;
}
