/* SPDX-License-Identifier: BSD-3-Clause */
/* The summary a run produces, as the renderers (render-*.c) read it. */
#ifndef BRIEF_SUMMARY_PRIVATE_H
#define BRIEF_SUMMARY_PRIVATE_H

#include <brief/brief.h>

G_BEGIN_DECLS

struct _BriefSummary {
  const BriefCluster *cluster;
  GArray *selected; /* BriefSelection in reading order; texts owned */
  char *headline;
  gint headline_selected; /* index in `selected` of the headline sentence, or -1 */
  gboolean has_date;
  int year, month, day;
  guint n_sentences, n_candidates;
  BriefConfig *config; /* a copy of the configuration it was made with */
  BriefStats stats;
};

G_END_DECLS

#endif /* BRIEF_SUMMARY_PRIVATE_H */
