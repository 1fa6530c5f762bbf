/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/mmr.c: greedy maximal marginal relevance under a
 * length budget. */
#include "mmr-private.h"
#include "tfidf-private.h"

#include <math.h>
#include <string.h>

/* A matrix whose rows are the given term lists with idf 1 (so rows with
 * disjoint terms have similarity 0 and equal rows similarity 1). */
static void
matrix_from_lists(BriefMatrix *m, const guint32 *const *lists, const gsize *lens, guint n_rows,
                  guint n_terms)
{
  g_autofree gsize *offsets = g_new(gsize, n_rows + 1);
  g_autoptr(GArray) terms = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autofree float *idf = g_new(float, n_terms);

  for (guint t = 0; t < n_terms; t++)
    idf[t] = 1.0f;
  for (guint i = 0; i < n_rows; i++) {
    offsets[i] = terms->len;
    g_array_append_vals(terms, lists[i], (guint)lens[i]);
  }
  offsets[n_rows] = terms->len;
  brief_matrix_build(m, (const guint32 *)(void *)terms->data, offsets, n_rows, n_terms, idf);
}

/* `n` rows with pairwise disjoint terms: no redundancy at all. */
static void
disjoint_matrix(BriefMatrix *m, guint n)
{
  g_autofree guint32 *ids = g_new(guint32, n);
  g_autofree const guint32 **lists = g_new(const guint32 *, n);
  g_autofree gsize *lens = g_new(gsize, n);

  for (guint i = 0; i < n; i++) {
    ids[i] = i;
    lists[i] = &ids[i];
    lens[i] = 1;
  }
  matrix_from_lists(m, lists, lens, n, n);
}

static guint *
identity_rows(guint n)
{
  guint *rows = g_new(guint, n);

  for (guint i = 0; i < n; i++)
    rows[i] = i;
  return rows;
}

static void
assert_selection(GArray *sel, const guint *want, guint n_want)
{
  g_autoptr(GString) got = g_string_new(NULL);

  for (guint i = 0; i < sel->len; i++)
    g_string_append_printf(got, " %u", g_array_index(sel, guint, i));
  g_test_message("selected:%s", got->str);
  g_assert_cmpuint(sel->len, ==, n_want);
  for (guint i = 0; i < n_want; i++)
    g_assert_cmpuint(g_array_index(sel, guint, i), ==, want[i]);
}

static guint
sum_selected(GArray *sel, const guint *values)
{
  guint s = 0;

  for (guint i = 0; i < sel->len; i++)
    s += values[g_array_index(sel, guint, i)];
  return s;
}

static void
test_relevance_order_without_redundancy(void)
{
  static const double relevance[] = {0.2, 1.0, 0.5, 0.7};
  static const guint words[] = {10, 10, 10, 10};
  static const guint bytes[] = {50, 50, 50, 50};
  static const guint want[] = {1, 3, 2, 0};
  BriefBudget budget = {.words = 1000};
  g_autofree guint *rows = identity_rows(4);
  BriefMatrix m;
  g_autoptr(GArray) sel = NULL;

  disjoint_matrix(&m, 4);
  sel = brief_mmr_select(&m, rows, relevance, words, bytes, 4, 0.7, &budget, NULL);
  assert_selection(sel, want, 4);
  brief_matrix_clear(&m);
}

static void
test_ties_lower_index_first(void)
{
  static const double relevance[] = {0.5, 0.9, 0.9, 0.5};
  static const guint words[] = {1, 1, 1, 1};
  static const guint bytes[] = {1, 1, 1, 1};
  static const guint want[] = {1, 2, 0, 3};
  BriefBudget budget = {.sentences = 10};
  g_autofree guint *rows = identity_rows(4);
  BriefMatrix m;
  g_autoptr(GArray) sel = NULL;

  disjoint_matrix(&m, 4);
  sel = brief_mmr_select(&m, rows, relevance, words, bytes, 4, 0.7, &budget, NULL);
  assert_selection(sel, want, 4);
  brief_matrix_clear(&m);
}

/* Rows: 0 = {0,1,2}, 1 = {0,1,2,3} (cosine 3/sqrt12 = 0.866 with row 0),
 * 2 = {4,5}, 3 = {0,1,2} (an exact duplicate of row 0). */
static void
redundant_matrix(BriefMatrix *m)
{
  static const guint32 r0[] = {0, 1, 2}, r1[] = {0, 1, 2, 3}, r2[] = {4, 5}, r3[] = {0, 1, 2};
  static const guint32 *const lists[] = {r0, r1, r2, r3};
  static const gsize lens[] = {3, 4, 2, 3};

  matrix_from_lists(m, lists, lens, 4, 6);
}

static void
test_near_duplicate_skipped(void)
{
  static const double relevance[] = {1.0, 0.95, 0.6, 0.99};
  static const guint words[] = {10, 10, 10, 10};
  static const guint bytes[] = {60, 60, 60, 60};
  BriefBudget budget = {.sentences = 2};
  g_autofree guint *rows = identity_rows(4);
  BriefMatrix m;

  redundant_matrix(&m);
  g_assert_cmpfloat_with_epsilon(brief_matrix_dot(&m, 0, 1), 3.0 / sqrt(12.0), 1e-6);
  {
    /* Step 2: 0.7 * 0.95 - 0.3 * 0.866 = 0.405 and 0.7 * 0.99 - 0.3 = 0.393
     * both lose to 0.7 * 0.6 = 0.42. */
    static const guint want[] = {0, 2};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 4, 0.7, &budget, NULL);
    assert_selection(sel, want, 2);
  }
  {
    /* lambda = 1: relevance only, duplicates and all. */
    static const guint want[] = {0, 3};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 4, 1.0, &budget, NULL);
    assert_selection(sel, want, 2);
  }
  {
    /* With room for everything, the duplicates come last, the exact one
     * after the near one. */
    static const guint want[] = {0, 2, 1, 3};
    BriefBudget all = {.sentences = 4};
    g_autoptr(GArray) sel = brief_mmr_select(&m, rows, relevance, words, bytes, 4, 0.7, &all, NULL);
    assert_selection(sel, want, 4);
  }
  brief_matrix_clear(&m);
}

static void
test_rows_map_candidates(void)
{
  /* Candidate k is row rows[k]: candidate 2 is row 3, a duplicate of
   * row 0; candidate 1 is the unrelated row 2.  Read as rows 0, 1, 2 the
   * choice would be the other way round. */
  static const guint rows[] = {0, 2, 3};
  static const double relevance[] = {1.0, 0.5, 0.9};
  static const guint words[] = {1, 1, 1};
  static const guint bytes[] = {1, 1, 1};
  static const guint want[] = {0, 1, 2};
  BriefBudget budget = {.sentences = 3};
  BriefMatrix m;
  g_autoptr(GArray) sel = NULL;

  redundant_matrix(&m);
  sel = brief_mmr_select(&m, rows, relevance, words, bytes, 3, 0.5, &budget, NULL);
  assert_selection(sel, want, 3);
  brief_matrix_clear(&m);
}

static void
test_word_budget(void)
{
  static const double relevance[] = {1.0, 0.9, 0.8, 0.7, 0.6};
  static const guint words[] = {10, 10, 10, 10, 10};
  static const guint bytes[] = {1, 1, 1, 1, 1};
  g_autofree guint *rows = identity_rows(5);
  BriefMatrix m;

  disjoint_matrix(&m, 5);
  for (guint limit = 10; limit <= 60; limit += 5) {
    BriefBudget budget = {.words = limit};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 5, 0.7, &budget, NULL);
    g_test_message("limit %u: %u selected", limit, sel->len);
    g_assert_cmpuint(sum_selected(sel, words), <=, limit);
    g_assert_cmpuint(sel->len, ==, MIN(limit / 10, 5));
  }
  brief_matrix_clear(&m);
}

static void
test_sentence_budget(void)
{
  static const double relevance[] = {1.0, 0.9, 0.8, 0.7, 0.6};
  static const guint words[] = {10, 10, 10, 10, 10};
  static const guint bytes[] = {1, 1, 1, 1, 1};
  static const guint want[] = {0, 1, 2};
  g_autofree guint *rows = identity_rows(5);
  BriefBudget budget = {.sentences = 3};
  BriefMatrix m;
  g_autoptr(GArray) sel = NULL;

  disjoint_matrix(&m, 5);
  sel = brief_mmr_select(&m, rows, relevance, words, bytes, 5, 0.7, &budget, NULL);
  assert_selection(sel, want, 3);
  brief_matrix_clear(&m);
}

static void
test_byte_budget(void)
{
  static const double relevance[] = {1.0, 0.9, 0.8, 0.7};
  static const guint words[] = {1, 1, 1, 1};
  static const guint bytes[] = {120, 90, 60, 30};
  static const guint want[] = {0, 2};
  g_autofree guint *rows = identity_rows(4);
  BriefBudget budget = {.bytes = 200};
  BriefMatrix m;
  g_autoptr(GArray) sel = NULL;

  disjoint_matrix(&m, 4);
  /* 120, then 90 would make 210 > 200: skip to 60 (180); then 30 would
   * make 210: stop. */
  sel = brief_mmr_select(&m, rows, relevance, words, bytes, 4, 0.7, &budget, NULL);
  assert_selection(sel, want, 2);
  g_assert_cmpuint(sum_selected(sel, bytes), <=, 200);
  brief_matrix_clear(&m);
}

static void
test_all_limits_apply(void)
{
  static const double relevance[] = {1.0, 0.9, 0.8, 0.7};
  static const guint words[] = {10, 10, 10, 10};
  static const guint bytes[] = {100, 100, 10, 10};
  static const guint want[] = {0, 2, 3};
  g_autofree guint *rows = identity_rows(4);
  BriefMatrix m;

  disjoint_matrix(&m, 4);
  {
    /* Words allow 4, bytes allow 0 + 2 + 3 only. */
    BriefBudget budget = {.words = 40, .bytes = 150};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 4, 0.7, &budget, NULL);
    assert_selection(sel, want, 3);
  }
  {
    /* ... and the sentence limit cuts that to two. */
    BriefBudget budget = {.words = 40, .bytes = 150, .sentences = 2};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 4, 0.7, &budget, NULL);
    assert_selection(sel, want, 2);
  }
  brief_matrix_clear(&m);
}

static void
test_shorter_sentence_that_fits(void)
{
  static const double relevance[] = {1.0, 0.9, 0.5};
  static const guint words[] = {20, 30, 5};
  static const guint bytes[] = {1, 1, 1};
  static const guint want[] = {0, 2};
  g_autofree guint *rows = identity_rows(3);
  BriefBudget budget = {.words = 25};
  BriefMatrix m;
  g_autoptr(GArray) sel = NULL;

  disjoint_matrix(&m, 3);
  sel = brief_mmr_select(&m, rows, relevance, words, bytes, 3, 0.7, &budget, NULL);
  assert_selection(sel, want, 2);
  g_assert_cmpuint(sum_selected(sel, words), ==, 25); /* exactly full is allowed */
  brief_matrix_clear(&m);
}

static void
test_fill_mode(void)
{
  static const double relevance[] = {1.0, 0.9, 0.5};
  static const guint words[] = {20, 30, 5};
  static const guint bytes[] = {1, 1, 1};
  g_autofree guint *rows = identity_rows(3);
  BriefMatrix m;

  disjoint_matrix(&m, 3);
  {
    /* The second sentence starts under the budget and crosses it; nothing
     * starts after. */
    static const guint want[] = {0, 1};
    BriefBudget budget = {.words = 25, .fill = TRUE};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 3, 0.7, &budget, NULL);
    assert_selection(sel, want, 2);
    g_assert_cmpuint(sum_selected(sel, words), >, 25);
  }
  {
    /* Exactly at the budget: full, nothing more. */
    static const guint want[] = {0};
    BriefBudget budget = {.words = 20, .fill = TRUE};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 3, 0.7, &budget, NULL);
    assert_selection(sel, want, 1);
  }
  {
    /* Bytes in fill mode, and the sentence limit still holds. */
    static const guint b[] = {100, 100, 100};
    static const guint want[] = {0, 1};
    BriefBudget budget = {.bytes = 150, .fill = TRUE, .sentences = 5};
    g_autoptr(GArray) sel = brief_mmr_select(&m, rows, relevance, words, b, 3, 0.7, &budget, NULL);
    assert_selection(sel, want, 2);
  }
  {
    static const guint want[] = {0};
    BriefBudget budget = {.words = 1000, .fill = TRUE, .sentences = 1};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 3, 0.7, &budget, NULL);
    assert_selection(sel, want, 1);
  }
  brief_matrix_clear(&m);
}

static void
test_nothing_fits(void)
{
  static const double relevance[] = {0.3, 0.9, 0.5};
  static const guint words[] = {50, 60, 70};
  static const guint bytes[] = {300, 400, 500};
  static const guint want[] = {1};
  g_autofree guint *rows = identity_rows(3);
  BriefMatrix m;

  disjoint_matrix(&m, 3);
  {
    BriefBudget budget = {.words = 10};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 3, 0.7, &budget, NULL);
    assert_selection(sel, want, 1);
  }
  {
    BriefBudget budget = {.bytes = 10};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 3, 0.7, &budget, NULL);
    assert_selection(sel, want, 1);
  }
  {
    /* The most relevant, not the best MMR score (lambda 0 would make all
     * scores equal and take candidate 0). */
    BriefBudget budget = {.words = 10};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 3, 0.0, &budget, NULL);
    assert_selection(sel, want, 1);
  }
  brief_matrix_clear(&m);
}

static void
test_empty(void)
{
  BriefBudget budget = {.words = 100};
  static const guint32 none[] = {0};
  static const gsize offsets[] = {0};
  BriefMatrix m;
  g_autoptr(GArray) sel = NULL;

  brief_matrix_build(&m, none, offsets, 0, 1, NULL);
  sel = brief_mmr_select(&m, NULL, NULL, NULL, NULL, 0, 0.7, &budget, NULL);
  g_assert_nonnull(sel);
  g_assert_cmpuint(sel->len, ==, 0);
  brief_matrix_clear(&m);
}

static void
test_coverage(void)
{
  /* Candidates 0 and 1 hold the same concepts; 2 holds a new one. */
  static const gsize offsets[] = {0, 2, 4, 5};
  static const guint32 concepts[] = {0, 1, 0, 1, 2};
  static const double weights[] = {1.0, 1.0, 1.0};
  static const double relevance[] = {1.0, 0.9, 0.5};
  static const guint words[] = {1, 1, 1};
  static const guint bytes[] = {1, 1, 1};
  g_autofree guint *rows = identity_rows(3);
  BriefBudget budget = {.sentences = 2};
  BriefCoverage cov = {
      .offsets = offsets,
      .concepts = concepts,
      .weights = weights,
      .n_concepts = 3,
      .mix = 1.0,
  };
  BriefMatrix m;

  disjoint_matrix(&m, 3);
  {
    static const guint want[] = {0, 1};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 3, 1.0, &budget, NULL);
    assert_selection(sel, want, 2);
  }
  {
    /* Coverage only: once 0 covers concepts 0 and 1, candidate 1 gains
     * nothing and 2 is taken. */
    static const guint want[] = {0, 2};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 3, 1.0, &budget, &cov);
    assert_selection(sel, want, 2);
  }
  {
    /* mix = 0: coverage has no say. */
    static const guint want[] = {0, 1};
    BriefCoverage none = cov;
    none.mix = 0.0;
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 3, 1.0, &budget, &none);
    assert_selection(sel, want, 2);
  }
  brief_matrix_clear(&m);
}

static void
test_coverage_length_exponent(void)
{
  /* Candidate 0 adds two concepts in 10 words, candidate 1 one concept in
   * one word: per word, candidate 1 gains more. */
  static const gsize offsets[] = {0, 2, 3};
  static const guint32 concepts[] = {0, 1, 2};
  static const double weights[] = {1.0, 1.0, 1.0};
  static const double relevance[] = {1.0, 1.0};
  static const guint words[] = {10, 1};
  static const guint bytes[] = {1, 1};
  g_autofree guint *rows = identity_rows(2);
  BriefBudget budget = {.sentences = 1};
  BriefCoverage cov = {
      .offsets = offsets,
      .concepts = concepts,
      .weights = weights,
      .n_concepts = 3,
      .mix = 1.0,
  };
  BriefMatrix m;

  disjoint_matrix(&m, 2);
  {
    static const guint want[] = {0};
    g_autoptr(GArray) sel =
        brief_mmr_select(&m, rows, relevance, words, bytes, 2, 1.0, &budget, &cov);
    assert_selection(sel, want, 1);
  }
  {
    static const guint want[] = {1};
    g_autoptr(GArray) sel = NULL;
    cov.length_exponent = 1.0;
    sel = brief_mmr_select(&m, rows, relevance, words, bytes, 2, 1.0, &budget, &cov);
    assert_selection(sel, want, 1);
  }
  brief_matrix_clear(&m);
}

/* Reference greedy MMR without incremental state: redundancy recomputed
 * from scratch at every step. */
static GArray *
reference_mmr(const BriefMatrix *m, const guint *rows, const double *relevance, const guint *words,
              guint n, double lambda, guint limit)
{
  GArray *sel = g_array_new(FALSE, FALSE, sizeof(guint));
  g_autofree gboolean *used = g_new0(gboolean, n);
  guint total = 0;

  for (;;) {
    gint best = -1;
    double best_score = 0.0;
    for (guint k = 0; k < n; k++) {
      double red = 0.0, s;
      if (used[k] || total + words[k] > limit)
        continue;
      for (guint i = 0; i < sel->len; i++) {
        double sim = brief_matrix_dot(m, rows[k], rows[g_array_index(sel, guint, i)]);
        if (sim > red)
          red = sim;
      }
      s = lambda * relevance[k] - (1.0 - lambda) * red;
      if (best < 0 || s > best_score) {
        best = (gint)k;
        best_score = s;
      }
    }
    if (best < 0)
      break;
    used[best] = TRUE;
    total += words[best];
    {
      guint b = (guint)best;
      g_array_append_val(sel, b);
    }
  }
  return sel;
}

static void
test_random_against_reference(void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed(77);

  for (guint round = 0; round < 20; round++) {
    const guint n = 60, n_terms = 40;
    g_autofree guint32 *store = g_new(guint32, n * 8);
    g_autofree const guint32 **lists = g_new(const guint32 *, n);
    g_autofree gsize *lens = g_new(gsize, n);
    g_autofree double *relevance = g_new(double, n);
    g_autofree guint *words = g_new(guint, n);
    g_autofree guint *bytes = g_new(guint, n);
    g_autofree guint *rows = identity_rows(n);
    double lambda = g_rand_double(rand);
    guint limit = (guint)g_rand_int_range(rand, 20, 200);
    BriefBudget budget = {.words = limit};
    BriefMatrix m;
    g_autoptr(GArray) sel = NULL;
    g_autoptr(GArray) want = NULL;

    for (guint i = 0; i < n; i++) {
      lens[i] = (gsize)g_rand_int_range(rand, 1, 9);
      lists[i] = store + i * 8;
      for (gsize k = 0; k < lens[i]; k++)
        store[i * 8 + k] = (guint32)g_rand_int_range(rand, 0, (gint32)n_terms);
      relevance[i] = g_rand_double(rand);
      words[i] = (guint)g_rand_int_range(rand, 5, 40);
      bytes[i] = words[i] * 6;
    }
    matrix_from_lists(&m, lists, lens, n, n_terms);
    sel = brief_mmr_select(&m, rows, relevance, words, bytes, n, lambda, &budget, NULL);
    want = reference_mmr(&m, rows, relevance, words, n, lambda, limit);
    g_test_message("round %u: lambda %.3f, limit %u, %u selected", round, lambda, limit, want->len);
    assert_selection(sel, (const guint *)(void *)want->data, want->len);
    g_assert_cmpuint(sum_selected(sel, words), <=, limit);
    brief_matrix_clear(&m);
  }
}

/* The plain greedy step, every number summed afresh at every step: each
 * candidate's uncovered concept weight, the largest of them, and its
 * largest similarity to what is selected. */
static GArray *
reference_plain(const BriefMatrix *m, const guint *rows, const double *relevance,
                const guint *words, const guint *bytes, guint n, double lambda,
                const BriefBudget *b, const BriefCoverage *cov)
{
  GArray *sel = g_array_new(FALSE, FALSE, sizeof(guint));
  g_autofree gboolean *used = g_new0(gboolean, n);
  g_autofree gboolean *covered = g_new0(gboolean, cov->n_concepts);
  g_autofree double *gain = g_new0(double, n);
  guint tw = 0, tb = 0;

  for (;;) {
    gint best = -1;
    double best_score = 0.0, max_gain = 0.0;
    for (guint k = 0; k < n; k++) {
      gain[k] = 0.0;
      if (used[k])
        continue;
      for (gsize e = cov->offsets[k]; e < cov->offsets[k + 1]; e++)
        if (!covered[cov->concepts[e]])
          gain[k] += cov->weights[cov->concepts[e]];
      if (words[k] > 0 && cov->length_exponent > 0.0)
        gain[k] /= pow((double)words[k], cov->length_exponent);
      max_gain = MAX(max_gain, gain[k]);
    }
    for (guint k = 0; k < n; k++) {
      double red = 0.0, rel, sc;
      gboolean fit;
      if (used[k])
        continue;
      if (b->fill)
        fit = !(b->words && tw >= b->words) && !(b->bytes && tb >= b->bytes);
      else
        fit = !(b->words && tw + words[k] > b->words) && !(b->bytes && tb + bytes[k] > b->bytes);
      if (!fit || (b->sentences && sel->len + 1 > b->sentences))
        continue;
      for (guint i = 0; i < sel->len; i++)
        red = MAX(red, brief_matrix_dot(m, rows[k], rows[g_array_index(sel, guint, i)]));
      rel =
          (1.0 - cov->mix) * relevance[k] + cov->mix * (max_gain > 0.0 ? gain[k] / max_gain : 0.0);
      sc = lambda * rel - (1.0 - lambda) * red;
      if (best < 0 || sc > best_score) {
        best = (gint)k;
        best_score = sc;
      }
    }
    if (best < 0) {
      if (sel->len > 0 || n == 0)
        break;
      for (guint k = 0; k < n; k++)
        if (best < 0 || relevance[k] > relevance[best])
          best = (gint)k;
    }
    used[best] = TRUE;
    tw += words[best];
    tb += bytes[best];
    g_array_append_val(sel, best);
    for (gsize e = cov->offsets[best]; e < cov->offsets[best + 1]; e++)
      covered[cov->concepts[e]] = TRUE;
  }
  return sel;
}

/* Copies (candidates with the same terms), coverage and every kind of
 * budget: the selection that skips finished candidates, shares the
 * copies' similarities and sums only the changed gains is the plain
 * greedy one, candidate for candidate. */
static void
test_random_copies_and_coverage(void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed(2026);

  for (guint round = 0; round < 280; round++) {
    const guint n = 80, n_terms = 30, n_concepts = 25;
    g_autofree guint32 *store = g_new(guint32, n * 8);
    g_autofree const guint32 **lists = g_new(const guint32 *, n);
    g_autofree gsize *lens = g_new(gsize, n);
    g_autofree double *relevance = g_new(double, n);
    g_autofree guint *words = g_new(guint, n);
    g_autofree guint *bytes = g_new(guint, n);
    g_autofree guint *rows = identity_rows(n);
    g_autofree guint *group = g_new(guint, n);
    g_autofree guint *first = g_new(guint, n);
    g_autofree gsize *offsets = g_new(gsize, n + 1);
    g_autoptr(GArray) concepts = g_array_new(FALSE, FALSE, sizeof(guint32));
    g_autofree double *weights = g_new(double, n_concepts);
    BriefCoverage cov = {0};
    BriefBudget budget = {0};
    double lambda = g_rand_double(rand);
    guint n_groups;
    BriefMatrix m;
    g_autoptr(GArray) sel = NULL;
    g_autoptr(GArray) want = NULL;

    for (guint i = 0; i < n; i++) {
      /* A third of the candidates copy an earlier one's terms. */
      guint of = i > 0 ? (guint)g_rand_int_range(rand, 0, (gint32)i) : 0;
      gboolean copy = i > 0 && g_rand_int_range(rand, 0, 3) == 0;
      if (copy) {
        lists[i] = lists[of];
        lens[i] = lens[of];
      } else {
        lens[i] = (gsize)g_rand_int_range(rand, 1, 9);
        lists[i] = store + i * 8;
        for (gsize k = 0; k < lens[i]; k++)
          store[i * 8 + k] = (guint32)g_rand_int_range(rand, 0, (gint32)n_terms);
      }
      /* Copies mostly share their score, as copies share TextRank's: ties. */
      relevance[i] = copy && g_rand_boolean(rand) ? relevance[of] : g_rand_double(rand);
      words[i] = (guint)g_rand_int_range(rand, 0, 40);
      bytes[i] = words[i] * (guint)g_rand_int_range(rand, 3, 9);
      offsets[i] = concepts->len;
      for (gint c = g_rand_int_range(rand, 0, 5); c > 0; c--) {
        guint32 id = (guint32)g_rand_int_range(rand, 0, (gint32)n_concepts);
        gboolean dup = FALSE;
        for (guint e = (guint)offsets[i]; e < concepts->len; e++)
          dup = dup || g_array_index(concepts, guint32, e) == id;
        if (!dup)
          g_array_append_val(concepts, id);
      }
    }
    offsets[n] = concepts->len;
    for (guint c = 0; c < n_concepts; c++)
      weights[c] = (double)g_rand_int_range(rand, 1, 6);
    cov.offsets = offsets;
    cov.concepts = (const guint32 *)(void *)concepts->data;
    cov.weights = weights;
    cov.n_concepts = n_concepts;
    cov.mix = round % 4 == 0 ? 0.0 : g_rand_double(rand);
    cov.length_exponent = round % 3 == 0 ? 0.0 : 1.0;
    switch (round % 7) {
    case 0: budget.words = (guint)g_rand_int_range(rand, 1, 200); break;
    case 1: budget.sentences = (guint)g_rand_int_range(rand, 1, 8); break;
    case 2: budget.bytes = (guint)g_rand_int_range(rand, 10, 900); break;
    case 3:
      budget.words = (guint)g_rand_int_range(rand, 1, 150);
      budget.fill = TRUE;
      break;
    case 4:
      budget.bytes = (guint)g_rand_int_range(rand, 1, 600);
      budget.fill = TRUE;
      break;
    case 5:
      budget.words = 100;
      budget.bytes = 500;
      budget.sentences = 4;
      break;
    default:
      /* Nothing fits: the most relevant candidate alone. */
      budget.words = 1;
      for (guint i = 0; i < n; i++)
        words[i] = MAX(words[i], 2u);
      break;
    }
    matrix_from_lists(&m, lists, lens, n, n_terms);
    n_groups = brief_matrix_group_rows(&m, rows, n, group, first);
    g_assert_cmpuint(n_groups, <, n);
    sel = brief_mmr_select_grouped(&m, rows, group, relevance, words, bytes, n, lambda, &budget,
                                   &cov);
    want = reference_plain(&m, rows, relevance, words, bytes, n, lambda, &budget, &cov);
    assert_selection(sel, (const guint *)(void *)want->data, want->len);
    g_clear_pointer(&sel, g_array_unref);
    /* Without the groups, and without coverage, the same. */
    sel = brief_mmr_select(&m, rows, relevance, words, bytes, n, lambda, &budget, &cov);
    assert_selection(sel, (const guint *)(void *)want->data, want->len);
    g_clear_pointer(&sel, g_array_unref);
    g_clear_pointer(&want, g_array_unref);
    cov.mix = 0.0;
    sel = brief_mmr_select_grouped(&m, rows, group, relevance, words, bytes, n, lambda, &budget,
                                   NULL);
    want = reference_plain(&m, rows, relevance, words, bytes, n, lambda, &budget, &cov);
    assert_selection(sel, (const guint *)(void *)want->data, want->len);
    brief_matrix_clear(&m);
  }
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);

  g_test_add_func("/mmr/relevance-order", test_relevance_order_without_redundancy);
  g_test_add_func("/mmr/ties", test_ties_lower_index_first);
  g_test_add_func("/mmr/near-duplicate", test_near_duplicate_skipped);
  g_test_add_func("/mmr/rows", test_rows_map_candidates);
  g_test_add_func("/mmr/budget/words", test_word_budget);
  g_test_add_func("/mmr/budget/sentences", test_sentence_budget);
  g_test_add_func("/mmr/budget/bytes", test_byte_budget);
  g_test_add_func("/mmr/budget/all-limits", test_all_limits_apply);
  g_test_add_func("/mmr/budget/shorter-fits", test_shorter_sentence_that_fits);
  g_test_add_func("/mmr/budget/fill", test_fill_mode);
  g_test_add_func("/mmr/budget/nothing-fits", test_nothing_fits);
  g_test_add_func("/mmr/empty", test_empty);
  g_test_add_func("/mmr/coverage", test_coverage);
  g_test_add_func("/mmr/coverage-length", test_coverage_length_exponent);
  g_test_add_func("/mmr/random", test_random_against_reference);
  g_test_add_func("/mmr/random-copies-coverage", test_random_copies_and_coverage);

  return g_test_run();
}
