/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/cluster.c, src/article.c, the readers (reader-text.c:
 * the header block; reader-jsonl.c) and input-kind.c (which reader a file
 * gets; files that are no article skipped). */
#include "brief-private.h"
#include "cluster-private.h"
#include "test-assert.h"
#include "test-files.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

/* ---- helpers ------------------------------------------------------------------ */

/* Parse `data` (NUL-terminated) as one source; assert success and return
 * the cluster. */
static BriefCluster *
parse_ok(const char *name, const char *data, BriefInputFormat format)
{
  g_autoptr(GError) error = NULL;
  BriefCluster *c = brief_cluster_new();

  g_assert_true(brief_cluster_add_data(c, name, data, strlen(data), format, &error));
  g_assert_no_error(error);
  return c;
}

static void
assert_article_date(const BriefArticle *a, int year, int month, int day)
{
  g_assert_cmpint(a->year, ==, year);
  g_assert_cmpint(a->month, ==, month);
  g_assert_cmpint(a->day, ==, day);
}

/* ---- header block --------------------------------------------------------------- */

static void
test_header_all_keys(void)
{
  static const char data[] = "Title: Kerry  meets   Lavrov\n"
                             "Source: Example News\n"
                             "Date: 2015-12-15\n"
                             "URL: https://example.com/a?b=c:d\n"
                             "Id: story-1\n"
                             "\n"
                             "MOSCOW (AP) _ The talks began.\n";
  g_autoptr(BriefCluster) c = parse_ok("a.txt", data, BRIEF_INPUT_TEXT);
  const BriefArticle *a;

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  a = brief_cluster_get_article(c, 0);
  g_assert_cmpstr(a->name, ==, "a.txt");
  g_assert_cmpstr(a->title, ==, "Kerry meets Lavrov"); /* white space collapsed */
  g_assert_cmpstr(a->source, ==, "Example News");
  g_assert_cmpstr(a->url, ==, "https://example.com/a?b=c:d");
  g_assert_cmpstr(a->id, ==, "story-1");
  assert_article_date(a, 2015, 12, 15);
  g_assert_cmpint(a->timestamp, ==, 1450137600);
  g_assert_cmpstr(a->text, ==, "MOSCOW (AP) _ The talks began.\n");
  g_assert_cmpuint(a->text_len, ==, strlen(a->text));
  g_assert_cmpuint(a->text_offset, ==, (gsize)(strstr(data, "MOSCOW") - data));
}

static void
test_header_keys_case_insensitive(void)
{
  static const char data[] = "TITLE: Upper\n"
                             "source: lower\n"
                             "dAtE: 2015-12-15\n"
                             "Url: http://x.test/\n"
                             "\n"
                             "Body.";
  g_autoptr(BriefCluster) c = parse_ok("b.txt", data, BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  g_assert_cmpstr(a->title, ==, "Upper");
  g_assert_cmpstr(a->source, ==, "lower");
  g_assert_cmpstr(a->url, ==, "http://x.test/");
  assert_article_date(a, 2015, 12, 15);
  g_assert_cmpstr(a->text, ==, "Body.");
  g_assert_cmpuint(a->text_offset, ==, strlen(data) - strlen("Body."));
}

static void
test_header_unknown_keys_only_is_body(void)
{
  /* Looks like a header block, but brief knows none of the keys. */
  static const char data[] = "Note: the meeting was long\n"
                             "Update: more talks\n"
                             "\n"
                             "Second paragraph.\n";
  g_autoptr(BriefCluster) c = parse_ok("c.txt", data, BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  g_assert_null(a->title);
  g_assert_null(a->source);
  g_assert_cmpuint(a->text_offset, ==, 0);
  g_assert_cmpstr(a->text, ==, data);
  g_assert_cmpuint(a->text_len, ==, strlen(data));
}

static void
test_header_unknown_key_mixed_is_ignored(void)
{
  static const char data[] = "Title: T\nAuthor: Someone\n\nBody.";
  g_autoptr(BriefCluster) c = parse_ok("c2.txt", data, BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  g_assert_cmpstr(a->title, ==, "T");
  g_assert_cmpstr(a->text, ==, "Body.");
}

static void
test_header_without_blank_line_is_body(void)
{
  /* A one-paragraph text: the "header" runs to the end of the file. */
  static const char *const cases[] = {
      "Title: Only a header line",
      "Title: Only a header line\n",
      "Title: One\nSource: Two\n",
      /* A non-key line right after the key lines: not a header block. */
      "Title: One\nThe story starts here.\n\nMore.\n",
      NULL,
  };

  for (const char *const *d = cases; *d; d++) {
    g_autoptr(BriefCluster) c = parse_ok("d.txt", *d, BRIEF_INPUT_TEXT);
    const BriefArticle *a = brief_cluster_get_article(c, 0);

    g_test_message("case: %s", *d);
    g_assert_null(a->title);
    g_assert_null(a->source);
    g_assert_cmpuint(a->text_offset, ==, 0);
    g_assert_cmpstr(a->text, ==, *d);
  }
}

static void
test_header_not_at_top_is_body(void)
{
  static const char data[] = "The story.\n\nTitle: not a header\n\nEnd.";
  g_autoptr(BriefCluster) c = parse_ok("e.txt", data, BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  g_assert_null(a->title);
  g_assert_cmpuint(a->text_offset, ==, 0);
  g_assert_cmpstr(a->text, ==, data);
}

static void
test_header_empty_body(void)
{
  g_autoptr(BriefCluster) c = parse_ok("f.txt", "Title: T\n\n", BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  g_assert_cmpstr(a->title, ==, "T");
  g_assert_cmpstr(a->text, ==, "");
  g_assert_cmpuint(a->text_len, ==, 0);
  g_assert_cmpuint(a->text_offset, ==, 10);
}

static void
test_header_crlf(void)
{
  static const char data[] = "Title: Windows\r\nSource: CRLF News\r\nDate: 2015-12-15\r\n\r\n"
                             "Body line.\r\nSecond.\r\n";
  g_autoptr(BriefCluster) c = parse_ok("g.txt", data, BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  g_assert_cmpstr(a->title, ==, "Windows");
  g_assert_cmpstr(a->source, ==, "CRLF News");
  assert_article_date(a, 2015, 12, 15);
  g_assert_cmpstr(a->text, ==, "Body line.\r\nSecond.\r\n");
  g_assert_cmpuint(a->text_offset, ==, (gsize)(strstr(data, "Body") - data));
}

static void
test_header_bom(void)
{
  static const char data[] = "\xEF\xBB\xBFTitle: With BOM\n\nBody.";
  g_autoptr(BriefCluster) c = parse_ok("h.txt", data, BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  g_assert_cmpstr(a->title, ==, "With BOM");
  g_assert_cmpstr(a->text, ==, "Body.");
  /* The offset counts bytes of the file, BOM included. */
  g_assert_cmpuint(a->text_offset, ==, strlen(data) - 5);
  assert_cmpmem(data + a->text_offset, a->text_len, a->text, a->text_len);
}

static void
test_bom_without_header(void)
{
  static const char data[] = "\xEF\xBB\xBFJust text.";
  g_autoptr(BriefCluster) c = parse_ok("i.txt", data, BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  g_assert_cmpstr(a->text, ==, "Just text.");
  g_assert_cmpuint(a->text_offset, ==, 3);
}

static void
test_header_rfc_date(void)
{
  static const char data[] = "Date: Tue, 15 Dec 2015 23:30:00 -0500\nTitle: T\n\nBody.";
  g_autoptr(BriefCluster) c = parse_ok("rfc.txt", data, BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  /* The day as written; the timestamp in UTC (the next day). */
  assert_article_date(a, 2015, 12, 15);
  g_assert_cmpint(a->timestamp, ==, 1450137600 + 23 * 3600 + 1800 + 5 * 3600);
  g_assert_cmpstr(a->title, ==, "T");
  g_assert_cmpstr(a->text, ==, "Body.");
}

static void
test_header_blank_line_with_spaces(void)
{
  /* A line of white space is a blank line everywhere else in brief (the
   * splitter ends paragraphs on it; README: "ended by a blank line"). */
  static const char data[] = "Title: T\nSource: S\n  \t\nBody.";
  g_autoptr(BriefCluster) c = parse_ok("ws.txt", data, BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  g_assert_cmpstr(a->title, ==, "T");
  g_assert_cmpstr(a->source, ==, "S");
  g_assert_cmpstr(a->text, ==, "Body.");
}

static void
test_header_bad_date(void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();
  static const char data[] = "Title: T\nSource: S\nDate: 2015-02-30\n\nBody.";

  g_assert_false(
      brief_cluster_add_data(c, "bad.txt", data, strlen(data), BRIEF_INPUT_TEXT, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE);
  g_assert_nonnull(strstr(error->message, "bad.txt:3"));
  g_assert_nonnull(strstr(error->message, "2015-02-30"));
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
}

static void
test_header_date_beats_text_date(void)
{
  static const char data[] = "Date: 2016-01-02\n\nMOSCOW, Dec. 15, 2015 (Reuters) - Talks.";
  g_autoptr(BriefCluster) c = parse_ok("j.txt", data, BRIEF_INPUT_TEXT);

  assert_article_date(brief_cluster_get_article(c, 0), 2016, 1, 2);
  g_assert_false(brief_cluster_get_article(c, 0)->date_in_text);
}

static void
test_text_date_used_without_header(void)
{
  static const char data[] = "MOSCOW, Dec. 15, 2015 (Reuters) - The talks began.";
  g_autoptr(BriefCluster) c = parse_ok("k.txt", data, BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  assert_article_date(a, 2015, 12, 15);
  g_assert_cmpint(a->timestamp, ==, 1450137600);
  g_assert_true(a->date_in_text); /* a daily briefing's warnings say so */
}

static void
test_briefing_date_prefers_given_dates(void)
{
  /* The undated article's text looks ahead to January: the briefing is
   * still for the newest date an article gives.  Without a given date the
   * newest found one counts; --date beats both. */
  static const char data[] =
      "{\"date\": \"2004-11-14\", \"text\": \"Acting president Fattuh spoke.\"}\n"
      "{\"date\": \"2004-11-13\", \"text\": \"The delegation returned.\"}\n"
      "{\"text\": \"Elections will be held on January 9, 2005, officials said.\"}\n";
  static const char undated[] = "{\"text\": \"On March 3, 2004 it began.\"}\n"
                                "{\"text\": \"Elections will be held on January 9, 2005.\"}\n";
  g_autoptr(BriefCluster) c = parse_ok("d.jsonl", data, BRIEF_INPUT_AUTO);
  g_autoptr(BriefCluster) u = parse_ok("u.jsonl", undated, BRIEF_INPUT_AUTO);
  int y = 0, m = 0, d = 0;

  g_assert_true(brief_cluster_get_article(c, 2)->date_in_text);
  g_assert_true(brief_briefing_date(NULL, c, &y, &m, &d));
  g_assert_cmpint(y * 10000 + m * 100 + d, ==, 20041114);
  g_assert_true(brief_briefing_date(NULL, u, &y, &m, &d));
  g_assert_cmpint(y * 10000 + m * 100 + d, ==, 20050109);
  {
    /* Days as written: 23:30 at UTC-5 on 8 May is a later instant than
     * 9 May 00:00 UTC, but of the day before. */
    static const char zones[] = "{\"date\": \"2024-05-08T23:30:00-05:00\", \"text\": \"A.\"}\n"
                                "{\"date\": \"2024-05-09\", \"text\": \"B.\"}\n";
    g_autoptr(BriefCluster) z = parse_ok("z.jsonl", zones, BRIEF_INPUT_AUTO);
    g_assert_true(brief_briefing_date(NULL, z, &y, &m, &d));
    g_assert_cmpint(y * 10000 + m * 100 + d, ==, 20240509);
  }
  g_assert_true(brief_briefing_date("2004-11-20", c, &y, &m, &d));
  g_assert_cmpint(y * 10000 + m * 100 + d, ==, 20041120);
}

/* A view borrows the articles it shows: the same objects, in the order
 * asked, freed with their cluster only. */
static void
test_view(void)
{
  static const char data[] = "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n{\"text\": \"Three.\"}\n";
  g_autoptr(BriefCluster) c = parse_ok("v.jsonl", data, BRIEF_INPUT_AUTO);
  const guint pick[] = {2, 0};
  BriefCluster *view = brief_cluster_new_view(c, pick, G_N_ELEMENTS(pick));

  g_assert_cmpuint(brief_cluster_get_n_articles(view), ==, 2);
  g_assert_true(brief_cluster_get_article(view, 0) == brief_cluster_get_article(c, 2));
  g_assert_true(brief_cluster_get_article(view, 1) == brief_cluster_get_article(c, 0));
  brief_cluster_free(view);
  /* The articles are still there. */
  g_assert_cmpstr(brief_cluster_get_article(c, 2)->text, ==, "Three.");
  view = brief_cluster_new_view(c, NULL, 0);
  g_assert_cmpuint(brief_cluster_get_n_articles(view), ==, 0);
  brief_cluster_free(view);
}

static void
test_no_date(void)
{
  g_autoptr(BriefCluster) c = parse_ok("l.txt", "No date here at all.", BRIEF_INPUT_TEXT);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  g_assert_cmpint(a->year, ==, 0);
  g_assert_cmpint(a->timestamp, ==, 0);
}

/* ---- JSON Lines ---------------------------------------------------------------------- */

static void
test_jsonl_all_fields(void)
{
  static const char data[] =
      "{\"id\": \"a1\", \"title\": \"Kerry  in\\nMoscow\", \"source\": \"Example\", "
      "\"date\": \"2015-12-15T10:00:00Z\", \"url\": \"https://example.com/1\", "
      "\"text\": \"The talks began. They went on.\", \"extra\": [1, 2]}\n";
  g_autoptr(BriefCluster) c = parse_ok("in.jsonl", data, BRIEF_INPUT_AUTO);
  const BriefArticle *a;

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  a = brief_cluster_get_article(c, 0);
  g_assert_cmpstr(a->name, ==, "in.jsonl:1");
  g_assert_cmpstr(a->id, ==, "a1");
  g_assert_cmpstr(a->title, ==, "Kerry in Moscow");
  g_assert_cmpstr(a->source, ==, "Example");
  g_assert_cmpstr(a->url, ==, "https://example.com/1");
  g_assert_cmpstr(a->text, ==, "The talks began. They went on.");
  g_assert_cmpuint(a->text_len, ==, strlen(a->text));
  g_assert_cmpuint(a->text_offset, ==, 0);
  assert_article_date(a, 2015, 12, 15);
  g_assert_cmpint(a->timestamp, ==, 1450137600 + 36000);
}

static void
test_jsonl_optional_and_null(void)
{
  static const char data[] =
      "{\"text\": \"On Dec. 15, 2015 talks began.\", \"title\": null, \"date\": null}";
  g_autoptr(BriefCluster) c = parse_ok("x.jsonl", data, BRIEF_INPUT_AUTO);
  const BriefArticle *a = brief_cluster_get_article(c, 0);

  g_assert_null(a->id);
  g_assert_null(a->title);
  g_assert_null(a->source);
  g_assert_null(a->url);
  /* No "date": the first written date in the text. */
  assert_article_date(a, 2015, 12, 15);
}

static void
test_jsonl_blank_lines(void)
{
  static const char data[] = "\n"
                             "{\"text\": \"One.\"}\n"
                             "   \t\r\n"
                             "\n"
                             "{\"text\": \"Two.\"}\r\n"
                             "\n";
  g_autoptr(BriefCluster) c = parse_ok("b.jsonl", data, BRIEF_INPUT_AUTO);

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 2);
  g_assert_cmpstr(brief_cluster_get_article(c, 0)->name, ==, "b.jsonl:2");
  g_assert_cmpstr(brief_cluster_get_article(c, 0)->text, ==, "One.");
  g_assert_cmpstr(brief_cluster_get_article(c, 1)->name, ==, "b.jsonl:5");
  g_assert_cmpstr(brief_cluster_get_article(c, 1)->text, ==, "Two.");
}

static void
test_jsonl_empty_input(void)
{
  g_autoptr(BriefCluster) c = parse_ok("e.jsonl", "\n\n", BRIEF_INPUT_JSONL);

  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
}

static void
test_jsonl_format_forced(void)
{
  /* Explicit formats win over the file name. */
  static const char data[] = "{\"text\": \"One.\"}";
  g_autoptr(BriefCluster) c1 = parse_ok("data.txt", data, BRIEF_INPUT_JSONL);
  g_autoptr(BriefCluster) c2 = parse_ok("data.jsonl", data, BRIEF_INPUT_TEXT);
  g_autoptr(BriefCluster) c3 = parse_ok("data.JSONL", data, BRIEF_INPUT_AUTO);
  g_autoptr(BriefCluster) c4 = parse_ok("data.json", data, BRIEF_INPUT_TEXT);

  g_assert_cmpstr(brief_cluster_get_article(c1, 0)->text, ==, "One.");
  g_assert_cmpstr(brief_cluster_get_article(c2, 0)->text, ==, data);
  g_assert_cmpstr(brief_cluster_get_article(c3, 0)->text, ==, "One.");
  g_assert_cmpstr(brief_cluster_get_article(c4, 0)->text, ==, data);
}

/* Parsing `data` as JSON Lines fails with BRIEF_ERROR_PARSE, the message
 * contains `needle`, and the cluster stays empty. */
static void
assert_jsonl_fails(const char *data, const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  g_test_message("jsonl: %s", data);
  g_assert_false(
      brief_cluster_add_data(c, "in.jsonl", data, strlen(data), BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE);
  g_test_message("message: %s", error->message);
  g_assert_nonnull(strstr(error->message, needle));
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
}

static void
test_jsonl_errors(void)
{
  assert_jsonl_fails("{\"text\": \"ok\"}\n\n{\"text\": \"unterminated\n", "in.jsonl:3");
  assert_jsonl_fails("{\"text\": \"ok\"}\n{\"text\": \"a\",}\n", "in.jsonl:2");
  assert_jsonl_fails("{\"title\": \"no text\"}\n", "in.jsonl:1");
  assert_jsonl_fails("{\"title\": \"no text\"}\n", "missing \"text\"");
  assert_jsonl_fails("{\"text\": null}\n", "missing \"text\"");
  assert_jsonl_fails("{\"text\": \"ok\", \"title\": 5}\n", "\"title\" must be a string");
  assert_jsonl_fails("{\"text\": 12}\n", "\"text\" must be a string");
  assert_jsonl_fails("{\"text\": \"ok\", \"url\": {\"a\": 1}}\n", "\"url\" must be a string");
  assert_jsonl_fails("{\"text\": \"ok\", \"id\": [\"x\"]}\n", "in.jsonl:1");
  assert_jsonl_fails("[\"text\", \"ok\"]\n", "expected a JSON object");
  assert_jsonl_fails("{\"text\": \"ok\"}\n\"just a string\"\n", "in.jsonl:2");
  assert_jsonl_fails("42\n", "expected a JSON object");
  assert_jsonl_fails("{\"text\": \"ok\", \"date\": \"2015-02-30\"}\n", "in.jsonl:1");
  assert_jsonl_fails("{\"text\": \"ok\", \"date\": \"2015-02-30\"}\n", "2015-02-30");
}

/* ---- encoding ------------------------------------------------------------------------ */

static void
test_invalid_utf8(void)
{
  static const char data[] = "Title: T\n\nCaf\xC3\xA9 ok, then \xFF bad.";
  const gsize bad = (gsize)(strchr(data, '\xFF') - data);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autofree char *needle = g_strdup_printf("byte %" G_GSIZE_FORMAT, bad);

  g_assert_false(
      brief_cluster_add_data(c, "enc.txt", data, strlen(data), BRIEF_INPUT_TEXT, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_nonnull(strstr(error->message, "enc.txt"));
  g_assert_nonnull(strstr(error->message, needle));
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
}

static void
test_invalid_utf8_jsonl(void)
{
  static const char data[] = "{\"text\": \"fine\"}\n{\"text\": \"bad \xC3\x28 here\"}\n";
  const gsize bad = (gsize)(strstr(data, "\xC3\x28") - data);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autofree char *needle = g_strdup_printf("byte %" G_GSIZE_FORMAT, bad);

  g_assert_false(
      brief_cluster_add_data(c, "enc.jsonl", data, strlen(data), BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_nonnull(strstr(error->message, needle));
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
}

static void
test_truncated_utf8(void)
{
  /* A multi-byte sequence cut by the end of the data. */
  static const char data[] = "abc\xE2\x80";
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  g_assert_false(
      brief_cluster_add_data(c, "cut.txt", data, strlen(data), BRIEF_INPUT_TEXT, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_nonnull(strstr(error->message, "byte 3"));
}

static void
test_nul_byte(void)
{
  static const char data[] = "Some text\0more text";
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  g_assert_false(
      brief_cluster_add_data(c, "nul.txt", data, sizeof data - 1, BRIEF_INPUT_TEXT, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_nonnull(strstr(error->message, "nul.txt"));
  g_assert_nonnull(strstr(error->message, "NUL"));
  g_assert_nonnull(strstr(error->message, "byte 9"));
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
}

static void
test_add_data_not_nul_terminated(void)
{
  /* `data` need not be NUL-terminated: only `len` bytes count. */
  static const char data[] = "Title: T\n\nBody.GARBAGE\xFF";
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  g_assert_true(brief_cluster_add_data(c, "n.txt", data, strlen("Title: T\n\nBody."),
                                       BRIEF_INPUT_TEXT, &error));
  g_assert_no_error(error);
  g_assert_cmpstr(brief_cluster_get_article(c, 0)->text, ==, "Body.");
}

static void
test_add_data_empty(void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  g_assert_true(brief_cluster_add_data(c, "empty.txt", NULL, 0, BRIEF_INPUT_TEXT, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  g_assert_cmpstr(brief_cluster_get_article(c, 0)->text, ==, "");
}

/* ---- files and directories ---------------------------------------------------------------- */

static void
test_add_path_file(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = g_build_filename(dir, "story.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();
  const BriefArticle *a;

  write_file(dir, "story.txt", "Title: From disk\n\nBody.", -1);
  g_assert_true(brief_cluster_add_path(c, path, BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  a = brief_cluster_get_article(c, 0);
  g_assert_cmpstr(a->name, ==, path);
  g_assert_cmpstr(a->title, ==, "From disk");
  g_assert_cmpstr(a->text, ==, "Body.");
  rm_tree(dir);
}

static void
test_add_path_directory(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *sub = g_build_filename(dir, "c-subdir", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  /* Created out of order: the result must be sorted by name. */
  write_file(dir, "b.txt", "Second.", -1);
  write_file(dir, "a.txt", "First.", -1);
  write_file(dir, "d.jsonl", "{\"text\": \"Third.\"}\n{\"text\": \"Fourth.\"}\n", -1);
  write_file(dir, ".hidden.txt", "Hidden.", -1);
  g_assert_cmpint(g_mkdir(sub, 0700), ==, 0);
  write_file(sub, "nested.txt", "Nested.", -1);

  g_assert_true(brief_cluster_add_path(c, dir, BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 4);
  g_assert_true(g_str_has_suffix(brief_cluster_get_article(c, 0)->name, "a.txt"));
  g_assert_cmpstr(brief_cluster_get_article(c, 0)->text, ==, "First.");
  g_assert_cmpstr(brief_cluster_get_article(c, 1)->text, ==, "Second.");
  g_assert_cmpstr(brief_cluster_get_article(c, 2)->text, ==, "Third.");
  g_assert_true(g_str_has_suffix(brief_cluster_get_article(c, 2)->name, "d.jsonl:1"));
  g_assert_cmpstr(brief_cluster_get_article(c, 3)->text, ==, "Fourth.");
  rm_tree(dir);
}

static void
test_add_path_directory_sorting_bytewise(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();
  static const char *const names[] = {"10.txt", "2.txt", "B.txt", "a.txt"};

  for (int i = G_N_ELEMENTS(names) - 1; i >= 0; i--)
    write_file(dir, names[i], names[i], -1);
  g_assert_true(brief_cluster_add_path(c, dir, BRIEF_INPUT_TEXT, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, G_N_ELEMENTS(names));
  for (guint i = 0; i < G_N_ELEMENTS(names); i++)
    g_assert_cmpstr(brief_cluster_get_article(c, i)->text, ==, names[i]);
  rm_tree(dir);
}

static void
test_add_path_empty_directory(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *sub = g_build_filename(dir, "only-a-subdir", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  g_assert_false(brief_cluster_add_path(c, dir, BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY);
  g_assert_nonnull(strstr(error->message, dir));
  g_clear_error(&error);

  /* Hidden files and subdirectories do not count. */
  write_file(dir, ".hidden", "Hidden.", -1);
  g_assert_cmpint(g_mkdir(sub, 0700), ==, 0);
  write_file(sub, "x.txt", "Nested.", -1);
  g_assert_false(brief_cluster_add_path(c, dir, BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
  rm_tree(dir);
}

static void
test_add_path_missing(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = g_build_filename(dir, "does-not-exist.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  g_assert_false(brief_cluster_add_path(c, path, BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_IO);
  g_assert_nonnull(strstr(error->message, path));
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
  rm_tree(dir);
}

static void
test_add_path_unreadable(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = g_build_filename(dir, "secret.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  if (geteuid() == 0) {
    g_test_skip("root can read a file without permissions");
    rm_tree(dir);
    return;
  }
  write_file(dir, "secret.txt", "Secret.", -1);
  g_assert_cmpint(g_chmod(path, 0), ==, 0);
  g_assert_false(brief_cluster_add_path(c, path, BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_IO);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
  rm_tree(dir);
}

static void
test_add_path_nothing_added_on_failure(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *first = g_build_filename(dir, "0-first.txt", NULL);
  g_autofree char *cluster_dir = g_build_filename(dir, "cluster", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  write_file(dir, "0-first.txt", "Already there.", -1);
  g_assert_true(brief_cluster_add_path(c, first, BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);

  /* Good files sort before and after the bad one. */
  g_assert_cmpint(g_mkdir(cluster_dir, 0700), ==, 0);
  write_file(cluster_dir, "a.txt", "Good.", -1);
  write_file(cluster_dir, "b.txt", "Bad \xFF byte.", -1);
  write_file(cluster_dir, "c.txt", "Good too.", -1);
  g_assert_false(brief_cluster_add_path(c, cluster_dir, BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_nonnull(strstr(error->message, "b.txt"));
  g_assert_nonnull(strstr(error->message, "byte 4"));
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  g_assert_cmpstr(brief_cluster_get_article(c, 0)->text, ==, "Already there.");
  g_clear_error(&error);

  /* A JSON Lines file whose second line is bad adds nothing either. */
  write_file(cluster_dir, "b.txt", "Fine now.", -1);
  write_file(cluster_dir, "d.jsonl", "{\"text\": \"ok\"}\n{oops}\n", -1);
  g_assert_false(brief_cluster_add_path(c, cluster_dir, BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE);
  g_assert_nonnull(strstr(error->message, "d.jsonl:2"));
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  rm_tree(dir);
}

/* ---- util.c: white space -------------------------------------------------------------------- */

/* ---- util.c: atomic writes ------------------------------------------------------------------ */

/* The limits of brief_cluster_set_limits(): per file, and the total of
 * the files read into one cluster, directories and trees included. */
static void
test_limits(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *a = g_build_filename(dir, "a.txt", NULL);
  g_autoptr(BriefConfig) config = brief_config_new();
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(BriefCluster) sub = NULL;
  g_autoptr(GError) error = NULL;
  const char *ten = "One two.\n\n"; /* 10 bytes */

  write_file(dir, "a.txt", ten, -1);
  write_file(dir, "b.txt", ten, -1);
  g_assert_true(brief_config_set(config, "max-input-bytes", "10", NULL));
  g_assert_true(brief_config_set(config, "max-total-bytes", "25", NULL));
  brief_cluster_set_limits(c, config);
  /* The directory: 20 bytes of 25. */
  g_assert_true(brief_cluster_add_path(c, dir, BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  /* 10 more pass the total; nothing of the path is added. */
  g_assert_false(brief_cluster_add_path(c, a, BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
  g_assert_true(g_str_has_suffix(error->message, "a.txt: the files read add up to more than the "
                                                 "limit of 25 bytes (max-total-bytes)"));
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 2);
  g_clear_error(&error);
  /* Data from memory is not read, so not limited. */
  g_assert_true(brief_cluster_add_data(c, "mem", ten, strlen(ten), BRIEF_INPUT_TEXT, &error));

  /* A subset keeps the limits, with nothing read yet: the file limit
   * applies. */
  sub = brief_cluster_new_subset(c, (const guint[]){0}, 1);
  g_assert_true(brief_config_set(config, "max-input-bytes", "9", NULL));
  brief_cluster_set_limits(sub, config);
  g_assert_false(brief_cluster_add_tree(sub, dir, BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
  g_assert_true(g_str_has_suffix(error->message, "a.txt: larger than the input limit of 9 bytes "
                                                 "(max-input-bytes)"));
  g_assert_cmpuint(brief_cluster_get_n_articles(sub), ==, 1);
  rm_tree(dir);
}

/* A new cluster has the default limits: /dev/zero stops at 32 MiB. */
static void
test_limits_default(void)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(GError) error = NULL;

  if (!g_file_test("/dev/zero", G_FILE_TEST_EXISTS)) {
    g_test_skip("no /dev/zero");
    return;
  }
  g_assert_false(brief_cluster_add_path(c, "/dev/zero", BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
  g_assert_cmpstr(error->message, ==,
                  "/dev/zero: larger than the input limit of 32 MiB (max-input-bytes)");
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 0);
}

/* ---- input kind (input-kind.c) ------------------------------------------------------------ */

/* PNG's signature and the start of its header chunk. */
static const char png_bytes[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10";

/* Adding `len` bytes (-1: a string) named `name` in `format` succeeds and
 * adds `n` articles. */
static void
assert_adds(const char *name, const char *data, gssize len, BriefInputFormat format, guint n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();
  gsize size = len < 0 ? strlen(data) : (gsize)len;

  g_test_message("%s, format %d", name, format);
  g_assert_true(brief_cluster_add_data(c, name, data, size, format, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, n);
}

static void
test_kind_skipped(void)
{
  static const struct {
    const char *name, *data, *message;
  } cases[] = {
      {"README.md", "# brief\n\nA summarizer of news.\n", "README.md: a project file; skipped"},
      {"docs/README", "The council met on Monday.\n", "docs/README: a project file; skipped"},
      {"LICENSE", "Permission is granted.\n", "LICENSE: a project file; skipped"},
      {"notes.md", "The council met on Monday.\n", "notes.md: not an article file; skipped"},
      {"run", "#!/bin/sh\necho The council met on Monday.\n", "run: a script; skipped"},
      {"fetch.txt", "#!/usr/bin/env python3\nprint('x')\n", "fetch.txt: a script; skipped"},
      {"data.json", "{\"text\": \"The council met on Monday.\"}\n",
       "data.json: not an article file; skipped"},
      {"page.html", "Plain words with no markup at all.\n", "page.html: no HTML in it; skipped"},
      {"list.xml", "<?xml version=\"1.0\"?><list><item>x</item></list>",
       "list.xml: no RSS or Atom feed; skipped"},
  };

  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_test_expect_message("brief", G_LOG_LEVEL_WARNING, cases[i].message);
    assert_adds(cases[i].name, cases[i].data, -1, BRIEF_INPUT_AUTO, 0);
    g_test_assert_expected_messages();
  }
}

static void
test_kind_binary_skipped(void)
{
  static const char *const names[] = {"photo.png", "photo", "story.txt", "story.html", "d.jsonl"};
  static const char elf_bytes[] = "\x7F"
                                  "ELF\x02\x01\x01\0\0\0";

  for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
    g_autofree char *message = g_strdup_printf("%s: binary data; skipped", names[i]);
    g_test_expect_message("brief", G_LOG_LEVEL_WARNING, message);
    assert_adds(names[i], png_bytes, sizeof png_bytes - 1, BRIEF_INPUT_AUTO, 0);
    g_test_assert_expected_messages();
  }
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "tool: binary data; skipped");
  assert_adds("tool", elf_bytes, sizeof elf_bytes - 1, BRIEF_INPUT_AUTO, 0);
  g_test_assert_expected_messages();
  /* NUL bytes: skipped unless the name says text, whose reader names the
   * byte. */
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "blob: binary data; skipped");
  assert_adds("blob", "ab\0cd", 5, BRIEF_INPUT_AUTO, 0);
  g_test_assert_expected_messages();
}

static void
test_kind_readers(void)
{
  static const struct {
    const char *name, *data;
    BriefReaderFunc reader;
  } cases[] = {
      {"story.html", "<html><body><p>The council met.</p></body></html>", brief_reader_html},
      {"story.HTM", "\n  <!DOCTYPE html><title>T</title>", brief_reader_html},
      {"story.xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">",
       brief_reader_html},
      {"story.html", "<p>A fragment.</p>", brief_reader_html},
      {"saved-page", "<!DOCTYPE html>\n<html><body><p>x</p></body></html>", brief_reader_html},
      {"saved-page", "\xEF\xBB\xBF<!doctype HTML><p>x</p>", brief_reader_html},
      {"feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", brief_reader_feed},
      {"feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", brief_reader_feed},
      {"feed.rdf", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
       brief_reader_feed},
      {"feed.html", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", brief_reader_feed},
      {"feed", "<rss version=\"2.0\"><channel><title>T</title>", brief_reader_feed},
      /* A page that mentions a feed after its <html>: a page. */
      {"page.html", "<html><head><link type=\"application/rss+xml\"></head><body><rss>",
       brief_reader_html},
      /* Decompressed before: the name without ".gz" decides. */
      {"page.html.gz", "<html><body><p>x</p></body></html>", brief_reader_html},
      {"day.xml.GZ", "<rss version=\"2.0\"><channel>", brief_reader_feed},
      {"story.txt", "<p>Markup in a text file is text.</p>", brief_reader_text},
      /* A whole page saved under a text file's name is a page. */
      {"saved.txt", "\xEF\xBB\xBF\n<!DOCTYPE html><html><body><p>x</p>", brief_reader_html},
      {"saved.TXT", "<HTML lang=\"en\"><body><p>x</p>", brief_reader_html},
      {"story.txt", "<html5 is a word> here, and text.", brief_reader_text},
      {"story.txt", "The council met. <html> came later.", brief_reader_text},
      {"lines.jsonl", "{\"text\": \"x\"}", brief_reader_jsonl},
      {"story", "The council met on Monday.", brief_reader_text},
  };

  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    const char *why = NULL;
    BriefReaderFunc reader = brief_reader_for(cases[i].name, cases[i].data, strlen(cases[i].data),
                                              BRIEF_INPUT_AUTO, &why);
    g_test_message("%s: %s", cases[i].name, cases[i].data);
    g_assert_true(reader == cases[i].reader);
    g_assert_null(why);
  }
}

/* A feed whose prolog (a comment, a DOCTYPE with its internal subset) runs
 * past the first 4 KiB is still a feed; other XML after such a prolog is
 * not. */
static void
test_kind_long_prolog(void)
{
  g_autoptr(GString) feed = g_string_new("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- ");
  g_autoptr(GString) other = NULL;
  const char *why = NULL;

  for (guint i = 0; i < 600; i++)
    g_string_append(feed, "a comment ");
  g_string_append(feed, "-->\n<!DOCTYPE rss [\n");
  for (guint i = 0; i < 200; i++)
    g_string_append(feed, "<!ENTITY e \"x > y\">\n");
  g_string_append(feed, "]>\n<?pi x?>\n");
  other = g_string_new(feed->str);
  g_string_append(feed, "<rss version=\"2.0\"><channel><title>T</title></channel></rss>");
  g_string_append(other, "<urlset><url><loc>https://example.com/</loc></url></urlset>");
  g_assert_true(brief_reader_for("f.rss", feed->str, feed->len, BRIEF_INPUT_AUTO, &why) ==
                brief_reader_feed);
  g_assert_true(brief_reader_for("f", feed->str, feed->len, BRIEF_INPUT_AUTO, &why) ==
                brief_reader_feed);
  g_assert_null(brief_reader_for("f.xml", other->str, other->len, BRIEF_INPUT_AUTO, &why));
  g_assert_cmpstr(why, ==, "no RSS or Atom feed");
  /* A prolog that never ends is not looked past. */
  g_string_truncate(feed, 3000);
  g_assert_null(brief_reader_for("f.xml", feed->str, feed->len, BRIEF_INPUT_AUTO, &why));
}

static void
test_kind_document_numbers(void)
{
  /* Names of news archives (TREC, DUC): the part after a dot or a dash
   * is a number, not an extension.  Texts that start like a binary
   * format's signature are still text. */
  static const char *const names[] = {"AP880911-0016",    "FT923-5089",       "LA010890-0031",
                                      "FBIS3-10082",      "APW19981016.0240", "NYT19990101.0001",
                                      "AP880911-0016.txt"};
  static const char *const texts[] = {
      "Date: 1988-09-11\n\nHurricane Gilbert swept toward the Dominican Republic Sunday.\n",
      "RIFFE LAKE, Wash. (AP) _ Anglers pulled a record trout from the lake on Sunday.\n",
      "BZh, the new bakery chain, opened its first shop on Monday.\n",
      "GIF8 is the name of the council's new committee, officials said.\n",
      "%PDF copies of the report were sent to every household.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS(names); i++)
    for (guint j = 0; j < G_N_ELEMENTS(texts); j++) {
      g_autoptr(GError) error = NULL;
      g_autoptr(BriefCluster) c = brief_cluster_new();
      const BriefArticle *a;
      g_test_message("%s: %s", names[i], texts[j]);
      g_assert_true(brief_cluster_add_data(c, names[i], texts[j], strlen(texts[j]),
                                           BRIEF_INPUT_AUTO, &error));
      g_assert_no_error(error);
      g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
      a = brief_cluster_get_article(c, 0);
      g_assert_cmpstr(a->name, ==, names[i]);
      g_assert_true(g_str_has_suffix(texts[j], a->text));
    }
}

static void
test_kind_forced(void)
{
  static const char rss[] = "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title>"
                            "<description>The council met on Monday.</description></item>"
                            "</channel></rss>";
  static const char page[] =
      "<html><body><article><p>The council met on Monday evening to vote on the budget for the "
      "next year, and the debate went on until after midnight.</p><p>Councillors agreed to "
      "raise the library's budget by a tenth and to keep the swimming pool open all "
      "winter.</p></article></body></html>";
  static const BriefInputFormat formats[] = {BRIEF_INPUT_TEXT, BRIEF_INPUT_JSONL, BRIEF_INPUT_HTML,
                                             BRIEF_INPUT_FEED};
  static const BriefReaderFunc readers[] = {brief_reader_text, brief_reader_jsonl,
                                            brief_reader_html, brief_reader_feed};

  /* Whatever the name and the bytes. */
  for (guint i = 0; i < G_N_ELEMENTS(formats); i++) {
    const char *why = "unset";
    g_assert_true(brief_reader_for("README.md", png_bytes, sizeof png_bytes - 1, formats[i],
                                   &why) == readers[i]);
    g_assert_null(why);
  }
  assert_adds("README.md", "# Notes\n\nThe council met.\n", -1, BRIEF_INPUT_TEXT, 1);
  assert_adds("run.sh", "#!/bin/sh\necho The council met.\n", -1, BRIEF_INPUT_TEXT, 1);
  assert_adds("data.json", "{\"text\": \"The council met.\"}\n", -1, BRIEF_INPUT_JSONL, 1);
  assert_adds("story.txt", page, -1, BRIEF_INPUT_HTML, 1);
  assert_adds("story.html", rss, -1, BRIEF_INPUT_FEED, 1);
  assert_adds("feed.xml", rss, -1, BRIEF_INPUT_TEXT, 1);
  assert_adds("page.xml", page, -1, BRIEF_INPUT_AUTO, 1);
}

static void
test_kind_directory(void)
{
  /* A directory of articles and other files: the others are skipped,
   * each with a warning, in the order of the names. */
  g_autofree char *dir = make_tmp_dir();
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();

  write_file(dir, "README.md", "# Clippings\n", -1);
  write_file(dir, "data.json", "{}", -1);
  write_file(dir, "photo.png", png_bytes, sizeof png_bytes - 1);
  write_file(dir, "run", "#!/bin/sh\n", -1);
  write_file(dir, "story.txt", "The council met on Monday.\n", -1);
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "*README.md: a project file; skipped");
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "*data.json: not an article file; skipped");
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "*photo.png: binary data; skipped");
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "*run: a script; skipped");
  g_assert_true(brief_cluster_add_path(c, dir, BRIEF_INPUT_AUTO, &error));
  g_test_assert_expected_messages();
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);
  g_assert_true(g_str_has_suffix(brief_cluster_get_article(c, 0)->name, "story.txt"));
  rm_tree(dir);
}

/* In a directory, a page over the element limit and damaged gzip data are
 * skipped with a warning, and the rest is read; the same page named on
 * its own, or a bad text article in the directory, stops the read. */
static void
test_kind_directory_bad_pages(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *page = NULL;
  g_autoptr(GString) many = g_string_new("<html><body>");
  static const char gz_start[] = "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x0b\xc9";
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(BriefCluster) named = brief_cluster_new();

  for (guint i = 0; i < 600000; i++)
    g_string_append(many, "<p>x");
  write_file(dir, "a-many.html", many->str, (gssize)many->len);
  write_file(dir, "b-cut.html.gz", gz_start, sizeof gz_start - 1);
  write_file(dir, "c-story.txt", "The council met on Monday.\n", -1);
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING,
                        "*a-many.html: more than 500000 elements*; skipped");
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "*b-cut.html.gz: damaged gzip data; skipped");
  g_assert_true(brief_cluster_add_path(c, dir, BRIEF_INPUT_AUTO, &error));
  g_test_assert_expected_messages();
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 1);

  page = g_build_filename(dir, "a-many.html", NULL);
  g_assert_false(brief_cluster_add_path(named, page, BRIEF_INPUT_AUTO, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
  g_clear_error(&error);
  /* A format given: no leniency. */
  g_assert_false(brief_cluster_add_path(named, dir, BRIEF_INPUT_HTML, &error));
  g_assert_nonnull(error);
  g_clear_error(&error);
  write_file(dir, "d-bad.txt", "The council \xff met.\n", -1);
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "*; skipped");
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "*; skipped");
  g_assert_false(brief_cluster_add_path(named, dir, BRIEF_INPUT_AUTO, &error));
  g_test_assert_expected_messages();
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  rm_tree(dir);
}

/* The warnings for the scripts among the first `n` files of
 * test_directory_threads(), in name order. */
static void
expect_script_warnings(guint n)
{
  for (guint i = 7; i < n; i += 50) {
    g_autofree char *message = g_strdup_printf("*f%03u.sh: a script; skipped", i);
    g_test_expect_message("brief", G_LOG_LEVEL_WARNING, message);
  }
}

/* A directory of 600 files, read on 1, 2 and 3 threads a window of files
 * at a time: the articles come in name order, the warnings of skipped
 * files in name order, and a total limit stops at the same file, as when
 * the files are read one after another. */
static void
test_directory_threads(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autoptr(BriefConfig) config = brief_config_new();

  for (guint i = 0; i < 600; i++) {
    g_autofree char *name = g_strdup_printf("f%03u.%s", i, i % 50 == 7 ? "sh" : "txt");
    g_autofree char *text = i % 50 == 7 ? g_strdup("#!/bin/sh\n")
                                        : g_strdup_printf("Report %u was filed on Monday.\n", i);
    write_file(dir, name, text, -1);
  }
  for (guint threads = 1; threads <= 3; threads++) {
    g_autoptr(BriefCluster) c = brief_cluster_new();
    g_autoptr(BriefCluster) cut = brief_cluster_new();
    g_autoptr(GError) error = NULL;
    g_autofree char *n_threads = g_strdup_printf("%u", threads);
    guint k = 0;

    g_assert_true(brief_config_set(config, "threads", n_threads, NULL));
    g_assert_true(brief_config_set(config, "max-total-bytes", "67108864", NULL));
    brief_cluster_set_limits(c, config);
    expect_script_warnings(600);
    g_assert_true(brief_cluster_add_path(c, dir, BRIEF_INPUT_AUTO, &error));
    g_test_assert_expected_messages();
    g_assert_no_error(error);
    g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 588);
    for (guint i = 0; i < 600; i++) {
      g_autofree char *name = g_strdup_printf("f%03u.txt", i);
      if (i % 50 == 7)
        continue;
      g_assert_true(g_str_has_suffix(brief_cluster_get_article(c, k++)->name, name));
    }

    /* Files f000 to f299 hold 9,361 bytes; the 32 of f300 pass a total of 9,392. */
    g_assert_true(brief_config_set(config, "max-total-bytes", "9392", NULL));
    brief_cluster_set_limits(cut, config);
    expect_script_warnings(300);
    g_assert_false(brief_cluster_add_path(cut, dir, BRIEF_INPUT_AUTO, &error));
    g_test_assert_expected_messages();
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
    g_assert_true(g_str_has_suffix(error->message,
                                   "f300.txt: the files read add up to more "
                                   "than the limit of 9392 bytes (max-total-bytes)"));
    g_assert_cmpuint(brief_cluster_get_n_articles(cut), ==, 0);
  }
  rm_tree(dir);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);

  g_test_add_func("/cluster/header/all-keys", test_header_all_keys);
  g_test_add_func("/cluster/limits", test_limits);
  g_test_add_func("/cluster/limits/default", test_limits_default);
  g_test_add_func("/cluster/header/case-insensitive", test_header_keys_case_insensitive);
  g_test_add_func("/cluster/header/unknown-keys-only", test_header_unknown_keys_only_is_body);
  g_test_add_func("/cluster/header/unknown-key-mixed", test_header_unknown_key_mixed_is_ignored);
  g_test_add_func("/cluster/header/no-blank-line", test_header_without_blank_line_is_body);
  g_test_add_func("/cluster/header/not-at-top", test_header_not_at_top_is_body);
  g_test_add_func("/cluster/header/empty-body", test_header_empty_body);
  g_test_add_func("/cluster/header/crlf", test_header_crlf);
  g_test_add_func("/cluster/header/bom", test_header_bom);
  g_test_add_func("/cluster/header/bom-no-header", test_bom_without_header);
  g_test_add_func("/cluster/header/rfc-date", test_header_rfc_date);
  g_test_add_func("/cluster/header/blank-line-spaces", test_header_blank_line_with_spaces);
  g_test_add_func("/cluster/header/bad-date", test_header_bad_date);
  g_test_add_func("/cluster/header/date-beats-text", test_header_date_beats_text_date);
  g_test_add_func("/cluster/date/from-text", test_text_date_used_without_header);
  g_test_add_func("/cluster/date/briefing-prefers-given", test_briefing_date_prefers_given_dates);
  g_test_add_func("/cluster/date/none", test_no_date);
  g_test_add_func("/cluster/view", test_view);
  g_test_add_func("/cluster/jsonl/all-fields", test_jsonl_all_fields);
  g_test_add_func("/cluster/jsonl/optional-null", test_jsonl_optional_and_null);
  g_test_add_func("/cluster/jsonl/blank-lines", test_jsonl_blank_lines);
  g_test_add_func("/cluster/jsonl/empty", test_jsonl_empty_input);
  g_test_add_func("/cluster/jsonl/format", test_jsonl_format_forced);
  g_test_add_func("/cluster/jsonl/errors", test_jsonl_errors);
  g_test_add_func("/cluster/encoding/invalid", test_invalid_utf8);
  g_test_add_func("/cluster/encoding/invalid-jsonl", test_invalid_utf8_jsonl);
  g_test_add_func("/cluster/encoding/truncated", test_truncated_utf8);
  g_test_add_func("/cluster/encoding/nul", test_nul_byte);
  g_test_add_func("/cluster/data/not-nul-terminated", test_add_data_not_nul_terminated);
  g_test_add_func("/cluster/data/empty", test_add_data_empty);
  g_test_add_func("/cluster/path/file", test_add_path_file);
  g_test_add_func("/cluster/path/directory", test_add_path_directory);
  g_test_add_func("/cluster/path/directory-sorting", test_add_path_directory_sorting_bytewise);
  g_test_add_func("/cluster/path/directory-threads", test_directory_threads);
  g_test_add_func("/cluster/path/empty-directory", test_add_path_empty_directory);
  g_test_add_func("/cluster/path/missing", test_add_path_missing);
  g_test_add_func("/cluster/path/unreadable", test_add_path_unreadable);
  g_test_add_func("/cluster/path/nothing-added-on-failure", test_add_path_nothing_added_on_failure);
  g_test_add_func("/cluster/kind/skipped", test_kind_skipped);
  g_test_add_func("/cluster/kind/binary-skipped", test_kind_binary_skipped);
  g_test_add_func("/cluster/kind/readers", test_kind_readers);
  g_test_add_func("/cluster/kind/long-prolog", test_kind_long_prolog);
  g_test_add_func("/cluster/kind/document-numbers", test_kind_document_numbers);
  g_test_add_func("/cluster/kind/forced", test_kind_forced);
  g_test_add_func("/cluster/kind/directory", test_kind_directory);
  g_test_add_func("/cluster/kind/directory-bad-pages", test_kind_directory_bad_pages);

  return g_test_run();
}
