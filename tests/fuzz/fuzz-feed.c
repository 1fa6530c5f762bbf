/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: an RSS 2.0, RSS 1.0 or Atom feed (reader-feed.c, and
 * html-*.c for the items' HTML bodies).
 *
 * The input is the feed's bytes.  It is read
 *  - as a feed named "feed.xml" (BRIEF_INPUT_FEED): it fails cleanly
 *    (BRIEF_ERROR_PARSE, nothing added) or gives one article per item with
 *    a body, named "feed.xml#N" with N increasing, no two with the same
 *    web address, at most 10,000;
 *  - by name and content (BRIEF_INPUT_AUTO): when that picks the feed
 *    reader, the same articles byte for byte, or none and no error where
 *    the feed failed (skipped with a warning); a page reader gives at most
 *    one article named "feed.xml"; a skipped file none and no error.
 *    gzip data is read inflated (at most 1 MiB), its reader picked then.
 * The articles, their rendering in brief extract's three formats (text,
 * json, urls) and the round trips are checked by fuzz-articles.h.
 * libxml2 must neither fetch nor expand anything (no entity is
 * substituted), so an entity bomb ends fast and small: libFuzzer's
 * -rss_limit_mb and -timeout catch the rest.  Everything is freed per
 * input, so LeakSanitizer sees a leak in the input that causes it.
 */
#include "brief-private.h"
#include "cluster-private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Longer feeds add run time, not coverage (the fuzzer runs with
 * -max_len=65536); the replay takes any seed below this. */
#define FUZZ_MAX_INPUT (1024 * 1024)
/* reader-feed.c's MAX_ITEMS */
#define FEED_MAX_ITEMS 10000

#include "fuzz-common.h"
#include "fuzz-articles.h"

/* The articles of a feed: named "feed.xml#N", N increasing, web
 * addresses distinct. */
static void
check_feed_articles(const BriefCluster *cluster)
{
  g_autoptr(GHashTable) urls = g_hash_table_new(g_str_hash, g_str_equal);
  guint last = 0;

  CHECK(brief_cluster_get_n_articles(cluster) <= FEED_MAX_ITEMS, "%u articles",
        brief_cluster_get_n_articles(cluster));
  for (guint i = 0; i < brief_cluster_get_n_articles(cluster); i++) {
    const BriefArticle *a = brief_cluster_get_article(cluster, i);
    g_autofree char *name = g_strdup_printf("feed.xml#%u", a->item);
    CHECK(a->item > last && a->item <= FEED_MAX_ITEMS, "article %u is item %u", i, a->item);
    last = a->item;
    check_article(a, name);
    CHECK(a->url == NULL || g_hash_table_add(urls, (char *)a->url),
          "two articles with the address %.60s", a->url);
  }
}

/* Read as a feed; the JSON Lines of its articles, or NULL when it failed
 * (with the message in `*message`). */
static char *
read_feed(const char *data, size_t size, BriefInputFormat format, char **message)
{
  g_autoptr(BriefCluster) cluster = small_cluster();
  g_autoptr(GError) error = NULL;
  gboolean ok = brief_cluster_add_data(cluster, "feed.xml", data, size, format, &error);

  fuzz_check_result(ok, error, "feed");
  *message = NULL;
  if (!ok) {
    CHECK(error->code == BRIEF_ERROR_PARSE || error->code == BRIEF_ERROR_LIMIT,
          "feed: error code %d: %s", error->code, error->message);
    CHECK(brief_cluster_get_n_articles(cluster) == 0, "articles of a feed that failed");
    *message = g_strdup(error->message);
    return NULL;
  }
  check_feed_articles(cluster);
  check_rendered(cluster);
  return brief_cluster_articles_to_string(cluster, BRIEF_FORMAT_JSON);
}

static void
read_auto(const char *data, size_t size, const char *feed_json, const char *feed_message)
{
  g_autoptr(BriefCluster) cluster = small_cluster();
  g_autoptr(GError) error = NULL;
  const char *why = NULL;
  BriefReaderFunc reader = brief_reader_for("feed.xml", data, size, BRIEF_INPUT_AUTO, &why);
  gboolean ok;

  CHECK((reader == NULL) == (why != NULL), "a reader and a reason to skip, or neither");
  if (reader == brief_reader_feed && !brief_is_gzip(data, size)) {
    g_autofree char *message = NULL;
    g_autofree char *json = read_feed(data, size, BRIEF_INPUT_AUTO, &message);
    /* A feed that does not parse is skipped with a warning; one past a
     * limit fails as with the format given. */
    CHECK(feed_json != NULL || same_string(message, feed_message) || same_string(json, ""),
          "auto: not what the feed reader gave (%s)", feed_message);
    CHECK(feed_json == NULL || same_string(json, feed_json), "auto: not what the feed reader gave");
    return;
  }
  ok = brief_cluster_add_data(cluster, "feed.xml", data, size, BRIEF_INPUT_AUTO, &error);
  fuzz_check_result(ok, error, "auto");
  CHECK(brief_is_gzip(data, size) || reader != NULL ||
            (ok && brief_cluster_get_n_articles(cluster) == 0),
        "a skipped input gave articles or an error");
  if (!ok)
    return;
  for (guint i = 0; i < brief_cluster_get_n_articles(cluster); i++) {
    const BriefArticle *a = brief_cluster_get_article(cluster, i);
    g_autofree char *name =
        a->item > 0 ? g_strdup_printf("feed.xml#%u", a->item) : g_strdup("feed.xml");
    CHECK(a->item > 0 || brief_cluster_get_n_articles(cluster) == 1, "%u articles from a page",
          brief_cluster_get_n_articles(cluster));
    check_article(a, name);
  }
  check_rendered(cluster);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  FuzzInput in = {data, size};
  g_autofree char *json = NULL, *message = NULL;
  char *copy;

  fuzz_setup_logs();
  if (size > FUZZ_MAX_INPUT)
    return 0;
  copy = fuzz_copy_rest(&in);
  json = read_feed(copy, size, BRIEF_INPUT_FEED, &message);
  read_auto(copy, size, json, message);
  free(copy);
  return 0;
}
