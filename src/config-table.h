/* SPDX-License-Identifier: BSD-3-Clause */
/* The one table of brief's tunables.
 *
 * Every tunable is one line here: its name (with '-' as '_', its key in
 * the JSON echo of the options; the command line makes it an option), the
 * field of struct _BriefConfig that holds it, its type, flags, default (as
 * text, parsed like a user's value), the default of a daily briefing where
 * that differs, the range of a number, the choices of a CHOICE, a
 * metavariable for help texts and the help.
 * The defaults, the validation, the command-line options, --help-tuning and
 * the options echoed in JSON output are all made from this table: adding a
 * tunable is one line here plus its use.
 *
 * A number's range is inclusive; EXCL_MIN makes the minimum exclusive,
 * EXCL_MAX the maximum.  LIMIT tunables bound what is read; like RUNTIME
 * ones they are left out of the JSON echo.  BATCH ones bound a line of a
 * batch (brief batch, brief idf build --batch); not SUMMARY, never echoed.
 * The order is the order of the JSON echo and of --help.
 *
 * config-private.h expands it into struct _BriefConfig, config.c into the
 * descriptions of brief_tunable_get(); nothing else does. */

/* clang-format off */
#define BRIEF_TUNABLES(X) \
  /* name               field             type     flags                          default           daily   min    max          choices               meta    help */ \
  X("method",           method,           CHOICE,  SUMMARY | LEVER,               "textrank",       NULL,   0,     0,           "textrank|lead",         "METHOD", "textrank, or lead: the first sentences of the newest article, a baseline") \
  X("language",         language,         STRING,  SUMMARY | DAILY | LANGUAGE,    "english",        NULL,   0,     0,           NULL,         "LANG", "Language of the articles") \
  X("stopwords",        stopwords_path,   STRING,  SUMMARY | PATH,                NULL,             NULL,   0,     0,           NULL,         "FILE", "Stop list to use instead of the built-in one") \
  X("idf",              idf_path,         STRING,  SUMMARY | PATH,                NULL,             NULL,   0,     0,           NULL,         "FILE", "Background IDF model (see 'brief idf'); default: IDF from the input") \
  X("idf-documents",    idf_articles,     CHOICE,  SUMMARY | LEVER | NOT_DAILY,   "sentences",      NULL,   0,     0,           "sentences|articles",         "UNIT", "The documents of the in-cluster IDF: sentences or articles") \
  X("term-frequency",   term_frequency,   CHOICE,  SUMMARY | LEVER,               "log",            NULL,   0,     0,           "log|raw",         "KIND", "Weight of a term repeated in a sentence: 1 + ln(count), or the count") \
  X("date",             date,             STRING,  SUMMARY | DAILY | DATE,        NULL,             NULL,   0,     0,           NULL,         "YYYY-MM-DD", "Date of the briefing (daily: articles dated after it are left out); default: the newest article's") \
  X("since",            since,            STRING,  DAILY | DATE,                  NULL,             NULL,   0,     0,           NULL,         "YYYY-MM-DD", "First day of a daily briefing's window: older articles are left out (instead of days)") \
  X("days",             days,             UINT,    DAILY,                         "7",              NULL,   0,     G_MAXINT,    NULL,         "N",    "Days of a daily briefing's window, up to its date: older articles are left out; 0 = no limit") \
  X("words",            budget_words,     UINT,    SUMMARY | BUDGET,              "100",            "60",   0,     G_MAXINT,    NULL,         "N",    "Budget in words") \
  X("sentences",        budget_sentences, UINT,    SUMMARY | BUDGET,              "0",              NULL,   0,     G_MAXINT,    NULL,         "N",    "Budget in sentences (replaces the word budget); 0 = none") \
  X("bytes",            budget_bytes,     UINT,    SUMMARY | BUDGET,              "0",              NULL,   0,     G_MAXINT,    NULL,         "N",    "Budget in bytes (replaces the word budget); 0 = none") \
  X("fill",             fill,             BOOLEAN, SUMMARY,                       "false",          NULL,   0,     0,           NULL,         NULL,   "Let the last sentence cross the budget") \
  X("noise-filter",     noise_filter,     BOOLEAN, SUMMARY | LEVER,               "true",           NULL,   0,     0,           NULL,         NULL,   "Drop captions, datelines, bylines, unterminated lines and quotation pieces") \
  X("min-words",        min_words,        UINT,    SUMMARY | LEVER,               "6",              NULL,   0,     G_MAXINT,    NULL,         "N",    "Shortest sentence to use, in words") \
  X("max-words",        max_words,        UINT,    SUMMARY | LEVER,               "50",             NULL,   0,     G_MAXINT,    NULL,         "N",    "Longest sentence to use, in words; 0 = any") \
  X("lambda",           lambda,           DOUBLE,  SUMMARY | LEVER,               "0.7",            NULL,   0,     1,           NULL,         "X",    "MMR weight of relevance against redundancy, 0..1") \
  X("damping",          damping,          DOUBLE,  SUMMARY | LEVER | EXCL_MAX,    "0.85",           NULL,   0,     1,           NULL,         "X",    "PageRank damping, at least 0 and below 1") \
  X("threshold",        threshold,        DOUBLE,  SUMMARY | LEVER,               "0.1",            NULL,   0,     1,           NULL,         "X",    "Minimum cosine of a sentence graph edge, 0..1") \
  X("binary-edges",     binary_edges,     BOOLEAN, SUMMARY | LEVER,               "false",          NULL,   0,     0,           NULL,         NULL,   "Graph edges weigh 1 instead of their cosine") \
  X("max-neighbors",    max_neighbors,    UINT,    SUMMARY | LEVER,               "50",             NULL,   0,     G_MAXINT,    NULL,         "N",    "Edges a sentence keeps to later ones (the strongest); 0 = all") \
  X("posting-window",   posting_window,   UINT,    SUMMARY | LEVER,               "1000",           NULL,   0,     G_MAXINT,    NULL,         "N",    "Later sentences a sentence meets through one term in the graph (the nearest); bounds the work per sentence; 0 = all") \
  X("position",         position_weight,  DOUBLE,  SUMMARY | LEVER,               "0.3",            NULL,   0,     1,           NULL,         "X",    "Weight of the lead-position prior 1/sqrt(i) in relevance, 0..1") \
  X("centroid",         centroid_weight,  DOUBLE,  SUMMARY | LEVER,               "0",              NULL,   0,     1,           NULL,         "X",    "Weight of the similarity to the cluster centroid in relevance, 0..1") \
  X("quote-penalty",    quote_penalty,    DOUBLE,  SUMMARY | LEVER,               "0.3",            NULL,   0,     1,           NULL,         "X",    "Relevance discount of sentences holding a quotation, 0..1") \
  X("pronoun-penalty",  pronoun_penalty,  DOUBLE,  SUMMARY | LEVER,               "0.5",            NULL,   0,     1,           NULL,         "X",    "Relevance discount of sentences opening with He, It, But..., 0..1") \
  X("coverage",         coverage_weight,  DOUBLE,  SUMMARY | LEVER,               "0.25",           NULL,   0,     1,           NULL,         "X",    "Share of bigram coverage in a candidate's relevance during selection, 0..1") \
  X("coverage-min-df",  coverage_min_df,  UINT,    SUMMARY | LEVER,               "3",              NULL,   0,     G_MAXINT,    NULL,         "N",    "Articles a bigram must appear in to count for coverage; a smaller cluster needs all of its articles, at least 2") \
  X("coverage-bigrams", coverage_bigrams, CHOICE,  SUMMARY | LEVER,               "words",          NULL,   0,     0,           "words|terms",         "KIND", "Coverage bigrams: adjacent words as written (not two stop words), or adjacent content terms") \
  X("tolerance",        tolerance,        DOUBLE,  SUMMARY | LEVER | EXCL_MIN,    "1e-06",          NULL,   0,     1,           NULL,         "X",    "PageRank stops when the L1 change of an iteration is below this") \
  X("max-iterations",   max_iterations,   UINT,    SUMMARY | LEVER,               "200",            NULL,   1,     10000,       NULL,         "N",    "PageRank iteration cap") \
  X("threads",          n_threads,        UINT,    SUMMARY | DAILY | RUNTIME,     "0",              NULL,   0,     64,          NULL,         "N",    "Worker threads; 0 = one per core, at most 8") \
  X("max-input-bytes",  max_input_bytes,  UINT,    SUMMARY | DAILY | LIMIT,       "33554432",       NULL,   1,     G_MAXUINT,   NULL,         "N",    "Largest file to read, in bytes (articles, standard input, stop list, IDF model)") \
  X("max-total-bytes",  max_total_bytes,  UINT,    SUMMARY | DAILY | LIMIT,       "67108864",       NULL,   1,     G_MAXUINT,   NULL,         "N",    "Most bytes of articles to read in one run") \
  X("max-line-bytes",   max_line_bytes,   UINT,    BATCH,                         "16777216",       NULL,   1,     G_MAXUINT,   NULL,         "N",    "Longest batch line (one cluster), in bytes") \
  X("max-articles",     max_articles,     UINT,    BATCH,                         "10000",          NULL,   1,     G_MAXUINT,   NULL,         "N",    "Most articles in one batch line") \
  X("story-threshold",  story_threshold,  DOUBLE,  DAILY | EXCL_MIN,              "0.12",           NULL,   0,     1,           NULL,         "X",    "Average cosine at which articles join one story, above 0 and at most 1") \
  X("story-days",       story_days,       UINT,    DAILY,                         "90",             NULL,   0,     36500,       NULL,         "N",    "Articles more than N days apart are less alike the further apart they are (one story is one event); 0 = dates do not count") \
  X("max-stories",      max_stories,      UINT,    DAILY,                         "10",             NULL,   0,     G_MAXINT,    NULL,         "N",    "Stories in the briefing; 0 = all") \
  X("min-articles",     min_articles,     UINT,    DAILY,                         "1",              NULL,   1,     G_MAXINT,    NULL,         "N",    "Leave out stories with fewer articles") \
  X("title",            title,            STRING,  DAILY,                         "Daily briefing", NULL,   0,     0,           NULL,         "TEXT", "Title of the briefing")
/* clang-format on */
