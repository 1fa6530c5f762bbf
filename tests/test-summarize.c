/* The whole pipeline through the public API: budgets, noise, order,
 * determinism, dates, headlines and every failure of brief_summarizer_*. */
#include "brief-private.h"

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
  BriefConfig cfg;
  guint words = 0;

  brief_config_init(&cfg);
  sum = summarize_cluster(c, &cfg, &sz);
  g_assert_cmpuint(brief_summary_get_n_selected(sum), >, 1);
  for (guint i = 0; i < brief_summary_get_n_selected(sum); i++) {
    const BriefSelection *x = brief_summary_get_selected(sum, i);
    const BriefArticle *a = brief_cluster_get_article(c, x->article);
    g_autofree char *slice = brief_collapse_space(a->text + x->start, x->end - x->start);
    /* Extractive: the text is the input at the stated offsets. */
    g_assert_cmpstr(x->text, ==, slice);
    words += x->words;
    g_assert_cmpuint(x->words, ==, brief_count_words(x->text, strlen(x->text)));
    g_assert_cmpuint(x->words, >=, cfg.min_words);
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

static void
test_reading_order(void)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  BriefConfig cfg;
  /* The later article comes first in the input; its sentences must come
   * after those of the earlier one. */
  const char *later = "Date: 2020-03-02\n\nThe river flood reached the old town on Monday morning. "
                      "Residents of the old town left their homes as the river flood rose.\n";
  const char *earlier =
      "Date: 2020-03-01\n\nForecasters warned that the river would flood the old town. "
      "The river flood warning covered the old town and two villages.\n";

  g_assert_true(
      brief_cluster_add_data(c, "later.txt", later, strlen(later), BRIEF_INPUT_TEXT, NULL));
  g_assert_true(
      brief_cluster_add_data(c, "earlier.txt", earlier, strlen(earlier), BRIEF_INPUT_TEXT, NULL));
  brief_config_init(&cfg);
  cfg.budget_words = 1000;
  sum = summarize_cluster(c, &cfg, &sz);
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
  BriefConfig cfg;

  /* Sentences */
  {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_autoptr(BriefSummary) sum = NULL;
    brief_config_init(&cfg);
    cfg.budget_words = 0;
    cfg.budget_sentences = 3;
    sum = summarize_cluster(c, &cfg, &sz);
    g_assert_cmpuint(brief_summary_get_n_selected(sum), ==, 3);
  }
  /* Bytes, met from below */
  {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_autoptr(BriefSummary) sum = NULL;
    gsize bytes = 0;
    brief_config_init(&cfg);
    cfg.budget_words = 0;
    cfg.budget_bytes = 400;
    sum = summarize_cluster(c, &cfg, &sz);
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
    brief_config_init(&cfg);
    cfg.budget_words = 1;
    sum = summarize_cluster(c, &cfg, &sz);
    g_assert_cmpuint(brief_summary_get_n_selected(sum), ==, 1);
    g_assert_cmpuint(brief_summary_get_selected(sum, 0)->rank, ==, 1);
  }
  /* Fill: the words reach the budget. */
  {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_autoptr(BriefSummary) sum = NULL;
    guint words = 0;
    brief_config_init(&cfg);
    cfg.budget_words = 100;
    cfg.fill = TRUE;
    sum = summarize_cluster(c, &cfg, &sz);
    for (guint i = 0; i < brief_summary_get_n_selected(sum); i++)
      words += brief_summary_get_selected(sum, i)->words;
    g_assert_cmpuint(words, >=, 100);
  }
}

static void
test_deterministic(void)
{
  g_autoptr(BriefCluster) c = example_cluster();
  BriefConfig cfg;
  g_autofree char *first = NULL;

  brief_config_init(&cfg);
  for (guint threads = 1; threads <= 3; threads++) {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_autoptr(BriefSummary) sum = NULL;
    g_autofree char *json = NULL;
    cfg.n_threads = threads;
    sum = summarize_cluster(c, &cfg, &sz);
    json = brief_summary_to_string(sum, BRIEF_FORMAT_JSON);
    if (first == NULL)
      first = g_steal_pointer(&json);
    else
      g_assert_cmpstr(json, ==, first);
  }
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
  BriefConfig cfg;
  g_autofree char *fresh = NULL, *after = NULL;

  g_assert_true(brief_cluster_add_data(other, "o.txt", t, strlen(t), BRIEF_INPUT_TEXT, NULL));
  brief_config_init(&cfg);
  {
    g_autoptr(BriefSummarizer) sz = brief_summarizer_new(&cfg, &error);
    g_autoptr(BriefSummary) sum = brief_summarizer_run(sz, c, &error);
    g_assert_no_error(error);
    fresh = brief_summary_to_string(sum, BRIEF_FORMAT_JSON);
  }
  {
    g_autoptr(BriefSummarizer) sz = brief_summarizer_new(&cfg, &error);
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

/* Enough sentences that the graph is built on several threads. */
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
      g_string_append(t, " today. ");
    }
    g_assert_true(brief_cluster_add_data(c, name, t->str, t->len, BRIEF_INPUT_TEXT, NULL));
    g_string_free(t, TRUE);
  }
  for (guint threads = 1; threads <= 2; threads++) {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_autoptr(BriefSummary) sum = NULL;
    BriefConfig cfg;
    brief_config_init(&cfg);
    cfg.n_threads = threads;
    sum = summarize_cluster(c, &cfg, &sz);
    g_assert_cmpuint(brief_summary_get_n_candidates(sum), ==, 2400);
    if (threads == 1)
      a = brief_summary_to_string(sum, BRIEF_FORMAT_JSON);
    else
      b = brief_summary_to_string(sum, BRIEF_FORMAT_JSON);
  }
  g_assert_cmpstr(a, ==, b);
}

static void
test_headline_from_title(void)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  BriefConfig cfg;
  const char *x = "Title: Flood waters reach the old town\nSource: River Times\n\n"
                  "The river flood reached the old town on Monday morning. "
                  "Residents left their homes as the water rose quickly.\n";
  const char *y = "Title: Election results delayed again\n\n"
                  "Officials said the river flood delayed the count in the old town. "
                  "The flood closed two polling stations near the river.\n";

  g_assert_true(brief_cluster_add_data(c, "x.txt", x, strlen(x), BRIEF_INPUT_TEXT, NULL));
  g_assert_true(brief_cluster_add_data(c, "y.txt", y, strlen(y), BRIEF_INPUT_TEXT, NULL));
  brief_config_init(&cfg);
  sum = summarize_cluster(c, &cfg, &sz);
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
  BriefConfig cfg;
  int y, m, d;

  brief_config_init(&cfg);
  cfg.date = "2016-01-02";
  sum = summarize_cluster(c, &cfg, &sz);
  g_assert_true(brief_summary_get_date(sum, &y, &m, &d));
  g_assert_cmpint(y, ==, 2016);
  g_assert_cmpint(m, ==, 1);
  g_assert_cmpint(d, ==, 2);
}

static void
test_errors(void)
{
  BriefConfig cfg;
  g_autoptr(GError) error = NULL;

  /* Empty cluster */
  {
    g_autoptr(BriefCluster) c = brief_cluster_new();
    g_autoptr(BriefSummarizer) sz = NULL;
    brief_config_init(&cfg);
    sz = brief_summarizer_new(&cfg, &error);
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
    sz = brief_summarizer_new(&cfg, NULL);
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
    sz = brief_summarizer_new(&cfg, NULL);
    g_assert_null(brief_summarizer_run(sz, c, &error));
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY);
    g_clear_error(&error);
  }
  /* Bad configuration */
  brief_config_init(&cfg);
  cfg.language = "klingon";
  g_assert_null(brief_summarizer_new(&cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE);
  g_clear_error(&error);

  brief_config_init(&cfg);
  cfg.lambda = 1.5;
  g_assert_null(brief_summarizer_new(&cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  brief_config_init(&cfg);
  cfg.damping = -0.1;
  g_assert_false(brief_config_validate(&cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  brief_config_init(&cfg);
  cfg.budget_words = 0;
  g_assert_false(brief_config_validate(&cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  brief_config_init(&cfg);
  cfg.date = "15/12/2015";
  g_assert_false(brief_config_validate(&cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  brief_config_init(&cfg);
  cfg.min_words = 10;
  cfg.max_words = 5;
  g_assert_false(brief_config_validate(&cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  brief_config_init(&cfg);
  cfg.max_iterations = 0;
  g_assert_false(brief_config_validate(&cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);

  brief_config_init(&cfg);
  cfg.stopwords_path = "/nonexistent/stop.txt";
  g_assert_null(brief_summarizer_new(&cfg, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_IO);
}

static void
test_language_without_stoplist(void)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(BriefSummarizer) sz = NULL;
  g_autoptr(BriefSummary) sum = NULL;
  g_autoptr(GError) error = NULL;
  BriefConfig cfg;
  const char *t = "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία της χώρας σήμερα. "
                  "Τα μέτρα για την οικονομία θα ισχύσουν από τον επόμενο μήνα στη χώρα.\n";

  g_assert_true(brief_cluster_add_data(c, "el.txt", t, strlen(t), BRIEF_INPUT_TEXT, NULL));
  brief_config_init(&cfg);
  cfg.language = "greek";
  g_test_expect_message("brief", G_LOG_LEVEL_WARNING, "no stop word list for 'greek'*");
  sz = brief_summarizer_new(&cfg, &error);
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
  BriefConfig cfg;
  const char *t =
      "river flood reaches the old town overnight\n\nresidents leave homes as river flood rises\n";

  g_assert_true(brief_cluster_add_data(c, "t.txt", t, strlen(t), BRIEF_INPUT_TEXT, NULL));
  brief_config_init(&cfg);
  sum = summarize_cluster(c, &cfg, &sz);
  g_assert_cmpuint(brief_summary_get_n_selected(sum), >=, 1);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/summarize/example", test_example_budget_and_verbatim);
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
  return g_test_run();
}
