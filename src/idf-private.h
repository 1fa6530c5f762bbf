/* SPDX-License-Identifier: BSD-3-Clause */
/* Background IDF models (idf.c): what other modules add to them. */
#ifndef BRIEF_IDF_PRIVATE_H
#define BRIEF_IDF_PRIVATE_H

#include "brief/brief.h"

G_BEGIN_DECLS

/* Add `n_documents` documents in which stem stems[t] occurs df[t] times
 * (t < stems->len; df[t] <= n_documents), as brief_idf_model_add_cluster()
 * does for a cluster's articles. */
void brief_idf_model_add_counts(BriefIdfModel *model, const GPtrArray *stems, const guint32 *df,
                                guint64 n_documents);

G_END_DECLS

#endif /* BRIEF_IDF_PRIVATE_H */
