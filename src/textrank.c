/* TextRank: a sparse cosine-similarity graph and weighted PageRank on it.
 *
 * The graph is built through an inverted index (term -> nodes holding it),
 * so only pairs of sentences that share a term are ever looked at, and only
 * edges at or above the threshold are stored.  Rows are split between
 * threads; each thread owns an accumulator and emits the edges (i, j > i)
 * of its rows, which are then mirrored into one CSR graph. */
#include "brief-private.h"

#include <math.h>
#include <string.h>

typedef struct {
  guint32 node;
  float weight;
} Posting;

typedef struct {
  guint32 a, b;
  float w;
} Edge;

typedef struct {
  const BriefMatrix *m;
  const guint *rows;
  guint n;
  const gsize *post_off; /* per term */
  const Posting *postings;
  float threshold;
  gboolean binary;
  guint max_neighbors; /* per row, among later nodes; 0: no cap */
  guint first, step;   /* rows first, first + step, ... */
  GArray *edges;       /* Edge, grouped by row in increasing row order */
  gsize *row_end;      /* shared, n: end of row i's edges in its worker's array */
} Worker;

static int
compare_u32(const void *a, const void *b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

  return (x > y) - (x < y);
}

/* The k-th largest of v[0..n) (1-based k <= n), by quickselect with a
 * three-way partition, so that many equal weights (copies of one
 * sentence) cost no more than distinct ones; v is reordered. */
static float
kth_largest(float *v, guint n, guint k)
{
  guint lo = 0, hi = n, target = k - 1; /* the answer is in v[lo..hi) */

  while (hi - lo > 1) {
    float pivot = v[lo + (hi - lo) / 2];
    guint gt = lo, i = lo, lt = hi; /* [lo,gt) > pivot, [gt,i) == pivot, [lt,hi) < pivot */
    while (i < lt) {
      if (v[i] > pivot) {
        float t = v[i];
        v[i++] = v[gt];
        v[gt++] = t;
      } else if (v[i] < pivot) {
        float t = v[i];
        v[i] = v[--lt];
        v[lt] = t;
      } else {
        i++;
      }
    }
    if (target < gt)
      hi = gt;
    else if (target >= lt)
      lo = lt;
    else
      return pivot;
  }
  return v[lo];
}

static gpointer
worker_run(gpointer data)
{
  Worker *w = data;
  float *acc = g_new0(float, w->n);
  guint32 *touched = g_new(guint32, w->n);
  float *vals = g_new(float, w->n);
  guint32 *eq = g_new(guint32, w->n);
  guint32 cut_node = G_MAXUINT32;

  for (guint i = w->first; i < w->n; i += w->step) {
    const BriefMatrix *m = w->m;
    guint row = w->rows[i];
    guint n_touched = 0;

    for (gsize k = m->offsets[row]; k < m->offsets[row + 1]; k++) {
      const BriefEntry *e = &m->entries[k];
      const Posting *p = w->postings + w->post_off[e->term];
      const Posting *pe = w->postings + w->post_off[e->term + 1];
      /* Postings are sorted by node: skip to the first node after i. */
      const Posting *lo = p, *hi = pe;
      while (lo < hi) {
        const Posting *mid = lo + (hi - lo) / 2;
        if (mid->node <= i)
          lo = mid + 1;
        else
          hi = mid;
      }
      for (p = lo; p < pe; p++) {
        if (acc[p->node] == 0.0f)
          touched[n_touched++] = p->node;
        acc[p->node] += e->weight * p->weight;
      }
    }
    {
      /* Keep the edges at or above the threshold; with a cap, only the
       * cap strongest of them (ties: lower node first). */
      guint n_pass = 0;
      float cut = 0.0f;
      guint n_at_cut = G_MAXUINT;
      for (guint t = 0; t < n_touched; t++)
        if (acc[touched[t]] >= w->threshold)
          vals[n_pass++] = acc[touched[t]];
      if (w->max_neighbors > 0 && n_pass > w->max_neighbors) {
        guint above = 0;
        cut = kth_largest(vals, n_pass, w->max_neighbors);
        for (guint t = 0; t < n_touched; t++)
          if (acc[touched[t]] > cut)
            above++;
        n_at_cut = w->max_neighbors - above;
        /* Equal weights at the cut: the lowest node numbers win, whatever
         * the order the row was accumulated in. */
        if (n_at_cut > 0) {
          guint n_eq = 0;
          for (guint t = 0; t < n_touched; t++)
            if (acc[touched[t]] == cut)
              eq[n_eq++] = touched[t];
          if (n_eq > n_at_cut) {
            qsort(eq, n_eq, sizeof *eq, compare_u32);
            cut_node = eq[n_at_cut - 1];
          } else {
            cut_node = G_MAXUINT32;
          }
        }
      }
      for (guint t = 0; t < n_touched; t++) {
        guint32 j = touched[t];
        float a = acc[j];
        gboolean keep = a >= w->threshold && a > 0.0f;
        if (keep && n_at_cut != G_MAXUINT)
          keep = a > cut || (a == cut && n_at_cut > 0 && j <= cut_node);
        if (keep) {
          Edge edge = {i, j, w->binary ? 1.0f : a};
          g_array_append_val(w->edges, edge);
        }
        acc[j] = 0.0f;
      }
    }
    w->row_end[i] = w->edges->len;
  }
  g_free(acc);
  g_free(touched);
  g_free(vals);
  g_free(eq);
  return NULL;
}

void
brief_graph_build(BriefGraph *g, const BriefMatrix *m, const guint *rows, guint n, double threshold,
                  gboolean binary, guint max_neighbors, guint n_threads)
{
  gsize *post_off = g_new0(gsize, (gsize)m->n_terms + 1);
  Posting *postings;
  gsize n_post = 0, n_edges = 0;
  gsize *fill;
  Worker *workers;
  GThread **threads;
  gsize *row_end;

  memset(g, 0, sizeof *g);
  g->n = n;
  g->offsets = g_new0(gsize, (gsize)n + 1);

  /* Inverted index, nodes in increasing order within each term. */
  for (guint i = 0; i < n; i++)
    for (gsize k = m->offsets[rows[i]]; k < m->offsets[rows[i] + 1]; k++)
      post_off[m->entries[k].term + 1]++;
  for (guint t = 0; t < m->n_terms; t++)
    post_off[t + 1] += post_off[t];
  n_post = post_off[m->n_terms];
  postings = g_new(Posting, n_post > 0 ? n_post : 1);
  fill = g_memdup2(post_off, sizeof(gsize) * ((gsize)m->n_terms + 1));
  for (guint i = 0; i < n; i++)
    for (gsize k = m->offsets[rows[i]]; k < m->offsets[rows[i] + 1]; k++) {
      Posting p = {i, m->entries[k].weight};
      postings[fill[m->entries[k].term]++] = p;
    }
  g_free(fill);

  /* Small graphs are not worth a thread. */
  if (n_threads == 0)
    n_threads = 1;
  if (n < 2000)
    n_threads = 1;
  /* Each thread gets at least a thousand rows' worth of work. */
  n_threads = MIN(n_threads, MAX(1u, n / 1000));
  row_end = g_new0(gsize, n > 0 ? n : 1);
  workers = g_new0(Worker, n_threads);
  threads = g_new0(GThread *, n_threads);
  for (guint t = 0; t < n_threads; t++) {
    Worker *w = &workers[t];
    w->m = m;
    w->rows = rows;
    w->n = n;
    w->post_off = post_off;
    w->postings = postings;
    w->threshold = (float)threshold;
    w->binary = binary;
    w->max_neighbors = max_neighbors;
    w->first = t;
    w->step = n_threads;
    w->edges = g_array_new(FALSE, FALSE, sizeof(Edge));
    w->row_end = row_end;
    /* A thread that cannot be started: its rows are done here instead. */
    if (t > 0)
      threads[t] = g_thread_try_new("brief-graph", worker_run, w, NULL);
  }
  worker_run(&workers[0]);
  for (guint t = 1; t < n_threads; t++) {
    if (threads[t])
      g_thread_join(threads[t]);
    else
      worker_run(&workers[t]);
  }

  /* Mirror the upper-triangle edges into CSR, visiting rows in order:
   * each node then lists its lower neighbours by increasing index, then its
   * upper ones in the order its row produced them.  That order does not
   * depend on the number of threads, and PageRank sums floats in it, so
   * output stays byte-identical on any machine. */
  for (guint t = 0; t < n_threads; t++) {
    GArray *edges = workers[t].edges;
    for (guint e = 0; e < edges->len; e++) {
      Edge *ed = &g_array_index(edges, Edge, e);
      g->offsets[ed->a + 1]++;
      g->offsets[ed->b + 1]++;
    }
    n_edges += edges->len * 2;
  }
  for (guint i = 0; i < n; i++)
    g->offsets[i + 1] += g->offsets[i];
  g->neighbors = g_new(guint32, n_edges > 0 ? n_edges : 1);
  g->weights = g_new(float, n_edges > 0 ? n_edges : 1);
  fill = g_memdup2(g->offsets, sizeof(gsize) * ((gsize)n + 1));
  for (guint i = 0; i < n; i++) {
    const Worker *w = &workers[i % n_threads];
    gsize from = i >= n_threads ? row_end[i - n_threads] : 0;
    for (gsize e = from; e < row_end[i]; e++) {
      const Edge *ed = &g_array_index(w->edges, Edge, e);
      g->neighbors[fill[ed->a]] = ed->b;
      g->weights[fill[ed->a]++] = ed->w;
      g->neighbors[fill[ed->b]] = ed->a;
      g->weights[fill[ed->b]++] = ed->w;
    }
  }
  g_free(fill);
  for (guint t = 0; t < n_threads; t++)
    g_array_unref(workers[t].edges);

  g_free(row_end);
  g_free(workers);
  g_free(threads);
  g_free(postings);
  g_free(post_off);
}

void
brief_graph_clear(BriefGraph *g)
{
  g_clear_pointer(&g->offsets, g_free);
  g_clear_pointer(&g->neighbors, g_free);
  g_clear_pointer(&g->weights, g_free);
  g->n = 0;
}

guint
brief_pagerank(const BriefGraph *g, double damping, double tolerance, guint max_iterations,
               double *scores)
{
  guint n = g->n, it;
  double *strength, *next, *share;

  if (n == 0)
    return 0;
  strength = g_new0(double, n);
  next = g_new(double, n);
  share = g_new(double, n);
  for (guint i = 0; i < n; i++) {
    for (gsize k = g->offsets[i]; k < g->offsets[i + 1]; k++)
      strength[i] += g->weights[k];
    scores[i] = 1.0 / n;
  }
  for (it = 0; it < max_iterations;) {
    double dangling = 0.0, diff = 0.0, base;

    /* share[j]: what node j passes on per unit of edge weight, so the
     * inner loop is one multiply-add per edge. */
    for (guint i = 0; i < n; i++) {
      if (strength[i] == 0.0) {
        dangling += scores[i];
        share[i] = 0.0;
      } else {
        share[i] = scores[i] / strength[i];
      }
    }
    /* A sentence with no edge gives its rank to every sentence alike. */
    base = (1.0 - damping) / n + damping * dangling / n;
    for (guint i = 0; i < n; i++) {
      double sum = 0.0;
      for (gsize k = g->offsets[i]; k < g->offsets[i + 1]; k++)
        sum += share[g->neighbors[k]] * g->weights[k];
      next[i] = base + damping * sum;
    }
    for (guint i = 0; i < n; i++) {
      diff += fabs(next[i] - scores[i]);
      scores[i] = next[i];
    }
    it++;
    if (diff < tolerance)
      break;
  }
  g_free(strength);
  g_free(next);
  g_free(share);
  return it;
}
