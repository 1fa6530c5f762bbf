/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/tfidf.c: document frequency, IDF and the normalised
 * sparse TF-IDF matrix. */
#include "tfidf-private.h"

#include <math.h>

#define EPS 1e-6

/* Rows of term ids, as the pipeline passes them: terms[] concatenated and
 * row i = terms[offsets[i] .. offsets[i + 1]). */
static const guint32 sample_terms[] = {
    /* row 0 */ 1,
    0,
    0,
    3,
    /* row 1 */ 1,
    2,
    /* row 2 */ 2,
    2,
    2,
    /* row 3 is empty */
    /* row 4 */ 4,
    1,
    0,
};
static const gsize sample_offsets[] = {0, 4, 6, 9, 9, 12};
#define SAMPLE_ROWS  5
#define SAMPLE_TERMS 6 /* term 5 never occurs */

static void
test_document_frequency(void)
{
  g_autofree guint32 *df =
      brief_document_frequency(sample_terms, sample_offsets, SAMPLE_ROWS, SAMPLE_TERMS);

  /* Once per row, however often a row repeats the term. */
  g_assert_cmpuint(df[0], ==, 2);
  g_assert_cmpuint(df[1], ==, 3);
  g_assert_cmpuint(df[2], ==, 2);
  g_assert_cmpuint(df[3], ==, 1);
  g_assert_cmpuint(df[4], ==, 1);
  g_assert_cmpuint(df[5], ==, 0);
}

static void
test_document_frequency_repeats_across_rows(void)
{
  /* The same term repeated in consecutive rows, and in non-consecutive
   * rows, is counted in each row once. */
  static const guint32 terms[] = {0, 0, 0, 0, 1, 0, 0};
  static const gsize offsets[] = {0, 2, 3, 5, 5, 7};
  g_autofree guint32 *df = brief_document_frequency(terms, offsets, 5, 2);

  g_assert_cmpuint(df[0], ==, 4);
  g_assert_cmpuint(df[1], ==, 1);
}

static void
test_document_frequency_empty(void)
{
  static const gsize offsets[] = {0};
  g_autofree guint32 *df = brief_document_frequency(NULL, offsets, 0, 3);

  g_assert_cmpuint(df[0], ==, 0);
  g_assert_cmpuint(df[1], ==, 0);
  g_assert_cmpuint(df[2], ==, 0);
}

static void
test_idf(void)
{
  static const guint32 df[] = {1, 2, 5, 0, 10};
  g_autofree float *idf = brief_idf_from_df(df, G_N_ELEMENTS(df), 10);

  g_assert_cmpfloat_with_epsilon(idf[0], 1.0 + log(10.0), EPS);
  g_assert_cmpfloat_with_epsilon(idf[1], 1.0 + log(5.0), EPS);
  g_assert_cmpfloat_with_epsilon(idf[2], 1.0 + log(2.0), EPS);
  g_assert_cmpfloat(idf[3], ==, 0.0f);
  /* In every document: 1 + ln 1 = 1, still above 0. */
  g_assert_cmpfloat_with_epsilon(idf[4], 1.0, EPS);
  /* Rarer terms weigh more. */
  g_assert_cmpfloat(idf[0], >, idf[1]);
  g_assert_cmpfloat(idf[1], >, idf[2]);
}

/* Row i of `m` as (term, weight) pairs. */
static void
assert_row(const BriefMatrix *m, guint i, const guint32 *terms, const double *weights, gsize n)
{
  gsize a = m->offsets[i], b = m->offsets[i + 1];

  g_test_message("row %u", i);
  g_assert_cmpuint(b - a, ==, n);
  for (gsize k = 0; k < n; k++) {
    g_assert_cmpuint(m->entries[a + k].term, ==, terms[k]);
    g_assert_cmpfloat_with_epsilon(m->entries[a + k].weight, weights[k], EPS);
  }
}

static double
row_norm(const BriefMatrix *m, guint i)
{
  double s = 0.0;

  for (gsize k = m->offsets[i]; k < m->offsets[i + 1]; k++)
    s += (double)m->entries[k].weight * m->entries[k].weight;
  return sqrt(s);
}

static void
test_matrix_build(void)
{
  g_autofree guint32 *df =
      brief_document_frequency(sample_terms, sample_offsets, SAMPLE_ROWS, SAMPLE_TERMS);
  g_autofree float *idf = brief_idf_from_df(df, SAMPLE_TERMS, SAMPLE_ROWS);
  BriefMatrix m;

  brief_matrix_build(&m, sample_terms, sample_offsets, SAMPLE_ROWS, SAMPLE_TERMS, idf);
  g_assert_cmpuint(m.n_rows, ==, SAMPLE_ROWS);
  g_assert_cmpuint(m.n_terms, ==, SAMPLE_TERMS);
  g_assert_cmpuint(m.offsets[0], ==, 0);

  {
    /* Row 0: term 0 twice, terms 1 and 3 once; weight = count * idf, then
     * divided by the L2 norm.  Computed in double from the float idf. */
    double w0 = 2.0 * idf[0], w1 = idf[1], w3 = idf[3];
    double n = sqrt(w0 * w0 + w1 * w1 + w3 * w3);
    static const guint32 terms[] = {0, 1, 3};
    double weights[] = {w0 / n, w1 / n, w3 / n};
    assert_row(&m, 0, terms, weights, 3);
  }
  {
    double w1 = idf[1], w2 = idf[2], n = sqrt(w1 * w1 + w2 * w2);
    static const guint32 terms[] = {1, 2};
    double weights[] = {w1 / n, w2 / n};
    assert_row(&m, 1, terms, weights, 2);
  }
  {
    /* A single distinct term normalises to 1 whatever its count. */
    static const guint32 terms[] = {2};
    static const double weights[] = {1.0};
    assert_row(&m, 2, terms, weights, 1);
  }
  /* Row 3 is empty. */
  g_assert_cmpuint(m.offsets[3], ==, m.offsets[4]);
  {
    /* Row 4 was given unsorted (4, 1, 0). */
    double w0 = idf[0], w1 = idf[1], w4 = idf[4];
    double n = sqrt(w0 * w0 + w1 * w1 + w4 * w4);
    static const guint32 terms[] = {0, 1, 4};
    double weights[] = {w0 / n, w1 / n, w4 / n};
    assert_row(&m, 4, terms, weights, 3);
  }
  g_assert_cmpuint(m.offsets[SAMPLE_ROWS], ==, 3 + 2 + 1 + 0 + 3);

  for (guint i = 0; i < SAMPLE_ROWS; i++) {
    if (i == 3)
      continue;
    g_assert_cmpfloat_with_epsilon(row_norm(&m, i), 1.0, EPS);
  }
  brief_matrix_clear(&m);
  g_assert_null(m.offsets);
  g_assert_null(m.entries);
  g_assert_cmpuint(m.n_rows, ==, 0);
  /* Clearing twice is harmless. */
  brief_matrix_clear(&m);
}

static void
test_matrix_weights_before_normalisation(void)
{
  /* With a hand-picked idf, the ratio of two weights in a row is the ratio
   * of count * idf: normalisation keeps proportions. */
  static const guint32 terms[] = {0, 1, 1, 1, 2, 2};
  static const gsize offsets[] = {0, 6};
  static const float idf[] = {3.0f, 0.5f, 2.0f};
  BriefMatrix m;
  double n = sqrt(3.0 * 3.0 + 1.5 * 1.5 + 4.0 * 4.0);

  brief_matrix_build(&m, terms, offsets, 1, 3, idf);
  {
    static const guint32 t[] = {0, 1, 2};
    double w[] = {3.0 / n, 1.5 / n, 4.0 / n};
    assert_row(&m, 0, t, w, 3);
  }
  g_assert_cmpfloat_with_epsilon(m.entries[2].weight / m.entries[0].weight, 4.0 / 3.0, EPS);
  brief_matrix_clear(&m);
}

static void
test_matrix_zero_idf_dropped(void)
{
  static const guint32 terms[] = {2, 0, 1, 1, /* row 1: only zero-idf terms */ 1, 1};
  static const gsize offsets[] = {0, 4, 6};
  static const float idf[] = {2.0f, 0.0f, 1.0f};
  BriefMatrix m;

  brief_matrix_build(&m, terms, offsets, 2, 3, idf);
  {
    double n = sqrt(2.0 * 2.0 + 1.0);
    static const guint32 t[] = {0, 2};
    double w[] = {2.0 / n, 1.0 / n};
    assert_row(&m, 0, t, w, 2);
  }
  /* Nothing left in row 1: an empty row, not a row of zeros. */
  g_assert_cmpuint(m.offsets[1], ==, m.offsets[2]);
  g_assert_cmpfloat(brief_matrix_dot(&m, 0, 1), ==, 0.0);
  g_assert_cmpfloat(brief_matrix_dot(&m, 1, 1), ==, 0.0);
  brief_matrix_clear(&m);
}

static void
test_matrix_empty(void)
{
  static const gsize none[] = {0};
  static const gsize empty_rows[] = {0, 0, 0, 0};
  static const float idf[] = {1.0f};
  BriefMatrix m;

  brief_matrix_build(&m, NULL, none, 0, 0, NULL);
  g_assert_cmpuint(m.n_rows, ==, 0);
  g_assert_cmpuint(m.offsets[0], ==, 0);
  brief_matrix_clear(&m);

  brief_matrix_build(&m, NULL, empty_rows, 3, 1, idf);
  g_assert_cmpuint(m.n_rows, ==, 3);
  for (guint i = 0; i <= 3; i++)
    g_assert_cmpuint(m.offsets[i], ==, 0);
  g_assert_cmpfloat(brief_matrix_dot(&m, 0, 2), ==, 0.0);
  brief_matrix_clear(&m);
}

/* Cosine of two rows computed densely in double from the raw counts. */
static double
dense_cosine(const guint32 *terms, const gsize *offsets, guint a, guint b, const float *idf,
             guint n_terms)
{
  g_autofree double *x = g_new0(double, n_terms);
  g_autofree double *y = g_new0(double, n_terms);
  double dot = 0.0, nx = 0.0, ny = 0.0;

  for (gsize k = offsets[a]; k < offsets[a + 1]; k++)
    x[terms[k]] += idf[terms[k]];
  for (gsize k = offsets[b]; k < offsets[b + 1]; k++)
    y[terms[k]] += idf[terms[k]];
  for (guint t = 0; t < n_terms; t++) {
    dot += x[t] * y[t];
    nx += x[t] * x[t];
    ny += y[t] * y[t];
  }
  if (nx == 0.0 || ny == 0.0)
    return 0.0;
  return dot / (sqrt(nx) * sqrt(ny));
}

static void
test_matrix_dot(void)
{
  g_autofree guint32 *df =
      brief_document_frequency(sample_terms, sample_offsets, SAMPLE_ROWS, SAMPLE_TERMS);
  g_autofree float *idf = brief_idf_from_df(df, SAMPLE_TERMS, SAMPLE_ROWS);
  BriefMatrix m;

  brief_matrix_build(&m, sample_terms, sample_offsets, SAMPLE_ROWS, SAMPLE_TERMS, idf);

  {
    /* Rows 0 and 1 share term 1 only: cos = w01 * w11 by hand. */
    double w0 = 2.0 * idf[0], w1 = idf[1], w3 = idf[3], w2 = idf[2];
    double expect = (w1 / sqrt(w0 * w0 + w1 * w1 + w3 * w3)) * (w1 / sqrt(w1 * w1 + w2 * w2));
    g_assert_cmpfloat_with_epsilon(brief_matrix_dot(&m, 0, 1), expect, EPS);
  }
  for (guint a = 0; a < SAMPLE_ROWS; a++) {
    for (guint b = 0; b < SAMPLE_ROWS; b++) {
      double want = dense_cosine(sample_terms, sample_offsets, a, b, idf, SAMPLE_TERMS);
      g_assert_cmpfloat_with_epsilon(brief_matrix_dot(&m, a, b), want, EPS);
      /* Symmetric. */
      g_assert_cmpfloat(brief_matrix_dot(&m, a, b), ==, brief_matrix_dot(&m, b, a));
    }
  }
  /* A row with itself is 1; disjoint rows are 0. */
  g_assert_cmpfloat_with_epsilon(brief_matrix_dot(&m, 4, 4), 1.0, EPS);
  g_assert_cmpfloat(brief_matrix_dot(&m, 2, 4), ==, 0.0);
  g_assert_cmpfloat(brief_matrix_dot(&m, 0, 3), ==, 0.0);
  brief_matrix_clear(&m);
}

static void
test_matrix_random_against_dense(void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed(20151215);
  const guint n_rows = 200, n_terms = 60;
  g_autofree gsize *offsets = g_new(gsize, n_rows + 1);
  g_autoptr(GArray) terms = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autofree guint32 *df = NULL;
  g_autofree float *idf = NULL;
  BriefMatrix m;

  for (guint i = 0; i < n_rows; i++) {
    guint len = (guint)g_rand_int_range(rand, 0, 15);
    offsets[i] = terms->len;
    for (guint k = 0; k < len; k++) {
      /* Skewed towards low ids, so rows overlap and repeat terms. */
      guint32 t = (guint32)(g_rand_int_range(rand, 0, (gint32)n_terms) * g_rand_double(rand));
      g_array_append_val(terms, t);
    }
  }
  offsets[n_rows] = terms->len;
  df = brief_document_frequency((const guint32 *)(void *)terms->data, offsets, n_rows, n_terms);
  idf = brief_idf_from_df(df, n_terms, n_rows);
  brief_matrix_build(&m, (const guint32 *)(void *)terms->data, offsets, n_rows, n_terms, idf);

  for (guint i = 0; i < n_rows; i++) {
    /* Strictly increasing terms within a row. */
    for (gsize k = m.offsets[i] + 1; k < m.offsets[i + 1]; k++)
      g_assert_cmpuint(m.entries[k - 1].term, <, m.entries[k].term);
    if (m.offsets[i + 1] > m.offsets[i])
      g_assert_cmpfloat_with_epsilon(row_norm(&m, i), 1.0, 1e-5);
    else
      g_assert_cmpuint(offsets[i + 1], ==, offsets[i]);
  }
  for (guint a = 0; a < n_rows; a += 7)
    for (guint b = 0; b < n_rows; b += 3)
      g_assert_cmpfloat_with_epsilon(
          brief_matrix_dot(&m, a, b),
          dense_cosine((const guint32 *)(void *)terms->data, offsets, a, b, idf, n_terms), 1e-5);
  brief_matrix_clear(&m);
}

static void
test_group_rows(void)
{
  /* Rows 0, 2 and 4 are one sentence; 3 has the same terms counted
   * differently; 1 and 5 are alone.  Only candidates listed count. */
  guint32 terms[] = {1, 2, 3, 4, 5, 1, 2, 3, 1, 2, 3, 3, 1, 2, 3, 6};
  gsize offsets[] = {0, 3, 5, 8, 12, 15, 16};
  float idf[7] = {0.0f, 1.0f, 2.0f, 3.0f, 1.0f, 1.0f, 4.0f};
  guint rows_all[] = {0, 1, 2, 3, 4, 5}, rows_some[] = {5, 2, 4};
  guint group[6], first[6];
  BriefMatrix m;

  brief_matrix_build(&m, terms, offsets, 6, 7, idf);
  g_assert_cmpuint(brief_matrix_group_rows(&m, rows_all, 6, group, first), ==, 4);
  g_assert_cmpuint(group[0], ==, 0);
  g_assert_cmpuint(group[1], ==, 1);
  g_assert_cmpuint(group[2], ==, 0);
  g_assert_cmpuint(group[3], ==, 2);
  g_assert_cmpuint(group[4], ==, 0);
  g_assert_cmpuint(group[5], ==, 3);
  g_assert_cmpuint(first[0], ==, 0);
  g_assert_cmpuint(first[1], ==, 1);
  g_assert_cmpuint(first[2], ==, 3);
  g_assert_cmpuint(first[3], ==, 5);
  g_assert_cmpuint(brief_matrix_group_rows(&m, rows_some, 3, group, first), ==, 2);
  g_assert_cmpuint(group[0], ==, 0);
  g_assert_cmpuint(group[1], ==, 1);
  g_assert_cmpuint(group[2], ==, 1);
  g_assert_cmpuint(first[1], ==, 1);
  g_assert_cmpuint(brief_matrix_group_rows(&m, rows_all, 0, group, first), ==, 0);
  brief_matrix_clear(&m);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);

  g_test_add_func("/tfidf/df", test_document_frequency);
  g_test_add_func("/tfidf/group-rows", test_group_rows);
  g_test_add_func("/tfidf/df-repeats", test_document_frequency_repeats_across_rows);
  g_test_add_func("/tfidf/df-empty", test_document_frequency_empty);
  g_test_add_func("/tfidf/idf", test_idf);
  g_test_add_func("/tfidf/matrix", test_matrix_build);
  g_test_add_func("/tfidf/matrix-weights", test_matrix_weights_before_normalisation);
  g_test_add_func("/tfidf/matrix-zero-idf", test_matrix_zero_idf_dropped);
  g_test_add_func("/tfidf/matrix-empty", test_matrix_empty);
  g_test_add_func("/tfidf/dot", test_matrix_dot);
  g_test_add_func("/tfidf/random", test_matrix_random_against_dense);

  return g_test_run();
}
