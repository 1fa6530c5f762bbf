/* SPDX-License-Identifier: BSD-3-Clause */
/* ROUGE-1.5.5's averages: bootstrap resampling of the per-cluster scores
 * with Perl's random numbers, so that its confidence intervals are
 * reproduced exactly, not only approximated. */
#include "rouge-private.h"

#include <math.h>
#include <stdlib.h>

/* drand48: Perl's rand() since 5.20 on every platform, and the C library's
 * drand48() it used on Linux before.  Seeding is srand48()'s. */
#define DRAND48_MASK ((G_GUINT64_CONSTANT(1) << 48) - 1)

static guint64
drand48_seed(guint64 seed)
{
  return ((seed << 16) | 0x330E) & DRAND48_MASK;
}

static double
drand48_next(guint64 *state)
{
  *state = (G_GUINT64_CONSTANT(0x5DEECE66D) * *state + 0xB) & DRAND48_MASK;
  return ldexp((double)*state, -48);
}

static int
compare_doubles(const void *a, const void *b)
{
  const double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Perl reads a missing array element as 0. */
static double
sample_at(const double *sorted, guint n, int index)
{
  return index >= 0 && (guint)index < n ? sorted[index] : 0.0;
}

/* The bootstrap treats recall, precision and F alike: field 0, 1, 2. */
static double
score_field(const BriefRougeScore *score, int k)
{
  return k == 0 ? score->recall : k == 1 ? score->precision : score->f;
}

static BriefRougeScore
score_of(const double fields[3])
{
  return (BriefRougeScore){.recall = fields[0], .precision = fields[1], .f = fields[2]};
}

/* samples[k * resamples + s]: the mean of field k over resample s.
 * ROUGE-1.5.5 reseeds before each resample with its index, so every
 * resample is reproducible on its own. */
static double *
draw_samples(const BriefRougeScore *scores, guint n, guint resamples, guint64 seed)
{
  double *samples = g_new(double, 3 * (gsize)resamples);

  for (guint s = 0; s < resamples; s++) {
    guint64 state = drand48_seed(seed + s);
    double sum[3] = {0, 0, 0};
    for (guint i = 0; i < n; i++) {
      const guint pick = (guint)((double)n * drand48_next(&state));
      for (int k = 0; k < 3; k++)
        sum[k] += score_field(&scores[pick], k);
    }
    for (int k = 0; k < 3; k++)
      samples[(gsize)k * resamples + s] = sum[k] / n;
  }
  return samples;
}

void
brief_rouge_bootstrap(const BriefRougeScore *scores, guint n, guint resamples, guint64 seed,
                      double confidence, BriefRougeAverage *average)
{
  const guint r = resamples;
  g_autofree double *samples = draw_samples(scores, n, r, seed);

  /* The interval is interpolated between two ranks; the same fraction
   * `ratio` serves both ends, as in ROUGE. */
  const double delta = r * ((100 - confidence) / 2.0) / 100.0;
  const int upper_a = (int)(r - delta - 1);
  const int lower_a = (int)delta;
  const double ratio = r - delta - 1 - upper_a;
  double mean[3], low[3], high[3];
  for (int k = 0; k < 3; k++) {
    double *sorted = samples + (gsize)k * r;
    qsort(sorted, r, sizeof(double), compare_doubles);
    /* ROUGE reports the mean of the sample means, summed in sorted order,
     * not the plain mean of the clusters. */
    double total = 0;
    for (guint s = 0; s < r; s++)
      total += sorted[s];
    const double lo_a = sample_at(sorted, r, lower_a);
    const double lo_b = sample_at(sorted, r, lower_a + 1);
    const double hi_a = sample_at(sorted, r, upper_a);
    const double hi_b = sample_at(sorted, r, upper_a + 1);
    mean[k] = brief_rouge_round5(total / r);
    low[k] = brief_rouge_round5(lo_a + (lo_b - lo_a) * ratio);
    high[k] = brief_rouge_round5(hi_a + (hi_b - hi_a) * ratio);
  }
  average->mean = score_of(mean);
  average->low = score_of(low);
  average->high = score_of(high);
}
