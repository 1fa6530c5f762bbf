/* SPDX-License-Identifier: BSD-3-Clause */
/* BriefConfig inside the library: a struct made from the table of
 * tunables (config-table.h), read field by field by the stages. */
#ifndef BRIEF_CONFIG_PRIVATE_H
#define BRIEF_CONFIG_PRIVATE_H

#include <brief/brief.h>

#include "config-table.h"
#include "json-writer-private.h" /* BriefJson */

G_BEGIN_DECLS

#define BRIEF_CTYPE_UINT    guint
#define BRIEF_CTYPE_DOUBLE  double
#define BRIEF_CTYPE_BOOLEAN gboolean
#define BRIEF_CTYPE_STRING  char *
#define BRIEF_CTYPE_CHOICE  guint

/* Values of the CHOICE "idf-documents" (field idf_articles). */
enum { BRIEF_IDF_SENTENCES = 0, BRIEF_IDF_ARTICLES = 1 };
/* Values of the CHOICE "term-frequency" (field term_frequency). */
enum { BRIEF_TF_LOG = 0, BRIEF_TF_RAW = 1 };
/* Values of the CHOICE "coverage-bigrams". */
enum { BRIEF_COVERAGE_BIGRAMS_WORDS = 0, BRIEF_COVERAGE_BIGRAMS_TERMS = 1 };

struct _BriefConfig {
#define BRIEF_CONFIG_FIELD(name, field, type, ...) BRIEF_CTYPE_##type field;
  BRIEF_TUNABLES(BRIEF_CONFIG_FIELD)
#undef BRIEF_CONFIG_FIELD
  guint64 is_set;  /* bit i: tunable i was set, not defaulted */
  guint64 dropped; /* bit i: budget i was zeroed because another was set */
};

/* The copy a daily briefing runs with: each tunable not set takes its
 * daily default; a set BRIEF_TUNABLE_NOT_DAILY one is BRIEF_ERROR_INVALID. */
BriefConfig *brief_config_copy_for_daily(const BriefConfig *config, GError **error);

/* Worker threads to use: "threads", or when 0 one per core, at most 8. */
guint brief_config_get_n_threads(const BriefConfig *config);

/* Append the tunables that shape a summary (not RUNTIME, not daily-only)
 * as members "name": value of the open JSON object, in table order. */
void brief_config_append_json(const BriefConfig *config, BriefJson *j);

G_END_DECLS

#endif
