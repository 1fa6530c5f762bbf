/* SPDX-License-Identifier: BSD-3-Clause */
/* Daily briefings: grouping, ranking, limits, formats, threads, progress. */
#include "brief-private.h"
#include "config-private.h"
#include "daily-private.h"

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <string.h>

static BriefCluster *
load(const char *relative)
{
  g_autofree char *path = g_test_build_filename(G_TEST_DIST, "data", "daily", relative, NULL);
  g_autoptr(GError) error = NULL;
  BriefCluster *c = brief_cluster_new();

  g_assert_true(brief_cluster_add_tree(c, path, BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  return c;
}

static BriefDaily *
run(const BriefCluster *day, const BriefConfig *cfg)
{
  g_autoptr(GError) error = NULL;
  BriefDaily *d = brief_daily_new(day, cfg, NULL, NULL, &error);

  g_assert_no_error(error);
  g_assert_nonnull(d);
  return d;
}

static void
test_ranking_and_groups(void)
{
  g_autoptr(BriefCluster) day = load("day.jsonl");
  g_autoptr(BriefDaily) d = NULL;
  g_autoptr(BriefConfig) cfg = NULL;
  const guint *idx;
  guint n;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  d = run(day, cfg);
  g_assert_cmpuint(brief_daily_get_n_found(d), ==, 3);
  g_assert_cmpuint(brief_daily_get_n_stories(d), ==, 3);
  /* The strike: 3 articles from 2 outlets ("Coast Herald" twice, in two
   * spellings); the storm: 2 articles, 2 outlets (one from its URL); the
   * library: 1.  Most outlets first, then most articles. */
  idx = brief_daily_get_story_articles(d, 0, &n);
  g_assert_cmpuint(n, ==, 3);
  g_assert_cmpuint(idx[0], ==, 0);
  idx = brief_daily_get_story_articles(d, 1, &n);
  g_assert_cmpuint(n, ==, 2);
  g_assert_cmpuint(idx[0], ==, 3);
  g_assert_cmpuint(idx[1], ==, 4);
  idx = brief_daily_get_story_articles(d, 2, &n);
  g_assert_cmpuint(n, ==, 1);
  g_assert_cmpuint(idx[0], ==, 5);
  {
    int y, m, dd;
    g_assert_true(brief_daily_get_date(d, &y, &m, &dd));
    g_assert_cmpint(y, ==, 2024);
    g_assert_cmpint(m, ==, 5);
    g_assert_cmpint(dd, ==, 8);
  }
  /* Each story is a summary of its own articles. */
  for (guint i = 0; i < 3; i++) {
    const BriefSummary *s = brief_daily_get_story(d, i);
    brief_daily_get_story_articles(d, i, &n);
    g_assert_cmpuint(brief_cluster_get_n_articles(brief_summary_get_cluster(s)), ==, n);
    g_assert_cmpuint(brief_summary_get_n_selected(s), >=, 1);
  }
}

static void
test_tree_labels(void)
{
  g_autoptr(BriefCluster) day = load("tree");
  g_autoptr(BriefDaily) d = NULL;
  g_autoptr(BriefConfig) cfg = NULL;
  guint n_harbour = 0;

  g_assert_cmpuint(brief_cluster_get_n_articles(day), ==, 4);
  g_assert_null(brief_cluster_get_article(day, 0)->cluster); /* loose.txt */
  /* Labels are the folders' paths. */
  g_assert_true(g_str_has_suffix(brief_cluster_get_article(day, 1)->cluster, "/tree/harbour"));
  g_assert_true(g_str_has_suffix(brief_cluster_get_article(day, 3)->cluster, "/tree/storm"));
  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  d = run(day, cfg);
  g_assert_cmpuint(brief_daily_get_n_stories(d), ==, 3);
  brief_daily_get_story_articles(d, 0, &n_harbour);
  g_assert_cmpuint(n_harbour, ==, 2);
  {
    /* The headline is one of the story's titles. */
    const char *h = brief_summary_get_headline(brief_daily_get_story(d, 0));
    g_assert_true(strcmp(h, "Dock workers strike at the northern harbour") == 0 ||
                  strcmp(h, "Grain exports stall as harbour strike enters second day") == 0);
  }
}

static void
test_limits(void)
{
  g_autoptr(BriefCluster) day = load("day.jsonl");
  g_autoptr(BriefConfig) cfg = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->max_stories = 1;
  {
    g_autoptr(BriefDaily) d = run(day, cfg);
    g_autofree char *text = brief_daily_to_string(d, BRIEF_FORMAT_TEXT);
    g_assert_cmpuint(brief_daily_get_n_stories(d), ==, 1);
    g_assert_nonnull(strstr(text, "6 articles from 5 sources, 1 of 3 stories."));
  }
  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->min_articles = 2;
  {
    g_autoptr(BriefDaily) d = run(day, cfg);
    g_assert_cmpuint(brief_daily_get_n_stories(d), ==, 2);
  }
  cfg->min_articles = 4;
  g_assert_null(brief_daily_new(day, cfg, NULL, NULL, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY);
  g_clear_error(&error);

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  g_assert_true(brief_config_set(cfg, "idf-documents", "articles", NULL));
  g_assert_null(brief_daily_new(day, cfg, NULL, NULL, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->min_words = 20;
  cfg->max_words = 10;
  g_assert_null(brief_daily_new(day, cfg, NULL, NULL, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  {
    g_autoptr(BriefCluster) empty = brief_cluster_new();
    g_clear_pointer(&cfg, brief_config_free);
    cfg = brief_config_new();
    g_assert_null(brief_daily_new(empty, cfg, NULL, NULL, &error));
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY);
  }
}

typedef struct {
  guint calls, last_done, total;
  gboolean ordered;
} Seen;

static void
on_progress(guint done, guint total, gpointer data)
{
  Seen *s = data;

  s->calls++;
  if (done != s->last_done + 1)
    s->ordered = FALSE;
  s->last_done = done;
  s->total = total;
}

static void
test_progress_and_threads(void)
{
  g_autoptr(BriefCluster) day = load("day.jsonl");
  g_autofree char *first = NULL;
  g_autoptr(BriefConfig) cfg = NULL;

  for (guint threads = 1; threads <= 3; threads++) {
    g_autoptr(BriefDaily) d = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *json = NULL;
    Seen seen = {0, 0, 0, TRUE};
    g_clear_pointer(&cfg, brief_config_free);
    cfg = brief_config_new();
    cfg->n_threads = threads;
    d = brief_daily_new(day, cfg, on_progress, &seen, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(seen.calls, ==, 3);
    g_assert_cmpuint(seen.total, ==, 3);
    g_assert_true(seen.ordered);
    json = brief_daily_to_string(d, BRIEF_FORMAT_JSON);
    if (first == NULL)
      first = g_steal_pointer(&json);
    else
      g_assert_cmpstr(json, ==, first);
  }
}

static void
test_formats(void)
{
  g_autoptr(BriefCluster) day = load("day.jsonl");
  g_autoptr(BriefDaily) d = NULL;
  g_autofree char *text = NULL, *md = NULL, *json = NULL, *html = NULL, *plain = NULL;
  g_autoptr(BriefConfig) cfg = NULL;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  d = run(day, cfg);
  text = brief_daily_to_string(d, BRIEF_FORMAT_TEXT);
  md = brief_daily_to_string(d, BRIEF_FORMAT_MARKDOWN);
  json = brief_daily_to_string(d, BRIEF_FORMAT_JSON);
  html = brief_daily_to_string(d, BRIEF_FORMAT_HTML);
  plain = brief_daily_to_string(d, BRIEF_FORMAT_PLAIN);

  /* Text: title with the date, wrapped at 78 columns, footer. */
  g_assert_true(g_str_has_prefix(text, "Daily briefing: Wednesday, 8 May 2024\n====="));
  {
    g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
    for (char **l = lines; *l; l++)
      if (!g_str_has_prefix(*l, "   http"))
        g_assert_cmpint(g_utf8_strlen(*l, -1), <=, 78);
  }
  g_assert_nonnull(strstr(text, "2 sources, 3 articles: Coast Herald, Farm Wire"));
  g_assert_nonnull(strstr(text, "2 sources: valley.example.net, Valley Times"));
  g_assert_null(strstr(text, "javascript:"));
  g_assert_true(g_str_has_suffix(text, "6 articles from 5 sources, 3 stories.\n"));

  /* Markdown: headings, escaped text, links to web addresses only. */
  g_assert_true(g_str_has_prefix(md, "# Daily briefing: Wednesday, 8 May 2024\n"));
  g_assert_nonnull(strstr(md, "## 1. "));
  g_assert_nonnull(strstr(md, "\\<with\\> a view & more"));
  g_assert_nonnull(strstr(md, "[Coast Herald](<https://news.example.org/harbour-strike>)"));
  g_assert_null(strstr(md, "javascript:"));

  /* HTML: one self-contained document, escaped, no scripts, nothing
   * loaded from elsewhere. */
  g_assert_true(g_str_has_prefix(html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_true(g_str_has_suffix(html, "</html>\n"));
  g_assert_nonnull(strstr(html, "<title>Daily briefing: Wednesday, 8 May 2024</title>"));
  g_assert_nonnull(strstr(html, "&lt;with&gt; a view &amp; more"));
  g_assert_null(strstr(html, "<script"));
  g_assert_null(strstr(html, "<style"));
  g_assert_null(strstr(html, "<img"));
  g_assert_null(strstr(html, "<link"));
  g_assert_null(strstr(html, "src="));
  g_assert_null(strstr(html, "javascript:"));
  g_assert_nonnull(strstr(html, "<a href=\"https://news.example.org/harbour-strike\""));

  /* Plain: the stories' sentences, a blank line between stories. */
  g_assert_nonnull(strstr(plain, "\n\n"));
  g_assert_null(strstr(plain, "Daily briefing"));

  /* JSON parses and holds every story. */
  {
    g_autoptr(JsonParser) p = json_parser_new();
    g_autoptr(GError) error = NULL;
    JsonObject *root;
    JsonArray *stories;
    g_assert_true(json_parser_load_from_data(p, json, -1, &error));
    g_assert_no_error(error);
    root = json_node_get_object(json_parser_get_root(p));
    g_assert_cmpstr(json_object_get_string_member(root, "date"), ==, "2024-05-08");
    g_assert_cmpint(json_object_get_int_member(root, "articles"), ==, 6);
    g_assert_cmpint(json_object_get_int_member(root, "sources"), ==, 5);
    stories = json_object_get_array_member(root, "stories");
    g_assert_cmpuint(json_array_get_length(stories), ==, 3);
    for (guint i = 0; i < 3; i++) {
      JsonObject *s = json_array_get_object_element(stories, i);
      JsonArray *sum = json_object_get_array_member(s, "summary");
      g_assert_cmpint(json_object_get_int_member(s, "rank"), ==, i + 1);
      g_assert_cmpuint(json_array_get_length(sum), >=, 1);
      /* Sentence offsets point into the day's article. */
      for (guint k = 0; k < json_array_get_length(sum); k++) {
        JsonObject *x = json_array_get_object_element(sum, k);
        const BriefArticle *a =
            brief_cluster_get_article(day, (guint)json_object_get_int_member(x, "article"));
        gint64 st = json_object_get_int_member(x, "start"),
               en = json_object_get_int_member(x, "end");
        g_autofree char *slice = brief_collapse_space(a->text + st, (gsize)(en - st));
        g_assert_cmpstr(slice, ==, json_object_get_string_member(x, "text"));
      }
    }
  }
}

static void
test_caption_story_left_out(void)
{
  /* One story of captions only: left out with a warning, the day goes on. */
  g_autoptr(BriefCluster) day = load("day.jsonl");
  g_autoptr(BriefDaily) d = NULL;
  g_autoptr(GError) error = NULL;
  const char *gallery = "{\"cluster\": \"gallery\", \"title\": \"Gallery\", "
                        "\"text\": \"Pictured: the harbour at dawn. Photo: REUTERS/John Smith\"}\n";
  g_autoptr(BriefConfig) cfg = NULL;

  g_assert_true(brief_cluster_add_data(day, "gallery.jsonl", gallery, strlen(gallery),
                                       BRIEF_INPUT_JSONL, NULL));
  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING,
                        "gallery.jsonl:1: no sentences to summarize*story left out");
  d = brief_daily_new(day, cfg, NULL, NULL, &error);
  g_test_assert_expected_messages();
  g_assert_no_error(error);
  g_assert_cmpuint(brief_daily_get_n_stories(d), ==, 3);
  g_assert_cmpuint(brief_daily_get_n_found(d), ==, 3);
}

static void
test_empty_story_folder(void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp("brief-daily-XXXXXX", &error);
  g_autofree char *empty = g_build_filename(dir, "empty", NULL);
  g_autofree char *story = g_build_filename(dir, "story", NULL);
  g_autofree char *file = g_build_filename(story, "a.txt", NULL);
  g_autoptr(BriefCluster) day = brief_cluster_new();

  g_assert_no_error(error);
  g_assert_cmpint(g_mkdir(empty, 0755), ==, 0);
  g_assert_cmpint(g_mkdir(story, 0755), ==, 0);
  g_assert_true(g_file_set_contents(
      file, "The harbour strike ended on Wednesday after a deal on pay.\n", -1, NULL));
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING,
                        "*empty: no article files in directory; skipped");
  g_assert_true(brief_cluster_add_tree(day, dir, BRIEF_INPUT_AUTO, &error));
  g_test_assert_expected_messages();
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(day), ==, 1);
  /* Nothing at all to read is still an error. */
  {
    g_autoptr(BriefCluster) none = brief_cluster_new();
    g_assert_false(brief_cluster_add_tree(none, empty, BRIEF_INPUT_AUTO, &error));
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY);
    g_clear_error(&error);
  }
  g_unlink(file);
  g_rmdir(story);
  g_rmdir(empty);
  g_rmdir(dir);
}

static void
test_outlets(void)
{
  BriefArticle a = {0};

  a.url = "https://www.example.com/path?q=1";
  {
    g_autofree char *o = brief_article_dup_outlet(&a);
    g_assert_cmpstr(o, ==, "example.com");
  }
  a.url = "http://news.example.org:8080/";
  {
    g_autofree char *o = brief_article_dup_outlet(&a);
    g_assert_cmpstr(o, ==, "news.example.org");
  }
  a.url = "not a url";
  g_assert_null(brief_article_dup_outlet(&a));
  a.source = "Wire";
  {
    g_autofree char *o = brief_article_dup_outlet(&a);
    g_assert_cmpstr(o, ==, "Wire");
  }
  g_assert_true(brief_is_web_url("HTTPS://x.org"));
  g_assert_false(brief_is_web_url("javascript:alert(1)"));
  g_assert_false(brief_is_web_url("ftp://x.org"));
  g_assert_false(brief_is_web_url(NULL));
}

/* What every format shows, worked out once by the daily module. */
static void
test_facts(void)
{
  g_autoptr(BriefCluster) day = load("day.jsonl");
  g_autoptr(BriefDaily) d = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autofree char *title = NULL, *footer = NULL, *count = NULL;
  const BriefStory *st;
  const BriefSource *src;
  g_autoptr(BriefConfig) cfg = NULL;
  BriefStory fake = {0};

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  d = run(day, cfg);
  title = brief_daily_dup_title(d);
  g_assert_cmpstr(title, ==, "Daily briefing: Wednesday, 8 May 2024");
  footer = brief_daily_dup_footer(d);
  g_assert_cmpstr(footer, ==, "6 articles from 5 sources, 3 stories.");
  /* The strike: "Coast Herald" and "coast herald" are one outlet; the
   * second's "javascript:" address is no link, the third has none. */
  st = g_ptr_array_index(d->stories, 0);
  count = brief_story_count_to_string(st);
  g_assert_cmpstr(count, ==, "2 sources, 3 articles");
  sources = brief_story_dup_sources(d, st);
  g_assert_cmpuint(sources->len, ==, 2);
  src = g_ptr_array_index(sources, 0);
  g_assert_cmpstr(src->name, ==, "Coast Herald");
  g_assert_cmpstr(src->url, ==, "https://news.example.org/harbour-strike");
  src = g_ptr_array_index(sources, 1);
  g_assert_cmpstr(src->name, ==, "Farm Wire");
  g_assert_null(src->url);

  fake.n_indices = 1;
  g_clear_pointer(&count, g_free);
  count = brief_story_count_to_string(&fake);
  g_assert_cmpstr(count, ==, "1 article");
  fake.n_outlets = 1;
  g_clear_pointer(&count, g_free);
  count = brief_story_count_to_string(&fake);
  g_assert_cmpstr(count, ==, "1 source");
}

static void
record_item(guint worker, guint item, gpointer data)
{
  guint *seen = data;

  /* A second call for an item would show as a larger number.  Items are
   * each written by one worker only, so this needs no lock. */
  seen[item] = seen[item] * 100 + worker + 1;
}

static void
test_parallel_for(void)
{
  for (guint threads = 1; threads <= 5; threads++) {
    guint seen[7] = {0};
    guint n_workers = MIN(threads, G_N_ELEMENTS(seen));

    brief_parallel_for(G_N_ELEMENTS(seen), threads, record_item, seen);
    for (guint i = 0; i < G_N_ELEMENTS(seen); i++)
      g_assert_cmpuint(seen[i], ==, i % n_workers + 1);
  }
  /* Nothing to do: nothing called, nothing started. */
  brief_parallel_for(0, 4, record_item, NULL);
  g_assert_cmpuint(brief_threads_resolve(3), ==, 3);
  g_assert_cmpuint(brief_threads_resolve(0), >=, 1);
  g_assert_cmpuint(brief_threads_resolve(0), <=, 8);
}

/* A team runs round after round on the same threads, each round's items
 * dealt as brief_parallel_for() deals them, each done once, and the round
 * whole when brief_team_run() returns. */
static void
test_team(void)
{
  for (guint threads = 1; threads <= 4; threads++) {
    BriefTeam *team = brief_team_new(threads);
    for (guint round = 0; round < 200; round++) {
      guint seen[9] = {0};
      guint n_items = round % G_N_ELEMENTS(seen); /* 0 to 8: fewer items than workers too */
      brief_team_run(team, n_items, record_item, seen);
      for (guint i = 0; i < G_N_ELEMENTS(seen); i++)
        g_assert_cmpuint(seen[i], ==, i < n_items ? i % threads + 1 : 0);
    }
    brief_team_free(team);
  }
  brief_team_free(NULL);
}

/* ---- dates ------------------------------------------------------------------ */

static void
assert_left_out(const BriefDaily *d, const guint *want, guint n_want)
{
  guint n = 0;
  const guint *got = brief_daily_get_left_out(d, &n);

  g_assert_cmpuint(n, ==, n_want);
  for (guint k = 0; k < n; k++)
    g_assert_cmpuint(got[k], ==, want[k]);
}

static void
assert_since(const BriefDaily *d, int y, int m, int dd)
{
  int gy = -1, gm = -1, gd = -1;

  g_assert_cmpint(brief_daily_get_since(d, &gy, &gm, &gd), ==, y != 0);
  g_assert_cmpint(gy, ==, y);
  g_assert_cmpint(gm, ==, m);
  g_assert_cmpint(gd, ==, dd);
}

/* week.jsonl: the ferry story over 8-11 May (its last article the 11th),
 * the bridge of the 10th and an article dated 11 March in its text, the
 * vote of the 2nd and the 9th, an undated market story, a garden story
 * dated 30 April in its text.  Dates found in a text never leave an
 * article out (the bridge's "March 11" is when it closed). */
static void
test_dates_window(void)
{
  g_autoptr(BriefCluster) day = load("week.jsonl");
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(BriefDaily) d = NULL;
  g_autofree char *footer = NULL, *days = NULL, *text = NULL;
  static const guint left[] = {3, 6};
  const BriefStory *ferry;
  int y, m, dd;

  g_assert_true(brief_config_set(cfg, "date", "2024-05-10", NULL));
  g_assert_true(brief_config_set(cfg, "days", "3", NULL));
  d = run(day, cfg);
  /* After the 10th (the ferry's 11th), before the 8th: left out. */
  assert_left_out(d, left, G_N_ELEMENTS(left));
  assert_since(d, 2024, 5, 8);
  g_assert_true(brief_daily_is_after(d, brief_cluster_get_article(day, 3)));
  g_assert_false(brief_daily_is_after(d, brief_cluster_get_article(day, 6)));
  g_assert_cmpuint(brief_daily_get_n_stories(d), ==, 5);
  g_assert_cmpuint(brief_daily_get_n_found(d), ==, 5);
  for (guint i = 0; i < brief_daily_get_n_stories(d); i++) {
    guint n;
    const guint *idx = brief_daily_get_story_articles(d, i, &n);
    for (guint k = 0; k < n; k++)
      for (guint j = 0; j < G_N_ELEMENTS(left); j++)
        g_assert_cmpuint(idx[k], !=, left[j]);
    /* Every story's summary carries the briefing date. */
    g_assert_true(brief_summary_get_date(brief_daily_get_story(d, i), &y, &m, &dd));
    g_assert_cmpint(y * 10000 + m * 100 + dd, ==, 20240510);
  }
  ferry = g_ptr_array_index(d->stories, 0);
  g_assert_cmpuint(ferry->n_indices, ==, 3);
  days = brief_story_dup_days(ferry);
  g_assert_cmpstr(days, ==,
                  "8\xE2\x80\x93"
                  "10 May 2024");
  footer = brief_daily_dup_footer(d);
  g_assert_cmpstr(footer, ==,
                  "8 articles from 4 sources, 5 stories; 2 articles of other days left out.");
  /* Sentences of the 8th and 9th say so; those of the 10th do not. */
  text = brief_daily_to_string(d, BRIEF_FORMAT_TEXT);
  g_assert_nonnull(strstr(text, "   8\xE2\x80\x93"
                                "10 May 2024\n"));
  g_assert_true(strstr(text, "[8 May]") != NULL || strstr(text, "[9 May]") != NULL);
  g_assert_null(strstr(text, "[10 May]"));
  g_assert_nonnull(strstr(text, "of other days left out."));
}

static void
test_dates_json(void)
{
  g_autoptr(BriefCluster) day = load("week.jsonl");
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(BriefDaily) d = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) p = json_parser_new();
  JsonObject *root, *ferry, *market;
  JsonArray *left, *stories, *sum;

  g_assert_true(brief_config_set(cfg, "date", "2024-05-10", NULL));
  g_assert_true(brief_config_set(cfg, "days", "3", NULL));
  d = run(day, cfg);
  json = brief_daily_to_string(d, BRIEF_FORMAT_JSON);
  g_assert_true(json_parser_load_from_data(p, json, -1, NULL));
  root = json_node_get_object(json_parser_get_root(p));
  g_assert_cmpstr(json_object_get_string_member(root, "date"), ==, "2024-05-10");
  g_assert_cmpstr(json_object_get_string_member(root, "since"), ==, "2024-05-08");
  g_assert_cmpint(json_object_get_int_member(root, "articles"), ==, 8);
  left = json_object_get_array_member(root, "left_out");
  g_assert_cmpuint(json_array_get_length(left), ==, 2);
  {
    JsonObject *late = json_array_get_object_element(left, 0);
    JsonObject *old = json_array_get_object_element(left, 1);
    g_assert_cmpint(json_object_get_int_member(late, "index"), ==, 3);
    g_assert_cmpstr(json_object_get_string_member(late, "date"), ==, "2024-05-11");
    g_assert_cmpstr(json_object_get_string_member(late, "reason"), ==, "after");
    g_assert_cmpstr(json_object_get_string_member(old, "date"), ==, "2024-05-02");
    g_assert_cmpstr(json_object_get_string_member(old, "reason"), ==, "before");
  }
  stories = json_object_get_array_member(root, "stories");
  ferry = json_array_get_object_element(stories, 0);
  g_assert_cmpstr(json_object_get_string_member(ferry, "first_date"), ==, "2024-05-08");
  g_assert_cmpstr(json_object_get_string_member(ferry, "last_date"), ==, "2024-05-10");
  sum = json_object_get_array_member(ferry, "summary");
  for (guint k = 0; k < json_array_get_length(sum); k++) {
    JsonObject *x = json_array_get_object_element(sum, k);
    const BriefArticle *a =
        brief_cluster_get_article(day, (guint)json_object_get_int_member(x, "article"));
    g_autofree char *want = g_strdup_printf("%04d-%02d-%02d", a->year, a->month, a->day);
    g_assert_cmpstr(json_object_get_string_member(x, "date"), ==, want);
  }
  /* The undated story: no days, dates null. */
  market = NULL;
  for (guint k = 0; k < json_array_get_length(stories); k++) {
    JsonObject *st = json_array_get_object_element(stories, k);
    if (g_strcmp0(json_object_get_string_member(st, "headline"),
                  "Farmers market moves to the square") == 0)
      market = st;
  }
  g_assert_nonnull(market);
  g_assert_true(json_object_get_null_member(market, "first_date"));
  g_assert_true(json_object_get_null_member(market, "last_date"));
  g_assert_true(json_object_get_null_member(
      json_array_get_object_element(json_object_get_array_member(market, "articles"), 0), "date"));
  g_assert_cmpint(
      json_object_get_int_member(json_object_get_object_member(root, "options"), "days"), ==, 3);
}

/* Without "date": the newest article's (the 11th), and a week back by
 * default; "days" 0 keeps every day; "since" sets the first day. */
static void
test_dates_defaults(void)
{
  g_autoptr(BriefCluster) day = load("week.jsonl");

  {
    g_autoptr(BriefConfig) cfg = brief_config_new();
    g_autoptr(BriefDaily) d = run(day, cfg);
    static const guint left[] = {6}; /* 2 May; 11 March and 30 April are found in texts */
    int y, m, dd;
    g_assert_true(brief_daily_get_date(d, &y, &m, &dd));
    g_assert_cmpint(y * 10000 + m * 100 + dd, ==, 20240511);
    assert_since(d, 2024, 5, 5);
    assert_left_out(d, left, G_N_ELEMENTS(left));
  }
  {
    g_autoptr(BriefConfig) cfg = brief_config_new();
    g_autoptr(BriefDaily) d = NULL;
    g_autofree char *footer = NULL;
    g_assert_true(brief_config_set(cfg, "days", "0", NULL));
    d = run(day, cfg);
    assert_since(d, 0, 0, 0);
    assert_left_out(d, NULL, 0);
    footer = brief_daily_dup_footer(d);
    g_assert_null(strstr(footer, "left out"));
  }
  {
    g_autoptr(BriefConfig) cfg = brief_config_new();
    g_autoptr(BriefDaily) d = NULL;
    static const guint left[] = {0, 6};
    g_assert_true(brief_config_set(cfg, "since", "2024-05-09", NULL));
    d = run(day, cfg);
    assert_since(d, 2024, 5, 9);
    assert_left_out(d, left, G_N_ELEMENTS(left));
  }
  {
    /* A window reaching before any date has no first day. */
    g_autoptr(BriefConfig) cfg = brief_config_new();
    g_autoptr(BriefDaily) d = NULL;
    g_assert_true(brief_config_set(cfg, "days", "2147483647", NULL));
    d = run(day, cfg);
    assert_since(d, 0, 0, 0);
    assert_left_out(d, NULL, 0);
  }
}

/* Only undated articles: no date, nothing left out, no days shown. */
static void
test_dates_none(void)
{
  static const char data[] =
      "{\"cluster\": \"a\", \"text\": \"The harbour strike ended after long talks about pay.\"}\n"
      "{\"cluster\": \"b\", \"text\": \"The mountain passes stayed shut after heavy snow.\"}\n";
  g_autoptr(BriefCluster) day = brief_cluster_new();
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(BriefDaily) d = NULL;
  g_autofree char *text = NULL;

  g_assert_true(
      brief_cluster_add_data(day, "u.jsonl", data, strlen(data), BRIEF_INPUT_JSONL, NULL));
  d = run(day, cfg);
  g_assert_false(brief_daily_get_date(d, NULL, NULL, NULL));
  assert_since(d, 0, 0, 0);
  assert_left_out(d, NULL, 0);
  text = brief_daily_to_string(d, BRIEF_FORMAT_TEXT);
  g_assert_true(g_str_has_prefix(text, "Daily briefing\n"));
  g_assert_null(strstr(text, "2024"));
  g_assert_null(strstr(text, "["));
}

static void
expect_error(const BriefCluster *day, const char *const *settings, gint code, const char *message)
{
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(GError) error = NULL;

  for (const char *const *s = settings; *s != NULL; s += 2)
    g_assert_true(brief_config_set(cfg, s[0], s[1], NULL));
  g_assert_null(brief_daily_new(day, cfg, NULL, NULL, &error));
  g_assert_error(error, BRIEF_ERROR, code);
  g_assert_cmpstr(error->message, ==, message);
}

/* Every article left out, a window after its date, two windows. */
static void
test_dates_errors(void)
{
  static const char data[] =
      "{\"cluster\": \"a\", \"date\": \"2024-05-06\", \"text\": \"The strike began.\"}\n"
      "{\"cluster\": \"a\", \"date\": \"2024-05-08\", \"text\": \"The strike ended.\"}\n"
      "{\"cluster\": \"b\", \"date\": \"2024-05-09\", \"text\": \"The passes closed.\"}\n";
  g_autoptr(BriefCluster) day = brief_cluster_new();

  g_assert_true(
      brief_cluster_add_data(day, "d.jsonl", data, strlen(data), BRIEF_INPUT_JSONL, NULL));
  expect_error(day, (const char *const[]){"date", "2024-05-05", NULL}, BRIEF_ERROR_EMPTY,
               "all 3 articles are dated after the briefing date 2024-05-05");
  expect_error(day, (const char *const[]){"date", "2024-05-12", "days", "2", NULL},
               BRIEF_ERROR_EMPTY,
               "all 3 articles are dated before 2024-05-11, the window's first day");
  expect_error(day, (const char *const[]){"date", "2024-05-07", "days", "1", NULL},
               BRIEF_ERROR_EMPTY,
               "all 3 articles are dated on other days than 2024-05-07 (2 after, 1 before)");
  expect_error(day, (const char *const[]){"date", "2024-05-07", "since", "2024-05-07", NULL},
               BRIEF_ERROR_EMPTY,
               "all 3 articles are dated on other days than 2024-05-07 (2 after, 1 before)");
  {
    static const char one[] = "{\"date\": \"2024-05-20\", \"text\": \"Late news came in.\"}\n";
    g_autoptr(BriefCluster) more = brief_cluster_new();
    g_assert_true(
        brief_cluster_add_data(more, "d.jsonl", data, strlen(data), BRIEF_INPUT_JSONL, NULL));
    g_assert_true(
        brief_cluster_add_data(more, "e.jsonl", one, strlen(one), BRIEF_INPUT_JSONL, NULL));
    expect_error(more, (const char *const[]){"date", "2024-05-07", "since", "2024-05-07", NULL},
                 BRIEF_ERROR_EMPTY,
                 "all 4 articles are dated on other days than 2024-05-07 (3 after, 1 before)");
  }
  {
    g_autoptr(BriefCluster) more = brief_cluster_new();
    static const char two[] = "{\"date\": \"2024-05-01\", \"text\": \"Old news came in.\"}\n"
                              "{\"date\": \"2024-05-20\", \"text\": \"Late news came in.\"}\n";
    g_assert_true(
        brief_cluster_add_data(more, "f.jsonl", two, strlen(two), BRIEF_INPUT_JSONL, NULL));
    expect_error(more, (const char *const[]){"date", "2024-05-10", "days", "3", NULL},
                 BRIEF_ERROR_EMPTY,
                 "all 2 articles are dated outside 2024-05-08 to 2024-05-10 (1 after, 1 before)");
  }
  expect_error(day, (const char *const[]){"since", "2024-05-10", NULL}, BRIEF_ERROR_INVALID,
               "since 2024-05-10 is after the briefing date 2024-05-09 (the newest article's)");
  expect_error(day, (const char *const[]){"date", "2024-05-09", "since", "2024-05-10", NULL},
               BRIEF_ERROR_INVALID, "since 2024-05-10 is after the briefing date 2024-05-09");
  expect_error(day, (const char *const[]){"since", "2024-05-08", "days", "2", NULL},
               BRIEF_ERROR_INVALID, "since and days both set: give one of them");
}

/* A story's days, as every format shows them. */
static void
test_story_days(void)
{
  static const struct {
    BriefDay first, last;
    const char *want;
  } cases[] = {
      {{0, 0, 0}, {0, 0, 0}, NULL},
      {{2004, 11, 16}, {2004, 11, 16}, "16 November 2004"},
      {{2004, 11, 14},
       {2004, 11, 15},
       "14\xE2\x80\x93"
       "15 November 2004"},
      {{2004, 11, 30}, {2004, 12, 2}, "30 November \xE2\x80\x93 2 December 2004"},
      {{2004, 12, 30}, {2005, 1, 2}, "30 December 2004 \xE2\x80\x93 2 January 2005"},
  };

  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    BriefStory st = {0};
    g_autofree char *got = NULL;
    st.first = cases[i].first;
    st.last = cases[i].last;
    got = brief_story_dup_days(&st);
    g_assert_cmpstr(got, ==, cases[i].want);
  }
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/daily/ranking", test_ranking_and_groups);
  g_test_add_func("/daily/tree", test_tree_labels);
  g_test_add_func("/daily/limits", test_limits);
  g_test_add_func("/daily/progress-threads", test_progress_and_threads);
  g_test_add_func("/daily/formats", test_formats);
  g_test_add_func("/daily/outlets", test_outlets);
  g_test_add_func("/daily/facts", test_facts);
  g_test_add_func("/daily/parallel-for", test_parallel_for);
  g_test_add_func("/daily/team", test_team);
  g_test_add_func("/daily/caption-story", test_caption_story_left_out);
  g_test_add_func("/daily/empty-story-folder", test_empty_story_folder);
  g_test_add_func("/daily/dates/window", test_dates_window);
  g_test_add_func("/daily/dates/json", test_dates_json);
  g_test_add_func("/daily/dates/defaults", test_dates_defaults);
  g_test_add_func("/daily/dates/none", test_dates_none);
  g_test_add_func("/daily/dates/errors", test_dates_errors);
  g_test_add_func("/daily/dates/story-days", test_story_days);
  return g_test_run();
}
