/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: daily briefings (stories.c, daily.c, daily-facts.c and
 * their renderers) with settings from the input.
 *
 * Input: four settings bytes, then the day's articles.
 *  byte 0: bits 0-1 threads - 1 (1..4), bit 2 the articles are JSON Lines
 *          (else texts separated by form feeds), bits 3-5 the language;
 *  byte 1: the story threshold, (byte + 1) / 256;
 *  byte 2: max-stories, 1 + byte % 8;
 *  byte 3: words per story, 10 + byte % 64.
 * Checks:
 *  - brief_cluster_find_stories() gives every article one story number
 *    below the story count, numbered in the order of first articles, and
 *    the same numbers with one thread as with the chosen count;
 *  - brief_daily_new() fails cleanly or gives at most max-stories stories
 *    of distinct articles, and renders every format (fuzz-render.h) to the
 *    same bytes with one thread as with the chosen count.
 */
#include <brief/brief.h>

#include <json-glib/json-glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#include "fuzz-common.h"
#include "fuzz-render.h"

#define FUZZ_MAX_INPUT (64 * 1024)

static const char *const languages[] = {"english", "german",  "french", "russian",
                                        "spanish", "italian", "dutch",  "finnish"};

static BriefConfig *
config_from(const uint8_t *b, guint threads)
{
  BriefConfig *config = brief_config_new();
  GError *error = NULL;

  CHECK(brief_config_set_uint(config, "threads", threads, &error) &&
            brief_config_set_string(config, "language", languages[(b[0] >> 3) & 7], &error) &&
            brief_config_set_double(config, "story-threshold", (b[1] + 1) / 256.0, &error) &&
            brief_config_set_uint(config, "max-stories", 1u + b[2] % 8u, &error) &&
            brief_config_set_uint(config, "words", 10u + b[3] % 64u, &error),
        "config: %s", error->message);
  return config;
}

/* The articles: JSON Lines, or texts separated by form feeds. */
static BriefCluster *
day_from(const char *data, size_t size, gboolean jsonl)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (jsonl) {
    ok = brief_cluster_add_data(c, "day.jsonl", data, size, BRIEF_INPUT_JSONL, &error);
  } else {
    for (size_t at = 0, k = 0; ok && at <= size; k++) {
      const char *ff = memchr(data + at, '\f', size - at);
      size_t end = ff ? (size_t)(ff - data) : size;
      g_autofree char *name = g_strdup_printf("article-%zu.txt", k);
      ok = brief_cluster_add_data(c, name, data + at, end - at, BRIEF_INPUT_TEXT, &error);
      at = end + 1;
    }
  }
  fuzz_check_result(ok, error, "reading the day");
  return ok && brief_cluster_get_n_articles(c) > 0 ? g_steal_pointer(&c) : NULL;
}

static guint *
stories(const BriefCluster *day, const BriefConfig *config, guint *n)
{
  g_autoptr(GError) error = NULL;
  guint *story = brief_cluster_find_stories(day, config, n, &error);
  guint next = 0;

  fuzz_check_result(story != NULL, error, "brief_cluster_find_stories");
  for (guint i = 0; story != NULL && i < brief_cluster_get_n_articles(day); i++) {
    CHECK(story[i] < *n && story[i] <= next, "article %u in story %u of %u (next new %u)", i,
          story[i], *n, next);
    if (story[i] == next)
      next++;
  }
  CHECK(story == NULL || next == *n, "%u stories numbered, %u said", next, *n);
  return story;
}

/* Every rendering of the briefing, one after another (NULL: it failed). */
static char *
briefing(const BriefCluster *day, const BriefConfig *config)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefDaily) d = brief_daily_new(day, config, NULL, NULL, &error);
  guint n_day = brief_cluster_get_n_articles(day);
  g_autofree gboolean *taken = g_new0(gboolean, n_day);
  GString *all;

  fuzz_check_result(d != NULL, error, "brief_daily_new");
  if (d == NULL)
    return NULL;
  CHECK(brief_daily_get_n_stories(d) <= brief_config_get_uint(config, "max-stories") &&
            brief_daily_get_n_stories(d) <= brief_daily_get_n_found(d),
        "%u stories of %u found", brief_daily_get_n_stories(d), brief_daily_get_n_found(d));
  for (guint i = 0; i < brief_daily_get_n_stories(d); i++) {
    guint n = 0;
    const guint *idx = brief_daily_get_story_articles(d, i, &n);
    for (guint k = 0; k < n; k++) {
      CHECK(idx[k] < n_day && !taken[idx[k]], "article %u in two stories or out of range", idx[k]);
      taken[idx[k]] = TRUE;
    }
  }
  all = g_string_new(NULL);
  for (guint fi = 0; fi < G_N_ELEMENTS(formats); fi++) {
    g_autofree char *out = brief_daily_to_string(d, formats[fi]);
    check_output(out, fi, "daily");
    g_string_append(all, out);
  }
  return g_string_free(all, FALSE);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  FuzzInput in = {data, size};
  uint8_t b[4];
  guint threads, n1 = 0, n2 = 0;
  g_autoptr(BriefConfig) one = NULL, many = NULL;
  g_autoptr(BriefCluster) day = NULL;
  g_autofree guint *s1 = NULL, *s2 = NULL;
  g_autofree char *r1 = NULL, *r2 = NULL;
  char *copy;

  fuzz_setup_logs();
  if (size > FUZZ_MAX_INPUT)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS(b); i++)
    b[i] = fuzz_byte(&in);
  threads = 1u + (b[0] & 3u);
  one = config_from(b, 1);
  many = config_from(b, threads);
  copy = fuzz_copy_rest(&in);
  day = day_from(copy, in.size, (b[0] & 4) != 0);
  if (day != NULL) {
    s1 = stories(day, one, &n1);
    s2 = stories(day, many, &n2);
    CHECK(
        (s1 == NULL) == (s2 == NULL) && n1 == n2 &&
            (s1 == NULL || memcmp(s1, s2, brief_cluster_get_n_articles(day) * sizeof(guint)) == 0),
        "other stories with %u threads", threads);
    r1 = briefing(day, one);
    r2 = briefing(day, many);
    CHECK(g_strcmp0(r1, r2) == 0, "another briefing with %u threads", threads);
  }
  free(copy);
  return 0;
}
