/* SPDX-License-Identifier: BSD-3-Clause */
/* The whole pipeline through the public API: budgets, noise, order,
 * determinism, dates, headlines and every failure of brief_summarizer_*. */
#include "brief-private.h"
#include "config-private.h"
#include "mmr-private.h"
#include "noise-private.h"
#include "summarizer-private.h"
#include "summary-private.h"
#include "tokenize-private.h"

#include <math.h>
#include <string.h>

static BriefSummary *
summarize_cluster(const BriefCluster *cluster, const BriefConfig *cfg, BriefSummarizer **out_sz)
{
  g_autoptr(GError) error = NULL;
  BriefSummarizer *sz = brief_summarizer_new(cfg, &error);
  BriefSummary *sum;

  g_assert_no_error(error);
  sum = brief_summarizer_run(sz, cluster, &error);
  g_assert_no_error(error);
  g_assert_nonnull(sum);
  *out_sz = sz;
  return sum;
}

static BriefCluster *
example_cluster(void)
{
  g_autofree char *dir = g_test_build_filename(G_TEST_DIST, "..", "examples", "kerry-moscow", NULL);
  g_autoptr(GError) error = NULL;
  BriefCluster *c = brief_cluster_new();

  g_assert_true(brief_cluster_add_path(c, dir, BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(c), ==, 2);
  return c;
}

static void
test_example_budget_and_verbatim(void)
{
  g_autoptr(BriefCluster) c = example_cluster();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  g_autoptr(BriefConfig) cfg = NULL;
  guint words = 0;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  sum = summarize_cluster(c, cfg, &sz);
  g_assert_cmpuint(brief_summary_get_n_selected(sum), >, 1);
  for (guint i = 0; i < brief_summary_get_n_selected(sum); i++) {
    const BriefSelection *x = brief_summary_get_selected(sum, i);
    const BriefArticle *a = brief_cluster_get_article(c, x->article);
    g_autofree char *slice = brief_collapse_space(a->text + x->start, x->end - x->start);
    /* Extractive: the text is the input at the stated offsets. */
    g_assert_cmpstr(x->text, ==, slice);
    words += x->words;
    g_assert_cmpuint(x->words, ==, brief_count_words(x->text, strlen(x->text)));
    g_assert_cmpuint(x->words, >=, cfg->min_words);
    /* Photo captions and credits never reach a briefing. */
    g_assert_null(strstr(x->text, "Pictured"));
    g_assert_null(strstr(x->text, "REUTERS"));
    g_assert_null(strstr(x->text, "Kerry lavrov (2)"));
    /* Datelines are cut off the sentence. */
    g_assert_false(g_str_has_prefix(x->text, "("));
    g_assert_cmpuint(x->rank, >=, 1);
    g_assert_cmpfloat(x->score, <=, 1.0);
  }
  g_assert_cmpuint(words, <=, 100);
  {
    int y, m, d;
    g_assert_true(brief_summary_get_date(sum, &y, &m, &d));
    g_assert_cmpint(y, ==, 2015);
    g_assert_cmpint(m, ==, 12);
    g_assert_cmpint(d, ==, 15);
  }
  g_assert_nonnull(brief_summary_get_headline(sum));
  g_assert_cmpuint(brief_summary_get_n_candidates(sum), <, brief_summary_get_n_sentences(sum));
}

/* Two dated articles about one flood, the later one given first. */
static const char *const flood_later =
    "Date: 2020-03-02\n\nThe river flood reached the old town on Monday morning. "
    "Residents of the old town left their homes as the river flood rose.\n";
static const char *const flood_earlier =
    "Date: 2020-03-01\n\nForecasters warned that the river would flood the old town. "
    "The river flood warning covered the old town and two villages.\n";

static BriefCluster *
flood_cluster(void)
{
  BriefCluster *c = brief_cluster_new();

  g_assert_true(brief_cluster_add_data(c, "later.txt", flood_later, strlen(flood_later),
                                       BRIEF_INPUT_TEXT, NULL));
  g_assert_true(brief_cluster_add_data(c, "earlier.txt", flood_earlier, strlen(flood_earlier),
                                       BRIEF_INPUT_TEXT, NULL));
  return c;
}

static void
test_reading_order(void)
{
  /* The later article comes first in the input; its sentences must come
   * after those of the earlier one. */
  g_autoptr(BriefCluster) c = flood_cluster();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  g_autoptr(BriefConfig) cfg = NULL;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->budget_words = 1000;
  sum = summarize_cluster(c, cfg, &sz);
  g_assert_cmpuint(brief_summary_get_n_selected(sum), ==, 4);
  for (guint i = 0; i < 4; i++) {
    const BriefSelection *x = brief_summary_get_selected(sum, i);
    g_assert_cmpuint(x->article, ==, i < 2 ? 1 : 0);
    g_assert_cmpuint(x->index, ==, i % 2);
  }
  {
    int y, m, d;
    g_assert_true(brief_summary_get_date(sum, &y, &m, &d));
    g_assert_cmpint(d, ==, 2); /* the newest article's date */
  }
}

static void
test_budgets(void)
{
  g_autoptr(BriefCluster) c = example_cluster();
  g_autoptr(BriefConfig) cfg = NULL;

  /* Sentences */
  {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_autoptr(BriefSummary) sum = NULL;
    g_clear_pointer(&cfg, brief_config_free);
    cfg = brief_config_new();
    cfg->budget_words = 0;
    cfg->budget_sentences = 3;
    sum = summarize_cluster(c, cfg, &sz);
    g_assert_cmpuint(brief_summary_get_n_selected(sum), ==, 3);
  }
  /* Bytes, met from below */
  {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_autoptr(BriefSummary) sum = NULL;
    gsize bytes = 0;
    g_clear_pointer(&cfg, brief_config_free);
    cfg = brief_config_new();
    cfg->budget_words = 0;
    cfg->budget_bytes = 400;
    sum = summarize_cluster(c, cfg, &sz);
    for (guint i = 0; i < brief_summary_get_n_selected(sum); i++) {
      const BriefSelection *x = brief_summary_get_selected(sum, i);
      bytes += x->end - x->start;
    }
    g_assert_cmpuint(bytes, <=, 400);
    g_assert_cmpuint(bytes, >, 100);
  }
  /* A budget smaller than any sentence still gives one sentence. */
  {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_autoptr(BriefSummary) sum = NULL;
    g_clear_pointer(&cfg, brief_config_free);
    cfg = brief_config_new();
    cfg->budget_words = 1;
    sum = summarize_cluster(c, cfg, &sz);
    g_assert_cmpuint(brief_summary_get_n_selected(sum), ==, 1);
    g_assert_cmpuint(brief_summary_get_selected(sum, 0)->rank, ==, 1);
  }
  /* Fill: the words reach the budget. */
  {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_autoptr(BriefSummary) sum = NULL;
    guint words = 0;
    g_clear_pointer(&cfg, brief_config_free);
    cfg = brief_config_new();
    cfg->budget_words = 100;
    cfg->fill = TRUE;
    sum = summarize_cluster(c, cfg, &sz);
    for (guint i = 0; i < brief_summary_get_n_selected(sum); i++)
      words += brief_summary_get_selected(sum, i)->words;
    g_assert_cmpuint(words, >=, 100);
  }
}

/* The summary of `c` (as JSON) is the same on 1 to `max_threads` threads,
 * every `step`-th count. */
static void
assert_same_on_threads(const BriefCluster *c, guint max_threads, guint step)
{
  g_autofree char *first = NULL;

  for (guint threads = 1; threads <= max_threads; threads += step) {
    g_autoptr(BriefConfig) cfg = brief_config_new();
    g_autoptr(BriefSummarizer) sz = NULL;
    g_autoptr(BriefSummary) sum = NULL;
    g_autofree char *json = NULL;
    cfg->n_threads = threads;
    sum = summarize_cluster(c, cfg, &sz);
    json = brief_summary_to_string(sum, BRIEF_FORMAT_JSON);
    if (first == NULL)
      first = g_steal_pointer(&json);
    else
      g_assert_cmpstr(json, ==, first);
  }
}

static void
test_deterministic(void)
{
  g_autoptr(BriefCluster) c = example_cluster();

  assert_same_on_threads(c, 3, 1);
}

static void
test_history_independent(void)
{
  /* A summary depends on its cluster only, not on what the summarizer
   * summarized before (term numbering must not leak between runs). */
  g_autoptr(BriefCluster) c = example_cluster();
  g_autoptr(BriefCluster) other = brief_cluster_new();
  g_autoptr(GError) error = NULL;
  const char *t = "Zebras and giraffes crossed the dry river bed at dawn near the old bridge. "
                  "Rangers counted the zebras and the giraffes as the herd moved north.\n";
  g_autoptr(BriefConfig) cfg = NULL;
  g_autofree char *fresh = NULL, *after = NULL;

  g_assert_true(brief_cluster_add_data(other, "o.txt", t, strlen(t), BRIEF_INPUT_TEXT, NULL));
  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  {
    g_autoptr(BriefSummarizer) sz = brief_summarizer_new(cfg, &error);
    g_autoptr(BriefSummary) sum = brief_summarizer_run(sz, c, &error);
    g_assert_no_error(error);
    fresh = brief_summary_to_string(sum, BRIEF_FORMAT_JSON);
  }
  {
    g_autoptr(BriefSummarizer) sz = brief_summarizer_new(cfg, &error);
    g_autoptr(BriefSummary) first = brief_summarizer_run(sz, other, &error);
    g_autoptr(BriefSummary) sum = NULL;
    g_assert_no_error(error);
    g_assert_nonnull(first);
    sum = brief_summarizer_run(sz, c, &error);
    g_assert_no_error(error);
    after = brief_summary_to_string(sum, BRIEF_FORMAT_JSON);
  }
  g_assert_cmpstr(after, ==, fresh);
}

/* Enough sentences that the graph is built, the sentences tokenized and
 * PageRank iterated on several threads and the coverage concepts built on
 * a thread of their own, and enough bytes (blanks between
 * sentences: 552 KB) that articles are split on several threads too. */
static void
test_large_cluster_threads(void)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(GRand) rand = g_rand_new_with_seed(42);
  static const char *const vocab[] = {
      "minister", "talks",  "border", "army",    "rebels",  "peace",    "treaty", "oil",
      "market",   "prices", "storm",  "flood",   "river",   "election", "vote",   "court",
      "judge",    "ruling", "police", "protest", "capital", "bank",     "rates",  "growth",
  };
  g_autofree char *a = NULL, *b = NULL;

  for (guint art = 0; art < 40; art++) {
    GString *t = g_string_new(NULL);
    g_autofree char *name = g_strdup_printf("a%02u.txt", art);
    for (guint s = 0; s < 60; s++) {
      g_string_append(t, "The");
      for (guint w = 0; w < 9; w++)
        g_string_append_printf(t, " %s", vocab[g_rand_int_range(rand, 0, G_N_ELEMENTS(vocab))]);
      /* Words of their own in every article: each thread's tokenizer
       * meets stems the others never see. */
      g_string_append_printf(t, " of site%u today. ", art * 3 + s % 3);
      g_string_append_printf(t, "%160s", "");
    }
    g_assert_true(brief_cluster_add_data(c, name, t->str, t->len, BRIEF_INPUT_TEXT, NULL));
    g_string_free(t, TRUE);
  }
  for (guint threads = 1; threads <= 3; threads++) {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_autoptr(BriefSummary) sum = NULL;
    g_autoptr(BriefConfig) cfg = NULL;
    cfg = brief_config_new();
    cfg->n_threads = threads;
    sum = summarize_cluster(c, cfg, &sz);
    g_assert_cmpuint(brief_summary_get_n_candidates(sum), ==, 2400);
    /* PageRank shares its iterations among threads from 100,000 edges. */
    g_assert_cmpuint(brief_summary_get_stats(sum)->n_edges, >=, 50000);
    if (threads == 1) {
      a = brief_summary_to_string(sum, BRIEF_FORMAT_JSON);
    } else {
      g_free(b);
      b = brief_summary_to_string(sum, BRIEF_FORMAT_JSON);
      g_assert_cmpstr(a, ==, b);
    }
  }
}

static void
test_headline_from_title(void)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  g_autoptr(BriefConfig) cfg = NULL;
  const char *x = "Title: Flood waters reach the old town\nSource: River Times\n\n"
                  "The river flood reached the old town on Monday morning. "
                  "Residents left their homes as the water rose quickly.\n";
  const char *y = "Title: Election results delayed again\n\n"
                  "Officials said the river flood delayed the count in the old town. "
                  "The flood closed two polling stations near the river.\n";

  g_assert_true(brief_cluster_add_data(c, "x.txt", x, strlen(x), BRIEF_INPUT_TEXT, NULL));
  g_assert_true(brief_cluster_add_data(c, "y.txt", y, strlen(y), BRIEF_INPUT_TEXT, NULL));
  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  sum = summarize_cluster(c, cfg, &sz);
  g_assert_cmpstr(brief_summary_get_headline(sum), ==, "Flood waters reach the old town");
  /* No dates anywhere: no date line. */
  g_assert_false(brief_summary_get_date(sum, NULL, NULL, NULL));
}

static void
test_date_option(void)
{
  g_autoptr(BriefCluster) c = example_cluster();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  g_autoptr(BriefConfig) cfg = NULL;
  int y, m, d;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  g_assert_true(brief_config_set(cfg, "date", "2016-01-02", NULL));
  sum = summarize_cluster(c, cfg, &sz);
  g_assert_true(brief_summary_get_date(sum, &y, &m, &d));
  g_assert_cmpint(y, ==, 2016);
  g_assert_cmpint(m, ==, 1);
  g_assert_cmpint(d, ==, 2);
}

static void
test_errors(void)
{
  g_autoptr(BriefConfig) cfg = NULL;
  g_autoptr(GError) error = NULL;

  /* Empty cluster */
  {
    g_autoptr(BriefCluster) c = brief_cluster_new();
    g_autoptr(BriefSummarizer) sz = NULL;
    g_clear_pointer(&cfg, brief_config_free);
    cfg = brief_config_new();
    sz = brief_summarizer_new(cfg, &error);
    g_assert_no_error(error);
    g_assert_null(brief_summarizer_run(sz, c, &error));
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY);
    g_clear_error(&error);
  }
  /* A file with no sentences is named. */
  {
    g_autoptr(BriefCluster) c = brief_cluster_new();
    g_autoptr(BriefSummarizer) sz = NULL;
    const char *ok = "A complete sentence about the flood in the old town.\n";
    g_assert_true(brief_cluster_add_data(c, "ok.txt", ok, strlen(ok), BRIEF_INPUT_TEXT, NULL));
    g_assert_true(brief_cluster_add_data(c, "blank.txt", "  \n\n", 4, BRIEF_INPUT_TEXT, NULL));
    sz = brief_summarizer_new(cfg, NULL);
    g_assert_null(brief_summarizer_run(sz, c, &error));
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY);
    g_assert_nonnull(strstr(error->message, "blank.txt"));
    g_clear_error(&error);
  }
  /* Only captions and bylines */
  {
    g_autoptr(BriefCluster) c = brief_cluster_new();
    g_autoptr(BriefSummarizer) sz = NULL;
    const char *t = "Pictured: the minister arrives. Photo: REUTERS/Someone\n\nBy John Smith\n";
    g_assert_true(brief_cluster_add_data(c, "cap.txt", t, strlen(t), BRIEF_INPUT_TEXT, NULL));
    sz = brief_summarizer_new(cfg, NULL);
    g_assert_null(brief_summarizer_run(sz, c, &error));
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY);
    g_clear_error(&error);
  }
  /* Bad configuration */
  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  g_assert_false(brief_config_set(cfg, "language", "klingon", &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE);
  g_clear_error(&error);

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  g_assert_false(brief_config_set_double(cfg, "lambda", 1.5, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  g_assert_false(brief_config_set_double(cfg, "damping", -0.1, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->budget_words = 0;
  g_assert_false(brief_config_validate(cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  g_assert_false(brief_config_set(cfg, "date", "15/12/2015", &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->min_words = 10;
  cfg->max_words = 5;
  g_assert_false(brief_config_validate(cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  g_assert_false(brief_config_set_uint(cfg, "max-iterations", 0, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  g_assert_true(brief_config_set(cfg, "stopwords", "/nonexistent/stop.txt", NULL));
  g_assert_null(brief_summarizer_new(cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_IO);
}

static void
test_language_without_stoplist(void)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefConfig) cfg = NULL;
  const char *t = "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία της χώρας σήμερα. "
                  "Τα μέτρα για την οικονομία θα ισχύσουν από τον επόμενο μήνα στη χώρα.\n";

  g_assert_true(brief_cluster_add_data(c, "el.txt", t, strlen(t), BRIEF_INPUT_TEXT, NULL));
  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  g_assert_true(brief_config_set(cfg, "language", "greek", NULL));
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "no stop word list for 'greek'*");
  sz = brief_summarizer_new(cfg, &error);
  g_test_assert_expected_messages();
  g_assert_no_error(error);
  sum = brief_summarizer_run(sz, c, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(brief_summary_get_n_selected(sum), >=, 1);
}

static void
test_unterminated_fallback(void)
{
  /* No punctuation anywhere: fragments are better than nothing. */
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  g_autoptr(BriefConfig) cfg = NULL;
  const char *t =
      "river flood reaches the old town overnight\n\nresidents leave homes as river flood rises\n";

  g_assert_true(brief_cluster_add_data(c, "t.txt", t, strlen(t), BRIEF_INPUT_TEXT, NULL));
  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  sum = summarize_cluster(c, cfg, &sz);
  g_assert_cmpuint(brief_summary_get_n_selected(sum), >=, 1);
}

/* ---- stages ----------------------------------------------------------------------- */

/* The run's stages up to the candidates, by hand. */
static void
run_to_candidates(BriefRun *run, BriefSummarizer *sz, const BriefCluster *c)
{
  g_autoptr(GError) error = NULL;

  brief_run_init(run, sz, c);
  g_assert_true(brief_collect_sentences(run, &error));
  brief_number_terms(run);
  brief_weigh_terms(run);
  g_assert_true(brief_choose_candidates(run, &error));
  g_assert_no_error(error);
}

static void
test_stage_term_numbering(void)
{
  /* Cluster terms are numbered 0.. in order of first occurrence whatever
   * the tokenizer saw before, and map back to the tokenizer's ids. */
  g_autoptr(BriefCluster) c = flood_cluster();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) seen = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_auto(BriefRun) run = {0};
  g_autoptr(BriefConfig) cfg = NULL;
  g_autoptr(BriefSummarizer) sz = NULL;
  guint32 next = 0;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  sz = brief_summarizer_new(cfg, &error);
  g_assert_no_error(error);
  brief_tokenizer_add_terms(sz->tok, "zebras giraffes savanna", 23, seen);
  run_to_candidates(&run, sz, c);
  g_assert_cmpuint(run.n_terms, >, 0);
  g_assert_cmpuint(run.n_terms, ==, run.global_of->len);
  for (guint k = 0; k < run.terms->len; k++) {
    guint32 id = g_array_index(run.terms, guint32, k);
    g_assert_cmpuint(id, <=, next);
    if (id == next)
      next++;
  }
  g_assert_cmpuint(next, ==, run.n_terms);
  for (guint32 t = 0; t < run.n_terms; t++)
    g_assert_cmpuint(brief_run_cluster_term(&run, g_array_index(run.global_of, guint32, t)), ==, t);
  /* Words of other clusters, and ids the run never saw, are no cluster terms. */
  g_assert_cmpuint(brief_run_cluster_term(&run, g_array_index(seen, guint32, 0)), ==, G_MAXUINT32);
  g_assert_cmpuint(brief_run_cluster_term(&run, run.n_global + 5), ==, G_MAXUINT32);
  g_assert_cmpuint(run.n, ==, 4);
  g_assert_cmpuint(run.m.n_rows, ==, run.sents->len);
}

static void
test_stage_coverage(void)
{
  /* Concepts are bigrams held by at least coverage_min_df articles: "river
   * flood" and "old town" are in both articles, each counted once per
   * candidate. */
  g_autoptr(BriefCluster) c = flood_cluster();
  g_autoptr(GError) error = NULL;
  g_auto(BriefRun) run = {0};
  BriefCoverage cov = {0};
  g_autoptr(BriefConfig) cfg = NULL;
  g_autoptr(BriefSummarizer) sz = NULL;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->coverage_min_df = 2;
  sz = brief_summarizer_new(cfg, &error);
  g_assert_no_error(error);
  run_to_candidates(&run, sz, c);
  brief_coverage_build(&cov, &run);
  g_assert_cmpuint(cov.n_concepts, >, 2);
  g_assert_cmpfloat(cov.mix, ==, cfg->coverage_weight);
  g_assert_cmpuint(cov.offsets[0], ==, 0);
  for (guint k = 0; k < run.n; k++) {
    g_assert_cmpuint(cov.offsets[k + 1], >=, cov.offsets[k]);
    /* Every candidate here holds "river flood" or "old town". */
    g_assert_cmpuint(cov.offsets[k + 1], >, cov.offsets[k]);
    for (gsize e = cov.offsets[k]; e < cov.offsets[k + 1]; e++) {
      g_assert_cmpuint(cov.concepts[e], <, cov.n_concepts);
      g_assert_cmpfloat(cov.weights[cov.concepts[e]], ==, 2.0);
      for (gsize f = cov.offsets[k]; f < e; f++)
        g_assert_cmpuint(cov.concepts[f], !=, cov.concepts[e]);
    }
  }
  brief_coverage_clear(&cov);
  g_assert_null(cov.offsets);
}

/* Coverage concepts of a run over `texts` (one article each) with the
 * bigrams of `kind` and articles `min_df`: counts[k] = concepts of
 * candidate k (at most 3 candidates). */
static void
coverage_counts(const char *const *texts, guint kind, guint min_df, guint counts[3])
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(GError) error = NULL;
  g_auto(BriefRun) run = {0};
  BriefCoverage cov = {0};
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(BriefSummarizer) sz = NULL;

  for (guint i = 0; texts[i] != NULL; i++) {
    g_autofree char *name = g_strdup_printf("a%u.txt", i);
    g_assert_true(
        brief_cluster_add_data(c, name, texts[i], strlen(texts[i]), BRIEF_INPUT_TEXT, &error));
  }
  cfg->coverage_bigrams = kind;
  cfg->coverage_min_df = min_df;
  sz = brief_summarizer_new(cfg, &error);
  g_assert_no_error(error);
  run_to_candidates(&run, sz, c);
  g_assert_cmpuint(run.n, ==, 3);
  brief_coverage_build(&cov, &run);
  for (guint k = 0; k < 3; k++)
    counts[k] = (guint)(cov.offsets[k + 1] - cov.offsets[k]);
  brief_coverage_clear(&cov);
}

static void
test_stage_coverage_bigrams(void)
{
  /* "rain ... snow" is in all three articles with a different stop word
   * between; "snow of" in the first two; "of the" (two stop words) too. */
  const char *const texts[] = {
      "Farmers near Tulsa said rain or snow of the season ruined crops in April.\n",
      "Ranchers outside Wichita feared rain and snow of the winter killed cattle in March.\n",
      "Growers around Omaha watched rain but snow flooded barns in May.\n", NULL};
  guint n[3];

  /* Words as written: no bigram spans a stop word, so nothing is in all
   * three; "snow of" is in two; "of the" never counts. */
  coverage_counts(texts, BRIEF_COVERAGE_BIGRAMS_WORDS, 3, n);
  g_assert_cmpuint(n[0] + n[1] + n[2], ==, 0);
  coverage_counts(texts, BRIEF_COVERAGE_BIGRAMS_WORDS, 2, n);
  g_assert_cmpuint(n[0], ==, 1);
  g_assert_cmpuint(n[1], ==, 1);
  g_assert_cmpuint(n[2], ==, 0);
  /* Content terms: "rain snow" once the stop words are gone, in all three. */
  coverage_counts(texts, BRIEF_COVERAGE_BIGRAMS_TERMS, 3, n);
  g_assert_cmpuint(n[0], ==, 1);
  g_assert_cmpuint(n[1], ==, 1);
  g_assert_cmpuint(n[2], ==, 1);
  /* The least count is capped by the cluster's articles: 3 of 3 here, so
   * 4 asks no more than 3 does. */
  coverage_counts(texts, BRIEF_COVERAGE_BIGRAMS_TERMS, 4, n);
  g_assert_cmpuint(n[0] + n[1] + n[2], ==, 3);
  /* Asked for 1, every bigram of the sentence counts. */
  coverage_counts(texts, BRIEF_COVERAGE_BIGRAMS_WORDS, 1, n);
  g_assert_cmpuint(n[2], >, 3);
}

/* Weights of sentence 0's terms "rain" (three times) and "tulsa" (once),
 * both only in that sentence, with term frequency `kind`. */
static void
rain_weights(guint kind, float *rain, float *tulsa)
{
  const char *text = "Rain rain rain soaked Tulsa on Monday night.\n\n"
                     "Farmers counted the damage to their crops on Tuesday.\n";
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(GError) error = NULL;
  g_auto(BriefRun) run = {0};
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(BriefSummarizer) sz = NULL;
  const BriefEntry *e;

  g_assert_true(brief_cluster_add_data(c, "a.txt", text, strlen(text), BRIEF_INPUT_TEXT, &error));
  cfg->term_frequency = kind;
  sz = brief_summarizer_new(cfg, &error);
  g_assert_no_error(error);
  run_to_candidates(&run, sz, c);
  /* Terms in order of first use: rain 0, soak 1, tulsa 2, ... */
  g_assert_cmpuint(run.m.offsets[1] - run.m.offsets[0], ==, 5); /* rain soak tulsa monday night */
  e = run.m.entries + run.m.offsets[0];
  g_assert_cmpuint(e[0].term, ==, 0);
  g_assert_cmpuint(e[2].term, ==, 2);
  *rain = e[0].weight;
  *tulsa = e[2].weight;
}

static void
test_stage_term_frequency(void)
{
  float rain, tulsa;

  /* log: a term three times weighs 1 + ln 3 times a term once. */
  rain_weights(BRIEF_TF_LOG, &rain, &tulsa);
  g_assert_cmpfloat_with_epsilon(rain / tulsa, 1.0 + log(3.0), 1e-5);
  /* raw: three times as much. */
  rain_weights(BRIEF_TF_RAW, &rain, &tulsa);
  g_assert_cmpfloat_with_epsilon(rain / tulsa, 3.0, 1e-5);
}

static void
test_stage_headline_without_titles(void)
{
  /* Without titles the headline is a selected sentence: the best-ranked
   * lead of fitting length. */
  g_autoptr(BriefCluster) c = flood_cluster();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  const BriefSelection *h;
  g_autoptr(BriefConfig) cfg = NULL;

  g_clear_pointer(&cfg, brief_config_free);
  cfg = brief_config_new();
  cfg->budget_words = 1000;
  sum = summarize_cluster(c, cfg, &sz);
  g_assert_cmpint(sum->headline_selected, >=, 0);
  h = brief_summary_get_selected(sum, (guint)sum->headline_selected);
  g_assert_cmpuint(h->index, ==, 0);
  g_assert_cmpstr(brief_summary_get_headline(sum), ==, h->text);
}

/* An article with a quotation over three sentences, closed and attributed
 * at the end of its paragraph, and one in news style that goes on in a
 * second paragraph. */
static const char *const barrier_article =
    "Date: 2020-05-04\n\n"
    "The council approved the new flood barrier for the old town on Monday.\n\n"
    "\"The barrier will protect the old town for fifty years. It cost the council more "
    "than it hoped. But the river will not flood the old town again,\" the mayor said.\n\n"
    "\"We waited a long time for the flood barrier. The old town flooded three times in "
    "ten years.\n\n"
    "\"Now the old town is safe from the river,\" a resident said.\n\n"
    "The flood barrier will be finished in the spring.\n";

static void
test_stage_quotations(void)
{
  /* No part of a quotation over several sentences is a candidate with the
   * noise filter; without it every sentence is. */
  static const guint8 parts[] = {0, 1, 2, 4, 1, 2, 4, 0};
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(GError) error = NULL;

  g_assert_true(brief_cluster_add_data(c, "barrier.txt", barrier_article, strlen(barrier_article),
                                       BRIEF_INPUT_TEXT, &error));
  g_assert_no_error(error);
  for (int filter = 1; filter >= 0; filter--) {
    g_auto(BriefRun) run = {0};
    g_autoptr(BriefConfig) cfg = brief_config_new();
    g_autoptr(BriefSummarizer) sz = NULL;

    cfg->noise_filter = filter;
    sz = brief_summarizer_new(cfg, &error);
    g_assert_no_error(error);
    run_to_candidates(&run, sz, c);
    g_assert_cmpuint(run.sents->len, ==, G_N_ELEMENTS(parts));
    for (guint i = 0; i < run.sents->len; i++) {
      const BriefSent *s = &g_array_index(run.sents, BriefSent, i);
      g_test_message("noise filter %d, sentence %u: part %u", filter, i, s->quote_part);
      g_assert_cmpuint(s->quote_part, ==, filter ? parts[i] : 0);
      g_assert_cmpint(s->candidate, ==, filter ? parts[i] == 0 : TRUE);
    }
  }
}

static void
test_quotations(void)
{
  /* An article that is one quotation still gets a summary (from the
   * fragments' fallback), and the example's inner sentence of Lavrov's
   * quotation never reaches one. */
  static const char t[] = "\"The river rose fast in the night. The old town flooded in an "
                          "hour. We left our homes with nothing,\" she said.\n";
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(BriefCluster) example = example_cluster();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummarizer) sz2 = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  g_autoptr(BriefSummary) sum2 = NULL;
  g_autoptr(BriefConfig) cfg = brief_config_new();

  g_assert_true(brief_cluster_add_data(c, "t.txt", t, strlen(t), BRIEF_INPUT_TEXT, NULL));
  sum = summarize_cluster(c, cfg, &sz);
  g_assert_cmpuint(brief_summary_get_n_selected(sum), >=, 1);

  cfg->budget_words = 1000;
  sum2 = summarize_cluster(example, cfg, &sz2);
  g_assert_cmpuint(brief_summary_get_n_selected(sum2), >, 10);
  for (guint i = 0; i < brief_summary_get_n_selected(sum2); i++) {
    const BriefSelection *x = brief_summary_get_selected(sum2, i);
    g_assert_null(strstr(x->text, "returned from the conference on Libya"));
  }
}

/* Stats of summarizing `copies` paragraphs of one sentence, with one word
 * drawn from `vocab` made-up words (0: always the same word), and a
 * posting window of 100. */
static BriefStats
worst_case_stats(guint copies, guint vocab)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  g_autoptr(GString) t = g_string_new(NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed(5);
  BriefStats st;

  g_assert_true(brief_config_set(cfg, "posting-window", "100", NULL));
  for (guint i = 0; i < copies; i++) {
    g_string_append(t, "The foreign minister said on ");
    if (vocab > 0)
      g_string_append_printf(t, "day%ux", (guint)g_rand_int_range(rand, 0, (gint32)vocab));
    else
      g_string_append(t, "Tuesday");
    g_string_append(t, " that the talks in Moscow had been frank and useful.\n\n");
  }
  g_assert_true(brief_cluster_add_data(c, "copies.txt", t->str, t->len, BRIEF_INPUT_TEXT, NULL));
  sum = summarize_cluster(c, cfg, &sz);
  st = *brief_summary_get_stats(sum);
  g_assert_cmpuint(st.n_candidates, ==, copies);
  return st;
}

static void
test_worst_case_work(void)
{
  /* Copies of one sentence are one graph node: no pair is ever summed. */
  BriefStats one = worst_case_stats(3000, 0);
  /* Near-copies (one word changed, drawn from as many words as there are
   * sentences): with a posting window of 100 the work per sentence is
   * bounded, so 4x the sentences cost about 4x the pair updates, not 16x. */
  BriefStats small = worst_case_stats(3000, 3000), large = worst_case_stats(12000, 12000);

  g_assert_cmpuint(one.n_distinct, ==, 1);
  g_assert_cmpuint(one.n_pair_updates, ==, 0);
  g_assert_cmpuint(small.n_distinct, >, 1500);
  g_assert_cmpuint(large.n_distinct, >, small.n_distinct);
  g_assert_cmpuint(small.n_pair_updates, >, 0);
  g_assert_cmpuint(large.n_pair_updates, <=, 5 * small.n_pair_updates);
}

/* Sentence i of run's terms are those a fresh tokenizer gives its text;
 * a copy (copy_of) has the bytes of the earlier sentence it names.
 * Returns the number of copies. */
static guint
check_terms_and_copies(const BriefRun *run, const BriefSummarizer *sz, const BriefCluster *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefTokenizer) fresh = brief_tokenizer_new("english", NULL, 0, NULL, &error);
  guint n_copies = 0;

  g_assert_no_error(error);
  for (guint i = 0; i < run->sents->len; i++) {
    const BriefSent *s = &g_array_index(run->sents, BriefSent, i);
    const BriefSent *f = &g_array_index(run->sents, BriefSent, run->copy_of[i]);
    const char *text = brief_cluster_get_article(c, s->article)->text + s->start;
    g_autoptr(GArray) ids = g_array_new(FALSE, FALSE, sizeof(guint32));
    g_assert_cmpuint(run->copy_of[i], <=, i);
    if (run->copy_of[i] < i) {
      n_copies++;
      g_assert_cmpuint(f->end - f->start, ==, s->end - s->start);
      g_assert_true(memcmp(brief_cluster_get_article(c, f->article)->text + f->start, text,
                           s->end - s->start) == 0);
    }
    brief_tokenizer_add_terms(fresh, text, s->end - s->start, ids);
    g_assert_cmpuint(ids->len, ==, run->term_off[i + 1] - run->term_off[i]);
    for (guint k = 0; k < ids->len; k++) {
      guint32 local = g_array_index(run->terms, guint32, run->term_off[i] + k);
      guint32 global = g_array_index(run->global_of, guint32, local);
      g_assert_cmpstr(brief_tokenizer_term(sz->tok, global), ==,
                      brief_tokenizer_term(fresh, g_array_index(ids, guint32, k)));
    }
  }
  return n_copies;
}

/* A day of wire copies: 6,000 sentences drawn from 3,000 texts, in 60
 * articles.  The copies are found before tokenizing, so every sentence
 * whose bytes an earlier one had is one (copy_of), on any number of
 * threads; the distinct texts (over 2,000) are tokenized in chunks on
 * threads, and every sentence's terms are those a fresh tokenizer gives
 * its text.  The summary is the same on one thread as on three. */
static void
test_stage_copies(void)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(GRand) rand = g_rand_new_with_seed(7);
  guint texts[3000] = {0}, n_texts = 0, n_drawn = 0;

  for (guint art = 0; art < 60; art++) {
    g_autoptr(GString) t = g_string_new(NULL);
    g_autofree char *name = g_strdup_printf("w%02u.txt", art);
    for (guint s = 0; s < 100; s++, n_drawn++) {
      guint k = (guint)g_rand_int_range(rand, 0, 3000);
      n_texts += texts[k]++ == 0;
      /* Text k, and text k with one more word: same start, different
       * length. */
      g_string_append_printf(t, "Officials in district %u said the storm %s moved %s. ", k % 1500,
                             k % 2 ? "quickly" : "slowly", k >= 1500 ? "north again" : "north");
    }
    g_assert_true(brief_cluster_add_data(c, name, t->str, t->len, BRIEF_INPUT_TEXT, NULL));
  }
  g_assert_cmpuint(n_texts, >, 2000);
  assert_same_on_threads(c, 3, 2);
  /* Words with stop words (coverage bigrams of words) and terms only, on
   * one thread and on three, twice with one summarizer: the second run's
   * tokenizers have read the first's. */
  for (guint v = 0; v < 4; v++) {
    g_autoptr(GError) error = NULL;
    g_autoptr(BriefConfig) cfg = brief_config_new();
    g_autoptr(BriefSummarizer) sz = NULL;
    cfg->n_threads = v % 2 ? 3 : 1;
    g_assert_true(brief_config_set(cfg, "coverage-bigrams", v < 2 ? "words" : "terms", NULL));
    sz = brief_summarizer_new(cfg, &error);
    g_assert_no_error(error);
    for (guint again = 0; again < 2; again++) {
      g_auto(BriefRun) run = {0};
      run_to_candidates(&run, sz, c);
      g_assert_cmpuint(run.sents->len, ==, n_drawn);
      g_assert_cmpuint(check_terms_and_copies(&run, sz, c), ==, n_drawn - n_texts);
    }
    /* On three threads the distinct sentences were tokenized in chunks. */
    g_assert_cmpuint(sz->n_helpers, ==, v % 2 ? 1 : 0);
  }
}

/* The sentences of article ai (`text`) in `run` are, field by field,
 * those the article gives when split whole and screened sentence by
 * sentence (brief_splitter_split(), then datelines, words, captions per
 * paragraph and quotation parts, with the noise filter `noise`), and
 * those of a cluster of that article alone (`alone`, its run).  Returns
 * the number of captions (sentences of no words) and quotation parts. */
static guint
assert_same_sentences(const BriefRun *run, guint ai, const BriefRun *alone, const char *text,
                      gboolean noise)
{
  g_autoptr(GArray) spans = brief_splitter_split(run->summarizer->splitter, text, -1);
  g_autofree guint8 *parts = g_new0(guint8, spans->len + 1);
  g_autofree gboolean *caption = g_new0(gboolean, spans->len + 1);
  guint k = 0, found = 0;

  g_assert_cmpuint(spans->len, ==, alone->sents->len);
  if (noise && spans->len > 0)
    brief_noise_quote_parts(text, &g_array_index(spans, BriefSpan, 0), spans->len, parts);
  for (guint f = 0, l; noise && f < spans->len; f = l) {
    const BriefSpan *first = &g_array_index(spans, BriefSpan, f);
    for (l = f; l < spans->len && g_array_index(spans, BriefSpan, l).paragraph == first->paragraph;)
      l++;
    if (brief_noise_is_caption(text + first->start,
                               g_array_index(spans, BriefSpan, l - 1).end - first->start))
      for (guint j = f; j < l; j++)
        caption[j] = TRUE;
  }
  for (guint i = 0; i < run->sents->len; i++) {
    BriefSent s = g_array_index(run->sents, BriefSent, i), t;
    const BriefSpan *sp;
    gsize start;
    if (s.article != ai)
      continue;
    g_assert_cmpuint(k, <, spans->len);
    sp = &g_array_index(spans, BriefSpan, k);
    start = sp->start +
            (noise ? brief_noise_dateline_length(text + sp->start, sp->end - sp->start) : 0);
    g_assert_cmpuint(s.index, ==, k);
    g_assert_cmpuint(s.paragraph, ==, sp->paragraph);
    g_assert_cmpuint(s.start, ==, start);
    g_assert_cmpuint(s.end, ==, sp->end);
    g_assert_cmpuint(s.bytes, ==, sp->end - start);
    g_assert_cmpuint(s.words, ==,
                     caption[k] ? 0 : brief_count_words(text + start, sp->end - start));
    g_assert_cmpuint(s.quote_part, ==, parts[k]);
    found += (caption[k] ? 1u : 0u) + (parts[k] != 0 ? 1u : 0u);
    t = g_array_index(alone->sents, BriefSent, k);
    g_assert_cmpuint(s.words, ==, t.words);
    g_assert_cmpint(s.candidate, ==, t.candidate);
    g_assert_cmpint(s.quote, ==, t.quote);
    g_assert_cmpint(s.anaphora, ==, t.anaphora);
    k++;
  }
  g_assert_cmpuint(k, ==, spans->len);
  return found;
}

/* Wire copy re-cut: 320 articles of paragraphs drawn from 15, some twice
 * in one article, between blank lines of several kinds (and single line
 * breaks, which join two into one paragraph).  A paragraph is split and
 * screened once and its sentences reused (candidates.c): each article's
 * sentences must be those it gives split whole and screened sentence by
 * sentence, and those of the article alone, with the noise filter and
 * without.  The cluster is over 512 KiB, so on 3 threads the articles are
 * split on threads, each with a cache of its own. */
static void
check_paragraph_copies(gboolean noise)
{
  static const char *const paras[] = {
      "MOSCOW (Reuters) - The talks on Syria ended late on Tuesday after four hours.",
      "Kerry and Lavrov shake hands. Photo: REUTERS/Pool",
      "\"We have agreed on the next steps,\" the minister said. \"There is much to do.",
      "\"The sides will meet again in New York,\" he added.",
      "He said the meeting had been frank. It was the third this year.",
      "Officials listed the points: 1.) a ceasefire 2.) aid convoys 3.) a vote.",
      "At 5 a.m. Mr. Smith left the hotel. No. 5 stayed behind.",
      "The \xE2\x80\x9C"
      "plan\xE2\x80\x9D was welcomed by most of the delegations present today.",
      "Prices of oil rose by 2.5 percent . . . and fell again by noon.",
      "Rebels said they would not attend.",
      "A.",
      "Diplomats from twelve countries had gathered in the capital since Monday morning "
      "for a conference that many expected to fail before it had even begun properly.",
      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 said nothing. Nothing at all?",
      "Image: a map of the region",
      "\xC2\xA0\xC2\xA0", /* no sentence: the next paragraph keeps the number */
  };
  static const char *const gaps[] = {"\n\n", "\n \n", "\n\n\n", "\r\n\r\n", "\n", " \n"};
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(GRand) rand = g_rand_new_with_seed(11);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefConfig) cfg = brief_config_new();
  g_autoptr(BriefSummarizer) sz = NULL, sz3 = NULL;
  g_auto(BriefRun) run = {0};
  g_auto(BriefRun) run3 = {0};
  gsize bytes = 0;
  guint found = 0;

  for (guint art = 0; art < 320; art++) {
    g_autoptr(GString) t = g_string_new(art % 7 == 0 ? "\n\n" : "");
    g_autofree char *name = g_strdup_printf("p%03u.txt", art);
    for (guint p = 0; p < 12; p++) {
      if (p > 0)
        g_string_append(t, gaps[g_rand_int_range(rand, 0, G_N_ELEMENTS(gaps))]);
      g_string_append(t, paras[g_rand_int_range(rand, 0, G_N_ELEMENTS(paras))]);
    }
    /* Filler so that the cluster passes the threads' 512 KiB. */
    g_string_append_printf(t, "\n\n%1200s", "");
    bytes += t->len;
    g_assert_true(brief_cluster_add_data(c, name, t->str, t->len, BRIEF_INPUT_TEXT, NULL));
    g_ptr_array_add(texts, g_string_free(g_steal_pointer(&t), FALSE));
  }
  g_assert_cmpuint(bytes, >, 512 * 1024);
  cfg->noise_filter = noise;
  cfg->n_threads = 1;
  sz = brief_summarizer_new(cfg, &error);
  g_assert_no_error(error);
  run_to_candidates(&run, sz, c);
  cfg->n_threads = 3;
  sz3 = brief_summarizer_new(cfg, &error);
  g_assert_no_error(error);
  run_to_candidates(&run3, sz3, c);
  for (guint art = 0; art < texts->len; art++) {
    g_autoptr(BriefCluster) one = brief_cluster_new();
    g_auto(BriefRun) alone = {0};
    const char *text = g_ptr_array_index(texts, art);
    g_assert_true(
        brief_cluster_add_data(one, "one.txt", text, strlen(text), BRIEF_INPUT_TEXT, NULL));
    run_to_candidates(&alone, sz, one);
    found += assert_same_sentences(&run, art, &alone, text, noise);
    assert_same_sentences(&run3, art, &alone, text, noise);
  }
  /* The screens did find something to agree on. */
  if (noise)
    g_assert_cmpuint(found, >, 200);
  else
    g_assert_cmpuint(found, ==, 0);
}

static void
test_stage_paragraph_copies(void)
{
  check_paragraph_copies(TRUE);
  check_paragraph_copies(FALSE);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/summarize/example", test_example_budget_and_verbatim);
  g_test_add_func("/summarize/worst-case-work", test_worst_case_work);
  g_test_add_func("/summarize/reading-order", test_reading_order);
  g_test_add_func("/summarize/budgets", test_budgets);
  g_test_add_func("/summarize/deterministic", test_deterministic);
  g_test_add_func("/summarize/large-cluster-threads", test_large_cluster_threads);
  g_test_add_func("/summarize/history-independent", test_history_independent);
  g_test_add_func("/summarize/headline-title", test_headline_from_title);
  g_test_add_func("/summarize/date-option", test_date_option);
  g_test_add_func("/summarize/errors", test_errors);
  g_test_add_func("/summarize/no-stoplist", test_language_without_stoplist);
  g_test_add_func("/summarize/unterminated-fallback", test_unterminated_fallback);
  g_test_add_func("/summarize/stages/term-numbering", test_stage_term_numbering);
  g_test_add_func("/summarize/stages/copies", test_stage_copies);
  g_test_add_func("/summarize/stages/paragraph-copies", test_stage_paragraph_copies);
  g_test_add_func("/summarize/stages/coverage", test_stage_coverage);
  g_test_add_func("/summarize/stages/coverage-bigrams", test_stage_coverage_bigrams);
  g_test_add_func("/summarize/stages/term-frequency", test_stage_term_frequency);
  g_test_add_func("/summarize/stages/headline-without-titles", test_stage_headline_without_titles);
  g_test_add_func("/summarize/stages/quotations", test_stage_quotations);
  g_test_add_func("/summarize/quotations", test_quotations);
  return g_test_run();
}
