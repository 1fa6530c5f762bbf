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
} BriefGraph;

/* Similarity graph of the rows listed in `rows` (node k is row rows[k]):
 * an edge wherever the cosine is >= threshold (and > 0), weighing the
 * cosine, or 1 when `binary`; computed through an inverted index, never as
 * a dense matrix.  With `max_neighbors` > 0, each node keeps edges to at
 * most that many of the nodes after it (the strongest; ties to the lower
 * node), which bounds memory by n x max_neighbors edges.  Uses up to
 * `n_threads`. */
void brief_graph_build(BriefGraph *g, const BriefMatrix *m, const guint *rows, guint n,
                       double threshold, gboolean binary, guint max_neighbors, guint n_threads);
void brief_graph_clear(BriefGraph *g);

/* Weighted PageRank by power iteration.  `scores` (n) receives the result,
 * summing to 1.  Dangling nodes spread their mass uniformly.  Returns the
 * number of iterations run. */
guint brief_pagerank(const BriefGraph *g, double damping, double tolerance, guint max_iterations,
                     double *scores);

G_END_DECLS

#endif /* BRIEF_TEXTRANK_PRIVATE_H */
