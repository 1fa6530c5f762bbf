/* SPDX-License-Identifier: BSD-3-Clause */
/* Grouping a day's articles into stories (stories.c). */
#ifndef BRIEF_STORIES_PRIVATE_H
#define BRIEF_STORIES_PRIVATE_H

#include "textrank-private.h" /* BriefGraph */

G_BEGIN_DECLS

/* Average-link agglomerative clustering over the sparse graph `g` (missing
 * edges weigh 0): groups merge while their average pairwise weight is at
 * least `threshold`.  root[i] receives the group of node i: its lowest
 * node. */
void brief_average_link(const BriefGraph *g, double threshold, guint32 *root);

/* Second pass over the groups of `root` (k articles, rows 0..k-1 of `m`):
 * groups whose centroids (the sum of their rows, at unit length) have a
 * cosine of at least `threshold` join, by average link over the centroids;
 * the articles of a joined group take the root of its first article's
 * group.  With `when` (each article's day, NaN when it has none) and
 * `days` > 0, the groups' cosines fade with the gap between their mean
 * days as the articles' do (see brief_graph_build_faded()).  On up to `n_threads`. */
void brief_merge_centroids(const BriefMatrix *m, guint32 *root, guint k, double threshold,
                           const double *when, guint days, guint n_threads);

/* brief_cluster_find_stories(); with `text_idf`, *text_idf receives
 * (transfer full) the day's IDF model as brief_idf_model_add_cluster()
 * would count it, from the same reading of the day, or NULL when grouping
 * read no text (every article came with its story). */
guint *brief_find_stories(const BriefCluster *cluster, const BriefConfig *config, guint *n_stories,
                          BriefIdfModel **text_idf, GError **error);

G_END_DECLS

#endif /* BRIEF_STORIES_PRIVATE_H */
