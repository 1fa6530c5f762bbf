/* SPDX-License-Identifier: BSD-3-Clause */
/* The sentence similarity graph and PageRank over it (textrank.c). */
#ifndef BRIEF_TEXTRANK_PRIVATE_H
#define BRIEF_TEXTRANK_PRIVATE_H

#include "tfidf-private.h" /* BriefMatrix */

G_BEGIN_DECLS

/* Undirected weighted graph in compressed sparse row form. */
typedef struct {
  guint n;
  gsize *offsets; /* n + 1 */
  guint32 *neighbors;
  float *weights;
  guint64 n_pairs; /* accumulator updates made to build it: its work */
} BriefGraph;

/* How the graph is built. */
typedef struct {
  double threshold;    /* least cosine of an edge */
  gboolean binary;     /* edges weigh 1 instead of their cosine */
  guint max_neighbors; /* edges a node keeps to later nodes; 0: all */
  guint window;        /* postings of one term scanned per node; 0: all */
  guint n_threads;
} BriefGraphOptions;

/* Similarity graph of the rows listed in `rows` (node k is row rows[k]):
 * an edge wherever the cosine is >= threshold (and > 0), weighing the
 * cosine, or 1 when `binary`; computed through an inverted index, never as
 * a dense matrix.  With `max_neighbors` > 0, each node keeps edges to at
 * most that many of the nodes after it (the strongest; ties to the lower
 * node), which bounds memory by n x max_neighbors edges.  With `window` >
 * 0, a node meets through each of its terms at most `window` of the later
 * nodes holding it (the nearest), which bounds the work by n x terms x
 * window; edges found that way still weigh their whole cosine.  Uses up to
 * `n_threads`. */
void brief_graph_build(BriefGraph *g, const BriefMatrix *m, const guint *rows, guint n,
                       const BriefGraphOptions *opt);

/* The same where node k has the day `when[k]` (days since 1970; NaN: no
 * date) and two nodes more than `days` days apart have their cosine
 * multiplied by e^-((gap - days) / days) before the threshold and the cap
 * apply, so that a node's kept neighbours are its strongest after fading.
 * A node without a date is never faded; `when` NULL or `days` 0: no
 * fading. */
void brief_graph_build_faded(BriefGraph *g, const BriefMatrix *m, const guint *rows, guint n,
                             const BriefGraphOptions *opt, const double *when, guint days);
void brief_graph_clear(BriefGraph *g);

/* Weighted PageRank by power iteration.  `scores` (n) receives the result,
 * summing to 1.  Dangling nodes spread their mass uniformly.  Returns the
 * number of iterations run. */
guint brief_pagerank(const BriefGraph *g, double damping, double tolerance, guint max_iterations,
                     double *scores);

/* The same where node i stands for `copies[i]` identical sentences: the
 * PageRank, per copy, of the graph over every copy, in which copies of one
 * sentence are joined with weight 1 (scores then sum to 1 over copies,
 * sum of copies[i] * scores[i]).  `copies` NULL: one each.  Exact for a
 * graph built without a neighbour cap or posting window; with them, the
 * graph over every copy would be capped differently (copies would fill
 * each other's slots), and this is the better-defined of the two.  A big
 * graph's iterations are shared among up to `n_threads` threads; the
 * scores are the same for any number. */
guint brief_pagerank_copies(const BriefGraph *g, const guint *copies, double damping,
                            double tolerance, guint max_iterations, guint n_threads,
                            double *scores);

G_END_DECLS

#endif /* BRIEF_TEXTRANK_PRIVATE_H */
