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

G_END_DECLS

#endif /* BRIEF_STORIES_PRIVATE_H */
