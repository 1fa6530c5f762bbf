/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target for super-linear work: inputs up to about 1 MiB built
 * from a small fuzz input by repetition, summarized as one text article.
 *
 * Input: two bytes giving a count (little-endian), then a piece of text.
 * The article is the piece repeated `count` + 1 times (at most 1 MiB), the case
 * that makes the sentence graph quadratic when the piece is one sentence.
 * Run it with libFuzzer's -timeout=2 (docs/fuzzing.md): a timeout is the
 * finding.  The checks are only that the summary, if any, is not empty and
 * renders; the replay corpus holds small counts only, so the replay stays
 * fast and does not depend on the machine's speed.
 */
#include <brief/brief.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#include "fuzz-common.h"

#define SLOW_MAX_BYTES (1024 * 1024)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static BriefSummarizer *summarizer;
  FuzzInput in = {data, size};
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(BriefSummary) sum = NULL;
  GString *text;
  guint count;
  gboolean ok;

  if (summarizer == NULL) {
    g_autoptr(BriefConfig) config = brief_config_new();
    fuzz_setup_logs();
    CHECK(brief_config_set(config, "threads", "1", &error), "config: %s", error->message);
    summarizer = brief_summarizer_new(config, &error);
    CHECK(summarizer != NULL, "summarizer: %s", error->message);
  }
  count = fuzz_byte(&in);
  count |= (guint)fuzz_byte(&in) << 8;
  if (in.size == 0 || in.size > 4096)
    return 0;
  text = g_string_sized_new(MIN((gsize)count * in.size, SLOW_MAX_BYTES));
  for (guint i = 0; i < count + 1u && text->len + in.size <= SLOW_MAX_BYTES; i++)
    g_string_append_len(text, (const char *)in.data, (gssize)in.size);

  ok = brief_cluster_add_data(c, "slow.txt", text->str, text->len, BRIEF_INPUT_TEXT, &error);
  g_string_free(text, TRUE);
  fuzz_check_result(ok, error, "text input");
  if (!ok)
    return 0;
  sum = brief_summarizer_run(summarizer, c, &error);
  fuzz_check_result(sum != NULL, error, "brief_summarizer_run");
  if (sum != NULL) {
    g_autofree char *out = brief_summary_to_string(sum, BRIEF_FORMAT_TEXT);
    CHECK(brief_summary_get_n_selected(sum) > 0 && out != NULL && out[0] != '\0', "empty summary");
  }
  return 0;
}
