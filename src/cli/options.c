/* The options `summarize` and `daily` share: input, output, budget and the
 * summarizer's tuning (in a group of its own, shown by --help-tuning). */
#include <string.h>

#include "cli.h"

/* An option not given: any value a user can type is checked. */
#define UNSET   G_MININT
#define UNSET_D (-1e300)

void
brief_cli_options_init(BriefCliOptions *o)
{
  memset(o, 0, sizeof *o);
  o->words = o->sentences = o->bytes = o->min_words = o->max_words = UNSET;
  o->threads = o->max_iter = o->coverage_df = o->max_neighbors = UNSET;
  o->lambda = o->damping = o->threshold = o->position = o->centroid = UNSET_D;
  o->coverage = o->quote_penalty = o->pronoun_penalty = UNSET_D;
}

void
brief_cli_options_clear(BriefCliOptions *o)
{
  g_free(o->output);
  g_free(o->format);
  g_free(o->language);
  g_free(o->stopwords);
  g_free(o->idf);
  g_free(o->idf_docs);
  g_free(o->input_format);
  g_free(o->date);
  g_free(o->method);
  g_strfreev(o->paths);
  memset(o, 0, sizeof *o);
}

void
brief_cli_options_add(GOptionContext *ctx, BriefCliOptions *o, const GOptionEntry *extra,
                      const char *words_help)
{
  GOptionEntry main_entries[] = {
      {"output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output,
       "Write to FILE (atomically) instead of standard output", "FILE"},
      {"format", 'f', 0, G_OPTION_ARG_STRING, &o->format,
       "text (default), markdown, json, html or plain", "FORMAT"},
      {"words", 'w', 0, G_OPTION_ARG_INT, &o->words, words_help, "N"},
      {"sentences", 's', 0, G_OPTION_ARG_INT, &o->sentences,
       "Budget in sentences (replaces the word budget)", "N"},
      {"bytes", 'b', 0, G_OPTION_ARG_INT, &o->bytes, "Budget in bytes (replaces the word budget)",
       "N"},
      {"fill", 0, 0, G_OPTION_ARG_NONE, &o->fill, "Let the last sentence cross the budget", NULL},
      {"language", 'l', 0, G_OPTION_ARG_STRING, &o->language,
       "Language of the articles (default english)", "LANG"},
      {"stopwords", 0, 0, G_OPTION_ARG_FILENAME, &o->stopwords,
       "Stop list to use instead of the built-in one", "FILE"},
      {"input-format", 0, 0, G_OPTION_ARG_STRING, &o->input_format, "auto (default), text or jsonl",
       "FORMAT"},
      {"idf", 0, 0, G_OPTION_ARG_FILENAME, &o->idf, "Background IDF model (see 'brief idf')",
       "FILE"},
      {"date", 0, 0, G_OPTION_ARG_STRING, &o->date,
       "Date of the briefing (default: newest article)", "YYYY-MM-DD"},
      {"threads", 0, 0, G_OPTION_ARG_INT, &o->threads, "Worker threads (default: one per core)",
       "N"},
      {"quiet", 'q', 0, G_OPTION_ARG_NONE, &o->quiet, "Do not print warnings or progress", NULL},
      {"verbose", 'v', 0, G_OPTION_ARG_NONE, &o->verbose,
       "Print work done and time per stage to stderr", NULL},
      {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->paths, NULL, "PATH..."},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };
  GOptionEntry tuning[] = {
      {"method", 'm', 0, G_OPTION_ARG_STRING, &o->method,
       "textrank (default) or lead (baseline: first sentences of the newest article)", "METHOD"},
      {"idf-documents", 0, 0, G_OPTION_ARG_STRING, &o->idf_docs,
       "In-cluster IDF over sentences (default) or articles", "UNIT"},
      {"lambda", 0, 0, G_OPTION_ARG_DOUBLE, &o->lambda, "MMR relevance weight, 0..1 (default 0.7)",
       "X"},
      {"position", 0, 0, G_OPTION_ARG_DOUBLE, &o->position,
       "Weight of the lead-position prior, 0..1 (default 0.3)", "X"},
      {"centroid", 0, 0, G_OPTION_ARG_DOUBLE, &o->centroid,
       "Weight of the similarity to the centroid, 0..1 (default 0)", "X"},
      {"coverage", 0, 0, G_OPTION_ARG_DOUBLE, &o->coverage,
       "Weight of bigram coverage in selection, 0..1 (default 0.3)", "X"},
      {"coverage-min-df", 0, 0, G_OPTION_ARG_INT, &o->coverage_df,
       "Articles a bigram must appear in to count (default 2)", "N"},
      {"quote-penalty", 0, 0, G_OPTION_ARG_DOUBLE, &o->quote_penalty,
       "Relevance discount of quotations, 0..1 (default 0.3)", "X"},
      {"pronoun-penalty", 0, 0, G_OPTION_ARG_DOUBLE, &o->pronoun_penalty,
       "Relevance discount of sentences opening with He, It, But... (default 0.5)", "X"},
      {"damping", 0, 0, G_OPTION_ARG_DOUBLE, &o->damping, "PageRank damping, 0..1 (default 0.85)",
       "X"},
      {"threshold", 0, 0, G_OPTION_ARG_DOUBLE, &o->threshold,
       "Minimum cosine of a graph edge (default 0.1)", "X"},
      {"binary-edges", 0, 0, G_OPTION_ARG_NONE, &o->binary_edges,
       "Graph edges weigh 1 instead of their cosine", NULL},
      {"max-neighbors", 0, 0, G_OPTION_ARG_INT, &o->max_neighbors,
       "Edges a sentence keeps to later ones, 0 = all (default 50)", "N"},
      {"max-iterations", 0, 0, G_OPTION_ARG_INT, &o->max_iter,
       "PageRank iteration cap (default 200)", "N"},
      {"keep-noise", 0, 0, G_OPTION_ARG_NONE, &o->keep_noise,
       "Do not drop captions, datelines, bylines, unterminated lines, quotation pieces", NULL},
      {"min-words", 0, 0, G_OPTION_ARG_INT, &o->min_words, "Shortest sentence to use (default 6)",
       "N"},
      {"max-words", 0, 0, G_OPTION_ARG_INT, &o->max_words,
       "Longest sentence to use, 0 = any (default 80)", "N"},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };
  GOptionGroup *group =
      g_option_group_new("tuning", "Summarizer tuning (defaults chosen on the development set):",
                         "Show the summarizer's tuning options", NULL, NULL);

  g_option_context_add_main_entries(ctx, main_entries, NULL);
  if (extra)
    g_option_context_add_main_entries(ctx, extra, NULL);
  g_option_group_add_entries(group, tuning);
  g_option_context_add_group(ctx, group);
}

static gboolean
parse_format(const char *s, BriefFormat *out)
{
  static const struct {
    const char *name;
    BriefFormat format;
  } formats[] = {
      {"text", BRIEF_FORMAT_TEXT},   {"markdown", BRIEF_FORMAT_MARKDOWN},
      {"md", BRIEF_FORMAT_MARKDOWN}, {"json", BRIEF_FORMAT_JSON},
      {"html", BRIEF_FORMAT_HTML},   {"plain", BRIEF_FORMAT_PLAIN},
  };

  if (s == NULL) {
    *out = BRIEF_FORMAT_TEXT;
    return TRUE;
  }
  for (gsize i = 0; i < G_N_ELEMENTS(formats); i++)
    if (strcmp(s, formats[i].name) == 0) {
      *out = formats[i].format;
      return TRUE;
    }
  return FALSE;
}

gboolean
brief_cli_options_apply(const char *cmd, const BriefCliOptions *o, BriefConfig *config,
                        BriefFormat *format, BriefInputFormat *input_format, int *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *msg = NULL;
  struct {
    const char *name;
    gint value;
  } ints[] = {
      {"--words", o->words},
      {"--sentences", o->sentences},
      {"--bytes", o->bytes},
      {"--min-words", o->min_words},
      {"--max-words", o->max_words},
      {"--threads", o->threads},
      {"--max-iterations", o->max_iter},
      {"--coverage-min-df", o->coverage_df},
      {"--max-neighbors", o->max_neighbors},
  };

  if (!brief_cli_check_input(cmd, o->paths, o->input_format, input_format, status))
    return FALSE;
  if (!parse_format(o->format, format))
    msg = g_strdup_printf("unknown format '%s' (text, markdown, json, html, plain)", o->format);
  for (gsize i = 0; msg == NULL && i < G_N_ELEMENTS(ints); i++)
    if (ints[i].value != UNSET && ints[i].value < 0)
      msg = g_strdup_printf("%s must not be negative", ints[i].name);
  if (msg == NULL && (o->words == 0 || o->sentences == 0 || o->bytes == 0))
    msg = g_strdup("a budget (--words, --sentences, --bytes) must be at least 1");
  if (msg == NULL && o->method != NULL && strcmp(o->method, "textrank") != 0 &&
      strcmp(o->method, "lead") != 0)
    msg = g_strdup_printf("unknown method '%s' (textrank, lead)", o->method);
  if (msg == NULL && o->idf_docs != NULL && strcmp(o->idf_docs, "articles") != 0 &&
      strcmp(o->idf_docs, "sentences") != 0)
    msg = g_strdup_printf("unknown --idf-documents '%s' (sentences, articles)", o->idf_docs);
  if (msg != NULL) {
    *status = brief_cli_usage_error(cmd, msg);
    return FALSE;
  }

  config->method =
      o->method && strcmp(o->method, "lead") == 0 ? BRIEF_METHOD_LEAD : BRIEF_METHOD_TEXTRANK;
  config->idf_articles = o->idf_docs && strcmp(o->idf_docs, "articles") == 0;
  if (o->language)
    config->language = o->language;
  config->stopwords_path = o->stopwords;
  config->idf_path = o->idf;
  config->date = o->date;
  if (o->sentences != UNSET || o->bytes != UNSET)
    config->budget_words = 0; /* the budget given replaces the default one */
  if (o->words != UNSET)
    config->budget_words = (guint)o->words;
  if (o->sentences != UNSET)
    config->budget_sentences = (guint)o->sentences;
  if (o->bytes != UNSET)
    config->budget_bytes = (guint)o->bytes;
  config->fill = o->fill;
  config->binary_edges = o->binary_edges;
  config->noise_filter = !o->keep_noise;
#define SET_D(field, value)                                                                        \
  if ((value) != UNSET_D)                                                                          \
  config->field = (value)
#define SET_U(field, value)                                                                        \
  if ((value) != UNSET)                                                                            \
  config->field = (guint)(value)
  SET_D(lambda, o->lambda);
  SET_D(damping, o->damping);
  SET_D(threshold, o->threshold);
  SET_D(position_weight, o->position);
  SET_D(centroid_weight, o->centroid);
  SET_D(coverage_weight, o->coverage);
  SET_D(quote_penalty, o->quote_penalty);
  SET_D(pronoun_penalty, o->pronoun_penalty);
  SET_U(coverage_min_df, o->coverage_df);
  SET_U(max_neighbors, o->max_neighbors);
  SET_U(max_iterations, o->max_iter);
  SET_U(min_words, o->min_words);
  SET_U(max_words, o->max_words);
  SET_U(n_threads, o->threads);
#undef SET_D
#undef SET_U
  if (!brief_config_validate(config, &error)) {
    *status = brief_cli_fail(cmd, error);
    return FALSE;
  }
  brief_cli_set_quiet(o->quiet);
  return TRUE;
}
