/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/textrank.c: the similarity graph (against brute force,
 * and independent of the thread count) and weighted PageRank. */
#include "textrank-private.h"
#include "tfidf-private.h"

#include "test-assert.h"

#include <math.h>
#include <string.h>

/* ---- helpers ------------------------------------------------------------------ */

/* A TF-IDF matrix of random rows: `n_rows` rows of 0..max_len terms drawn
 * with a skew towards low ids, so that rows overlap. */
static void
random_matrix(BriefMatrix *m, guint32 seed, guint n_rows, guint n_terms, guint max_len)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed(seed);
  g_autofree gsize *offsets = g_new(gsize, n_rows + 1);
  g_autoptr(GArray) terms = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autofree guint32 *df = NULL;
  g_autofree float *idf = NULL;

  for (guint i = 0; i < n_rows; i++) {
    guint len = (guint)g_rand_int_range(rand, 0, (gint32)max_len + 1);
    offsets[i] = terms->len;
    for (guint k = 0; k < len; k++) {
      double u = g_rand_double(rand);
      guint32 t = (guint32)(u * u * n_terms);
      g_array_append_val(terms, t);
    }
  }
  offsets[n_rows] = terms->len;
  df = brief_document_frequency((const guint32 *)(void *)terms->data, offsets, n_rows, n_terms);
  idf = brief_idf_from_df(df, n_terms, n_rows);
  brief_matrix_build(m, (const guint32 *)(void *)terms->data, offsets, n_rows, n_terms, idf);
}

/* The graph with every posting scanned (no window). */
static void
graph_build(BriefGraph *g, const BriefMatrix *m, const guint *rows, guint n, double threshold,
            gboolean binary, guint max_neighbors, guint n_threads)
{
  BriefGraphOptions opt = {threshold, binary, max_neighbors, 0, n_threads};

  brief_graph_build(g, m, rows, n, &opt);
}

/* Check `g` against all pairs of rows: an edge exactly where the cosine is
 * >= threshold and > 0 (pairs within float rounding of the threshold may go
 * either way), symmetric with identical weights, no self loops or duplicate
 * neighbours, weights equal to the cosine.  Neighbour order: textrank.c
 * lists a node's lower neighbours first, by increasing index, then its
 * upper ones.  Returns the number of edges (each counted once). */
static gsize
assert_graph_matches_brute_force(const BriefGraph *g, const BriefMatrix *m, const guint *rows,
                                 guint n, double threshold)
{
  g_autofree gssize *slot = g_new(gssize, n > 0 ? n : 1);
  gsize n_edges = 0;

  g_assert_cmpuint(g->n, ==, n);
  g_assert_cmpuint(g->offsets[0], ==, 0);
  for (guint j = 0; j < n; j++)
    slot[j] = -1;
  for (guint i = 0; i < n; i++) {
    gsize k0 = g->offsets[i], ke = g->offsets[i + 1];
    gboolean upper = FALSE;

    g_assert_cmpuint(ke, >=, k0);
    for (gsize k = k0; k < ke; k++) {
      guint32 j = g->neighbors[k];
      g_assert_cmpuint(j, <, n);
      g_assert_cmpuint(j, !=, i);
      g_assert_cmpint(slot[j], ==, -1); /* no duplicate */
      slot[j] = (gssize)k;
      if (j > i)
        upper = TRUE;
      else if (k > k0) {
        g_assert_false(upper);                       /* lower neighbours come first ... */
        g_assert_cmpuint(g->neighbors[k - 1], <, j); /* ... in increasing order */
      }
    }
    for (guint j = 0; j < n; j++) {
      double cos = brief_matrix_dot(m, rows[i], rows[j]);
      gboolean want = j != i && cos >= threshold && cos > 0.0;
      gboolean borderline = j != i && fabs(cos - threshold) < 1e-5;
      gboolean have = slot[j] >= 0;

      if (have)
        g_assert_cmpfloat_with_epsilon(g->weights[slot[j]], cos, 1e-5);
      if (have != want && !borderline) {
        g_test_message("node %u, neighbour %u: cosine %.9f, threshold %g, edge %s", i, j, cos,
                       threshold, have ? "present" : "missing");
        g_assert_cmpint(have, ==, want);
      }
      if (have && j > i)
        n_edges++;
    }
    for (gsize k = k0; k < ke; k++)
      slot[g->neighbors[k]] = -1;
  }

  /* Symmetric, with bit-identical weights both ways. */
  for (guint i = 0; i < n; i++) {
    for (gsize k = g->offsets[i]; k < g->offsets[i + 1]; k++) {
      guint32 j = g->neighbors[k];
      gboolean found = FALSE;
      for (gsize q = g->offsets[j]; q < g->offsets[j + 1]; q++) {
        if (g->neighbors[q] == i) {
          g_assert_cmpfloat(g->weights[q], ==, g->weights[k]);
          found = TRUE;
        }
      }
      g_assert_true(found);
    }
  }
  g_assert_cmpuint(g->offsets[n], ==, 2 * n_edges);
  return n_edges;
}

/* The weight of edge (i, j), or -1 when there is none. */
static double
edge_weight(const BriefGraph *g, guint i, guint j)
{
  for (gsize k = g->offsets[i]; k < g->offsets[i + 1]; k++)
    if (g->neighbors[k] == j)
      return g->weights[k];
  return -1.0;
}

/* An undirected graph from an edge list. */
typedef struct {
  guint a, b;
  float w;
} TestEdge;

static void
graph_from_edges(BriefGraph *g, guint n, const TestEdge *edges, gsize n_edges)
{
  g_autofree gsize *fill = NULL;

  g->n = n;
  g->offsets = g_new0(gsize, n + 1);
  g->neighbors = g_new(guint32, 2 * n_edges + 1);
  g->weights = g_new(float, 2 * n_edges + 1);
  for (gsize e = 0; e < n_edges; e++) {
    g->offsets[edges[e].a + 1]++;
    g->offsets[edges[e].b + 1]++;
  }
  for (guint i = 0; i < n; i++)
    g->offsets[i + 1] += g->offsets[i];
  fill = g_memdup2(g->offsets, sizeof(gsize) * (n + 1));
  /* Edges are listed with a < b in increasing order, which keeps each
   * neighbour list sorted. */
  for (guint i = 0; i < n; i++) {
    for (gsize e = 0; e < n_edges; e++) {
      if (edges[e].a == i) {
        g->neighbors[fill[i]] = edges[e].b;
        g->weights[fill[i]++] = edges[e].w;
      } else if (edges[e].b == i) {
        g->neighbors[fill[i]] = edges[e].a;
        g->weights[fill[i]++] = edges[e].w;
      }
    }
  }
}

/* Reference weighted PageRank, dense and slow, run to a fixed point. */
static void
reference_pagerank(const BriefGraph *g, double d, double *out)
{
  guint n = g->n;
  g_autofree double *strength = g_new0(double, n);
  g_autofree double *next = g_new(double, n);

  for (guint i = 0; i < n; i++) {
    out[i] = 1.0 / n;
    for (gsize k = g->offsets[i]; k < g->offsets[i + 1]; k++)
      strength[i] += g->weights[k];
  }
  for (guint it = 0; it < 100000; it++) {
    double diff = 0.0;
    for (guint i = 0; i < n; i++) {
      double s = (1.0 - d) / n;
      for (guint j = 0; j < n; j++) {
        double w = 0.0;
        if (strength[j] == 0.0) {
          s += d * out[j] / n;
          continue;
        }
        for (gsize k = g->offsets[j]; k < g->offsets[j + 1]; k++)
          if (g->neighbors[k] == i)
            w = g->weights[k];
        s += d * out[j] * w / strength[j];
      }
      next[i] = s;
    }
    for (guint i = 0; i < n; i++) {
      diff += fabs(next[i] - out[i]);
      out[i] = next[i];
    }
    if (diff < 1e-15)
      break;
  }
}

static double
sum_of(const double *x, guint n)
{
  double s = 0.0;

  for (guint i = 0; i < n; i++)
    s += x[i];
  return s;
}

/* ---- graph ------------------------------------------------------------------------ */

static void
test_graph_small_hand_made(void)
{
  /* Rows over terms 0..3 with idf 1, so cosines are easy:
   *   r0 = {0}, r1 = {0, 1}, r2 = {2}, r3 = {} , r4 = {0}
   * cos(0,1) = 1/sqrt2, cos(0,4) = 1, cos(1,4) = 1/sqrt2, r2, r3 alone. */
  static const guint32 terms[] = {0, 0, 1, 2, 0};
  static const gsize offsets[] = {0, 1, 3, 4, 4, 5};
  static const float idf[] = {1.0f, 1.0f, 1.0f, 1.0f};
  static const guint rows[] = {0, 1, 2, 3, 4};
  BriefMatrix m;
  BriefGraph g;

  brief_matrix_build(&m, terms, offsets, 5, 4, idf);
  graph_build(&g, &m, rows, 5, 0.5, FALSE, 0, 1);
  g_assert_cmpuint(assert_graph_matches_brute_force(&g, &m, rows, 5, 0.5), ==, 3);
  /* Node 0: neighbours 1 and 4. */
  g_assert_cmpuint(g.offsets[1] - g.offsets[0], ==, 2);
  g_assert_cmpfloat_with_epsilon(edge_weight(&g, 0, 1), 1.0 / sqrt(2.0), 1e-6);
  g_assert_cmpfloat_with_epsilon(edge_weight(&g, 0, 4), 1.0, 1e-6);
  g_assert_cmpfloat_with_epsilon(edge_weight(&g, 4, 1), 1.0 / sqrt(2.0), 1e-6);
  g_assert_cmpfloat(edge_weight(&g, 0, 2), <, 0.0);
  /* Nodes 2 and 3 have no edges. */
  g_assert_cmpuint(g.offsets[3], ==, g.offsets[2]);
  g_assert_cmpuint(g.offsets[4], ==, g.offsets[3]);
  brief_graph_clear(&g);

  /* A threshold above 1/sqrt2 keeps only the identical pair. */
  graph_build(&g, &m, rows, 5, 0.75, FALSE, 0, 1);
  g_assert_cmpuint(assert_graph_matches_brute_force(&g, &m, rows, 5, 0.75), ==, 1);
  brief_graph_clear(&g);
  g_assert_null(g.offsets);
  g_assert_null(g.neighbors);
  g_assert_null(g.weights);
  brief_matrix_clear(&m);
}

static void
test_graph_rows_subset(void)
{
  /* Node k is row rows[k]: rows may be a permuted subset. */
  static const guint32 terms[] = {0, 1, 0, 2, 0, 1};
  static const gsize offsets[] = {0, 1, 2, 3, 4, 6};
  static const float idf[] = {1.0f, 1.0f, 1.0f};
  static const guint rows[] = {4, 1, 0};
  BriefMatrix m;
  BriefGraph g;

  brief_matrix_build(&m, terms, offsets, 5, 3, idf);
  graph_build(&g, &m, rows, G_N_ELEMENTS(rows), 0.1, FALSE, 0, 1);
  /* row4 = {0,1}: linked to row1 = {1} (node 1) and row0 = {0} (node 2). */
  g_assert_cmpuint(assert_graph_matches_brute_force(&g, &m, rows, 3, 0.1), ==, 2);
  g_assert_cmpuint(g.offsets[1], ==, 2);
  g_assert_cmpfloat(edge_weight(&g, 0, 1), >, 0.0);
  g_assert_cmpfloat(edge_weight(&g, 0, 2), >, 0.0);
  g_assert_cmpfloat(edge_weight(&g, 1, 2), <, 0.0);
  brief_graph_clear(&g);
  brief_matrix_clear(&m);
}

static void
test_graph_random_small(void)
{
  static const double thresholds[] = {0.0, 0.05, 0.1, 0.3, 0.6};

  for (guint32 seed = 1; seed <= 5; seed++) {
    BriefMatrix m;
    g_autofree guint *rows = NULL;
    guint n = 0;

    random_matrix(&m, seed, 150, 80, 10);
    /* Skip a few rows, as the pipeline does with non-candidates. */
    rows = g_new(guint, m.n_rows);
    for (guint i = 0; i < m.n_rows; i++)
      if (i % 5 != 3)
        rows[n++] = i;
    for (gsize t = 0; t < G_N_ELEMENTS(thresholds); t++) {
      BriefGraph g;
      gsize edges;
      graph_build(&g, &m, rows, n, thresholds[t], FALSE, 0, 1);
      edges = assert_graph_matches_brute_force(&g, &m, rows, n, thresholds[t]);
      g_test_message("seed %u threshold %g: %" G_GSIZE_FORMAT " edges", seed, thresholds[t], edges);
      if (thresholds[t] < 0.5)
        g_assert_cmpuint(edges, >, 0);
      brief_graph_clear(&g);
    }
    brief_matrix_clear(&m);
  }
}

static void
test_graph_binary(void)
{
  /* Binary edges: the same edges as weighted ones, each weighing 1. */
  BriefMatrix m;
  BriefGraph wg, bg;
  g_autofree guint *rows = NULL;

  random_matrix(&m, 7, 120, 50, 8);
  rows = g_new(guint, m.n_rows);
  for (guint i = 0; i < m.n_rows; i++)
    rows[i] = i;
  graph_build(&wg, &m, rows, m.n_rows, 0.2, FALSE, 0, 1);
  graph_build(&bg, &m, rows, m.n_rows, 0.2, TRUE, 0, 1);
  g_assert_cmpuint(bg.n, ==, wg.n);
  g_assert_cmpuint(wg.offsets[wg.n], >, 0);
  assert_cmpmem(bg.offsets, (bg.n + 1) * sizeof(gsize), wg.offsets, (wg.n + 1) * sizeof(gsize));
  assert_cmpmem(bg.neighbors, bg.offsets[bg.n] * sizeof(guint32), wg.neighbors,
                wg.offsets[wg.n] * sizeof(guint32));
  for (gsize k = 0; k < bg.offsets[bg.n]; k++)
    g_assert_cmpfloat(bg.weights[k], ==, 1.0f);
  brief_graph_clear(&wg);
  brief_graph_clear(&bg);
  brief_matrix_clear(&m);
}

static void
test_graph_threads(void)
{
  /* Above the size where the builder starts threads. */
  const guint n = 2600;
  BriefMatrix m;
  BriefGraph g1, g4, g3;
  g_autofree guint *rows = g_new(guint, n);
  gsize edges;

  random_matrix(&m, 42, n, 600, 12);
  for (guint i = 0; i < n; i++)
    rows[i] = i;
  graph_build(&g1, &m, rows, n, 0.1, FALSE, 0, 1);
  graph_build(&g4, &m, rows, n, 0.1, FALSE, 0, 4);
  graph_build(&g3, &m, rows, n, 0.1, FALSE, 0, 3);

  edges = assert_graph_matches_brute_force(&g4, &m, rows, n, 0.1);
  g_test_message("%" G_GSIZE_FORMAT " edges", edges);
  g_assert_cmpuint(edges, >, n);

  g_assert_cmpuint(g4.n, ==, g1.n);
  assert_cmpmem(g4.offsets, (n + 1) * sizeof(gsize), g1.offsets, (n + 1) * sizeof(gsize));
  assert_cmpmem(g4.neighbors, g4.offsets[n] * sizeof(guint32), g1.neighbors,
                g1.offsets[n] * sizeof(guint32));
  assert_cmpmem(g4.weights, g4.offsets[n] * sizeof(float), g1.weights,
                g1.offsets[n] * sizeof(float));
  assert_cmpmem(g3.offsets, (n + 1) * sizeof(gsize), g1.offsets, (n + 1) * sizeof(gsize));
  assert_cmpmem(g3.neighbors, g3.offsets[n] * sizeof(guint32), g1.neighbors,
                g1.offsets[n] * sizeof(guint32));
  assert_cmpmem(g3.weights, g3.offsets[n] * sizeof(float), g1.weights,
                g1.offsets[n] * sizeof(float));

  /* And so is PageRank on them. */
  {
    g_autofree double *s1 = g_new(double, n);
    g_autofree double *s4 = g_new(double, n);
    guint it1 = brief_pagerank(&g1, 0.85, 1e-6, 200, s1);
    guint it4 = brief_pagerank(&g4, 0.85, 1e-6, 200, s4);
    g_assert_cmpuint(it1, ==, it4);
    assert_cmpmem(s1, n * sizeof(double), s4, n * sizeof(double));
    g_assert_cmpfloat_with_epsilon(sum_of(s1, n), 1.0, 1e-9);
  }

  brief_graph_clear(&g1);
  brief_graph_clear(&g3);
  brief_graph_clear(&g4);
  brief_matrix_clear(&m);
}

static void
test_graph_empty(void)
{
  static const gsize offsets[] = {0, 0, 0};
  static const float idf[] = {1.0f};
  static const guint rows[] = {0, 1};
  BriefMatrix m;
  BriefGraph g;
  double scores[2];

  brief_matrix_build(&m, NULL, offsets, 2, 1, idf);
  graph_build(&g, &m, rows, 0, 0.1, FALSE, 0, 1);
  g_assert_cmpuint(g.n, ==, 0);
  g_assert_cmpuint(g.offsets[0], ==, 0);
  g_assert_cmpuint(brief_pagerank(&g, 0.85, 1e-6, 100, scores), ==, 0);
  brief_graph_clear(&g);

  /* Two empty rows: two nodes, no edge. */
  graph_build(&g, &m, rows, 2, 0.0, FALSE, 0, 4);
  g_assert_cmpuint(g.n, ==, 2);
  g_assert_cmpuint(g.offsets[2], ==, 0);
  brief_graph_clear(&g);
  brief_matrix_clear(&m);
}

/* ---- PageRank ---------------------------------------------------------------------- */

static void
test_pagerank_copies(void)
{
  /* PageRank over distinct rows with their copies counted equals, per
   * copy, PageRank over every copy with all its edges. */
  const guint n = 60;
  g_autofree guint *rows = g_new(guint, n), *group = g_new(guint, n);
  g_autofree guint *first = g_new(guint, n), *copies = NULL, *urows = NULL;
  g_autofree double *full = g_new(double, n), *dist = NULL;
  BriefGraphOptions opt = {0.1, FALSE, 0, 0, 1};
  BriefMatrix m;
  BriefGraph gf, gd;
  guint32 terms[3 * 60];
  gsize offsets[61];
  float idf[12];
  guint n_groups;
  double sum = 0.0;

  /* Row i holds terms (i mod 7) and (i mod 7) + 1 and 11: seven distinct
   * sentences, each copied 8 or 9 times. */
  for (guint t = 0; t < 12; t++)
    idf[t] = 1.0f + (float)t / 4.0f;
  for (guint i = 0; i < n; i++) {
    terms[3 * i] = i % 7;
    terms[3 * i + 1] = i % 7 + 1;
    terms[3 * i + 2] = 11;
    offsets[i] = 3 * i;
    rows[i] = i;
  }
  offsets[n] = 3 * n;
  brief_matrix_build(&m, terms, offsets, n, 12, idf);
  n_groups = brief_matrix_group_rows(&m, rows, n, group, first);
  g_assert_cmpuint(n_groups, ==, 7);
  copies = g_new0(guint, n_groups);
  urows = g_new(guint, n_groups);
  dist = g_new(double, n_groups);
  for (guint k = 0; k < n; k++)
    copies[group[k]]++;
  for (guint u = 0; u < n_groups; u++)
    urows[u] = first[u];
  brief_graph_build(&gf, &m, rows, n, &opt);
  brief_graph_build(&gd, &m, urows, n_groups, &opt);
  brief_pagerank(&gf, 0.85, 1e-12, 1000, full);
  brief_pagerank_copies(&gd, copies, 0.85, 1e-12, 1000, 1, dist);
  for (guint k = 0; k < n; k++)
    g_assert_cmpfloat(fabs(full[k] - dist[group[k]]), <, 1e-9);
  for (guint u = 0; u < n_groups; u++)
    sum += dist[u] * copies[u];
  g_assert_cmpfloat(fabs(sum - 1.0), <, 1e-9);
  brief_graph_clear(&gf);
  brief_graph_clear(&gd);
  brief_matrix_clear(&m);
}

static void
test_pagerank_star(void)
{
  static const TestEdge edges[] = {{0, 1, 1.0f}, {0, 2, 1.0f}, {0, 3, 1.0f}, {0, 4, 1.0f}};
  const double d = 0.85;
  BriefGraph g;
  double s[5];
  double centre = ((1.0 - d) / 5 + d) / (1.0 + d);
  guint it;

  graph_from_edges(&g, 5, edges, G_N_ELEMENTS(edges));
  it = brief_pagerank(&g, d, 1e-12, 1000, s);
  g_assert_cmpuint(it, >, 1);
  g_assert_cmpuint(it, <, 1000);
  g_assert_cmpfloat_with_epsilon(s[0], centre, 1e-9);
  for (guint i = 1; i < 5; i++)
    g_assert_cmpfloat_with_epsilon(s[i], (1.0 - centre) / 4, 1e-9);
  g_assert_cmpfloat_with_epsilon(sum_of(s, 5), 1.0, 1e-12);
  brief_graph_clear(&g);
}

static void
test_pagerank_path(void)
{
  static const TestEdge edges[] = {{0, 1, 1.0f}, {1, 2, 1.0f}};
  const double d = 0.85;
  BriefGraph g;
  double s[3];
  double middle = ((1.0 - d) / 3 + d) / (1.0 + d);

  graph_from_edges(&g, 3, edges, G_N_ELEMENTS(edges));
  brief_pagerank(&g, d, 1e-12, 1000, s);
  g_assert_cmpfloat_with_epsilon(s[1], middle, 1e-9);
  g_assert_cmpfloat_with_epsilon(s[0], (1.0 - middle) / 2, 1e-9);
  g_assert_cmpfloat(s[0], ==, s[2]);
  g_assert_cmpfloat_with_epsilon(sum_of(s, 3), 1.0, 1e-12);
  brief_graph_clear(&g);
}

static void
test_pagerank_dangling(void)
{
  /* 0 - 1, and 2 alone: 2 spreads its mass over all three. */
  static const TestEdge edges[] = {{0, 1, 0.5f}};
  const double d = 0.85;
  BriefGraph g;
  double s[3];
  double alone = ((1.0 - d) / 3) / (1.0 - d / 3);

  graph_from_edges(&g, 3, edges, G_N_ELEMENTS(edges));
  brief_pagerank(&g, d, 1e-12, 1000, s);
  g_assert_cmpfloat_with_epsilon(s[2], alone, 1e-9);
  g_assert_cmpfloat_with_epsilon(s[0], (1.0 - alone) / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon(s[1], s[0], 1e-12);
  g_assert_cmpfloat_with_epsilon(sum_of(s, 3), 1.0, 1e-12);
  brief_graph_clear(&g);
}

static void
test_pagerank_no_edges(void)
{
  BriefGraph g;
  double s[7];
  guint it;

  graph_from_edges(&g, 7, NULL, 0);
  it = brief_pagerank(&g, 0.85, 1e-6, 200, s);
  /* Uniform at once: the first iteration changes nothing. */
  g_assert_cmpuint(it, ==, 1);
  for (guint i = 0; i < 7; i++)
    g_assert_cmpfloat_with_epsilon(s[i], 1.0 / 7, 1e-15);
  brief_graph_clear(&g);

  /* A single node. */
  graph_from_edges(&g, 1, NULL, 0);
  brief_pagerank(&g, 0.85, 1e-6, 200, s);
  g_assert_cmpfloat_with_epsilon(s[0], 1.0, 1e-15);
  brief_graph_clear(&g);
}

static void
test_pagerank_weighted_against_reference(void)
{
  /* A weighted graph with a dangling node and a heavy edge. */
  static const TestEdge edges[] = {
      {0, 1, 0.9f}, {0, 2, 0.2f}, {1, 2, 0.4f}, {1, 3, 0.15f}, {3, 4, 0.7f}, {4, 5, 0.3f},
  };
  const guint n = 7;
  static const double dampings[] = {0.5, 0.85, 0.99};
  BriefGraph g;

  graph_from_edges(&g, n, edges, G_N_ELEMENTS(edges));
  for (gsize k = 0; k < G_N_ELEMENTS(dampings); k++) {
    double s[7], want[7];
    brief_pagerank(&g, dampings[k], 1e-13, 100000, s);
    reference_pagerank(&g, dampings[k], want);
    for (guint i = 0; i < n; i++)
      g_assert_cmpfloat_with_epsilon(s[i], want[i], 1e-9);
    g_assert_cmpfloat_with_epsilon(sum_of(s, n), 1.0, 1e-12);
    /* Node 1 carries the heaviest edges: it ranks first. */
    for (guint i = 0; i < n; i++)
      if (i != 1)
        g_assert_cmpfloat(s[1], >, s[i]);
  }
  brief_graph_clear(&g);
}

static void
test_pagerank_damping_zero(void)
{
  static const TestEdge edges[] = {{0, 1, 1.0f}, {0, 2, 1.0f}};
  BriefGraph g;
  double s[3];

  graph_from_edges(&g, 3, edges, G_N_ELEMENTS(edges));
  g_assert_cmpuint(brief_pagerank(&g, 0.0, 1e-9, 100, s), ==, 1);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat_with_epsilon(s[i], 1.0 / 3, 1e-15);
  brief_graph_clear(&g);
}

static void
test_pagerank_iteration_cap(void)
{
  static const TestEdge edges[] = {{0, 1, 1.0f}, {0, 2, 1.0f}, {0, 3, 1.0f}, {2, 3, 0.3f}};
  BriefGraph g;
  double s[4];

  graph_from_edges(&g, 4, edges, G_N_ELEMENTS(edges));
  /* A tolerance of 0 is never met: the cap decides. */
  g_assert_cmpuint(brief_pagerank(&g, 0.85, 0.0, 1, s), ==, 1);
  g_assert_cmpfloat_with_epsilon(sum_of(s, 4), 1.0, 1e-12);
  g_assert_cmpuint(brief_pagerank(&g, 0.85, 0.0, 3, s), ==, 3);
  g_assert_cmpfloat_with_epsilon(sum_of(s, 4), 1.0, 1e-12);
  g_assert_cmpuint(brief_pagerank(&g, 0.85, 0.0, 17, s), ==, 17);
  /* No iteration at all: the uniform start. */
  g_assert_cmpuint(brief_pagerank(&g, 0.85, 1e-6, 0, s), ==, 0);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpfloat(s[i], ==, 0.25);
  brief_graph_clear(&g);
}

static double
l1(const double *a, const double *b, guint n)
{
  double s = 0.0;

  for (guint i = 0; i < n; i++)
    s += fabs(a[i] - b[i]);
  return s;
}

static void
test_pagerank_converges_under_tolerance(void)
{
  static const TestEdge edges[] = {
      {0, 1, 1.0f}, {0, 2, 0.5f}, {1, 3, 0.25f}, {2, 3, 0.8f}, {3, 4, 0.6f}, {4, 5, 0.1f},
  };
  const double tol = 1e-8;
  BriefGraph g;
  double s[6], prev[6], prev2[6];
  guint it;

  graph_from_edges(&g, 6, edges, G_N_ELEMENTS(edges));
  it = brief_pagerank(&g, 0.85, tol, 1000, s);
  g_test_message("converged after %u iterations", it);
  g_assert_cmpuint(it, >, 2);
  g_assert_cmpuint(it, <, 1000);
  /* The iteration that stopped changed the scores by less than the
   * tolerance (L1); the one before did not. */
  g_assert_cmpuint(brief_pagerank(&g, 0.85, 0.0, it - 1, prev), ==, it - 1);
  g_assert_cmpuint(brief_pagerank(&g, 0.85, 0.0, it - 2, prev2), ==, it - 2);
  g_assert_cmpfloat(l1(s, prev, 6), <, tol);
  g_assert_cmpfloat(l1(prev, prev2, 6), >=, tol);
  brief_graph_clear(&g);
}

static gboolean
graph_has_edge(const BriefGraph *g, guint a, guint b, float *w)
{
  for (gsize k = g->offsets[a]; k < g->offsets[a + 1]; k++)
    if (g->neighbors[k] == b) {
      if (w)
        *w = g->weights[k];
      return TRUE;
    }
  return FALSE;
}

static void
test_graph_neighbor_cap(void)
{
  /* Each node keeps its `cap` strongest edges to later nodes: the kept
   * ones weigh at least as much as any dropped one, and the result does
   * not depend on the thread count. */
  const guint n = 2600, cap = 5;
  BriefMatrix m;
  BriefGraph g1, g2, full;
  g_autofree guint *rows = g_new(guint, n);

  random_matrix(&m, 7, n, 400, 12);
  for (guint i = 0; i < n; i++)
    rows[i] = i;
  graph_build(&full, &m, rows, n, 0.1, FALSE, 0, 1);
  graph_build(&g1, &m, rows, n, 0.1, FALSE, cap, 1);
  graph_build(&g2, &m, rows, n, 0.1, FALSE, cap, 2);
  assert_cmpmem(g1.offsets, (n + 1) * sizeof(gsize), g2.offsets, (n + 1) * sizeof(gsize));
  assert_cmpmem(g1.neighbors, g1.offsets[n] * sizeof(guint32), g2.neighbors,
                g2.offsets[n] * sizeof(guint32));
  g_assert_cmpuint(g1.offsets[n], <=, 2 * (gsize)n * cap);
  g_assert_cmpuint(g1.offsets[n], <, full.offsets[n]);
  for (guint i = 0; i < n; i++) {
    guint kept = 0, passing = 0;
    float min_kept = G_MAXFLOAT, max_dropped = 0.0f;
    for (gsize k = full.offsets[i]; k < full.offsets[i + 1]; k++) {
      guint32 j = full.neighbors[k];
      float w = full.weights[k], wc;
      if (j < i)
        continue;
      passing++;
      if (graph_has_edge(&g1, i, j, &wc)) {
        g_assert_cmpfloat(wc, ==, w);
        kept++;
        min_kept = MIN(min_kept, w);
      } else {
        max_dropped = MAX(max_dropped, w);
      }
    }
    g_assert_cmpuint(kept, ==, MIN(passing, cap));
    if (kept > 0 && passing > kept)
      g_assert_cmpfloat(min_kept, >=, max_dropped);
  }
  brief_graph_clear(&full);
  brief_graph_clear(&g1);
  brief_graph_clear(&g2);
  brief_matrix_clear(&m);
}

static void
test_graph_neighbor_cap_ties(void)
{
  /* Twelve copies of one row: every cosine is 1, and the cap keeps the
   * lowest-numbered later copies. */
  const guint n = 12, cap = 3;
  BriefMatrix m;
  BriefGraph g;
  guint32 terms[24];
  gsize offsets[13];
  float idf[3] = {1.0f, 2.0f, 3.0f};
  guint rows[12];

  for (guint i = 0; i < n; i++) {
    terms[2 * i] = 1;
    terms[2 * i + 1] = 2;
    offsets[i] = 2 * i;
    rows[i] = i;
  }
  offsets[n] = 2 * n;
  brief_matrix_build(&m, terms, offsets, n, 3, idf);
  graph_build(&g, &m, rows, n, 0.1, FALSE, cap, 1);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      g_assert_true(graph_has_edge(&g, i, j, NULL) == (j <= i + cap));
  brief_graph_clear(&g);
  brief_matrix_clear(&m);
}

/* `n` copies of a three-term row, as a sentence repeated n times. */
static void
copies_matrix(BriefMatrix *m, guint n)
{
  g_autofree guint32 *terms = g_new(guint32, 3 * n);
  g_autofree gsize *offsets = g_new(gsize, n + 1);
  float idf[3] = {1.0f, 2.0f, 3.0f};

  for (guint i = 0; i < n; i++) {
    for (guint k = 0; k < 3; k++)
      terms[3 * i + k] = k;
    offsets[i] = 3 * i;
  }
  offsets[n] = 3 * n;
  brief_matrix_build(m, terms, offsets, n, 3, idf);
}

static guint64
copies_work(guint n, guint window)
{
  BriefGraphOptions opt = {0.1, FALSE, 50, window, 1};
  g_autofree guint *rows = g_new(guint, n);
  BriefMatrix m;
  BriefGraph g;
  guint64 pairs;

  copies_matrix(&m, n);
  for (guint i = 0; i < n; i++)
    rows[i] = i;
  brief_graph_build(&g, &m, rows, n, &opt);
  pairs = g.n_pairs;
  /* Every copy still keeps its 50 neighbours (or all later ones). */
  g_assert_cmpuint(g.offsets[n], ==, 2 * (50 * (gsize)(n - 50) + 50 * 49 / 2));
  brief_graph_clear(&g);
  brief_matrix_clear(&m);
  return pairs;
}

static void
test_graph_window_linear(void)
{
  /* Copies of one row: without a window the work grows with the square of
   * the copies, with one it grows as the copies do. */
  guint64 small = copies_work(1000, 100), large = copies_work(4000, 100);
  guint64 small_all = copies_work(1000, 0), large_all = copies_work(4000, 0);

  g_assert_cmpuint(small, <=, 3 * 100 * 1000);
  g_assert_cmpuint(large, <=, 3 * 100 * 4000);
  /* Each of the 3000 more copies costs exactly its window per term. */
  g_assert_cmpuint(large - small, ==, 3 * 100 * 3000);
  g_assert_cmpuint(large_all, >, 15 * small_all);
}

static void
test_graph_window_wide_is_exact(void)
{
  /* A window no posting list outgrows changes nothing. */
  const guint n = 900;
  BriefGraphOptions wide = {0.1, FALSE, 5, n, 2}, all = {0.1, FALSE, 5, 0, 2};
  g_autofree guint *rows = g_new(guint, n);
  BriefMatrix m;
  BriefGraph a, b;

  random_matrix(&m, 11, n, 300, 12);
  for (guint i = 0; i < n; i++)
    rows[i] = i;
  brief_graph_build(&a, &m, rows, n, &wide);
  brief_graph_build(&b, &m, rows, n, &all);
  assert_cmpmem(a.offsets, (n + 1) * sizeof(gsize), b.offsets, (n + 1) * sizeof(gsize));
  assert_cmpmem(a.neighbors, a.offsets[n] * sizeof(guint32), b.neighbors,
                b.offsets[n] * sizeof(guint32));
  assert_cmpmem(a.weights, a.offsets[n] * sizeof(float), b.weights, b.offsets[n] * sizeof(float));
  g_assert_cmpuint(a.n_pairs, ==, b.n_pairs);
  brief_graph_clear(&a);
  brief_graph_clear(&b);
  brief_matrix_clear(&m);
}

static void
test_graph_window_exact_weights(void)
{
  /* A narrow window misses pairs, but never invents one, and an edge it
   * keeps weighs the whole cosine; the result does not depend on the
   * thread count. */
  const guint n = 2600;
  BriefGraphOptions narrow1 = {0.1, FALSE, 5, 20, 1}, narrow2 = {0.1, FALSE, 5, 20, 2};
  g_autofree guint *rows = g_new(guint, n);
  BriefMatrix m;
  BriefGraph g, g2;
  gsize kept = 0;

  random_matrix(&m, 13, n, 400, 12);
  for (guint i = 0; i < n; i++)
    rows[i] = i;
  brief_graph_build(&g, &m, rows, n, &narrow1);
  brief_graph_build(&g2, &m, rows, n, &narrow2);
  assert_cmpmem(g.offsets, (n + 1) * sizeof(gsize), g2.offsets, (n + 1) * sizeof(gsize));
  assert_cmpmem(g.weights, g.offsets[n] * sizeof(float), g2.weights, g2.offsets[n] * sizeof(float));
  for (guint i = 0; i < n; i++)
    for (gsize k = g.offsets[i]; k < g.offsets[i + 1]; k++) {
      double cosine = brief_matrix_dot(&m, i, g.neighbors[k]);
      g_assert_cmpfloat(fabs(cosine - g.weights[k]), <, 1e-5);
      g_assert_cmpfloat(cosine, >=, 0.1 - 1e-6);
      kept++;
    }
  g_assert_cmpuint(kept, >, n);
  brief_graph_clear(&g);
  brief_graph_clear(&g2);
  brief_matrix_clear(&m);
}

/* Fading by date comes before the cap: node 0 is closest to nodes 1 and 2,
 * dated a year later, and less close to node 3, dated the same day; with
 * one neighbour each, the faded graph keeps 0-3, the plain one 0-1.  A node
 * without a date is not faded, and gaps within the span do not count. */
static void
test_graph_faded(void)
{
  /* Rows: 0 = {a b c}, 1 = {a b c}, 2 = {a b d}, 3 = {a e f}, 4 = {e f g}. */
  static const guint32 terms[] = {0, 1, 2, 0, 1, 2, 0, 1, 3, 0, 4, 5, 4, 5, 6};
  static const gsize offsets[] = {0, 3, 6, 9, 12, 15};
  static const float idf[] = {1, 1, 1, 1, 1, 1, 1};
  static const guint rows[] = {0, 1, 2, 3, 4};
  const double when[] = {100, 465, 466, 101, NAN};
  BriefGraphOptions opt = {0.01, FALSE, 1, 0, 1};
  BriefMatrix m;
  BriefGraph plain, faded, wide;

  brief_matrix_build(&m, terms, offsets, 5, 7, idf);
  brief_graph_build(&plain, &m, rows, 5, &opt);
  brief_graph_build_faded(&faded, &m, rows, 5, &opt, when, 30);
  /* Node 0's one edge to a later node. */
  g_assert_cmpuint(plain.neighbors[plain.offsets[1] - 1], ==, 1);
  g_assert_cmpuint(faded.neighbors[faded.offsets[1] - 1], ==, 3);
  /* Node 3's edge to node 4, which has no date, keeps its whole cosine. */
  g_assert_cmpuint(faded.neighbors[faded.offsets[4] - 1], ==, 4);
  g_assert_cmpfloat_with_epsilon(faded.weights[faded.offsets[4] - 1], 2.0 / 3.0, 1e-6);
  /* A span of a year: nothing fades. */
  brief_graph_build_faded(&wide, &m, rows, 5, &opt, when, 365);
  g_assert_cmpuint(wide.offsets[5], ==, plain.offsets[5]);
  assert_cmpmem(wide.neighbors, plain.offsets[5] * sizeof(guint32), plain.neighbors,
                plain.offsets[5] * sizeof(guint32));
  assert_cmpmem(wide.weights, plain.offsets[5] * sizeof(float), plain.weights,
                plain.offsets[5] * sizeof(float));
  brief_graph_clear(&plain);
  brief_graph_clear(&faded);
  brief_graph_clear(&wide);
  brief_matrix_clear(&m);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);

  g_test_add_func("/textrank/graph/hand-made", test_graph_small_hand_made);
  g_test_add_func("/textrank/pagerank/copies", test_pagerank_copies);
  g_test_add_func("/textrank/graph/window-linear", test_graph_window_linear);
  g_test_add_func("/textrank/graph/window-wide-is-exact", test_graph_window_wide_is_exact);
  g_test_add_func("/textrank/graph/window-exact-weights", test_graph_window_exact_weights);
  g_test_add_func("/textrank/graph/rows-subset", test_graph_rows_subset);
  g_test_add_func("/textrank/graph/random-small", test_graph_random_small);
  g_test_add_func("/textrank/graph/binary", test_graph_binary);
  g_test_add_func("/textrank/graph/threads", test_graph_threads);
  g_test_add_func("/textrank/graph/empty", test_graph_empty);
  g_test_add_func("/textrank/graph/neighbor-cap", test_graph_neighbor_cap);
  g_test_add_func("/textrank/graph/neighbor-cap-ties", test_graph_neighbor_cap_ties);
  g_test_add_func("/textrank/pagerank/star", test_pagerank_star);
  g_test_add_func("/textrank/pagerank/path", test_pagerank_path);
  g_test_add_func("/textrank/pagerank/dangling", test_pagerank_dangling);
  g_test_add_func("/textrank/pagerank/no-edges", test_pagerank_no_edges);
  g_test_add_func("/textrank/pagerank/weighted", test_pagerank_weighted_against_reference);
  g_test_add_func("/textrank/pagerank/damping-zero", test_pagerank_damping_zero);
  g_test_add_func("/textrank/pagerank/iteration-cap", test_pagerank_iteration_cap);
  g_test_add_func("/textrank/pagerank/converges", test_pagerank_converges_under_tolerance);
  g_test_add_func("/textrank/graph/faded", test_graph_faded);

  return g_test_run();
}
