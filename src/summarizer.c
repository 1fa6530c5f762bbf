/* SPDX-License-Identifier: BSD-3-Clause */
/* The summarizer and its pipeline: sentences -> noise filter -> terms ->
 * TF-IDF -> TextRank -> MMR -> a briefing in reading order.  The stages
 * live in candidates.c, relevance.c, coverage.c, summary.c and headline.c. */
#include "summarizer-private.h"

#include "cluster-private.h"
#include "config-private.h"
#include "mmr-private.h"
#include "summary-private.h"
#include "tokenize-private.h"

#include <string.h>

/* The summarizer's own configuration, with the thread count settled. */
static void
summarizer_set_config(BriefSummarizer *s, const BriefConfig *config)
{
  s->config = brief_config_copy(config);
  s->config->n_threads = brief_config_get_n_threads(config);
}

static gboolean
load_idf_model(BriefSummarizer *s, GError **error)
{
  const BriefConfig *cfg = s->config;

  s->idf_model = brief_idf_model_load_full(cfg->idf_path, cfg, error);
  if (s->idf_model == NULL)
    return FALSE;
  return brief_summarizer_check_idf(s->idf_model, cfg->idf_path, cfg->language, error);
}

/* A summarizer for `config`; the IDF model of "idf" is read when `load_idf`. */
static BriefSummarizer *
summarizer_new(const BriefConfig *config, gboolean load_idf, GError **error)
{
  g_autoptr(BriefSummarizer) s = NULL;
  const BriefConfig *cfg;
  gboolean missing = FALSE;

  if (!brief_config_validate(config, error))
    return NULL;
  s = g_new0(BriefSummarizer, 1);
  summarizer_set_config(s, config);
  cfg = s->config;
  s->tok = brief_tokenizer_new(cfg->language, cfg->stopwords_path, cfg->max_input_bytes, &missing,
                               error);
  if (s->tok == NULL)
    return NULL;
  if (missing)
    g_warning("no stop word list for '%s': all words count", cfg->language);
  s->splitter = brief_splitter_new(cfg->language, error);
  if (s->splitter == NULL)
    return NULL;
  if (load_idf && cfg->idf_path != NULL && !load_idf_model(s, error))
    return NULL;
  return g_steal_pointer(&s);
}

BriefSummarizer *
brief_summarizer_new(const BriefConfig *config, GError **error)
{
  g_return_val_if_fail(config != NULL, NULL);
  return summarizer_new(config, TRUE, error);
}

BriefSummarizer *
brief_summarizer_new_with_idf(const BriefConfig *config, const BriefIdfModel *model, GError **error)
{
  BriefSummarizer *s;

  g_return_val_if_fail(config != NULL, NULL);
  s = summarizer_new(config, FALSE, error);
  if (s != NULL)
    s->shared_idf = model;
  return s;
}

gboolean
brief_summarizer_check_idf(const BriefIdfModel *model, const char *path, const char *language,
                           GError **error)
{
  if (strcmp(brief_idf_model_get_language(model), language) != 0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s: IDF model is for '%s', not '%s'",
                path, brief_idf_model_get_language(model), language);
    return FALSE;
  }
  return TRUE;
}

void
brief_summarizer_share_idf(BriefSummarizer *summarizer, const BriefIdfModel *model)
{
  summarizer->shared_idf = model;
}

void
brief_summarizer_set_lenient(BriefSummarizer *summarizer, gboolean lenient)
{
  summarizer->lenient = lenient;
}

void
brief_summarizer_free(BriefSummarizer *summarizer)
{
  if (summarizer == NULL)
    return;
  brief_tokenizer_free(summarizer->tok);
  for (guint h = 0; h < summarizer->n_helpers; h++)
    brief_tokenizer_free(summarizer->helpers[h]);
  g_free(summarizer->helpers);
  brief_splitter_free(summarizer->splitter);
  brief_config_free(summarizer->config);
  brief_idf_model_free(summarizer->idf_model);
  g_free(summarizer);
}

/* The coverage concepts need only the words and the candidates, not their
 * scores: from this many candidates, with threads, they are built on a
 * thread of their own while the graph is built and ranked. */
#define COVERAGE_THREAD_CANDIDATES 2000

/* The coverage concepts of a run, built on a thread or when needed. */
typedef struct {
  BriefCoverage cov;
  const BriefRun *run;
  GThread *thread; /* building them, until joined */
} Coverage;

static gpointer
coverage_thread(gpointer data)
{
  Coverage *c = data;

  brief_coverage_build(&c->cov, c->run);
  return NULL;
}

/* Start building the coverage concepts beside the ranking when it pays. */
static void
coverage_start(Coverage *c, const BriefRun *run)
{
  c->run = run;
  if (brief_coverage_used(run->cfg) && run->n >= COVERAGE_THREAD_CANDIDATES &&
      run->cfg->n_threads > 1)
    c->thread = g_thread_try_new("brief-coverage", coverage_thread, c, NULL);
}

/* The coverage concepts, or NULL when selection has none. */
static const BriefCoverage *
coverage_finish(Coverage *c)
{
  if (!brief_coverage_used(c->run->cfg))
    return NULL;
  if (c->thread != NULL)
    g_thread_join(g_steal_pointer(&c->thread));
  else
    brief_coverage_build(&c->cov, c->run);
  return &c->cov;
}

/* MMR within the budget; LEAD takes its candidates in order (lambda 1). */
static void
select_sentences(BriefRun *run, Coverage *coverage)
{
  const BriefConfig *cfg = run->cfg;
  gboolean lead = cfg->method == BRIEF_METHOD_LEAD;
  BriefBudget budget = {0};

  budget.words = cfg->budget_words;
  budget.sentences = cfg->budget_sentences;
  budget.bytes = cfg->budget_bytes;
  budget.fill = cfg->fill;
  run->selected = brief_mmr_select_grouped(&run->m, run->rows, run->group, run->relevance,
                                           run->words, run->bytes, run->n, lead ? 1.0 : cfg->lambda,
                                           &budget, coverage_finish(coverage));
  brief_coverage_clear(&coverage->cov);
}

static void
finish_stats(BriefRun *run, BriefSummary *sum)
{
  run->stats.n_articles = brief_cluster_get_n_articles(run->cluster);
  run->stats.n_sentences = run->sents->len;
  run->stats.n_candidates = run->n;
  run->stats.n_terms = run->n_terms;
  run->stats.t_total = (double)(g_get_monotonic_time() - run->t_start) / G_USEC_PER_SEC;
  sum->stats = run->stats;
}

BriefSummary *
brief_summarizer_run(BriefSummarizer *self, const BriefCluster *cluster, GError **error)
{
  g_auto(BriefRun) run = {0};
  Coverage coverage = {0};
  BriefSummary *sum;

  g_return_val_if_fail(self != NULL && cluster != NULL, NULL);

  brief_run_init(&run, self, cluster);
  if (brief_cluster_get_n_articles(cluster) == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "no articles to summarize");
    return NULL;
  }
  if (!brief_collect_sentences(&run, error))
    return NULL;
  brief_run_lap(&run, &run.stats.t_split);

  brief_number_terms(&run);
  brief_run_lap(&run, &run.stats.t_tokenize);

  brief_weigh_terms(&run);
  if (!brief_choose_candidates(&run, error))
    return NULL;
  brief_run_lap(&run, &run.stats.t_vectors);

  coverage_start(&coverage, &run);
  brief_score_candidates(&run);
  brief_run_lap(&run, &run.stats.t_rank);

  brief_compute_relevance(&run);
  brief_rank_candidates(&run);
  select_sentences(&run, &coverage);
  brief_run_lap(&run, &run.stats.t_select);

  sum = brief_summary_new_from_run(&run);
  brief_choose_headline(&run, sum);
  sum->has_date = brief_briefing_date(run.cfg->date, cluster, &sum->year, &sum->month, &sum->day);
  finish_stats(&run, sum);
  return sum;
}
