/* SPDX-License-Identifier: BSD-3-Clause */
/* brief: extractive multi-document news summarization.
 *
 * The main public header of libbrief; <brief/brief-rouge.h> adds the ROUGE
 * scorer behind `brief eval`.  Messages of the library name files, lines and
 * tunables, never a command-line option: a front end adds its own words.
 *
 * Conventions (they hold for every declaration below unless it says otherwise):
 *
 *  - Errors.  A function that can fail on bad input or I/O takes a trailing
 *    `GError **error`, returns FALSE or NULL on failure and sets the error in
 *    the BRIEF_ERROR domain (codes: BriefError).  Passing NULL for `error` is
 *    allowed.  Messages are one line and name the culprit (file, line, byte).
 *    Programming mistakes (NULL where an object is required, an index out of
 *    range) are reported with g_return_val_if_fail() and are not errors.
 *
 *  - Ownership.  `_new`, `_dup` and `_to_*` results belong to the caller and
 *    are released with the matching `_free` (NULL-safe) or g_free().  `_get`
 *    results are borrowed: they stay valid as long as the object they came
 *    from and must not be freed.  Every object has a g_autoptr() cleanup.
 *
 *  - Threads.  Objects are not internally locked.  A BriefSummarizer may be
 *    used by one thread at a time; use one per thread to summarize in
 *    parallel.  Finished BriefCluster and BriefSummary objects are read-only
 *    and may be shared between threads.
 *
 *  - Text.  All strings are UTF-8.  Byte offsets count bytes of an article's
 *    body text (BriefArticle.text), which is the file content after its
 *    optional header block.
 *
 *  - Determinism.  Results depend only on the input and the configuration,
 *    never on the clock, the locale or thread scheduling.
 */
#ifndef BRIEF_BRIEF_H
#define BRIEF_BRIEF_H

#include <glib.h>

G_BEGIN_DECLS

#if defined(BRIEF_COMPILATION) && defined(__GNUC__)
#define BRIEF_API __attribute__((visibility("default")))
#else
#define BRIEF_API
#endif

/* ------------------------------------------------------------------------ */
/* Version and errors                                                        */

/* The library version, "MAJOR.MINOR.PATCH".  Static string. */
BRIEF_API const char *brief_version(void);

#define BRIEF_ERROR (brief_error_quark())
BRIEF_API GQuark brief_error_quark(void);

typedef enum {
  BRIEF_ERROR_FAILED = 1, /* anything not covered below */
  BRIEF_ERROR_IO,         /* a path is missing, unreadable or unwritable */
  BRIEF_ERROR_ENCODING,   /* input is not valid UTF-8 */
  BRIEF_ERROR_PARSE,      /* malformed header, date or JSON line */
  BRIEF_ERROR_EMPTY,      /* no articles, or no sentences to summarize */
  BRIEF_ERROR_LANGUAGE,   /* unknown language */
  BRIEF_ERROR_INVALID,    /* an option or configuration value is out of range */
  BRIEF_ERROR_OUTPUT,     /* an output file could not be written */
  BRIEF_ERROR_LIMIT,      /* an input is larger than a limit ("max-input-bytes",
                             "max-total-bytes"); the message names the file
                             and the limit */
} BriefError;

/* The exit status the brief program gives a failure, which is also the
 * "code" of a batch's error lines: 2 for BRIEF_ERROR_INVALID and _LANGUAGE,
 * 3 for _IO, 4 for _ENCODING, _PARSE and _LIMIT, 5 for _EMPTY, 6 for
 * _OUTPUT, 1 for anything else (other domains, NULL). */
BRIEF_API int brief_error_exit_status(const GError *error);

/* ------------------------------------------------------------------------ */
/* Configuration                                                             */

typedef enum {
  BRIEF_INPUT_AUTO = 0, /* by file name, confirmed by the content; a file
                           that is no article (a script, a README, an
                           image) is skipped with a warning: see
                           brief_cluster_add_path() */
  BRIEF_INPUT_TEXT,     /* one article per file, optional header block */
  BRIEF_INPUT_JSONL,    /* one article object per line */
  BRIEF_INPUT_HTML,     /* a saved web page: its article is extracted */
  BRIEF_INPUT_FEED,     /* an RSS 2.0, RSS 1.0 or Atom feed: one article per item */
} BriefInputFormat;

typedef enum {
  BRIEF_FORMAT_TEXT = 0, /* dated briefing for a terminal or e-mail */
  BRIEF_FORMAT_MARKDOWN,
  BRIEF_FORMAT_JSON,
  BRIEF_FORMAT_PLAIN, /* selected sentences only, one per line */
  BRIEF_FORMAT_HTML,  /* one self-contained document (daily briefings) */
} BriefFormat;

typedef enum {
  BRIEF_METHOD_TEXTRANK = 0, /* TextRank relevance, MMR selection */
  BRIEF_METHOD_LEAD,         /* baseline: first sentences of the newest article */
} BriefMethod;

/* Formats by name: "text", "markdown" (or "md"), "json", "plain", "html";
 * "auto", "text", "jsonl", "html", "feed".  FALSE for an unknown name (NULL is the
 * default: text, auto). */
BRIEF_API gboolean brief_format_from_name(const char *name, BriefFormat *format);
BRIEF_API gboolean brief_input_format_from_name(const char *name, BriefInputFormat *format);

/* Every tunable of the pipeline, in one opaque object.  A tunable has a name
 * (a command line makes it the option --NAME), a type, a default and a range;
 * `brief_tunable_get()` lists them, so that a front end offers every
 * tunable without naming any.  The defaults are those of a story summary;
 * a daily briefing applies its own default (brief_tunable_get()'s
 * daily_default) to each tunable that was not set.
 *
 * Why opaque: a new tunable is then one line of the library's table, not a
 * new field that changes the size of a public struct (and so the ABI).
 * Strings given to a setter are copied. */
typedef struct _BriefConfig BriefConfig;

typedef enum {
  BRIEF_TUNABLE_UINT = 0, /* a whole number, 0 or more */
  BRIEF_TUNABLE_DOUBLE,
  BRIEF_TUNABLE_BOOLEAN,
  BRIEF_TUNABLE_STRING, /* may be NULL (not set) */
  BRIEF_TUNABLE_CHOICE, /* one of `choices`; its value is the index */
} BriefTunableType;

typedef enum {
  BRIEF_TUNABLE_SUMMARY = 1 << 0,   /* used to summarize a story */
  BRIEF_TUNABLE_DAILY = 1 << 1,     /* used by daily briefings and story grouping */
  BRIEF_TUNABLE_LEVER = 1 << 2,     /* a quality lever, tuned on a development set */
  BRIEF_TUNABLE_PATH = 1 << 3,      /* a STRING naming a file */
  BRIEF_TUNABLE_LANGUAGE = 1 << 4,  /* a STRING naming a language of brief_languages() */
  BRIEF_TUNABLE_DATE = 1 << 5,      /* a STRING holding a date, YYYY-MM-DD */
  BRIEF_TUNABLE_BUDGET = 1 << 6,    /* a length budget: setting one zeroes the
                                       budgets not set (they stay 0) */
  BRIEF_TUNABLE_RUNTIME = 1 << 7,   /* changes how fast, never what (threads) */
  BRIEF_TUNABLE_NOT_DAILY = 1 << 8, /* a daily briefing rejects it when set */
  BRIEF_TUNABLE_EXCL_MIN = 1 << 9,  /* the minimum itself is out of range */
  BRIEF_TUNABLE_EXCL_MAX = 1 << 10, /* the maximum itself is out of range */
  BRIEF_TUNABLE_LIMIT = 1 << 11,    /* a limit on what is read: changes whether
                                       a run succeeds, never its output */
  BRIEF_TUNABLE_BATCH = 1 << 12,    /* a limit on a line of a batch (BriefBatch):
                                       changes whether a line succeeds, never
                                       its briefing */
} BriefTunableFlags;

/* A tunable's description.  Static; do not free. */
typedef struct {
  const char *name; /* "lambda", "max-words" */
  BriefTunableType type;
  guint flags;               /* BriefTunableFlags */
  const char *default_value; /* as text ("0.7", "true", "textrank"); NULL: not set */
  const char *daily_default; /* a daily briefing's default; NULL: default_value */
  double min, max;           /* range of a UINT or DOUBLE, inclusive (but
                                min with BRIEF_TUNABLE_EXCL_MIN, max with
                                BRIEF_TUNABLE_EXCL_MAX) */
  const char *choices;       /* CHOICE: the names, '|'-separated */
  const char *metavar;       /* "N", "X", "FILE"; NULL for a BOOLEAN */
  const char *help;          /* one line, without the default */
} BriefTunable;

/* The index-th tunable, or NULL past the last. */
BRIEF_API const BriefTunable *brief_tunable_get(guint index);
/* The tunable called `name`, or NULL. */
BRIEF_API const BriefTunable *brief_tunable_lookup(const char *name);

/* A configuration holding every default. */
BRIEF_API BriefConfig *brief_config_new(void);
BRIEF_API BriefConfig *brief_config_copy(const BriefConfig *config);
BRIEF_API void brief_config_free(BriefConfig *config);

/* Set the tunable `name` from text, as a command line gives it: a number
 * in C notation (decimal only, whatever the locale), "true"/"false", a
 * choice's name, a string.  FALSE with BRIEF_ERROR_INVALID (unknown name,
 * not a value of the type, out of range, bad date) or _LANGUAGE. */
BRIEF_API gboolean brief_config_set(BriefConfig *config, const char *name, const char *value,
                                    GError **error);
/* Typed setters, with the same checks.  A CHOICE takes its index as a UINT
 * or its name as a STRING.  NULL unsets a STRING tunable whose default is
 * NULL ("stopwords", "idf", "date"); the others need a value. */
BRIEF_API gboolean brief_config_set_uint(BriefConfig *config, const char *name, guint value,
                                         GError **error);
BRIEF_API gboolean brief_config_set_double(BriefConfig *config, const char *name, double value,
                                           GError **error);
BRIEF_API gboolean brief_config_set_boolean(BriefConfig *config, const char *name, gboolean value,
                                            GError **error);
BRIEF_API gboolean brief_config_set_string(BriefConfig *config, const char *name, const char *value,
                                           GError **error);

/* Typed getters; the name must be a tunable of that type (a CHOICE reads
 * as a UINT, its index; brief_config_get_text() gives its name).  A wrong
 * name or type is a programming error: a critical and 0, FALSE or NULL.
 * The string is borrowed from `config`. */
BRIEF_API guint brief_config_get_uint(const BriefConfig *config, const char *name);
BRIEF_API double brief_config_get_double(const BriefConfig *config, const char *name);
BRIEF_API gboolean brief_config_get_boolean(const BriefConfig *config, const char *name);
BRIEF_API const char *brief_config_get_string(const BriefConfig *config, const char *name);
/* The value as text, as brief_config_set() reads it; NULL for an unset
 * string.  (transfer full) */
BRIEF_API char *brief_config_get_text(const BriefConfig *config, const char *name);
/* Whether `name` was set, as opposed to holding its default. */
BRIEF_API gboolean brief_config_is_set(const BriefConfig *config, const char *name);

/* Check what no single setter can: the sentence length range, the weights
 * of relevance adding up to at most 1, a length budget.  FALSE with
 * BRIEF_ERROR_INVALID. */
BRIEF_API gboolean brief_config_validate(const BriefConfig *config, GError **error);

/* NULL-terminated list of the languages (libstemmer algorithms) brief
 * accepts.  Static; do not free. */
BRIEF_API const char *const *brief_languages(void);

/* ------------------------------------------------------------------------ */
/* Articles and clusters                                                     */

/* One article, read-only.  Strings are NULL when absent. */
typedef struct {
  const char *name;   /* file path, or "path:LINE" for JSON Lines */
  const char *id;     /* JSON "id"; NULL for text files */
  const char *title;  /* header Title / JSON title */
  const char *source; /* outlet name */
  const char *url;
  const char *cluster; /* story label given with the input: the JSON
                          "cluster" member or the subdirectory path of
                          brief_cluster_add_tree(); NULL when none */
  guint line;          /* JSON Lines: the article's line (from 1); 0 for a
                          text file */
  const char *text;    /* body, NUL-terminated, valid UTF-8 */
  gsize text_len;
  gsize text_offset; /* where the body starts in its file (text files) */
  /* Publication date: from the header, else the first full date written in
   * the text (a dateline).  year == 0 when unknown. */
  int year, month, day;
  gint64 timestamp;      /* seconds since 1970 UTC, for ordering; 0 when unknown */
  gboolean date_in_text; /* the date was found in the text, not given */
  const char *author;    /* header Author / JSON author / a page's byline data */
  guint item;            /* a feed's item (from 1); 0 for other inputs.  A
                            feed item whose link is the address of a page
                            or article of the cluster is left out for it */
} BriefArticle;

typedef struct _BriefCluster BriefCluster;

BRIEF_API BriefCluster *brief_cluster_new(void);
BRIEF_API void brief_cluster_free(BriefCluster *cluster);

/* Take the limits on reading from `config` (NULL: the defaults): no file
 * or standard input may hold more than "max-input-bytes", and the files
 * read into the cluster together no more than "max-total-bytes".  A new
 * cluster has the default limits.  Reading stops as soon as a limit would
 * be passed (an endless pipe fails too), with BRIEF_ERROR_LIMIT naming the
 * file and the limit; a gzip file counts with its decompressed size.
 * brief_cluster_add_data() reads nothing and is limited only in what gzip
 * data it decompresses. */
BRIEF_API void brief_cluster_set_limits(BriefCluster *cluster, const BriefConfig *config);

/* Add the articles of `path`: a regular file, a directory (its regular,
 * non-hidden files, sorted by name, not recursive) or "-" for standard
 * input.  On failure nothing of `path` is added. */
BRIEF_API gboolean brief_cluster_add_path(BriefCluster *cluster, const char *path,
                                          BriefInputFormat format, GError **error);

/* Add articles parsed from memory; `name` is used in messages and as the
 * article name (and its extension in choosing a reader).  `data` need not
 * be NUL-terminated; gzip data is decompressed, to at most the cluster's
 * "max-input-bytes". */
BRIEF_API gboolean brief_cluster_add_data(BriefCluster *cluster, const char *name, const char *data,
                                          gsize len, BriefInputFormat format, GError **error);

/* Like brief_cluster_add_path(), but a directory's subdirectories are
 * read too (one level): their articles are labelled with the
 * subdirectory's name (BriefArticle.cluster), the directory's own files
 * are not.  For a day of news already grouped into stories. */
BRIEF_API gboolean brief_cluster_add_tree(BriefCluster *cluster, const char *path,
                                          BriefInputFormat format, GError **error);

/* A new cluster holding copies of the articles `indices` (in that order),
 * with the limits of `cluster` and nothing read yet. */
BRIEF_API BriefCluster *brief_cluster_new_subset(const BriefCluster *cluster, const guint *indices,
                                                 guint n);

BRIEF_API guint brief_cluster_get_n_articles(const BriefCluster *cluster);
BRIEF_API const BriefArticle *brief_cluster_get_article(const BriefCluster *cluster, guint index);

/* Group the articles into stories.  Returns (transfer full, g_free) an
 * array with the story number of each article, stories numbered from 0 in
 * the order of their first article, and their count in `n_stories`.
 * Articles with a label (BriefArticle.cluster) form one story per label;
 * the others are clustered among themselves by average-link agglomerative
 * clustering of their TF-IDF vectors, merging while the average cosine is
 * at least the tunable "story-threshold"; the cosine of two articles dated
 * more than "story-days" apart fades with the gap (0: dates do not count).
 * "language" selects stop words and stemmer, "threads" the workers;
 * `config` NULL: the defaults. */
BRIEF_API guint *brief_cluster_find_stories(const BriefCluster *cluster, const BriefConfig *config,
                                            guint *n_stories, GError **error);

/* ------------------------------------------------------------------------ */
/* Sentence splitting                                                        */

typedef struct {
  gsize start;     /* byte offset of the first character */
  gsize end;       /* byte offset just past the last character */
  guint paragraph; /* 0-based paragraph (blank-line separated block) */
} BriefSpan;

typedef struct _BriefSplitter BriefSplitter;

/* A splitter for `language` (its abbreviation list; languages without one
 * get the language-neutral rules). */
BRIEF_API BriefSplitter *brief_splitter_new(const char *language, GError **error);
BRIEF_API void brief_splitter_free(BriefSplitter *splitter);

/* Split `text` (valid UTF-8, `len` bytes, or -1 if NUL-terminated).
 * Returns (transfer full) a GArray of BriefSpan in text order; surrounding
 * white space is excluded from each span. */
BRIEF_API GArray *brief_splitter_split(const BriefSplitter *splitter, const char *text, gssize len);

/* Every sentence of every article of `cluster`, as `splitter` splits it:
 * BRIEF_FORMAT_JSON gives an array of {article, paragraph, start, end,
 * text} with byte offsets in the file; any other format one sentence per
 * line, its white space runs shown as one space.  (transfer full) */
/* The articles of `cluster` as they were read (what brief extracts from a
 * page or a feed): BRIEF_FORMAT_TEXT gives each in the text format
 * (Title, Source, Date, URL, Author header lines, a blank line, the body,
 * paragraphs separated by blank lines), blank-line separated;
 * BRIEF_FORMAT_JSON one object per line (JSON Lines) with the members
 * name, title, date (YYYY-MM-DD, as given; null when none was), source,
 * url, author and text, null when absent; BRIEF_FORMAT_PLAIN the web
 * address (http, https) of each article, once, one per line.
 * (transfer full) */
BRIEF_API char *brief_cluster_articles_to_string(const BriefCluster *cluster, BriefFormat format);

BRIEF_API char *brief_cluster_sentences_to_string(const BriefCluster *cluster,
                                                  const BriefSplitter *splitter,
                                                  BriefFormat format);

/* ------------------------------------------------------------------------ */
/* Background IDF models                                                     */

/* Document frequencies of stems over a corpus, for IDF weights that do not
 * come from the cluster alone.  The file format is documented in
 * docs/design.md (plain text, versioned; merges by adding counts). */
typedef struct _BriefIdfModel BriefIdfModel;

BRIEF_API BriefIdfModel *brief_idf_model_new(const char *language, GError **error);
BRIEF_API void brief_idf_model_free(BriefIdfModel *model);

/* Count every article of `cluster` as one document.  Tokenizes on up to
 * one thread per core (8 at most); the counts do not depend on how many. */
BRIEF_API gboolean brief_idf_model_add_cluster(BriefIdfModel *model, const BriefCluster *cluster,
                                               GError **error);

/* Add the counts of `other`; fails (BRIEF_ERROR_INVALID) across languages. */
BRIEF_API gboolean brief_idf_model_merge(BriefIdfModel *model, const BriefIdfModel *other,
                                         GError **error);

/* Read a model file: BRIEF_ERROR_IO, _ENCODING, or _PARSE naming the line;
 * BRIEF_ERROR_LIMIT when it is larger than the default "max-input-bytes". */
BRIEF_API BriefIdfModel *brief_idf_model_load(const char *path, GError **error);
/* The same with the "max-input-bytes" of `config` (NULL: the default). */
BRIEF_API BriefIdfModel *brief_idf_model_load_full(const char *path, const BriefConfig *config,
                                                   GError **error);

/* Write with brief_write_file(); the same counts always give the same bytes. */
BRIEF_API gboolean brief_idf_model_save(const BriefIdfModel *model, const char *path,
                                        GError **error);
BRIEF_API char *brief_idf_model_to_string(const BriefIdfModel *model);

BRIEF_API const char *brief_idf_model_get_language(const BriefIdfModel *model);
BRIEF_API guint64 brief_idf_model_get_n_documents(const BriefIdfModel *model);
BRIEF_API guint brief_idf_model_get_n_terms(const BriefIdfModel *model);
BRIEF_API guint64 brief_idf_model_get_df(const BriefIdfModel *model, const char *stem);

/* ------------------------------------------------------------------------ */
/* Text and files                                                            */

/* `s` (`len` bytes, or -1 if NUL-terminated) fit to quote in a one-line
 * message: valid UTF-8, control characters (C0, DEL, C1) as \xNN, U+2028
 * and U+2029 as \u2028 and \u2029, at most `max_chars`
 * characters and an ellipsis (0: no limit).  (transfer full) */
BRIEF_API char *brief_printable_dup(const char *s, gssize len, gsize max_chars);

/* Write `len` bytes of `data` to `path`, by what `path` is:
 * - no file or a regular file: replaced atomically through a hidden
 *   temporary file beside it, ".NAME.XXXXXX" (written, fsynced, renamed
 *   over `path`): readers never see part of it, a failure leaves the old
 *   file as it was.  An existing file keeps its permissions (and owner and
 *   group where allowed); a new one gets 0666 less the umask.
 * - a symbolic link: followed; the file it points to is replaced in its own
 *   directory and the link stays.  A link to nothing is refused.
 * - a FIFO or character device: written through, never replaced
 *   (`/dev/null`, a terminal, a named pipe; a FIFO's open waits for a
 *   reader).
 * - "-" and "/dev/stdout": standard output; "/dev/stderr": standard error.
 * - anything else (directory, socket, block device): refused.
 * While the temporary file exists, SIGHUP, SIGINT and SIGTERM remove it and
 * then end the process as they would have; the handler is installed only
 * for the duration of the write and only for signals whose action is the
 * default, so an application's own handlers and ignored signals are left
 * alone.  After SIGKILL or a crash the hidden file may remain; brief's
 * directory readers skip hidden files.  Failures are BRIEF_ERROR_OUTPUT
 * naming `path` (never the temporary file). */
BRIEF_API gboolean brief_write_file(const char *path, const char *data, gsize len, GError **error);

/* The same, written piece by piece, for output that is made as it goes (a
 * batch).  brief_output_open() decides by what `path` is, as above, and
 * opens it (a regular file: its temporary file); brief_output_write()
 * appends (to a stream: written and flushed at once); brief_output_close()
 * commits (the temporary file renamed over `path`) and frees the output,
 * also on failure; brief_output_free() abandons it: the temporary file is
 * removed and `path` is left as it was.  One thread at a time; at most
 * eight outputs to regular files are protected from signals at once (the
 * others are only hidden).  Errors are BRIEF_ERROR_OUTPUT naming `path`. */
typedef struct _BriefOutput BriefOutput;

BRIEF_API BriefOutput *brief_output_open(const char *path, GError **error);
BRIEF_API gboolean brief_output_write(BriefOutput *output, const char *data, gsize len,
                                      GError **error);
BRIEF_API gboolean brief_output_close(BriefOutput *output, GError **error);
BRIEF_API void brief_output_free(BriefOutput *output);

/* ------------------------------------------------------------------------ */
/* Summarization                                                             */

typedef struct _BriefSummarizer BriefSummarizer;
typedef struct _BriefSummary BriefSummary;

/* Load the language resources named by `config` (copied: `config` need not
 * outlive the summarizer). */
BRIEF_API BriefSummarizer *brief_summarizer_new(const BriefConfig *config, GError **error);
BRIEF_API void brief_summarizer_free(BriefSummarizer *summarizer);

/* Summarize one story cluster.  Fails with BRIEF_ERROR_EMPTY when the
 * cluster has no articles or no sentences.  The summary keeps a pointer to
 * `cluster`, which must outlive it. */
BRIEF_API BriefSummary *brief_summarizer_run(BriefSummarizer *summarizer,
                                             const BriefCluster *cluster, GError **error);

/* One selected sentence, read-only. */
typedef struct {
  guint article; /* index in the cluster */
  guint index;   /* sentence number within the article, 0-based */
  gsize start;   /* byte offsets in the article's text */
  gsize end;
  const char *text; /* the sentence, verbatim but with white space runs
                       collapsed to one space */
  double score;     /* TextRank score, normalised so the best sentence is 1 */
  guint rank;       /* 1-based rank by score among all candidate sentences */
  guint order;      /* 1-based order in which MMR selected it */
  guint words;
} BriefSelection;

BRIEF_API void brief_summary_free(BriefSummary *summary);

/* Selected sentences in reading order: article date, article, position. */
BRIEF_API guint brief_summary_get_n_selected(const BriefSummary *summary);
BRIEF_API const BriefSelection *brief_summary_get_selected(const BriefSummary *summary,
                                                           guint index);

/* The briefing date; FALSE (and zeros) when neither "date" nor any article
 * gives one. */
BRIEF_API gboolean brief_summary_get_date(const BriefSummary *summary, int *year, int *month,
                                          int *day);

/* Headline: the title closest to the cluster's centroid; else the
 * best-ranked selected sentence that opens its article and has 8 to 30
 * words; else the best-ranked selected one of 8 to 20 words; else of 8 or
 * more; else the best-ranked sentence.  Borrowed. */
BRIEF_API const char *brief_summary_get_headline(const BriefSummary *summary);

BRIEF_API const BriefCluster *brief_summary_get_cluster(const BriefSummary *summary);

/* Number of candidate sentences (after the noise filter) and of all
 * sentences in the cluster. */
BRIEF_API guint brief_summary_get_n_candidates(const BriefSummary *summary);
BRIEF_API guint brief_summary_get_n_sentences(const BriefSummary *summary);

/* Work done and time spent per stage, for progress reports and benchmarks.  Times
 * are wall-clock seconds and vary between runs; nothing else depends on
 * them. */
typedef struct {
  guint n_articles, n_sentences, n_candidates, n_terms;
  guint64 n_edges;    /* undirected edges of the sentence graph */
  guint n_iterations; /* PageRank power iterations */
  double t_split, t_tokenize, t_vectors, t_graph, t_rank, t_select, t_total;
  guint64 n_pair_updates; /* similarity sums made to build the graph (its work) */
  guint n_distinct;       /* graph nodes: candidates with distinct vectors */
} BriefStats;

/* (transfer none) statistics of the run that made `summary`. */
BRIEF_API const BriefStats *brief_summary_get_stats(const BriefSummary *summary);

/* Render the briefing.  Returns (transfer full) NUL-terminated text ending
 * in a newline. */
BRIEF_API char *brief_summary_to_string(const BriefSummary *summary, BriefFormat format);

/* ------------------------------------------------------------------------ */
/* Daily briefings                                                           */

/* Called after each story is summarized, from whichever thread did it (calls
 * are serialized): `done` of `total` stories. */
typedef void (*BriefProgressFunc)(guint done, guint total, gpointer user_data);

typedef struct _BriefDaily BriefDaily;

/* A day's briefing: the articles of `day` grouped into stories (labels
 * kept, the rest clustered), the stories ranked (most distinct sources,
 * then most articles, then newest article, then first in the input),
 * "max-stories" of them (those of "min-articles" or more) summarized
 * with the whole day as the IDF background (a configured "idf" takes
 * precedence); the tunables not set take their daily defaults.  A set
 * tunable flagged BRIEF_TUNABLE_NOT_DAILY is BRIEF_ERROR_INVALID.
 *
 * Dates: the briefing is for the day "date" (else the newest article's).
 * Articles dated after it, or before the first day of its window ("since",
 * else "days" days up to the date; "days" 0: no limit), are left out
 * (brief_daily_get_left_out(); a front end says so); undated articles are
 * kept.  BRIEF_ERROR_INVALID when the window starts after the newest
 * article's date, BRIEF_ERROR_EMPTY when every article is left out.  Every
 * story's summary carries the briefing date.
 *
 * `day` must outlive the result.  `progress` may be NULL. */
BRIEF_API BriefDaily *brief_daily_new(const BriefCluster *day, const BriefConfig *config,
                                      BriefProgressFunc progress, gpointer user_data,
                                      GError **error);
BRIEF_API void brief_daily_free(BriefDaily *daily);

/* Stories in the briefing, best first; each is a BriefSummary whose cluster
 * holds copies of the story's articles. */
BRIEF_API guint brief_daily_get_n_stories(const BriefDaily *daily);
BRIEF_API const BriefSummary *brief_daily_get_story(const BriefDaily *daily, guint index);
/* Indices in the day's cluster of the story's articles, `n` of them. */
BRIEF_API const guint *brief_daily_get_story_articles(const BriefDaily *daily, guint index,
                                                      guint *n);
/* Stories found before "min-articles" and "max-stories" applied. */
BRIEF_API guint brief_daily_get_n_found(const BriefDaily *daily);
BRIEF_API gboolean brief_daily_get_date(const BriefDaily *daily, int *year, int *month, int *day);
/* The first day of the briefing's window; FALSE (and zeros) when it has
 * none ("days" 0, or no briefing date). */
BRIEF_API gboolean brief_daily_get_since(const BriefDaily *daily, int *year, int *month, int *day);
/* The articles of the day left out for their dates: dated after the
 * briefing date, or before the first day of its window.  Their indices in
 * the day, in input order, `n` of them (NULL when none).  An article left
 * out is in no story and in no count of the briefing. */
BRIEF_API const guint *brief_daily_get_left_out(const BriefDaily *daily, guint *n);

/* Text (wrapped at 78 columns), Markdown, JSON or HTML (plain: the
 * stories' sentences).  (transfer full) */
BRIEF_API char *brief_daily_to_string(const BriefDaily *daily, BriefFormat format);

/* ------------------------------------------------------------------------ */
/* Batches                                                                   */

/* A batch is JSON Lines, one story cluster per line:
 *
 *   {"id": ID, "articles": [ARTICLE, ...], "date": "YYYY-MM-DD", "options": {...}}
 *
 * "id" (required) is a string or a number, echoed in the output line;
 * each ARTICLE is an object as a line of a JSON Lines article file ("text"
 * required; "title", "source", "date", "url", "id" optional); "date"
 * (optional) is the briefing's date; "options" (optional) sets tunables
 * for this line only, by name ("words": 50, "language": "german"), on top
 * of the batch's configuration: those of a summary (BRIEF_TUNABLE_SUMMARY)
 * but not files (PATH), threads (RUNTIME) or limits (LIMIT, BATCH).  Other
 * members are ignored.  Article k is named "articles[k]" (from 0) in the
 * briefing and in messages.
 *
 * Each input line gives one output line, without a line break inside:
 *
 *   {"id": ID, "briefing": BRIEFING}
 *   {"id": ID or null, "error": {"code": N, "message": "line 3: ..."}}
 *
 * BRIEFING is the object brief_summary_to_string(BRIEF_FORMAT_JSON) gives
 * for the same articles and options, printed compactly.  "code" is
 * brief_error_exit_status() of the line's error: 4 for a malformed line
 * or one past a limit (also a bad member value, option or date), 5 for a
 * cluster without articles or sentences.  Limits: the line's bytes
 * ("max-line-bytes"), its articles ("max-articles"), the bytes of an
 * article's text ("max-input-bytes") and of all its articles' texts
 * ("max-total-bytes"). */
typedef struct _BriefBatch BriefBatch;

/* A batch summarizing every line with `config` (copied) as the base.  The
 * IDF model of "idf", when set, is read once here and shared by every
 * line.  FALSE/NULL with the errors of brief_summarizer_new(). */
BRIEF_API BriefBatch *brief_batch_new(const BriefConfig *config, GError **error);
BRIEF_API void brief_batch_free(BriefBatch *batch);

/* The worker threads a front end should run lines on: "threads", or for 0
 * one per core, at most 8.  (Each line itself is summarized on one thread.) */
BRIEF_API guint brief_batch_get_n_threads(const BriefBatch *batch);

/* The output line of one input line: `data` (`len` bytes, without its line
 * break; need not be NUL-terminated).  An error line's message does not say
 * where its line was, so that a batch split into shards gives the same
 * lines as the whole; `message` (may be NULL) receives (transfer full) the
 * message naming the line, as "line LINE: ..." or "NAME:LINE: ..." when
 * `name` is not NULL, for a warning (NULL when the line succeeded).  A line
 * longer than
 * "max-line-bytes" gives its limit's error line, so a reader of a longer
 * line may pass only its first max-line-bytes + 1 bytes.  Returns (transfer
 * full) the output line, ending in "\n"; never NULL.  `status` (may be
 * NULL): 0, or the "code" of the error line.  Thread-safe: any number of
 * threads may run lines of one batch at once; a line's output depends only
 * on the line and the configuration, never on the other lines. */
BRIEF_API char *brief_batch_run_line(BriefBatch *batch, const char *name, guint64 line,
                                     const char *data, gsize len, int *status, char **message);

/* Add the articles of one batch line to `cluster`, checked as
 * brief_batch_run_line() checks them, within the limits of `config` (NULL:
 * the defaults); "id", "date" and "options" are not looked at.  For counting
 * the articles of a batch (brief_idf_model_add_cluster()).  On failure
 * nothing is added; the message names the line as above. */
BRIEF_API gboolean brief_cluster_add_batch_line(BriefCluster *cluster, const char *name,
                                                guint64 line, const char *data, gsize len,
                                                const BriefConfig *config, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefBatch, brief_batch_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefOutput, brief_output_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefConfig, brief_config_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefCluster, brief_cluster_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefDaily, brief_daily_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefSplitter, brief_splitter_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefSummarizer, brief_summarizer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefSummary, brief_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefIdfModel, brief_idf_model_free)

G_END_DECLS

#endif /* BRIEF_BRIEF_H */
