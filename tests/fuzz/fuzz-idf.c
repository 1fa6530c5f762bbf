/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: the IDF model reader, writer and merger (idf.c).
 *
 * The input is written to a file and read with brief_idf_model_load(), as
 * `--idf` and `brief idf merge` read it.  A model that loads is written out
 * with brief_idf_model_to_string(), read back, and merged with that copy:
 *  - a failed load sets one clean BRIEF_ERROR (fuzz-common.h);
 *  - load(to_string(m)) has m's language, document count and stems, and
 *    writes the same bytes again;
 *  - every stem written has the count brief_idf_model_get_df() gives;
 *  - merging with the copy doubles the document count and every count, or
 *    fails cleanly (the count would overflow) and changes nothing.
 */
#include <brief/brief.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#include "fuzz-common.h"

/* Every "<stem>\t<count>" line after the header of a written model: the
 * stem has that count in `m` times `factor`. */
static void
check_counts(const BriefIdfModel *m, const char *text, guint64 factor)
{
  g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
  guint stems = 0;

  for (guint i = 3; lines[i] != NULL && lines[i][0] != '\0'; i++) {
    char *tab = strrchr(lines[i], '\t');
    guint64 count;
    CHECK(tab != NULL, "written line %u has no tab: %s", i + 1, lines[i]);
    *tab = '\0';
    count = g_ascii_strtoull(tab + 1, NULL, 10);
    CHECK(brief_idf_model_get_df(m, lines[i]) == count * factor,
          "stem '%s': df %" G_GUINT64_FORMAT ", expected %" G_GUINT64_FORMAT
          " x %" G_GUINT64_FORMAT,
          lines[i], brief_idf_model_get_df(m, lines[i]), count, factor);
    stems++;
  }
  CHECK(stems == brief_idf_model_get_n_terms(m), "%u stems written, %u in the model", stems,
        brief_idf_model_get_n_terms(m));
}

static void
check_merge(BriefIdfModel *m, const BriefIdfModel *copy, const char *text)
{
  g_autoptr(GError) error = NULL;
  guint64 docs = brief_idf_model_get_n_documents(m);
  guint terms = brief_idf_model_get_n_terms(m);
  gboolean ok = brief_idf_model_merge(m, copy, &error);

  fuzz_check_result(ok, error, "brief_idf_model_merge");
  if (!ok) {
    g_autofree char *after = brief_idf_model_to_string(m);
    CHECK(docs > G_MAXUINT64 / 2, "merge failed without an overflow: %s", error->message);
    CHECK(strcmp(after, text) == 0, "a failed merge changed the model");
    return;
  }
  CHECK(brief_idf_model_get_n_documents(m) == 2 * docs,
        "merged document count %" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT,
        brief_idf_model_get_n_documents(m), docs);
  CHECK(brief_idf_model_get_n_terms(m) == terms, "merging with itself changed the stems");
  check_counts(m, text, 2);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefIdfModel) m = NULL, again = NULL;
  g_autofree char *text = NULL, *text2 = NULL;

  fuzz_setup_logs();
  m = brief_idf_model_load(fuzz_write_temp(data, size), &error);
  fuzz_check_result(m != NULL, error, "brief_idf_model_load");
  if (m == NULL)
    return 0;
  CHECK(brief_idf_model_get_language(m) != NULL, "model without a language");

  text = brief_idf_model_to_string(m);
  CHECK(text != NULL && g_utf8_validate(text, -1, NULL), "written model is not UTF-8");
  again = brief_idf_model_load(fuzz_write_temp(text, strlen(text)), &error);
  CHECK(again != NULL, "a written model does not load: %s\n%s", error->message, text);
  CHECK(strcmp(brief_idf_model_get_language(again), brief_idf_model_get_language(m)) == 0,
        "language '%s' read back as '%s'", brief_idf_model_get_language(m),
        brief_idf_model_get_language(again));
  CHECK(brief_idf_model_get_n_documents(again) == brief_idf_model_get_n_documents(m),
        "document count changed in the round trip");
  CHECK(brief_idf_model_get_n_terms(again) == brief_idf_model_get_n_terms(m),
        "%u stems read back as %u", brief_idf_model_get_n_terms(m),
        brief_idf_model_get_n_terms(again));
  text2 = brief_idf_model_to_string(again);
  CHECK(strcmp(text, text2) == 0, "the round trip changed the written model");
  check_counts(m, text, 1);
  check_merge(m, again, text);
  return 0;
}
