/* brief summarize: one story cluster in, one briefing out. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static gboolean
parse_format(const char *s, BriefFormat *out)
{
  if (s == NULL || strcmp(s, "text") == 0)
    *out = BRIEF_FORMAT_TEXT;
  else if (strcmp(s, "markdown") == 0 || strcmp(s, "md") == 0)
    *out = BRIEF_FORMAT_MARKDOWN;
  else if (strcmp(s, "json") == 0)
    *out = BRIEF_FORMAT_JSON;
  else if (strcmp(s, "plain") == 0)
    *out = BRIEF_FORMAT_PLAIN;
  else
    return FALSE;
  return TRUE;
}

int
brief_cli_summarize(int argc, char **argv)
{
  const char *cmd = "summarize";
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) cluster = NULL;
  g_autoptr(BriefSummarizer) summarizer = NULL;
  g_autoptr(BriefSummary) summary = NULL;
  g_autofree char *output = NULL, *format_s = NULL, *language = NULL, *stopwords = NULL;
  g_autofree char *idf = NULL;
  g_autofree char *input_format_s = NULL, *date = NULL, *method_s = NULL;
  g_auto(GStrv) paths = NULL;
  g_autofree char *rendered = NULL;
  /* UNSET marks an option not given: any value a user can type is checked. */
  const gint UNSET = G_MININT;
  const gdouble UNSET_D = -1e300;
  gint words = UNSET, sentences = UNSET, bytes = UNSET, min_words = UNSET, max_words = UNSET;
  gint threads = UNSET, max_iter = UNSET;
  gdouble lambda = UNSET_D, damping = UNSET_D, threshold = UNSET_D;
  gdouble position = UNSET_D, centroid = UNSET_D, coverage = UNSET_D;
  gdouble quote_penalty = UNSET_D, pronoun_penalty = UNSET_D;
  gint coverage_df = UNSET, max_neighbors = UNSET;
  gboolean binary_edges = FALSE, keep_noise = FALSE;
  g_autofree char *idf_docs = NULL;
  gboolean fill = FALSE, quiet = FALSE, verbose = FALSE;
  BriefConfig config;
  BriefFormat format;
  BriefInputFormat input_format;
  int status = BRIEF_EXIT_OK;
  GOptionEntry entries[] = {
    {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the briefing to FILE (atomically)", "FILE"},
    {"format", 'f', 0, G_OPTION_ARG_STRING, &format_s, "text (default), markdown, json or plain", "FORMAT"},
    {"words", 'w', 0, G_OPTION_ARG_INT, &words, "Budget in words (default 100)", "N"},
    {"sentences", 's', 0, G_OPTION_ARG_INT, &sentences, "Budget in sentences", "N"},
    {"bytes", 'b', 0, G_OPTION_ARG_INT, &bytes, "Budget in bytes", "N"},
    {"fill", 0, 0, G_OPTION_ARG_NONE, &fill, "Let the last sentence cross the budget", NULL},
    {"language", 'l', 0, G_OPTION_ARG_STRING, &language, "Language of the articles (default english)", "LANG"},
    {"stopwords", 0, 0, G_OPTION_ARG_FILENAME, &stopwords, "Stop list to use instead of the built-in one", "FILE"},
    {"input-format", 0, 0, G_OPTION_ARG_STRING, &input_format_s, "auto (default), text or jsonl", "FORMAT"},
    {"idf", 0, 0, G_OPTION_ARG_FILENAME, &idf, "Background IDF model (see 'brief idf')", "FILE"},
    {"idf-documents", 0, 0, G_OPTION_ARG_STRING, &idf_docs, "In-cluster IDF over sentences (default) or articles", "UNIT"},
    {"date", 0, 0, G_OPTION_ARG_STRING, &date, "Date of the briefing (default: newest article)", "YYYY-MM-DD"},
    {"method", 'm', 0, G_OPTION_ARG_STRING, &method_s, "textrank (default) or lead (baseline: first sentences of the newest article)", "METHOD"},
    {"lambda", 0, 0, G_OPTION_ARG_DOUBLE, &lambda, "MMR relevance weight, 0..1 (default 0.7)", "X"},
    {"damping", 0, 0, G_OPTION_ARG_DOUBLE, &damping, "PageRank damping, 0..1 (default 0.85)", "X"},
    {"threshold", 0, 0, G_OPTION_ARG_DOUBLE, &threshold, "Minimum cosine of a graph edge (default 0.1)", "X"},
    {"binary-edges", 0, 0, G_OPTION_ARG_NONE, &binary_edges, "Graph edges weigh 1 instead of their cosine", NULL},
    {"max-neighbors", 0, 0, G_OPTION_ARG_INT, &max_neighbors, "Edges a sentence keeps to later ones, 0 = all (default 100)", "N"},
    {"position", 0, 0, G_OPTION_ARG_DOUBLE, &position, "Weight of the lead-position prior, 0..1 (default 0.3)", "X"},
    {"centroid", 0, 0, G_OPTION_ARG_DOUBLE, &centroid, "Weight of the similarity to the centroid, 0..1", "X"},
    {"quote-penalty", 0, 0, G_OPTION_ARG_DOUBLE, &quote_penalty, "Relevance discount of quotations, 0..1 (default 0.3)", "X"},
    {"pronoun-penalty", 0, 0, G_OPTION_ARG_DOUBLE, &pronoun_penalty, "Relevance discount of sentences opening with He, It, But... (default 0.5)", "X"},
    {"coverage", 0, 0, G_OPTION_ARG_DOUBLE, &coverage, "Weight of bigram coverage in selection, 0..1 (default 0.3)", "X"},
    {"coverage-min-df", 0, 0, G_OPTION_ARG_INT, &coverage_df, "Articles a bigram must appear in to count (default 2)", "N"},
    {"max-iterations", 0, 0, G_OPTION_ARG_INT, &max_iter, "PageRank iteration cap (default 200)", "N"},
    {"keep-noise", 0, 0, G_OPTION_ARG_NONE, &keep_noise, "Do not drop captions, datelines, bylines, unterminated lines, quotation pieces", NULL},
    {"min-words", 0, 0, G_OPTION_ARG_INT, &min_words, "Shortest sentence to use (default 6)", "N"},
    {"max-words", 0, 0, G_OPTION_ARG_INT, &max_words, "Longest sentence to use, 0 = any (default 80)", "N"},
    {"threads", 0, 0, G_OPTION_ARG_INT, &threads, "Worker threads (default: one per core)", "N"},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Do not print warnings", NULL},
    {"verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Print work done and time per stage to stderr", NULL},
    {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, "PATH..."},
    {NULL, 0, 0, 0, NULL, NULL, NULL},
  };

  ctx = g_option_context_new("PATH... - summarize one story cluster");
  g_option_context_set_summary(ctx,
      "PATH is a directory (its files, sorted by name), a file, or - for standard\n"
      "input.  Text files may start with a header block (Title:, Source:, Date:,\n"
      "URL: lines, then a blank line); *.jsonl files hold one article per line.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!brief_cli_parse(ctx, cmd, &argc, &argv, &status))
    return status;
  if (paths == NULL || paths[0] == NULL)
    return brief_cli_usage_error(cmd, "no input: give a directory, files, or -");
  if (!parse_format(format_s, &format)) {
    g_autofree char *m = g_strdup_printf("unknown format '%s' (text, markdown, json, plain)", format_s);
    return brief_cli_usage_error(cmd, m);
  }
  if (!brief_cli_parse_input_format(input_format_s, &input_format)) {
    g_autofree char *m = g_strdup_printf("unknown input format '%s' (auto, text, jsonl)", input_format_s);
    return brief_cli_usage_error(cmd, m);
  }
  {
    struct { const char *name; gint value; } ints[] = {
      {"--words", words}, {"--sentences", sentences}, {"--bytes", bytes},
      {"--min-words", min_words}, {"--max-words", max_words}, {"--threads", threads},
      {"--max-iterations", max_iter}, {"--coverage-min-df", coverage_df},
      {"--max-neighbors", max_neighbors},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(ints); i++)
      if (ints[i].value != UNSET && ints[i].value < 0) {
        g_autofree char *m = g_strdup_printf("%s must not be negative", ints[i].name);
        return brief_cli_usage_error(cmd, m);
      }
  }
  if (words == 0 || sentences == 0 || bytes == 0)
    return brief_cli_usage_error(cmd, "a budget (--words, --sentences, --bytes) must be at least 1");

  brief_config_init(&config);
  if (method_s == NULL || strcmp(method_s, "textrank") == 0)
    config.method = BRIEF_METHOD_TEXTRANK;
  else if (strcmp(method_s, "lead") == 0)
    config.method = BRIEF_METHOD_LEAD;
  else {
    g_autofree char *m = g_strdup_printf("unknown method '%s' (textrank, lead)", method_s);
    return brief_cli_usage_error(cmd, m);
  }
  if (language)
    config.language = language;
  config.stopwords_path = stopwords;
  config.idf_path = idf;
  config.date = date;
  if (sentences != UNSET || bytes != UNSET)
    config.budget_words = 0; /* the budget given replaces the default one */
  if (words > 0)
    config.budget_words = (guint)words;
  if (sentences > 0)
    config.budget_sentences = (guint)sentences;
  if (bytes > 0)
    config.budget_bytes = (guint)bytes;
  config.fill = fill;
  if (lambda != UNSET_D)
    config.lambda = lambda;
  if (damping != UNSET_D)
    config.damping = damping;
  if (threshold != UNSET_D)
    config.threshold = threshold;
  if (position != UNSET_D)
    config.position_weight = position;
  if (centroid != UNSET_D)
    config.centroid_weight = centroid;
  config.binary_edges = binary_edges;
  config.noise_filter = !keep_noise;
  if (idf_docs != NULL && strcmp(idf_docs, "articles") == 0)
    config.idf_articles = TRUE;
  else if (idf_docs != NULL && strcmp(idf_docs, "sentences") != 0) {
    g_autofree char *m = g_strdup_printf("unknown --idf-documents '%s' (sentences, articles)", idf_docs);
    return brief_cli_usage_error(cmd, m);
  }
  if (max_neighbors != UNSET)
    config.max_neighbors = (guint)max_neighbors;
  if (quote_penalty != UNSET_D)
    config.quote_penalty = quote_penalty;
  if (pronoun_penalty != UNSET_D)
    config.pronoun_penalty = pronoun_penalty;
  if (coverage != UNSET_D)
    config.coverage_weight = coverage;
  if (coverage_df != UNSET)
    config.coverage_min_df = (guint)coverage_df;
  if (max_iter != UNSET)
    config.max_iterations = (guint)max_iter;
  if (min_words != UNSET)
    config.min_words = (guint)min_words;
  if (max_words != UNSET)
    config.max_words = (guint)max_words;
  if (threads != UNSET)
    config.n_threads = (guint)threads;
  if (!brief_config_validate(&config, &error)) {
    g_printerr("brief %s: %s\n", cmd, error->message);
    return brief_cli_exit_for_error(error);
  }
  brief_cli_set_quiet(quiet);

  summarizer = brief_summarizer_new(&config, &error);
  if (summarizer == NULL)
    return brief_cli_fail(cmd, error);
  cluster = brief_cluster_new();
  for (char **p = paths; *p; p++)
    if (!brief_cluster_add_path(cluster, *p, input_format, &error))
      return brief_cli_fail(cmd, error);
  summary = brief_summarizer_run(summarizer, cluster, &error);
  if (summary == NULL)
    return brief_cli_fail(cmd, error);
  if (verbose) {
    const BriefStats *st = brief_summary_get_stats(summary);
    g_printerr("brief: %u articles, %u sentences, %u candidates, %u terms, %" G_GUINT64_FORMAT
               " edges, %u iterations\n"
               "brief: split %.3f s, tokenize %.3f s, vectors %.3f s, graph %.3f s, rank %.3f s, "
               "select %.3f s, total %.3f s\n",
               st->n_articles, st->n_sentences, st->n_candidates, st->n_terms, st->n_edges,
               st->n_iterations, st->t_split, st->t_tokenize, st->t_vectors, st->t_graph,
               st->t_rank, st->t_select, st->t_total);
  }
  rendered = brief_summary_to_string(summary, format);
  brief_cli_write_output(cmd, output, rendered, &status);
  return status;
}
