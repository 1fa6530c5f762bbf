/* SPDX-License-Identifier: BSD-3-Clause */
/* Batches (batch.c): one line of JSON, one cluster, parsed and checked. */
#ifndef BRIEF_BATCH_PRIVATE_H
#define BRIEF_BATCH_PRIVATE_H

#include <brief/brief.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* What a batch line holds once checked. */
typedef struct {
  JsonNode *id;        /* a copy of "id" when it is a string or a number, else NULL;
                          set as soon as it is read, so an error line can echo it */
  GPtrArray *articles; /* BriefArticle*, named "articles[K]" */
  BriefConfig *config; /* the batch's configuration with "options" and "date"
                          applied (with_options only), one thread */
} BriefBatchLine;

void brief_batch_line_clear(BriefBatchLine *line);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(BriefBatchLine, brief_batch_line_clear)

/* Parse and check the line `data` (`len` bytes) within the limits of
 * `config` ("max-line-bytes", "max-articles", "max-input-bytes",
 * "max-total-bytes"); messages start with `where` ("line 3").  With
 * `with_options` the line needs an "id" and its "options" and "date" are
 * applied to a copy of `config` (out->config).  Every error of the line's
 * content is BRIEF_ERROR_PARSE, _ENCODING or _LIMIT, an empty "articles"
 * BRIEF_ERROR_EMPTY. */
gboolean brief_batch_parse_line(BriefBatchLine *out, const BriefConfig *config,
                                gboolean with_options, const char *where, const char *data,
                                gsize len, GError **error);

G_END_DECLS

#endif /* BRIEF_BATCH_PRIVATE_H */
