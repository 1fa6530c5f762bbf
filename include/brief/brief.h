/* brief: extractive multi-document news summarization.
 *
 * This is the only public header of libbrief.
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
} BriefError;

/* ------------------------------------------------------------------------ */
/* Configuration                                                             */

typedef enum {
  BRIEF_INPUT_AUTO = 0, /* by file name: *.jsonl is JSON Lines, else text */
  BRIEF_INPUT_TEXT,     /* one article per file, optional header block */
  BRIEF_INPUT_JSONL,    /* one article object per line */
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

/* Every tunable of the pipeline.  Initialise with brief_config_init(), then
 * change fields.  Strings are borrowed and must outlive the objects built
 * from the configuration. */
typedef struct {
  /* Tokens */
  const char *language;       /* a libstemmer algorithm name; "english" */
  const char *stopwords_path; /* NULL: the built-in list of `language` */
  const char *idf_path;       /* background IDF model; NULL: IDF from the
                                 cluster, sentences as documents */
  gboolean idf_articles;      /* FALSE; TRUE: in-cluster IDF with articles
                                 as the documents (for comparison) */

  /* Noise filter: captions, datelines, bylines, unterminated lines and
   * pieces of quotations never reach a summary.  TRUE. */
  gboolean noise_filter;

  /* Sentence filter: shorter or longer sentences never reach a summary. */
  guint min_words; /* 6 */
  guint max_words; /* 80; 0 = no ceiling */

  /* TextRank */
  double damping;       /* 0.85 */
  double tolerance;     /* 1e-6, L1 change per iteration */
  guint max_iterations; /* 200 */
  double threshold;     /* 0.1: edges with a lower cosine are dropped */

  gboolean binary_edges; /* FALSE: edges weigh their cosine; TRUE: 1 */
  guint max_neighbors;   /* 50: each sentence keeps its strongest edges to
                            at most this many later sentences, which bounds
                            memory on huge clusters; 0 = no cap */

  /* Relevance = (1 - position - centroid) x TextRank + position x prior +
   * centroid x similarity to the cluster centroid, each scaled to [0, 1].
   * The prior is MEAD's 1/sqrt(i) for the i-th sentence of its article. */
  double position_weight; /* 0.3 */
  double centroid_weight; /* 0 */

  /* Relevance is multiplied by (1 - penalty) for a sentence holding a
   * quotation, and for one opening with a pronoun or connective that points
   * back ("He", "It", "But", "However,"). */
  double quote_penalty;   /* 0.3 */
  double pronoun_penalty; /* 0.5 */

  /* MMR */
  double lambda; /* 0.7: weight of relevance against redundancy */

  /* Coverage: share of a candidate's relevance given by the weight of the
   * word bigrams it adds to the summary (ICSISumm-style concepts: adjacent
   * content stems, weighted by the number of articles holding them; those
   * in fewer than coverage_min_df articles weigh nothing). */
  double coverage_weight; /* 0.3 */
  guint coverage_min_df;  /* 2 */

  /* Length budget: every non-zero limit applies; at least one must be set. */
  guint budget_words;     /* 100 */
  guint budget_sentences; /* 0 */
  guint budget_bytes;     /* 0 */
  gboolean fill;          /* FALSE: the last sentence may cross the budget */

  /* Briefing date as "YYYY-MM-DD"; NULL: the newest article date. */
  const char *date;

  guint n_threads; /* 0: one per core, at most 8; at most BRIEF_MAX_THREADS */

  BriefMethod method; /* BRIEF_METHOD_TEXTRANK */
} BriefConfig;

#define BRIEF_MAX_THREADS 64

/* Fill `config` with the documented defaults. */
BRIEF_API void brief_config_init(BriefConfig *config);

/* Check every field; FALSE with BRIEF_ERROR_INVALID or _LANGUAGE if one is
 * out of range. */
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
  gint64 timestamp; /* seconds since 1970 UTC, for ordering; 0 when unknown */
} BriefArticle;

typedef struct _BriefCluster BriefCluster;

BRIEF_API BriefCluster *brief_cluster_new(void);
BRIEF_API void brief_cluster_free(BriefCluster *cluster);

/* Add the articles of `path`: a regular file, a directory (its regular,
 * non-hidden files, sorted by name, not recursive) or "-" for standard
 * input.  On failure nothing of `path` is added. */
BRIEF_API gboolean brief_cluster_add_path(BriefCluster *cluster, const char *path,
                                          BriefInputFormat format, GError **error);

/* Add articles parsed from memory; `name` is used in messages and as the
 * article name.  `data` need not be NUL-terminated. */
BRIEF_API gboolean brief_cluster_add_data(BriefCluster *cluster, const char *name, const char *data,
                                          gsize len, BriefInputFormat format, GError **error);

/* Like brief_cluster_add_path(), but a directory's subdirectories are
 * read too (one level): their articles are labelled with the
 * subdirectory's name (BriefArticle.cluster), the directory's own files
 * are not.  For a day of news already grouped into stories. */
BRIEF_API gboolean brief_cluster_add_tree(BriefCluster *cluster, const char *path,
                                          BriefInputFormat format, GError **error);

/* A new cluster holding copies of the articles `indices` (in that order). */
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
 * at least `threshold` (0 < threshold <= 1; BRIEF_ERROR_INVALID otherwise).
 * `language` selects stop words and stemmer. */
#define BRIEF_DEFAULT_STORY_THRESHOLD 0.12

BRIEF_API guint *brief_cluster_find_stories(const BriefCluster *cluster, const char *language,
                                            double threshold, guint *n_stories, GError **error);

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

/* ------------------------------------------------------------------------ */
/* Background IDF models                                                     */

/* Document frequencies of stems over a corpus, for IDF weights that do not
 * come from the cluster alone.  The file format is documented in
 * docs/design.md (plain text, versioned; merges by adding counts). */
typedef struct _BriefIdfModel BriefIdfModel;

BRIEF_API BriefIdfModel *brief_idf_model_new(const char *language, GError **error);
BRIEF_API void brief_idf_model_free(BriefIdfModel *model);

/* Count every article of `cluster` as one document. */
BRIEF_API gboolean brief_idf_model_add_cluster(BriefIdfModel *model, const BriefCluster *cluster,
                                               GError **error);

/* Add the counts of `other`; fails (BRIEF_ERROR_INVALID) across languages. */
BRIEF_API gboolean brief_idf_model_merge(BriefIdfModel *model, const BriefIdfModel *other,
                                         GError **error);

/* Read a model file: BRIEF_ERROR_IO, _ENCODING, or _PARSE naming the line. */
BRIEF_API BriefIdfModel *brief_idf_model_load(const char *path, GError **error);

/* Write atomically; the same counts always give the same bytes. */
BRIEF_API gboolean brief_idf_model_save(const BriefIdfModel *model, const char *path,
                                        GError **error);
BRIEF_API char *brief_idf_model_to_string(const BriefIdfModel *model);

BRIEF_API const char *brief_idf_model_get_language(const BriefIdfModel *model);
BRIEF_API guint64 brief_idf_model_get_n_documents(const BriefIdfModel *model);
BRIEF_API guint brief_idf_model_get_n_terms(const BriefIdfModel *model);
BRIEF_API guint64 brief_idf_model_get_df(const BriefIdfModel *model, const char *stem);

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

/* The briefing date; FALSE (and zeros) when neither --date nor any article
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

/* Work done and time spent per stage, for --verbose and benchmarks.  Times
 * are wall-clock seconds and vary between runs; nothing else depends on
 * them. */
typedef struct {
  guint n_articles, n_sentences, n_candidates, n_terms;
  guint64 n_edges;    /* undirected edges of the sentence graph */
  guint n_iterations; /* PageRank power iterations */
  double t_split, t_tokenize, t_vectors, t_graph, t_rank, t_select, t_total;
} BriefStats;

/* (transfer none) statistics of the run that made `summary`. */
BRIEF_API const BriefStats *brief_summary_get_stats(const BriefSummary *summary);

/* Render the briefing.  Returns (transfer full) NUL-terminated text ending
 * in a newline. */
BRIEF_API char *brief_summary_to_string(const BriefSummary *summary, BriefFormat format);

/* ------------------------------------------------------------------------ */
/* Daily briefings                                                           */

typedef struct {
  BriefConfig summary;    /* per story; budget_words defaults to 60 here */
  double story_threshold; /* BRIEF_DEFAULT_STORY_THRESHOLD */
  guint max_stories;      /* 10; 0 = every story */
  guint min_articles;     /* 1: stories with fewer articles are left out */
  const char *title;      /* "Daily briefing" */
} BriefDailyConfig;

BRIEF_API void brief_daily_config_init(BriefDailyConfig *config);

/* Called after each story is summarized, from whichever thread did it (calls
 * are serialized): `done` of `total` stories. */
typedef void (*BriefProgressFunc)(guint done, guint total, gpointer user_data);

typedef struct _BriefDaily BriefDaily;

/* A day's briefing: the articles of `day` grouped into stories (labels
 * kept, the rest clustered), the stories ranked (most distinct sources,
 * then most articles, then newest article, then first in the input),
 * `max_stories` of them summarized with the whole day as the IDF
 * background (a configured `idf_path` takes precedence).  `day` must
 * outlive the result.  `progress` may be NULL. */
BRIEF_API BriefDaily *brief_daily_new(const BriefCluster *day, const BriefDailyConfig *config,
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
/* Stories found before --min-articles and --max-stories. */
BRIEF_API guint brief_daily_get_n_found(const BriefDaily *daily);
BRIEF_API gboolean brief_daily_get_date(const BriefDaily *daily, int *year, int *month, int *day);

/* Text (wrapped at 78 columns), Markdown, JSON or HTML (plain: the
 * stories' sentences).  (transfer full) */
BRIEF_API char *brief_daily_to_string(const BriefDaily *daily, BriefFormat format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefCluster, brief_cluster_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefDaily, brief_daily_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefSplitter, brief_splitter_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefSummarizer, brief_summarizer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefSummary, brief_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefIdfModel, brief_idf_model_free)

G_END_DECLS

#endif /* BRIEF_BRIEF_H */
