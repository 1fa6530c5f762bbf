/* SPDX-License-Identifier: BSD-3-Clause */
/* TextRank: a sparse cosine-similarity graph and weighted PageRank on it.
 *
 * The graph is built through an inverted index (term -> nodes holding it),
 * so only pairs of sentences that share a term are ever looked at, and only
 * edges at or above the threshold are stored.  Rows are split between
 * threads; each thread owns an accumulator and emits the edges (i, j > i)
 * of its rows, which are then mirrored into one CSR graph. */
#include "textrank-private.h"

#include "brief-private.h"
#include "tfidf-private.h"

#include <float.h>
#include <math.h>
#include <string.h>

typedef struct {
  guint32 node;
  float weight;
} Posting;

/* An edge (i, b) of row i; the row is known from where it is stored. */
typedef struct {
  guint32 b;
  float w;
} Edge;

/* What every row needs: the matrix, the index and the rules for edges. */
typedef struct {
  const BriefMatrix *m;
  const guint *rows;
  guint n;
  const gsize *post_off; /* per term */
  const Posting *postings;
  float threshold;
  gboolean binary;
  guint max_neighbors;     /* per row, among later nodes; 0: no cap */
  guint window;            /* postings scanned per term and row; 0: all */
  gsize *row_end;          /* n: end of row i's edges in its worker's array */
  struct Scratch *scratch; /* one per worker */
  const double *when;      /* per node: its day, NaN when none; NULL: no fading */
  guint fade_days;         /* gap in days from which cosines fade; 0: none */
} GraphJob;

/* A worker's accumulator and its edges, grouped by row in row order. */
typedef struct Scratch {
  float *acc;
  guint32 *touched;
  guint32 *pass; /* the nodes of the current row's edges that pass the threshold */
  float *pass_w; /* and their weights */
  float *vals;
  guint32 *eq;
  float *row_w;  /* n_terms: the current row's weights, when needed */
  gsize *cursor; /* n_terms: where the worker's next row starts in each term's postings */
  Edge *edges;   /* n_edges of them, room for cap */
  gsize n_edges, cap;
  guint64 pairs;       /* accumulator updates, the work of the graph */
  gboolean short_scan; /* this row scanned a term's postings only in part */
  guint32 seen_to;     /* with a short scan: every node up to this one was seen in full */
} Scratch;

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

/* Dot products of row i with the later nodes sharing a term with it, in
 * sc->acc; the nodes touched are listed in sc->touched.  Returns their
 * number.  With a window, each term's postings are scanned for at most
 * `window` nodes after i: the work of a row is then bounded whatever the
 * input (a sentence copied 200,000 times holds terms whose postings are
 * all the nodes), and a frequent term reaches only the nearest of the nodes
 * that hold it.  Rows with such a short scan are marked in sc->short_scan;
 * row_edges() recomputes their kept edges exactly. */
static guint
accumulate_row(const GraphJob *job, Scratch *sc, guint i)
{
  const BriefMatrix *m = job->m;
  guint row = job->rows[i], n_touched = 0;

  sc->short_scan = FALSE;
  sc->seen_to = G_MAXUINT32;
  for (gsize k = m->offsets[row]; k < m->offsets[row + 1]; k++) {
    const BriefEntry *e = &m->entries[k];
    const Posting *pe = job->postings + job->post_off[e->term + 1];
    const Posting *lo = job->postings + sc->cursor[e->term], *p;
    /* Postings are sorted by node, and a worker's rows come in increasing
     * order: its cursor only moves on, to the first node after i, and
     * passes each posting once in the whole graph. */
    while (lo < pe && lo->node <= i)
      lo++;
    sc->cursor[e->term] = (gsize)(lo - job->postings);
    if (job->window > 0 && (gsize)(pe - lo) > job->window) {
      pe = lo + job->window;
      sc->short_scan = TRUE;
      /* Nodes after the last one scanned may miss this term's share. */
      sc->seen_to = MIN(sc->seen_to, pe[-1].node);
    }
    sc->pairs += (guint64)(pe - lo);
    for (p = lo; p < pe; p++) {
      /* A node is listed when first touched, without a branch: whether
       * it is new is as good as a coin toss to the branch predictor. */
      float was = sc->acc[p->node];
      sc->touched[n_touched] = p->node;
      n_touched += was == 0.0f;
      sc->acc[p->node] = was + e->weight * p->weight;
    }
  }
  return n_touched;
}

/* The cosine of nodes i and j as accumulate_row() sums it when it sees
 * every posting: the same products, added in the same (term) order.  Row
 * i's weights are spread over sc->row_w (by term; zero elsewhere). */
static float
exact_dot(const GraphJob *job, const Scratch *sc, guint j)
{
  const BriefMatrix *m = job->m;
  const BriefEntry *y = m->entries + m->offsets[job->rows[j]];
  const BriefEntry *ye = m->entries + m->offsets[job->rows[j] + 1];
  float dot = 0.0f;

  for (; y < ye; y++)
    if (sc->row_w[y->term] != 0.0f)
      dot += sc->row_w[y->term] * y->weight;
  return dot;
}

/* Spread row i's weights over sc->row_w, or (`clear`) zero them again. */
static void
spread_row(const GraphJob *job, Scratch *sc, guint i, gboolean clear)
{
  const BriefMatrix *m = job->m;

  for (gsize k = m->offsets[job->rows[i]]; k < m->offsets[job->rows[i] + 1]; k++)
    sc->row_w[m->entries[k].term] = clear ? 0.0f : m->entries[k].weight;
}

/* The n_touched nodes whose sum passes the threshold, into sc->pass
 * and sc->pass_w in the order they were touched; returns their number.
 * The accumulator is left clean for the next row. */
static guint
take_passing(const GraphJob *job, Scratch *sc, guint n_touched)
{
  guint n_pass = 0;

  for (guint t = 0; t < n_touched; t++) {
    guint32 j = sc->touched[t];
    float a = sc->acc[j];
    sc->acc[j] = 0.0f;
    if (a >= job->threshold && a > 0.0f) {
      sc->pass[n_pass] = j;
      sc->pass_w[n_pass++] = a;
    }
  }
  return n_pass;
}

/* With a cap and more passing edges than it allows: the weight at the cap
 * (*cut), how many edges of exactly that weight may stay (returned), and
 * the highest node among those (*cut_node).  Equal weights at the cut: the
 * lowest node numbers win, whatever the order the row was accumulated in.
 * G_MAXUINT when there is no cut. */
static guint
find_cut(const GraphJob *job, Scratch *sc, guint n_pass, float *cut, guint32 *cut_node)
{
  guint above = 0, n_at_cut, n_eq = 0;

  if (job->max_neighbors == 0 || n_pass <= job->max_neighbors)
    return G_MAXUINT;
  memcpy(sc->vals, sc->pass_w, n_pass * sizeof *sc->vals);
  *cut = kth_largest(sc->vals, n_pass, job->max_neighbors);
  for (guint k = 0; k < n_pass; k++)
    if (sc->pass_w[k] > *cut)
      above++;
  n_at_cut = job->max_neighbors - above;
  *cut_node = G_MAXUINT32;
  if (n_at_cut == 0)
    return 0;
  for (guint k = 0; k < n_pass; k++)
    if (sc->pass_w[k] == *cut)
      sc->eq[n_eq++] = sc->pass[k];
  if (n_eq > n_at_cut) {
    qsort(sc->eq, n_eq, sizeof *sc->eq, brief_compare_u32);
    *cut_node = sc->eq[n_at_cut - 1];
  }
  return n_at_cut;
}

/* The cosine `a` of nodes i and j, faded for the days between them (see
 * brief_graph_build_faded()). */
static float
faded(const GraphJob *job, guint i, guint32 j, float a)
{
  double gap;

  if (job->when == NULL || job->fade_days == 0)
    return a;
  gap = fabs(job->when[i] - job->when[j]);
  if (!(gap > job->fade_days)) /* also when either has no date (NaN) */
    return a;
  return (float)(a * exp(-(gap - job->fade_days) / job->fade_days));
}

/* Room for `more` edges after those the worker has. */
static void
reserve_edges(Scratch *sc, gsize more)
{
  if (sc->n_edges + more <= sc->cap)
    return;
  sc->cap = MAX(sc->n_edges + more, 2 * sc->cap);
  sc->edges = g_renew(Edge, sc->edges, sc->cap);
}

/* Row i's edges (i, j > i): those at or above the threshold, with a cap
 * only the cap strongest of them; the accumulator is left clean. */
static void
row_edges(guint worker, guint i, gpointer data)
{
  const GraphJob *job = data;
  Scratch *sc = &job->scratch[worker];
  guint n_touched = accumulate_row(job, sc, i);
  float cut = 0.0f;
  guint32 cut_node = G_MAXUINT32;
  guint n_pass, n_at_cut;

  if (job->when != NULL && job->fade_days > 0)
    for (guint t = 0; t < n_touched; t++) {
      guint32 j = sc->touched[t];
      /* Never to exactly 0: that marks an untouched node. */
      sc->acc[j] = MAX(faded(job, i, j, sc->acc[j]), FLT_MIN);
    }
  n_pass = take_passing(job, sc, n_touched);
  n_at_cut = find_cut(job, sc, n_pass, &cut, &cut_node);

  if (sc->short_scan)
    spread_row(job, sc, i, FALSE);
  reserve_edges(sc, n_at_cut != G_MAXUINT ? job->max_neighbors : n_pass);
  for (guint k = 0; k < n_pass; k++) {
    guint32 j = sc->pass[k];
    float a = sc->pass_w[k];
    gboolean keep = TRUE;
    if (n_at_cut != G_MAXUINT)
      keep = a > cut || (a == cut && n_at_cut > 0 && j <= cut_node);
    if (keep && sc->short_scan && j > sc->seen_to) {
      /* Part of a frequent term's postings went unseen: the weight of an
       * edge that stays is its whole cosine.  (Up to seen_to every term
       * was seen, so the sum there is already whole, in the same order.) */
      a = faded(job, i, j, exact_dot(job, sc, j));
      keep = a >= job->threshold && a > 0.0f;
    }
    if (keep) {
      Edge *edge = &sc->edges[sc->n_edges++];
      edge->b = j;
      edge->w = job->binary ? 1.0f : a;
    }
  }
  if (sc->short_scan)
    spread_row(job, sc, i, TRUE);
  job->row_end[i] = sc->n_edges;
}

/* Inverted index of the rows: term -> (node, weight), nodes increasing
 * within each term.  *post_off (n_terms + 1) is set. */
static Posting *
build_postings(const BriefMatrix *m, const guint *rows, guint n, gsize **post_off)
{
  gsize *off = g_new0(gsize, (gsize)m->n_terms + 1);
  g_autofree gsize *fill = NULL;
  Posting *postings;

  for (guint i = 0; i < n; i++)
    for (gsize k = m->offsets[rows[i]]; k < m->offsets[rows[i] + 1]; k++)
      off[m->entries[k].term + 1]++;
  for (guint t = 0; t < m->n_terms; t++)
    off[t + 1] += off[t];
  postings = g_new(Posting, off[m->n_terms] > 0 ? off[m->n_terms] : 1);
  fill = g_memdup2(off, sizeof(gsize) * ((gsize)m->n_terms + 1));
  for (guint i = 0; i < n; i++)
    for (gsize k = m->offsets[rows[i]]; k < m->offsets[rows[i] + 1]; k++) {
      Posting p = {i, m->entries[k].weight};
      postings[fill[m->entries[k].term]++] = p;
    }
  *post_off = off;
  return postings;
}

/* Edges a row is given room for before the graph is built.  With a small
 * cap, every edge a row may keep (memory is only backed where edges are
 * written), so the array never grows and is never copied, up to 4 million
 * edges (32 MB of address space); without a cap, a large one or more
 * rows, 16 to begin with. */
static gsize
edge_room(guint max_neighbors, guint n)
{
  if (max_neighbors > 0 && max_neighbors <= 64 && (gsize)n * max_neighbors <= (4u << 20))
    return max_neighbors;
  return 16;
}

/* Small graphs are not worth a thread; each thread gets at least a
 * thousand rows' worth of work. */
static guint
graph_threads(guint n, guint n_threads)
{
  if (n_threads == 0 || n < 2000)
    return 1;
  return MIN(n_threads, MAX(1u, n / 1000));
}

/* Mirror the upper-triangle edges into CSR, visiting rows in order: each
 * node then lists its lower neighbours by increasing index, then its upper
 * ones in the order its row produced them.  That order does not depend on
 * the number of threads, and PageRank sums floats in it, so output stays
 * byte-identical on any machine.  Row i was done by worker i % n_workers. */
static void
mirror_edges(BriefGraph *g, const GraphJob *job, guint n_workers)
{
  gsize n_edges = 0;
  g_autofree gsize *fill = NULL;

  for (guint i = 0; i < g->n; i++) {
    const Edge *edges = job->scratch[i % n_workers].edges;
    gsize from = i >= n_workers ? job->row_end[i - n_workers] : 0;
    g->offsets[i + 1] += job->row_end[i] - from;
    for (gsize e = from; e < job->row_end[i]; e++)
      g->offsets[edges[e].b + 1]++;
  }
  for (guint t = 0; t < n_workers; t++)
    n_edges += job->scratch[t].n_edges * 2;
  for (guint i = 0; i < g->n; i++)
    g->offsets[i + 1] += g->offsets[i];
  g->neighbors = g_new(guint32, n_edges > 0 ? n_edges : 1);
  g->weights = g_new(float, n_edges > 0 ? n_edges : 1);
  fill = g_memdup2(g->offsets, sizeof(gsize) * ((gsize)g->n + 1));
  for (guint i = 0; i < g->n; i++) {
    const Edge *edges = job->scratch[i % n_workers].edges;
    gsize from = i >= n_workers ? job->row_end[i - n_workers] : 0;
    for (gsize e = from; e < job->row_end[i]; e++) {
      const Edge *ed = &edges[e];
      g->neighbors[fill[i]] = ed->b;
      g->weights[fill[i]++] = ed->w;
      g->neighbors[fill[ed->b]] = i;
      g->weights[fill[ed->b]++] = ed->w;
    }
  }
}

void
brief_graph_build(BriefGraph *g, const BriefMatrix *m, const guint *rows, guint n,
                  const BriefGraphOptions *opt)
{
  brief_graph_build_faded(g, m, rows, n, opt, NULL, 0);
}

/* Whether any two of the n dates (NaN: none) lie more than `days` apart. */
static gboolean
dates_spread(const double *when, guint n, guint days)
{
  double lo = INFINITY, hi = -INFINITY;

  for (guint i = 0; i < n; i++)
    if (!isnan(when[i])) {
      lo = MIN(lo, when[i]);
      hi = MAX(hi, when[i]);
    }
  return hi - lo > days;
}

void
brief_graph_build_faded(BriefGraph *g, const BriefMatrix *m, const guint *rows, guint n,
                        const BriefGraphOptions *opt, const double *when, guint days)
{
  guint n_workers = graph_threads(n, opt->n_threads);
  g_autofree gsize *post_off = NULL;
  g_autofree Posting *postings = build_postings(m, rows, n, &post_off);
  g_autofree gsize *row_end = g_new0(gsize, n > 0 ? n : 1);
  g_autofree Scratch *scratch = g_new0(Scratch, n_workers);
  GraphJob job = {m,           rows,
                  n,           post_off,
                  postings,    (float)opt->threshold,
                  opt->binary, opt->max_neighbors,
                  opt->window, row_end,
                  scratch,     when,
                  days};

  if (when != NULL && days > 0 && !dates_spread(when, n, days))
    job.when = NULL; /* no cosine fades: no pair to look at */
  memset(g, 0, sizeof *g);
  g->n = n;
  g->offsets = g_new0(gsize, (gsize)n + 1);
  for (guint t = 0; t < n_workers; t++) {
    scratch[t].acc = g_new0(float, n > 0 ? n : 1);
    scratch[t].touched = g_new(guint32, n > 0 ? n : 1);
    scratch[t].pass = g_new(guint32, n > 0 ? n : 1);
    scratch[t].pass_w = g_new(float, n > 0 ? n : 1);
    scratch[t].vals = g_new(float, n > 0 ? n : 1);
    scratch[t].eq = g_new(guint32, n > 0 ? n : 1);
    scratch[t].row_w = g_new0(float, m->n_terms > 0 ? m->n_terms : 1);
    scratch[t].cursor = g_memdup2(post_off, sizeof(gsize) * ((gsize)m->n_terms + 1));
    scratch[t].cap = edge_room(opt->max_neighbors, n) * ((gsize)n / n_workers + 1);
    scratch[t].edges = g_new(Edge, scratch[t].cap);
  }
  /* Rows are dealt round-robin: worker t does rows t, t + n_workers, ... */
  brief_parallel_for(n, n_workers, row_edges, &job);
  mirror_edges(g, &job, n_workers);
  for (guint t = 0; t < n_workers; t++) {
    g->n_pairs += scratch[t].pairs;
    g_free(scratch[t].acc);
    g_free(scratch[t].touched);
    g_free(scratch[t].pass);
    g_free(scratch[t].pass_w);
    g_free(scratch[t].vals);
    g_free(scratch[t].eq);
    g_free(scratch[t].row_w);
    g_free(scratch[t].cursor);
    g_free(scratch[t].edges);
  }
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
  return brief_pagerank_copies(g, NULL, damping, tolerance, max_iterations, 1, scores);
}

/* Node i stands for copies[i] identical sentences (1 without `copies`):
 * the graph over every copy would join the copies of one sentence to each
 * other with weight 1 and to each copy of a neighbour with the edge's
 * weight.  By symmetry all copies score alike, so iterating on one score
 * per node gives that graph's PageRank per copy: a node's own copies add
 * (copies - 1) to its strength and pass rank back to it, a neighbour's
 * edge counts once per copy of the neighbour, and every sum over sentences
 * weighs a node by its copies.  With one copy each, the arithmetic is that
 * of the plain graph, operation for operation. */
static double
node_strength(const BriefGraph *g, const guint *copies, guint i)
{
  double strength = copies ? (double)(copies[i] - 1) : 0.0;

  for (gsize k = g->offsets[i]; k < g->offsets[i + 1]; k++)
    strength += copies ? g->weights[k] * (double)copies[g->neighbors[k]] : g->weights[k];
  return strength;
}

/* What one iteration of PageRank needs to compute next[] for a range of
 * nodes. */
typedef struct {
  const BriefGraph *g;
  const guint *copies;
  const double *share;
  double *next;
  double base, damping;
  guint n_chunks;
} RankStep;

/* next[i] for the nodes of chunk c: the same sums, in the same order,
 * whichever thread does them. */
static void
rank_chunk(guint worker, guint c, gpointer data)
{
  const RankStep *st = data;
  const BriefGraph *g = st->g;
  const guint *copies = st->copies;
  guint from = (guint)((guint64)g->n * c / st->n_chunks);
  guint to = (guint)((guint64)g->n * (c + 1) / st->n_chunks);

  (void)worker;
  for (guint i = from; i < to; i++) {
    double sum = copies ? st->share[i] * (double)(copies[i] - 1) : 0.0;
    for (gsize k = g->offsets[i]; k < g->offsets[i + 1]; k++)
      sum += copies ? st->share[g->neighbors[k]] * g->weights[k] * (double)copies[g->neighbors[k]]
                    : st->share[g->neighbors[k]] * g->weights[k];
    st->next[i] = st->base + st->damping * sum;
  }
}

/* Edges from which an iteration is shared among threads. */
#define RANK_PARALLEL_EDGES 100000

guint
brief_pagerank_copies(const BriefGraph *g, const guint *copies, double damping, double tolerance,
                      guint max_iterations, guint n_threads, double *scores)
{
  guint n = g->n, it;
  double *strength, *next, *share, total = 0.0;
  RankStep step = {g, copies, NULL, NULL, 0.0, damping, 1};
  BriefTeam *team = NULL; /* one set of threads for every iteration */

  if (n == 0)
    return 0;
  if (n_threads > 1 && g->offsets[n] >= RANK_PARALLEL_EDGES) {
    step.n_chunks = MIN(n_threads, n);
    team = brief_team_new(step.n_chunks);
  }
  for (guint i = 0; i < n; i++)
    total += copies ? copies[i] : 1.0;
  strength = g_new0(double, n);
  step.next = next = g_new(double, n);
  step.share = share = g_new(double, n);
  for (guint i = 0; i < n; i++) {
    strength[i] = node_strength(g, copies, i);
    scores[i] = 1.0 / total;
  }
  for (it = 0; it < max_iterations;) {
    double dangling = 0.0, diff = 0.0;

    /* share[j]: what node j passes on per unit of edge weight, so the
     * inner loop is one multiply-add per edge. */
    for (guint i = 0; i < n; i++) {
      if (strength[i] == 0.0) {
        dangling += copies ? scores[i] * copies[i] : scores[i];
        share[i] = 0.0;
      } else {
        share[i] = scores[i] / strength[i];
      }
    }
    /* A sentence with no edge gives its rank to every sentence alike. */
    step.base = (1.0 - damping) / total + damping * dangling / total;
    if (team != NULL)
      brief_team_run(team, step.n_chunks, rank_chunk, &step);
    else
      rank_chunk(0, 0, &step);
    for (guint i = 0; i < n; i++) {
      diff += copies ? fabs(next[i] - scores[i]) * copies[i] : fabs(next[i] - scores[i]);
      scores[i] = next[i];
    }
    it++;
    if (diff < tolerance)
      break;
  }
  brief_team_free(team);
  g_free(strength);
  g_free(next);
  g_free(share);
  return it;
}
