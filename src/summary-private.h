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
  BriefConfig config; /* as run; strings point into the owned copies below */
  BriefStats stats;
  char *language, *stopwords_path, *date, *idf_path;
};

G_END_DECLS

#endif /* BRIEF_SUMMARY_PRIVATE_H */
