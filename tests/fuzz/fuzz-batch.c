/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: one line of `brief batch` (batch.c), and the same line
 * as `brief idf build --batch` reads it.
 *
 * The input is one batch line (line breaks included: the library must not
 * care), run with small limits so that every limit is reachable:
 *  - the output is one line of valid JSON, an object with "id" and either
 *    "briefing" (an object) or "error" ({"code", "message"}), ending in its
 *    only line break;
 *  - the status is 0 with a briefing, the error's code without; a failed
 *    line hands back a message naming the line ("line 3: "), clean as any
 *    message (fuzz-common.h), and the error line's message is that message
 *    without where the line was;
 *  - running the line again gives the same bytes;
 *  - brief_cluster_add_batch_line() accepts a line whose briefing came out,
 *    and fails cleanly or succeeds on any other.
 */
#include <brief/brief.h>
#include <json-glib/json-glib.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#include "fuzz-common.h"

static BriefBatch *
small_batch(void)
{
  static BriefBatch *batch;

  if (batch == NULL) {
    g_autoptr(BriefConfig) cfg = brief_config_new();
    g_autoptr(GError) error = NULL;
    fuzz_setup_logs();
    if (!brief_config_set(cfg, "max-line-bytes", "65536", &error) ||
        !brief_config_set(cfg, "max-articles", "16", &error) ||
        !brief_config_set(cfg, "max-input-bytes", "8192", &error) ||
        !brief_config_set(cfg, "max-total-bytes", "32768", &error) ||
        !brief_config_set(cfg, "threads", "1", &error))
      CHECK(FALSE, "settings: %s", error->message);
    batch = brief_batch_new(cfg, &error);
    CHECK(batch != NULL, "brief_batch_new: %s", error ? error->message : "?");
  }
  return batch;
}

static void
check_output(const char *out, int status, const char *message)
{
  g_autoptr(JsonParser) parser = json_parser_new();
  g_autoptr(GError) error = NULL;
  gsize len = strlen(out);
  JsonObject *o;

  CHECK(len > 0 && out[len - 1] == '\n' && memchr(out, '\n', len) == out + len - 1,
        "output is not one line: %s", out);
  CHECK(json_parser_load_from_data(parser, out, (gssize)len, &error), "output is not JSON: %s: %s",
        error->message, out);
  CHECK(JSON_NODE_HOLDS_OBJECT(json_parser_get_root(parser)), "output is not an object: %s", out);
  o = json_node_get_object(json_parser_get_root(parser));
  CHECK(json_object_has_member(o, "id"), "no id: %s", out);
  if (status == 0) {
    CHECK(message == NULL, "a message for a line that succeeded: %s", message);
    CHECK(json_object_has_member(o, "briefing") &&
              JSON_NODE_HOLDS_OBJECT(json_object_get_member(o, "briefing")),
          "status 0 without a briefing: %s", out);
  } else {
    JsonObject *err;
    const char *shown, *colon;
    CHECK(json_object_has_member(o, "error"), "status %d without an error: %s", status, out);
    err = json_object_get_object_member(o, "error");
    CHECK(json_object_get_int_member(err, "code") == status, "code is not the status %d: %s",
          status, out);
    CHECK(message != NULL && g_str_has_prefix(message, "line 3: "),
          "the message does not name the line: %s", message ? message : "(none)");
    shown = json_object_get_string_member(err, "message");
    colon = message + strlen("line 3: ");
    CHECK(strcmp(shown, colon) == 0, "error line '%s', message '%s'", shown, message);
  }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  BriefBatch *batch = small_batch();
  g_autofree char *out = NULL, *again = NULL, *message = NULL;
  g_autoptr(BriefCluster) cluster = brief_cluster_new();
  g_autoptr(GError) error = NULL;
  int status = -1, status2 = -1;
  gboolean ok;

  out = brief_batch_run_line(batch, NULL, 3, (const char *)data, size, &status, &message);
  CHECK(out != NULL, "no output line");
  if (message != NULL) {
    GError e = {BRIEF_ERROR, 0, message};
    fuzz_check_result(FALSE, &e, "brief_batch_run_line");
  }
  check_output(out, status, message);
  again = brief_batch_run_line(batch, NULL, 3, (const char *)data, size, &status2, NULL);
  CHECK(strcmp(out, again) == 0 && status == status2, "a second run differs");
  ok = brief_cluster_add_batch_line(cluster, NULL, 3, (const char *)data, size, NULL, &error);
  fuzz_check_result(ok, error, "brief_cluster_add_batch_line");
  CHECK(ok || status != 0, "a line that was summarized cannot be counted: %s", error->message);
  return 0;
}
