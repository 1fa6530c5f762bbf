/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: a saved web page (reader-html.c, html-*.c).
 *
 * The input is the page's bytes, in any charset or none.  It is read
 *  - as a page named "page.html" (BRIEF_INPUT_HTML), which never fails
 *    (but for gzip data that does not inflate): it gives one article or
 *    none (no article found: skipped with a warning);
 *  - by name and content (BRIEF_INPUT_AUTO) when that picks another
 *    reader than the page reader: a feed fails cleanly or gives articles
 *    named "page.html#N", a skipped file gives none and no error;
 *  - as a feed item's HTML body (brief_html_fragment_text(), and with the
 *    page's boilerplate removed, brief_html_fragment_main_text()).
 * The article, its rendering in brief extract's three formats (text,
 * json, urls) and their round trips are checked by fuzz-articles.h; the
 * fragment's text is clean paragraphs or "".  Everything is freed per
 * input, so LeakSanitizer sees a leak in the input that causes it.
 */
#include "brief-private.h"
#include "cluster-private.h"
#include "html-private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Longer pages add run time, not coverage (the fuzzer runs with
 * -max_len=65536); the replay takes any seed below this. */
#define FUZZ_MAX_INPUT (1024 * 1024)

#include "fuzz-common.h"
#include "fuzz-articles.h"

/* The articles of a page (one at most, named "page.html") or of a feed
 * ("page.html#N", its item N). */
static void
check_articles(const BriefCluster *cluster)
{
  for (guint i = 0; i < brief_cluster_get_n_articles(cluster); i++) {
    const BriefArticle *a = brief_cluster_get_article(cluster, i);
    if (a->item == 0) {
      CHECK(brief_cluster_get_n_articles(cluster) == 1, "%u articles from one page",
            brief_cluster_get_n_articles(cluster));
      check_article(a, "page.html");
    } else {
      g_autofree char *name = g_strdup_printf("page.html#%u", a->item);
      check_article(a, name);
    }
  }
  check_rendered(cluster);
}

/* As a page: never an error, unless gzip data does not inflate. */
static void
read_page(const char *data, size_t size)
{
  g_autoptr(BriefCluster) cluster = small_cluster();
  g_autoptr(GError) error = NULL;
  gboolean ok = brief_cluster_add_data(cluster, "page.html", data, size, BRIEF_INPUT_HTML, &error);

  fuzz_check_result(ok, error, "page");
  CHECK(ok || brief_is_gzip(data, size), "the page reader failed: %s", error->message);
  if (ok)
    check_articles(cluster);
}

/* By name and content: the page reader (already checked above), or
 * another reader, or none (skipped).  gzip data picks its reader once
 * inflated. */
static void
read_auto(const char *data, size_t size)
{
  g_autoptr(BriefCluster) cluster = small_cluster();
  g_autoptr(GError) error = NULL;
  const char *why = NULL;
  BriefReaderFunc reader = brief_reader_for("page.html", data, size, BRIEF_INPUT_AUTO, &why);
  gboolean gzip = brief_is_gzip(data, size), ok;

  CHECK((reader == NULL) == (why != NULL), "a reader and a reason to skip, or neither");
  if (reader == brief_reader_html && !gzip)
    return;
  ok = brief_cluster_add_data(cluster, "page.html", data, size, BRIEF_INPUT_AUTO, &error);
  fuzz_check_result(ok, error, "auto");
  CHECK(gzip || reader != NULL || (ok && brief_cluster_get_n_articles(cluster) == 0),
        "a skipped input gave articles or an error");
  if (ok)
    check_articles(cluster);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  FuzzInput in = {data, size};
  char *copy;

  fuzz_setup_logs();
  if (size > FUZZ_MAX_INPUT)
    return 0;
  copy = fuzz_copy_rest(&in);
  read_page(copy, size);
  read_auto(copy, size);
  {
    g_autofree char *text = brief_html_fragment_text(copy, size);
    g_autofree char *main_text = brief_html_fragment_main_text(copy, size, "Title");
    CHECK(text != NULL, "fragment: NULL");
    if (*text != '\0')
      check_clean_text(text, TRUE, "fragment text");
    if (main_text != NULL)
      check_clean_text(main_text, TRUE, "fragment main text");
  }
  free(copy);
  return 0;
}
