/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/render-text.c and src/render-json.c: dates, wrapping,
 * and the text, Markdown, plain and JSON renderings of a small briefing
 * built in memory. */
#include "brief-private.h"
#include "config-private.h"
#include "render-private.h"
#include "summary-private.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define TEXT_WIDTH 78

/* ---- fixtures ------------------------------------------------------------------- */

/* Article with a header; dated 15 December. */
static const char article_a[] =
    "Title: Kerry and Lavrov meet in Moscow over Syria\n"
    "Source: Example News\n"
    "Date: 2015-12-15\n"
    "URL: https://example.com/news/kerry-lavrov\n"
    "\n"
    "MOSCOW (AP) _ U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei\n"
    "Lavrov in Moscow on Tuesday to discuss the war in Syria.\n"
    "\n"
    "Kerry and Lavrov talked for several hours about a political transition in Syria and\n"
    "the fight against the Islamic State group.\n"
    "\n"
    "The two diplomats agreed that the Syrian peace talks should resume in New York later\n"
    "this week.\n"
    "\n"
    "Russian President Vladimir Putin also received Kerry at the Kremlin for a long meeting\n"
    "on Syria.\n";

/* Article without a header: dated by its dateline, 14 December. */
static const char article_b[] =
    "MOSCOW, Dec. 14, 2015 (Reuters) - Secretary of State John Kerry arrived in Moscow for\n"
    "talks with Sergei Lavrov on the Syrian conflict.\n"
    "\n"
    "Officials said Kerry and Lavrov would discuss the Islamic State group and a ceasefire\n"
    "in   Syria.\n"
    "\n"
    "Pictured: Kerry arrives at Vnukovo airport. Photo: REUTERS/Maxim Zmeyev\n"
    "\n"
    "Weather in the capital was cold and snowy during the visit by the American delegation.\n";

static const char *const article_data[] = {article_a, article_b};
static const char *const article_names[] = {"news/a.txt", "news/b.txt"};

typedef struct {
  BriefCluster *cluster;
  BriefSummarizer *summarizer;
  BriefSummary *summary;
} Briefing;

static void
briefing_clear(Briefing *b)
{
  g_clear_pointer(&b->summary, brief_summary_free);
  g_clear_pointer(&b->summarizer, brief_summarizer_free);
  g_clear_pointer(&b->cluster, brief_cluster_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Briefing, briefing_clear)

static void
briefing_add(Briefing *b, const char *name, const char *data)
{
  g_autoptr(GError) error = NULL;

  if (b->cluster == NULL)
    b->cluster = brief_cluster_new();
  g_assert_true(
      brief_cluster_add_data(b->cluster, name, data, strlen(data), BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
}

static void
briefing_run(Briefing *b, const BriefConfig *cfg)
{
  g_autoptr(GError) error = NULL;

  b->summarizer = brief_summarizer_new(cfg, &error);
  g_assert_no_error(error);
  g_assert_nonnull(b->summarizer);
  b->summary = brief_summarizer_run(b->summarizer, b->cluster, &error);
  g_assert_no_error(error);
  g_assert_nonnull(b->summary);
  g_assert_cmpuint(brief_summary_get_n_selected(b->summary), >, 0);
}

/* The two-article briefing; with a large budget every candidate is
 * selected. */
static void
briefing_two_articles(Briefing *b, guint budget_words, const char *date)
{
  g_autoptr(BriefConfig) cfg = NULL;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->budget_words = budget_words;
  cfg->n_threads = 1;
  g_assert_true(brief_config_set(cfg, "date", date, NULL));
  for (gsize i = 0; i < G_N_ELEMENTS(article_data); i++)
    briefing_add(b, article_names[i], article_data[i]);
  briefing_run(b, cfg);
}

static char **
split_lines(const char *text)
{
  g_assert_true(g_str_has_suffix(text, "\n"));
  {
    g_autofree char *copy = g_strndup(text, strlen(text) - 1);
    return g_strsplit(copy, "\n", -1);
  }
}

/* ---- brief_format_long_date ------------------------------------------------------ */

static void
test_long_date(void)
{
  static const struct {
    int y, m, d;
    const char *want;
  } cases[] = {
      {2015, 12, 15, "Tuesday, 15 December 2015"},   {2000, 2, 29, "Tuesday, 29 February 2000"},
      {1970, 1, 1, "Thursday, 1 January 1970"},      {2016, 1, 2, "Saturday, 2 January 2016"},
      {2023, 12, 31, "Sunday, 31 December 2023"},    {2024, 1, 1, "Monday, 1 January 2024"},
      {2015, 9, 30, "Wednesday, 30 September 2015"},
  };

  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *got = brief_format_long_date(cases[i].y, cases[i].m, cases[i].d);
    g_assert_cmpstr(got, ==, cases[i].want);
  }
}

/* ---- brief_wrap_append ------------------------------------------------------------- */

/* Every line of `out` (after `skip` bytes) has `first`/`rest` as prefix
 * and at most `width` characters unless it is a single word; the words,
 * in order, are those of `text`. */
static void
assert_wrapped(const char *out, const char *text, guint width, const char *first, const char *rest)
{
  g_auto(GStrv) lines = split_lines(out);
  g_autoptr(GString) words = g_string_new(NULL);
  g_autofree char *want = brief_collapse_space(text, strlen(text));

  for (guint i = 0; lines[i] != NULL; i++) {
    const char *prefix = i == 0 ? first : rest;
    const char *body = lines[i] + strlen(prefix);
    g_test_message("|%s|", lines[i]);
    g_assert_true(g_str_has_prefix(lines[i], prefix));
    if (g_utf8_strlen(lines[i], -1) > (glong)width)
      g_assert_null(strchr(body, ' ')); /* one long word */
    g_assert_false(g_str_has_suffix(lines[i], " "));
    if (*body != '\0') {
      g_assert_cmpint(*body, !=, ' ');
      if (words->len > 0)
        g_string_append_c(words, ' ');
      g_string_append(words, body);
    }
  }
  g_assert_cmpstr(words->str, ==, want);
}

/* The date a sentence carries: only another day's, short, with the year
 * when that is another too. */
static void
test_sentence_date_label(void)
{
  BriefArticle a = {0};
  g_autofree char *same = NULL, *other = NULL, *year = NULL, *glued = NULL, *none = NULL,
                  *later = NULL;

  a.year = 2004, a.month = 11, a.day = 14;
  same = brief_sentence_date_label(&a, 2004, 11, 14, " ");
  g_assert_null(same);
  other = brief_sentence_date_label(&a, 2004, 11, 16, " ");
  g_assert_cmpstr(other, ==, "14 Nov");
  later = brief_sentence_date_label(&a, 2004, 11, 12, " ");
  g_assert_cmpstr(later, ==, "14 Nov");
  year = brief_sentence_date_label(&a, 2005, 1, 2, " ");
  g_assert_cmpstr(year, ==, "14 Nov 2004");
  glued = brief_sentence_date_label(&a, 2005, 1, 2, BRIEF_WRAP_GLUE);
  g_assert_cmpstr(glued, ==, "14" BRIEF_WRAP_GLUE "Nov" BRIEF_WRAP_GLUE "2004");
  /* No briefing date, or an undated article: nothing to say. */
  g_assert_null(brief_sentence_date_label(&a, 0, 0, 0, " "));
  a.year = a.month = a.day = 0;
  none = brief_sentence_date_label(&a, 2004, 11, 16, " ");
  g_assert_null(none);
  a.year = 2004, a.month = 9, a.day = 3;
  {
    g_autofree char *sep = brief_sentence_date_label(&a, 2004, 11, 16, " ");
    g_assert_cmpstr(sep, ==, "3 Sep");
  }
}

/* Every format but plain marks the sentences of the older article (b, 14
 * December) with its day; the briefing's own day is not repeated. */
static void
test_dates_in_formats(void)
{
  g_auto(Briefing) b = {0};
  g_autofree char *text = NULL, *md = NULL, *html = NULL, *plain = NULL;

  briefing_two_articles(&b, 1000, NULL);
  text = brief_summary_to_string(b.summary, BRIEF_FORMAT_TEXT);
  md = brief_summary_to_string(b.summary, BRIEF_FORMAT_MARKDOWN);
  html = brief_summary_to_string(b.summary, BRIEF_FORMAT_HTML);
  plain = brief_summary_to_string(b.summary, BRIEF_FORMAT_PLAIN);
  g_assert_nonnull(strstr(text, "[1, 14 Dec]"));
  g_assert_null(strstr(text, "15 Dec]"));
  g_assert_nonnull(strstr(md, " [1, 14 Dec]\n"));
  g_assert_nonnull(strstr(html, "white-space:nowrap\">[14 Dec]</span></p>"));
  g_assert_null(strstr(html, "15 Dec]"));
  g_assert_null(strstr(plain, "Dec]"));
  g_assert_null(strchr(text, BRIEF_WRAP_GLUE[0]));
}

/* A glued space is never a line break, and prints as a space. */
static void
test_wrap_glue(void)
{
  g_autoptr(GString) out = g_string_new(NULL);

  brief_wrap_append(out, "aaaa bbbb [1," BRIEF_WRAP_GLUE "14" BRIEF_WRAP_GLUE "Nov]", 12, "", "");
  g_assert_cmpstr(out->str, ==, "aaaa bbbb\n[1, 14 Nov]\n");
}

static void
test_wrap(void)
{
  static const char text[] = "The quick brown fox jumps over the lazy dog again and again "
                             "until the farmer comes home for his supper at night.";

  for (guint width = 10; width <= 80; width += 7) {
    g_autoptr(GString) out = g_string_new(NULL);
    brief_wrap_append(out, text, width, "", "");
    g_test_message("width %u", width);
    assert_wrapped(out->str, text, width, "", "");
  }
  {
    /* Lines are filled: at width 20, "The quick brown fox" (19) fits. */
    g_autoptr(GString) out = g_string_new(NULL);
    brief_wrap_append(out, text, 20, "", "");
    g_assert_true(g_str_has_prefix(out->str, "The quick brown fox\njumps over the lazy\n"));
  }
  {
    /* A line may be exactly `width` long. */
    g_autoptr(GString) out = g_string_new(NULL);
    brief_wrap_append(out, "aaaa bbbb cc", 9, "", "");
    g_assert_cmpstr(out->str, ==, "aaaa bbbb\ncc\n");
  }
}

static void
test_wrap_long_words(void)
{
  g_autoptr(GString) out = g_string_new(NULL);

  brief_wrap_append(out, "a https://example.com/a/very/long/path/that/does/not/fit b c", 12, "",
                    "");
  g_assert_cmpstr(out->str, ==, "a\nhttps://example.com/a/very/long/path/that/does/not/fit\nb c\n");
  g_string_truncate(out, 0);
  /* A long first word stays on the first line. */
  brief_wrap_append(out, "Supercalifragilistic is long", 8, "- ", "  ");
  g_assert_cmpstr(out->str, ==, "- Supercalifragilistic\n  is\n  long\n");
}

static void
test_wrap_indent(void)
{
  static const char text[] = "Kerry and Lavrov talked for several hours about a political "
                             "transition in Syria and the fight against the Islamic State.";
  g_autoptr(GString) out = g_string_new("existing\n");

  brief_wrap_append(out, text, 30, "- ", "  ");
  /* Appended, not replaced. */
  g_assert_true(g_str_has_prefix(out->str, "existing\n- Kerry"));
  assert_wrapped(out->str + strlen("existing\n"), text, 30, "- ", "  ");
  g_string_truncate(out, 0);
  brief_wrap_append(out, text, 40, "[1] ", "    ");
  assert_wrapped(out->str, text, 40, "[1] ", "    ");
}

static void
test_wrap_utf8_and_spaces(void)
{
  g_autoptr(GString) out = g_string_new(NULL);

  /* Columns are characters, not bytes: "ééé ééé" is 7 columns. */
  brief_wrap_append(
      out, "\xC3\xA9\xC3\xA9\xC3\xA9 \xC3\xA9\xC3\xA9\xC3\xA9 \xC3\xA9\xC3\xA9\xC3\xA9", 7, "", "");
  g_assert_cmpstr(out->str, ==,
                  "\xC3\xA9\xC3\xA9\xC3\xA9 \xC3\xA9\xC3\xA9\xC3\xA9\n\xC3\xA9\xC3\xA9\xC3\xA9\n");
  g_string_truncate(out, 0);
  /* Runs of spaces do not make empty words. */
  brief_wrap_append(out, "  one   two  ", 80, "> ", "> ");
  g_assert_cmpstr(out->str, ==, "> one two\n");
  g_string_truncate(out, 0);
  brief_wrap_append(out, "", 80, "- ", "  ");
  g_assert_cmpstr(out->str, ==, "- \n");
}

/* ---- text rendering ------------------------------------------------------------------ */

/* Citation numbers as the renderer must assign them: in order of first
 * citation, the headline sentence's article first. */
static guint *
expected_citations(const BriefSummary *s, guint *n_cited)
{
  guint n_articles = brief_cluster_get_n_articles(brief_summary_get_cluster(s));
  guint *num = g_new0(guint, n_articles);
  guint next = 0;

  if (s->headline_selected >= 0)
    num[brief_summary_get_selected(s, (guint)s->headline_selected)->article] = ++next;
  for (guint i = 0; i < brief_summary_get_n_selected(s); i++) {
    const BriefSelection *x = brief_summary_get_selected(s, i);
    if (num[x->article] == 0)
      num[x->article] = ++next;
  }
  *n_cited = next;
  return num;
}

/* Join wrapped items: a line starting with `first` opens an item, one
 * starting with `rest` continues it.  Stops at the first line that does
 * neither; *i is left there. */
static GPtrArray *
collect_items(char **lines, guint *i, const char *first, const char *rest)
{
  GPtrArray *items = g_ptr_array_new_with_free_func(g_free);
  GString *cur = NULL;

  for (; lines[*i] != NULL; (*i)++) {
    const char *l = lines[*i];
    if (g_str_has_prefix(l, first) &&
        (cur == NULL || !g_str_has_prefix(l, rest) || strcmp(first, rest) == 0)) {
      if (cur)
        g_ptr_array_add(items, g_string_free(cur, FALSE));
      cur = g_string_new(l + strlen(first));
    } else if (cur != NULL && g_str_has_prefix(l, rest) && *rest != '\0') {
      g_string_append_c(cur, ' ');
      g_string_append(cur, l + strlen(rest));
    } else {
      break;
    }
  }
  if (cur)
    g_ptr_array_add(items, g_string_free(cur, FALSE));
  return items;
}

/* No line is wider than the text width, except one holding a single long
 * word (after its indent or bullet). */
static void
assert_line_widths(char **lines)
{
  for (guint i = 0; lines[i] != NULL; i++) {
    if (g_utf8_strlen(lines[i], -1) > TEXT_WIDTH) {
      g_autofree char *copy = g_strstrip(g_strdup(lines[i]));
      const char *word = g_str_has_prefix(copy, "- ") ? copy + 2 : copy;
      g_test_message("long line: %s", lines[i]);
      g_assert_null(strchr(word, ' '));
    }
  }
}

static void
test_text(void)
{
  g_auto(Briefing) b = {0};
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree guint *num = NULL;
  g_autoptr(GPtrArray) bullets = NULL;
  guint n_cited = 0, i = 0, n = 0;

  briefing_two_articles(&b, 1000, NULL);
  n = brief_summary_get_n_selected(b.summary);
  /* A large budget takes every candidate. */
  g_assert_cmpuint(n, ==, brief_summary_get_n_candidates(b.summary));
  g_assert_cmpint(b.summary->headline_selected, ==, -1); /* a title exists */

  out = brief_summary_to_string(b.summary, BRIEF_FORMAT_TEXT);
  g_test_message("%s", out);
  lines = split_lines(out);
  assert_line_widths(lines);

  /* Date of the newest article, then the title of the titled article. */
  g_assert_cmpstr(lines[0], ==, "Tuesday, 15 December 2015");
  g_assert_cmpstr(lines[1], ==, "");
  g_assert_cmpstr(lines[2], ==, "Kerry and Lavrov meet in Moscow over Syria");
  g_assert_cmpstr(lines[3], ==, "");

  /* One bullet per selected sentence, in reading order, with its marker;
   * a sentence of another day than the briefing's carries its date. */
  num = expected_citations(b.summary, &n_cited);
  g_assert_cmpuint(n_cited, ==, 2);
  i = 4;
  bullets = collect_items(lines, &i, "- ", "  ");
  g_assert_cmpuint(bullets->len, ==, n);
  for (guint k = 0; k < n; k++) {
    const BriefSelection *x = brief_summary_get_selected(b.summary, k);
    g_autofree char *want =
        g_strdup_printf("%s [%u%s]", x->text, num[x->article], x->article == 1 ? ", 14 Dec" : "");
    g_assert_cmpstr(g_ptr_array_index(bullets, k), ==, want);
  }
  /* The older article (b, 14 December) is read, and cited, first. */
  g_assert_cmpuint(brief_summary_get_selected(b.summary, 0)->article, ==, 1);
  g_assert_true(g_str_has_suffix(g_ptr_array_index(bullets, 0), " [1, 14 Dec]"));
  g_assert_true(g_str_has_suffix(g_ptr_array_index(bullets, n - 1), " [2]"));
  /* The dateline is not part of the sentence; the caption is gone. */
  g_assert_true(g_str_has_prefix(g_ptr_array_index(bullets, 0), "Secretary of State John"));
  g_assert_null(strstr(out, "Pictured"));
  g_assert_null(strstr(out, "(Reuters)"));
  g_assert_null(strstr(out, "MOSCOW"));

  g_assert_cmpstr(lines[i], ==, "");
  i++;
  g_assert_cmpstr(lines[i], ==, "Sources (2 of 2 articles):");
  i++;
  {
    g_autoptr(GPtrArray) sources = collect_items(lines, &i, "[", "    ");
    g_assert_cmpuint(sources->len, ==, 2);
    /* No source, title or URL: the file's base name and the text date. */
    g_assert_cmpstr(g_ptr_array_index(sources, 0), ==, "1] b.txt, 14 December 2015");
    g_assert_cmpstr(g_ptr_array_index(sources, 1), ==,
                    "2] Example News, \xE2\x80\x9C"
                    "Kerry and Lavrov meet in Moscow over "
                    "Syria\xE2\x80\x9D, 15 December 2015, "
                    "https://example.com/news/kerry-lavrov");
  }
  g_assert_null(lines[i]);
}

static void
test_text_budget_and_date_option(void)
{
  g_auto(Briefing) b = {0};
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  guint total = 0;

  briefing_two_articles(&b, 30, "2016-01-02");
  for (guint k = 0; k < brief_summary_get_n_selected(b.summary); k++)
    total += brief_summary_get_selected(b.summary, k)->words;
  g_assert_cmpuint(total, <=, 30);
  g_assert_cmpuint(brief_summary_get_n_selected(b.summary), <,
                   brief_summary_get_n_candidates(b.summary));

  out = brief_summary_to_string(b.summary, BRIEF_FORMAT_TEXT);
  lines = split_lines(out);
  /* --date wins over the article dates. */
  g_assert_cmpstr(lines[0], ==, "Saturday, 2 January 2016");
  {
    guint n_cited = 0;
    g_autofree guint *num = expected_citations(b.summary, &n_cited);
    g_autofree char *want = NULL;
    g_assert_nonnull(num);
    want = g_strdup_printf("Sources (%u of 2 articles):", n_cited);
    gboolean found = FALSE;
    for (guint i = 0; lines[i] != NULL; i++)
      if (strcmp(lines[i], want) == 0)
        found = TRUE;
    g_assert_true(found);
  }
}

/* Three undated articles without titles on one story. */
static void
briefing_untitled(Briefing *b)
{
  g_autoptr(BriefConfig) cfg = NULL;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->budget_words = 1000;
  cfg->n_threads = 1;
  briefing_add(b, "one.txt",
               "The city council approved the new budget for public schools on Monday.\n\n"
               "The budget adds money for teachers and for new school buildings.\n");
  briefing_add(b, "two.txt",
               "Teachers welcomed the school budget approved by the city council.\n\n"
               "Parents said the new school buildings were needed for years.\n");
  briefing_add(b, "three.txt",
               "The council vote on the school budget was unanimous, officials said.\n");
  briefing_run(b, cfg);
}

static void
test_text_headline_from_sentence(void)
{
  g_auto(Briefing) b = {0};
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  const BriefSelection *h;
  guint n_cited = 0, i = 0;
  g_autofree guint *num = NULL;
  g_autoptr(GPtrArray) bullets = NULL;

  briefing_untitled(&b);
  g_assert_cmpint(b.summary->headline_selected, >=, 0);
  h = brief_summary_get_selected(b.summary, (guint)b.summary->headline_selected);
  g_assert_cmpstr(brief_summary_get_headline(b.summary), ==, h->text);
  num = expected_citations(b.summary, &n_cited);
  g_assert_cmpuint(num[h->article], ==, 1);

  out = brief_summary_to_string(b.summary, BRIEF_FORMAT_TEXT);
  g_test_message("%s", out);
  lines = split_lines(out);
  /* No date anywhere: the headline comes first, with its marker. */
  {
    g_autoptr(GString) head = g_string_new(NULL);
    g_autofree char *want = g_strdup_printf("%s [1]", h->text);
    for (; lines[i] != NULL && *lines[i] != '\0'; i++) {
      if (head->len > 0)
        g_string_append_c(head, ' ');
      g_string_append(head, lines[i]);
    }
    g_assert_cmpstr(head->str, ==, want);
  }
  g_assert_cmpstr(lines[i], ==, "");
  i++;
  /* The headline sentence is not repeated as a bullet. */
  bullets = collect_items(lines, &i, "- ", "  ");
  g_assert_cmpuint(bullets->len, ==, brief_summary_get_n_selected(b.summary) - 1);
  for (guint k = 0; k < bullets->len; k++)
    g_assert_false(g_str_has_prefix(g_ptr_array_index(bullets, k), h->text));
  g_assert_cmpstr(lines[i], ==, "");
  g_assert_cmpstr(lines[i + 1], ==, "Sources (3 of 3 articles):");
  {
    /* The headline's article is cited first. */
    g_autofree char *want =
        g_strdup_printf("[1] %s", brief_cluster_get_article(b.cluster, h->article)->name);
    g_assert_cmpstr(lines[i + 2], ==, want);
  }
}

/* ---- Markdown --------------------------------------------------------------------------- */

static void
test_markdown(void)
{
  static const char data[] =
      "Title: Talks on *Syria* resume_today [update]\n"
      "Source: Example_News\n"
      "Date: 2015-12-15\n"
      "URL: https://example.com/x\n"
      "\n"
      "The ministers said the [draft] plan for Syria was *almost* ready for the next talks.\n"
      "\n"
      "Officials in Moscow said the plan_b option for Syria was no longer on the table.\n"
      "\n"
      "The talks on Syria will resume in Geneva next week, the ministers said.\n";
  g_auto(Briefing) b = {0};
  g_autoptr(BriefConfig) cfg = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  guint n;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->budget_words = 1000;
  cfg->n_threads = 1;
  briefing_add(&b, "md.txt", data);
  briefing_run(&b, cfg);
  n = brief_summary_get_n_selected(b.summary);
  g_assert_cmpuint(n, ==, 3);

  out = brief_summary_to_string(b.summary, BRIEF_FORMAT_MARKDOWN);
  g_test_message("%s", out);
  lines = split_lines(out);
  g_assert_cmpstr(lines[0], ==, "# Talks on \\*Syria\\* resume\\_today \\[update\\]");
  g_assert_cmpstr(lines[1], ==, "");
  g_assert_cmpstr(lines[2], ==, "*Tuesday, 15 December 2015*");
  g_assert_cmpstr(lines[3], ==, "");
  g_assert_cmpstr(lines[4], ==,
                  "- The ministers said the \\[draft\\] plan for Syria was \\*almost\\* ready "
                  "for the next talks. [1]");
  g_assert_cmpstr(lines[5], ==,
                  "- Officials in Moscow said the plan\\_b option for Syria was no longer on "
                  "the table. [1]");
  g_assert_cmpstr(lines[6], ==,
                  "- The talks on Syria will resume in Geneva next week, the ministers said. [1]");
  g_assert_cmpstr(lines[7], ==, "");
  g_assert_cmpstr(lines[8], ==, "## Sources");
  g_assert_cmpstr(lines[9], ==, "");
  g_assert_cmpstr(lines[10], ==,
                  "1. **Example\\_News**, [Talks on \\*Syria\\* resume\\_today \\[update\\]]"
                  "(<https://example.com/x>), 15 December 2015");
  g_assert_cmpstr(lines[11], ==, "");
  g_assert_cmpstr(lines[12], ==, "1 of 1 article cited.");
  g_assert_null(lines[13]);
  /* Markdown lines are not wrapped. */
  g_assert_null(strstr(out, "\n  "));
}

/* ---- plain -------------------------------------------------------------------------------- */

static void
test_plain(void)
{
  g_auto(Briefing) b = {0};
  g_autofree char *out = NULL;
  g_autofree char *direct = NULL;
  g_auto(GStrv) lines = NULL;
  guint n;

  briefing_two_articles(&b, 1000, NULL);
  n = brief_summary_get_n_selected(b.summary);
  out = brief_summary_to_string(b.summary, BRIEF_FORMAT_PLAIN);
  direct = brief_render_summary_plain(b.summary);
  g_assert_cmpstr(out, ==, direct);
  lines = split_lines(out);
  g_assert_cmpuint(g_strv_length(lines), ==, n);
  for (guint k = 0; k < n; k++)
    g_assert_cmpstr(lines[k], ==, brief_summary_get_selected(b.summary, k)->text);
  /* Nothing else: no date, headline, markers or sources. */
  g_assert_null(strstr(out, "2015"));
  g_assert_null(strstr(out, "Sources"));
  g_assert_null(strstr(out, "[1]"));
  g_assert_null(strstr(out, "Kerry and Lavrov meet in Moscow over Syria"));
}

/* ---- JSON ------------------------------------------------------------------------------------ */

static JsonObject *
member_object(JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member(o, name);

  g_assert_nonnull(n);
  g_assert_true(JSON_NODE_HOLDS_OBJECT(n));
  return json_node_get_object(n);
}

static JsonArray *
member_array(JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member(o, name);

  g_assert_nonnull(n);
  g_assert_true(JSON_NODE_HOLDS_ARRAY(n));
  return json_node_get_array(n);
}

static void
assert_members(JsonObject *o, const char *const *names)
{
  for (const char *const *m = names; *m; m++) {
    g_test_message("member %s", *m);
    g_assert_true(json_object_has_member(o, *m));
  }
}

static const char *
string_or_null(JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member(o, name);

  g_assert_nonnull(n);
  if (JSON_NODE_HOLDS_NULL(n))
    return NULL;
  g_assert_cmpuint(json_node_get_value_type(n), ==, G_TYPE_STRING);
  return json_node_get_string(n);
}

static void
test_json(void)
{
  static const char *const top_members[] = {
      "brief_version", "date",    "headline", "articles", "sentences",
      "candidates",    "summary", "sources",  "options",  NULL,
  };
  static const char *const item_members[] = {
      "text",     "article", "date",  "sentence", "start",    "end",      "file_start",
      "file_end", "words",   "score", "rank",     "selected", "headline", NULL,
  };
  static const char *const source_members[] = {
      "article", "name", "id", "title", "source", "url", "date", NULL,
  };
  static const char *const option_members[] = {
      "language", "stopwords", "date",      "words",          "sentences",
      "bytes",    "fill",      "min_words", "max_words",      "lambda",
      "damping",  "threshold", "tolerance", "max_iterations", NULL,
  };
  g_auto(Briefing) b = {0};
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new();
  g_autoptr(GError) error = NULL;
  g_autofree gboolean *seen_order = NULL;
  JsonObject *root, *options;
  JsonArray *summary, *sources;
  guint n;

  briefing_two_articles(&b, 1000, NULL);
  n = brief_summary_get_n_selected(b.summary);
  out = brief_summary_to_string(b.summary, BRIEF_FORMAT_JSON);
  g_assert_true(g_str_has_suffix(out, "}\n"));
  g_assert_true(json_parser_load_from_data(parser, out, -1, &error));
  g_assert_no_error(error);
  g_assert_true(JSON_NODE_HOLDS_OBJECT(json_parser_get_root(parser)));
  root = json_node_get_object(json_parser_get_root(parser));
  assert_members(root, top_members);

  g_assert_cmpstr(string_or_null(root, "brief_version"), ==, brief_version());
  g_assert_cmpstr(string_or_null(root, "date"), ==, "2015-12-15");
  g_assert_cmpstr(string_or_null(root, "headline"), ==, brief_summary_get_headline(b.summary));
  g_assert_cmpint(json_object_get_int_member(root, "articles"), ==, 2);
  g_assert_cmpint(json_object_get_int_member(root, "sentences"), ==,
                  brief_summary_get_n_sentences(b.summary));
  g_assert_cmpint(json_object_get_int_member(root, "candidates"), ==,
                  brief_summary_get_n_candidates(b.summary));

  summary = member_array(root, "summary");
  g_assert_cmpuint(json_array_get_length(summary), ==, n);
  seen_order = g_new0(gboolean, n + 1);
  for (guint k = 0; k < n; k++) {
    JsonObject *item = json_array_get_object_element(summary, k);
    const BriefSelection *x = brief_summary_get_selected(b.summary, k);
    const BriefArticle *a;
    const char *text;
    gint64 start, end, fstart, fend, order;
    double score;

    assert_members(item, item_members);
    text = string_or_null(item, "text");
    g_assert_cmpstr(text, ==, x->text);
    g_assert_cmpint(json_object_get_int_member(item, "article"), ==, x->article);
    /* Every sentence carries its article's date (b: 14 December). */
    g_assert_cmpstr(string_or_null(item, "date"), ==,
                    x->article == 1 ? "2015-12-14" : "2015-12-15");
    g_assert_cmpint(json_object_get_int_member(item, "sentence"), ==, x->index);
    g_assert_cmpint(json_object_get_int_member(item, "words"), ==, x->words);
    g_assert_cmpint(json_object_get_int_member(item, "rank"), ==, x->rank);
    g_assert_false(json_object_get_boolean_member(item, "headline"));

    /* Offsets point at the sentence: the slice of the body, white space
     * collapsed, is the text; so is the slice of the file. */
    a = brief_cluster_get_article(b.cluster, x->article);
    start = json_object_get_int_member(item, "start");
    end = json_object_get_int_member(item, "end");
    g_assert_cmpint(start, >=, 0);
    g_assert_cmpint(start, <, end);
    g_assert_cmpint(end, <=, (gint64)a->text_len);
    {
      g_autofree char *slice = brief_collapse_space(a->text + start, (gsize)(end - start));
      g_assert_cmpstr(slice, ==, text);
    }
    fstart = json_object_get_int_member(item, "file_start");
    fend = json_object_get_int_member(item, "file_end");
    g_assert_cmpint(fstart, ==, start + (gint64)a->text_offset);
    g_assert_cmpint(fend - fstart, ==, end - start);
    {
      const char *file = article_data[x->article];
      g_autofree char *slice = NULL;
      g_assert_cmpint(fend, <=, (gint64)strlen(file));
      slice = brief_collapse_space(file + fstart, (gsize)(fend - fstart));
      g_assert_cmpstr(slice, ==, text);
    }

    score = json_object_get_double_member(item, "score");
    g_assert_cmpfloat(score, >=, 0.0);
    g_assert_cmpfloat(score, <=, 1.0);
    g_assert_cmpfloat_with_epsilon(score, x->score, 1e-6);
    order = json_object_get_int_member(item, "selected");
    g_assert_cmpint(order, >=, 1);
    g_assert_cmpint(order, <=, n);
    g_assert_false(seen_order[order]);
    seen_order[order] = TRUE;
  }

  sources = member_array(root, "sources");
  g_assert_cmpuint(json_array_get_length(sources), ==, 2);
  {
    JsonObject *s0 = json_array_get_object_element(sources, 0);
    JsonObject *s1 = json_array_get_object_element(sources, 1);
    assert_members(s0, source_members);
    assert_members(s1, source_members);
    g_assert_cmpint(json_object_get_int_member(s0, "article"), ==, 0);
    g_assert_cmpstr(string_or_null(s0, "name"), ==, "news/a.txt");
    g_assert_null(string_or_null(s0, "id"));
    g_assert_cmpstr(string_or_null(s0, "title"), ==, "Kerry and Lavrov meet in Moscow over Syria");
    g_assert_cmpstr(string_or_null(s0, "source"), ==, "Example News");
    g_assert_cmpstr(string_or_null(s0, "url"), ==, "https://example.com/news/kerry-lavrov");
    g_assert_cmpstr(string_or_null(s0, "date"), ==, "2015-12-15");
    g_assert_cmpint(json_object_get_int_member(s1, "article"), ==, 1);
    g_assert_cmpstr(string_or_null(s1, "name"), ==, "news/b.txt");
    g_assert_null(string_or_null(s1, "title"));
    g_assert_null(string_or_null(s1, "source"));
    g_assert_null(string_or_null(s1, "url"));
    g_assert_cmpstr(string_or_null(s1, "date"), ==, "2015-12-14");
  }

  options = member_object(root, "options");
  assert_members(options, option_members);
  g_assert_cmpstr(string_or_null(options, "language"), ==, "english");
  g_assert_null(string_or_null(options, "stopwords"));
  g_assert_null(string_or_null(options, "date"));
  g_assert_cmpint(json_object_get_int_member(options, "words"), ==, 1000);
  g_assert_cmpint(json_object_get_int_member(options, "sentences"), ==, 0);
  g_assert_false(json_object_get_boolean_member(options, "fill"));
  {
    /* The options echo the configuration as run (the defaults here). */
    g_autoptr(BriefConfig) def = NULL;
    g_clear_pointer(&def, brief_config_free);
    def = brief_config_new();
    g_assert_cmpfloat_with_epsilon(json_object_get_double_member(options, "lambda"), def->lambda,
                                   1e-6);
    g_assert_cmpfloat_with_epsilon(json_object_get_double_member(options, "damping"), def->damping,
                                   1e-6);
    g_assert_cmpfloat_with_epsilon(json_object_get_double_member(options, "threshold"),
                                   def->threshold, 1e-6);
    g_assert_cmpfloat_with_epsilon(json_object_get_double_member(options, "tolerance"),
                                   def->tolerance, def->tolerance * 1e-5);
    g_assert_cmpint(json_object_get_int_member(options, "max_iterations"), ==, def->max_iterations);
    g_assert_cmpint(json_object_get_int_member(options, "min_words"), ==, def->min_words);
    g_assert_cmpint(json_object_get_int_member(options, "max_words"), ==, def->max_words);
  }
}

static void
test_json_headline_and_no_date(void)
{
  g_auto(Briefing) b = {0};
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *summary;
  guint n_headline = 0;

  briefing_untitled(&b);
  out = brief_render_summary_json(b.summary);
  g_assert_true(json_parser_load_from_data(parser, out, -1, &error));
  g_assert_no_error(error);
  root = json_node_get_object(json_parser_get_root(parser));
  g_assert_null(string_or_null(root, "date"));
  summary = member_array(root, "summary");
  for (guint k = 0; k < json_array_get_length(summary); k++) {
    JsonObject *item = json_array_get_object_element(summary, k);
    if (json_object_get_boolean_member(item, "headline")) {
      n_headline++;
      g_assert_cmpint(k, ==, b.summary->headline_selected);
      g_assert_cmpstr(string_or_null(item, "text"), ==, string_or_null(root, "headline"));
    }
  }
  g_assert_cmpuint(n_headline, ==, 1);
  {
    JsonObject *s0 = json_array_get_object_element(member_array(root, "sources"), 0);
    g_assert_null(string_or_null(s0, "date"));
  }
}

static void
test_json_escaping(void)
{
  /* Quotes, backslashes, control characters and non-ASCII survive a round
   * trip through the JSON writer. */
  static const char data[] =
      "{\"title\": \"Say \\\"no\\\" \\\\ tab\\there \\u00e9\\u2014\\ud83d\\ude00\", "
      "\"id\": \"x\\u0001y\", "
      "\"text\": \"The \\\"quoted\\\" minister said the C:\\\\path talks would resume on "
      "Tuesday.\"}\n";
  g_auto(Briefing) b = {0};
  g_autoptr(BriefConfig) cfg = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *s0, *item;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->n_threads = 1;
  briefing_add(&b, "esc.jsonl", data);
  briefing_run(&b, cfg);
  out = brief_render_summary_json(b.summary);
  g_assert_true(json_parser_load_from_data(parser, out, -1, &error));
  g_assert_no_error(error);
  root = json_node_get_object(json_parser_get_root(parser));
  s0 = json_array_get_object_element(member_array(root, "sources"), 0);
  g_assert_cmpstr(string_or_null(s0, "title"), ==, brief_cluster_get_article(b.cluster, 0)->title);
  /* Control characters never reach the output. */
  g_assert_cmpstr(string_or_null(s0, "id"), ==, "xy");
  g_assert_cmpstr(string_or_null(s0, "name"), ==, "esc.jsonl:1");
  item = json_array_get_object_element(member_array(root, "summary"), 0);
  g_assert_cmpstr(string_or_null(item, "text"), ==,
                  "The \"quoted\" minister said the C:\\path talks would resume on Tuesday.");
  /* A JSON Lines text was unescaped: it has no file offsets. */
  g_assert_true(json_node_is_null(json_object_get_member(item, "file_start")));
  g_assert_true(json_node_is_null(json_object_get_member(item, "file_end")));
}

static void
test_json_offsets_bom_crlf(void)
{
  /* File offsets count the byte order mark and the CRLF header. */
  static const char data[] =
      "\xEF\xBB\xBFTitle: Windows file\r\nDate: 2015-12-15\r\n\r\n"
      "The council approved the  new school budget on Monday evening.\r\n\r\n"
      "Teachers said the school budget was\r\nlong overdue for the city.\r\n";
  g_auto(Briefing) b = {0};
  g_autoptr(BriefConfig) cfg = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new();
  g_autoptr(GError) error = NULL;
  JsonArray *summary;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->budget_words = 1000;
  cfg->n_threads = 1;
  briefing_add(&b, "win.txt", data);
  briefing_run(&b, cfg);
  g_assert_cmpuint(brief_cluster_get_article(b.cluster, 0)->text_offset, ==,
                   (gsize)(strstr(data, "The council") - data));
  out = brief_render_summary_json(b.summary);
  g_assert_true(json_parser_load_from_data(parser, out, -1, &error));
  g_assert_no_error(error);
  summary = member_array(json_node_get_object(json_parser_get_root(parser)), "summary");
  g_assert_cmpuint(json_array_get_length(summary), ==, 2);
  for (guint k = 0; k < 2; k++) {
    JsonObject *item = json_array_get_object_element(summary, k);
    gint64 fs = json_object_get_int_member(item, "file_start");
    gint64 fe = json_object_get_int_member(item, "file_end");
    g_autofree char *slice = brief_collapse_space(data + fs, (gsize)(fe - fs));
    g_assert_cmpstr(slice, ==, string_or_null(item, "text"));
  }
  g_assert_cmpstr(string_or_null(json_array_get_object_element(summary, 1), "text"), ==,
                  "Teachers said the school budget was long overdue for the city.");
}

static void
test_formats_agree(void)
{
  g_auto(Briefing) b = {0};
  g_autofree char *t1 = NULL, *t2 = NULL, *m1 = NULL, *m2 = NULL, *j1 = NULL, *j2 = NULL;

  briefing_two_articles(&b, 60, NULL);
  t1 = brief_summary_to_string(b.summary, BRIEF_FORMAT_TEXT);
  t2 = brief_render_summary_text(b.summary, FALSE);
  m1 = brief_summary_to_string(b.summary, BRIEF_FORMAT_MARKDOWN);
  m2 = brief_render_summary_text(b.summary, TRUE);
  j1 = brief_summary_to_string(b.summary, BRIEF_FORMAT_JSON);
  j2 = brief_render_summary_json(b.summary);
  g_assert_cmpstr(t1, ==, t2);
  g_assert_cmpstr(m1, ==, m2);
  g_assert_cmpstr(j1, ==, j2);
  g_assert_cmpstr(t1, !=, m1);
  /* Every rendering ends in a newline. */
  g_assert_true(g_str_has_suffix(t1, "\n"));
  g_assert_true(g_str_has_suffix(m1, "\n"));
  g_assert_true(g_str_has_suffix(j1, "\n"));
}

/* ---- escaping ---------------------------------------------------------------- */

static void
test_escape_functions(void)
{
  /* One function per output kind; control characters (ESC, BEL, C1 CSI,
   * U+2028) never pass, line breaks and tabs become spaces, a byte that
   * is no UTF-8 becomes U+FFFD. */
  static const char raw[] = "a\x1B[0m\tb\nc\xC2\x9B\xE2\x80\xA8"
                            "d\x07\x7F\xFF";
  GString *html = g_string_new(NULL), *url = g_string_new(NULL);
  g_autofree char *text = brief_text_escape(raw);
  g_autofree char *md = brief_md_escape("#a\x1B*b\n[c]");
  g_autofree char *html_out = NULL, *url_out = NULL;

  g_assert_cmpstr(text, ==, "a[0m b c d\xEF\xBF\xBD");
  g_assert_cmpstr(md, ==, "\\#a\\*b \\[c\\]");
  brief_html_append(html, "<a\x07 href=\"x\">\x1B]8;;y\x07");
  html_out = g_string_free(html, FALSE);
  g_assert_cmpstr(html_out, ==, "&lt;a href=&quot;x&quot;&gt;]8;;y");
  brief_md_url_append(url, "https://x.org/a b\xC2\x9B\x1B\xE2\x80\xA9>\xC3\xA9");
  url_out = g_string_free(url, FALSE);
  g_assert_cmpstr(url_out, ==, "<https://x.org/a%20b%C2%9B%1B%E2%80%A9%3E\xC3\xA9>");
}

/* No control character but the line feed, and no C1 control. */
static void
assert_clean(const char *out, gboolean newlines)
{
  for (const guchar *p = (const guchar *)out; *p; p++) {
    if ((*p < 0x20 && !(newlines && *p == '\n')) || *p == 0x7F)
      g_error("control character 0x%02X at byte %u of:\n%s", *p, (guint)(p - (const guchar *)out),
              out);
    if (*p == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0)
      g_error("C1 control at byte %u", (guint)(p - (const guchar *)out));
  }
}

static void
test_control_characters_in_names(void)
{
  /* A file name with an escape sequence, BEL, a tab and a line break, and
   * an outlet with a C1 control, in every rendering. */
  static const char name[] = "news/\x1B[31mred\x07\tname\n.txt";
  static const char data[] =
      "{\"source\": \"Wire\\u009b2J\", \"url\": \"https://x.org/\\u001b\", "
      "\"text\": \"The council approved the new school budget on Monday evening after a long "
      "debate.\"}\n";
  g_auto(Briefing) b = {0};
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autofree char *text = NULL, *md = NULL, *html = NULL, *plain = NULL, *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  cfg->n_threads = 1;
  briefing_add(&b, "news/a.txt", article_a);
  briefing_add(&b, name, article_b);
  briefing_add(&b, "feed.jsonl", data);
  cfg->budget_words = 400;
  briefing_run(&b, cfg);
  text = brief_render_summary_text(b.summary, FALSE);
  md = brief_render_summary_text(b.summary, TRUE);
  html = brief_render_summary_html(b.summary);
  plain = brief_render_summary_plain(b.summary);
  json = brief_render_summary_json(b.summary);
  assert_clean(text, TRUE);
  assert_clean(md, TRUE);
  assert_clean(html, TRUE);
  assert_clean(plain, TRUE);
  assert_clean(json, TRUE);
  /* The name is shown where there is no title, without its controls. */
  g_assert_nonnull(strstr(text, "] [31mred name .txt, 14 December 2015\n"));
  g_assert_nonnull(strstr(md, "**\\[31mred name .txt**"));
  g_assert_nonnull(strstr(html, ", news/[31mred name .txt, "));
  /* JSON keeps the name as it was, escaped. */
  g_assert_true(json_parser_load_from_data(parser, json, -1, &error));
  g_assert_no_error(error);
  root = json_node_get_object(json_parser_get_root(parser));
  g_assert_cmpstr(
      string_or_null(json_array_get_object_element(member_array(root, "sources"), 0), "name"), ==,
      "news/a.txt");
  g_assert_nonnull(strstr(json, "\\u001b[31mred\\u0007\\tname\\n.txt"));
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);

  g_test_add_func("/render/long-date", test_long_date);
  g_test_add_func("/render/wrap/basic", test_wrap);
  g_test_add_func("/render/wrap/glue", test_wrap_glue);
  g_test_add_func("/render/sentence-date", test_sentence_date_label);
  g_test_add_func("/render/dates-in-formats", test_dates_in_formats);
  g_test_add_func("/render/wrap/long-words", test_wrap_long_words);
  g_test_add_func("/render/wrap/indent", test_wrap_indent);
  g_test_add_func("/render/wrap/utf8-spaces", test_wrap_utf8_and_spaces);
  g_test_add_func("/render/text/full", test_text);
  g_test_add_func("/render/text/budget-date", test_text_budget_and_date_option);
  g_test_add_func("/render/text/headline-sentence", test_text_headline_from_sentence);
  g_test_add_func("/render/markdown", test_markdown);
  g_test_add_func("/render/plain", test_plain);
  g_test_add_func("/render/json/full", test_json);
  g_test_add_func("/render/json/headline-no-date", test_json_headline_and_no_date);
  g_test_add_func("/render/json/escaping", test_json_escaping);
  g_test_add_func("/render/json/offsets-bom-crlf", test_json_offsets_bom_crlf);
  g_test_add_func("/render/formats-agree", test_formats_agree);
  g_test_add_func("/render/escape/functions", test_escape_functions);
  g_test_add_func("/render/escape/names", test_control_characters_in_names);

  return g_test_run();
}
