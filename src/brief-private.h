/* Internal interfaces between the pipeline stages of libbrief.
 * Nothing here is exported from the shared library. */
#ifndef BRIEF_PRIVATE_H
#define BRIEF_PRIVATE_H

#include <brief/brief.h>

G_BEGIN_DECLS

/* ---- util.c ------------------------------------------------------------ */

/* Read a whole file (or standard input for "-") and check it is UTF-8.
 * BRIEF_ERROR_IO / BRIEF_ERROR_ENCODING (naming the byte offset). */
char *brief_read_file(const char *path, gsize *len, GError **error);

/* Check `data` is valid UTF-8 without NUL bytes; the error names `name`
 * and the byte offset (plus `base_offset`). */
gboolean brief_check_utf8(const char *name, const char *data, gsize len, gsize base_offset,
                          GError **error);

/* Copy `len` bytes of `text` with every run of white space collapsed to one
 * space and none at either end. (transfer full) */
char *brief_collapse_space(const char *text, gsize len);

/* Count white-space separated words. */
guint brief_count_words(const char *text, gsize len);

/* An http:// or https:// address.  Only those are shown as links: a
 * "javascript:" URL in the input must not become something to click. */
gboolean brief_is_web_url(const char *url);

/* Append `url` as a Markdown link target, "<...>", with what could end the
 * target or the line percent-encoded.  Only for web URLs. */
void brief_append_md_url(GString *out, const char *url);

/* The number of worker threads to use: `requested`, or for 0 one per
 * core, at most 8. */
guint brief_threads_resolve(guint requested);

/* Called for one item by one worker; `worker` < the number of workers. */
typedef void (*BriefParallelFunc)(guint worker, guint item, gpointer data);

/* Call func(worker, item, data) for every item < n_items on up to
 * `n_threads` threads (the calling one included).  Items are dealt
 * round-robin: worker w gets items w, w + n_workers, ..., in increasing
 * order, so per-worker state indexed by `worker` needs at most n_threads
 * slots, and a result that depends only on its item is the same for any
 * thread count.  Returns when every item is done. */
void brief_parallel_for(guint n_items, guint n_threads, BriefParallelFunc func, gpointer data);

/* English month name of `month` (1-12), independent of the locale. */
const char *brief_month_name(int month);

/* "Tuesday, 15 December 2015" (English, independent of the locale).
 * (transfer full) */
char *brief_format_long_date(int year, int month, int day);

/* Open-addressing map from 64-bit keys (packed term pairs) to 32-bit
 * values; no allocation per entry. */
typedef struct {
  gsize cap, len; /* cap is a power of two */
  guint64 *keys;
  guint32 *values;
  guint8 *used;
} BriefU64Map;

void brief_u64map_init(BriefU64Map *m);
void brief_u64map_clear(BriefU64Map *m);
gboolean brief_u64map_lookup(const BriefU64Map *m, guint64 key, guint32 *value);
void brief_u64map_insert(BriefU64Map *m, guint64 key, guint32 value);

/* ---- resources.c --------------------------------------------------------- */

/* Built-in language data: kind is "stopwords" or "abbreviations".
 * Returns (transfer full) the file, or NULL when there is none. */
GBytes *brief_resource_lookup(const char *kind, const char *language);

/* Whether `language` is a libstemmer algorithm brief accepts. */
gboolean brief_language_is_known(const char *language);

/* FALSE with BRIEF_ERROR_LANGUAGE ("unknown language 'x'") unless
 * `language` is known. */
gboolean brief_language_check(const char *language, GError **error);

/* ---- sentence.c (public API) ------------------------------------------- */

/* ---- tokenize.c ------------------------------------------------------------ */

typedef struct _BriefTokenizer BriefTokenizer;

/* Stop list from `stopwords_path` (NULL: built-in list of `language`; a
 * language without one gets an empty list and a g_warning is logged by the
 * caller through `*missing_stoplist`). */
BriefTokenizer *brief_tokenizer_new(const char *language, const char *stopwords_path,
                                    gboolean *missing_stoplist, GError **error);
void brief_tokenizer_free(BriefTokenizer *tok);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefTokenizer, brief_tokenizer_free)

/* Append to `terms` (guint32) the term id of every content word of `text`:
 * case-folded, NFKC-normalised, stop words dropped, stemmed.  Term ids are
 * interned in the tokenizer and stable for its lifetime. */
void brief_tokenizer_add_terms(BriefTokenizer *tok, const char *text, gsize len, GArray *terms);

guint brief_tokenizer_n_terms(const BriefTokenizer *tok);
const char *brief_tokenizer_term(const BriefTokenizer *tok, guint32 id);
gboolean brief_tokenizer_is_stopword(const BriefTokenizer *tok, const char *word);

/* ---- tfidf.c -------------------------------------------------------------- */

typedef struct {
  guint32 term;
  float weight;
} BriefEntry;

/* Sparse row-major matrix: row i is entries[offsets[i] .. offsets[i+1]),
 * sorted by term. */
typedef struct {
  guint n_rows;
  guint n_terms;
  gsize *offsets;
  BriefEntry *entries;
} BriefMatrix;

/* Document frequency of each term over the rows of `terms` (row i is
 * terms[term_offsets[i] .. term_offsets[i+1])). (transfer full) */
guint32 *brief_document_frequency(const guint32 *terms, const gsize *term_offsets, guint n_rows,
                                  guint n_terms);

/* idf(t) = 1 + ln(n_docs / df(t)); terms with df 0 get 0. (transfer full) */
float *brief_idf_from_df(const guint32 *df, guint n_terms, guint n_docs);

/* Build L2-normalised TF-IDF rows (raw term count times idf). */
void brief_matrix_build(BriefMatrix *m, const guint32 *terms, const gsize *term_offsets,
                        guint n_rows, guint n_terms, const float *idf);
/* The same with the term frequency `sublinear`ly damped: 1 + ln(count). */
void brief_matrix_build_tf(BriefMatrix *m, const guint32 *terms, const gsize *term_offsets,
                           guint n_rows, guint n_terms, const float *idf, gboolean sublinear);
void brief_matrix_clear(BriefMatrix *m);

/* Dot product of two rows (cosine, since rows are normalised). */
double brief_matrix_dot(const BriefMatrix *m, guint a, guint b);

/* ---- textrank.c ----------------------------------------------------------- */

/* Undirected weighted graph in compressed sparse row form. */
typedef struct {
  guint n;
  gsize *offsets; /* n + 1 */
  guint32 *neighbors;
  float *weights;
} BriefGraph;

/* Similarity graph of the rows listed in `rows` (node k is row rows[k]):
 * an edge wherever the cosine is >= threshold (and > 0), weighing the
 * cosine, or 1 when `binary`; computed through an inverted index, never as
 * a dense matrix.  With `max_neighbors` > 0, each node keeps edges to at
 * most that many of the nodes after it (the strongest; ties to the lower
 * node), which bounds memory by n x max_neighbors edges.  Uses up to
 * `n_threads`. */
void brief_graph_build(BriefGraph *g, const BriefMatrix *m, const guint *rows, guint n,
                       double threshold, gboolean binary, guint max_neighbors, guint n_threads);
void brief_graph_clear(BriefGraph *g);

/* Weighted PageRank by power iteration.  `scores` (n) receives the result,
 * summing to 1.  Dangling nodes spread their mass uniformly.  Returns the
 * number of iterations run. */
guint brief_pagerank(const BriefGraph *g, double damping, double tolerance, guint max_iterations,
                     double *scores);

/* ---- mmr.c ------------------------------------------------------------------ */

typedef struct {
  guint words;     /* 0: unlimited */
  guint sentences; /* 0: unlimited */
  guint bytes;     /* 0: unlimited */
  gboolean fill;   /* let the last sentence cross the budget */
} BriefBudget;

/* Concept coverage for selection (ICSISumm-style): candidate k holds the
 * distinct concepts concepts[offsets[k] .. offsets[k+1]), concept c weighs
 * weights[c].  A concept counts once, however many selected sentences hold
 * it. */
typedef struct {
  const gsize *offsets;
  const guint32 *concepts;
  const double *weights;
  guint n_concepts;
  double mix;             /* share of the coverage gain in a candidate's relevance */
  double length_exponent; /* gain is divided by words^length_exponent */
} BriefCoverage;

/* Greedy maximal marginal relevance over the candidates (rows of `m`):
 * each step takes the candidate maximising
 *   lambda * relevance[k] - (1 - lambda) * max sim(k, selected),
 * where, with `coverage` (may be NULL), relevance[k] is first blended with
 * the weight of k's concepts not yet covered, scaled by the largest such
 * gain of the step: (1 - mix) * relevance[k] + mix * gain[k] / max gain,
 * among those that fit the budget (ties: lower k first).  At least one
 * candidate is selected when there is any.  Returns (transfer full) the
 * selected candidate indices k in selection order. */
GArray *brief_mmr_select(const BriefMatrix *m, const guint *rows, const double *relevance,
                         const guint *words, const guint *bytes, guint n, double lambda,
                         const BriefBudget *budget, const BriefCoverage *coverage);

/* ---- noise.c ------------------------------------------------------------------ */

/* A paragraph that is a photo caption or credit ("Pictured: ...",
 * "Photo: REUTERS/...", "(AP Photo/...)"). */
gboolean brief_noise_is_caption(const char *para, gsize len);

/* A paragraph that does not end like prose (no closing punctuation): a
 * headline, a subhead or a caption that lost its full stop. */
gboolean brief_noise_is_unterminated(const char *para, gsize len);

/* Bytes of a leading dateline ("WASHINGTON (AP) _ ", "( — December 15,
 * 2015) — ") at the start of `sentence`; 0 when there is none. */
gsize brief_noise_dateline_length(const char *sentence, gsize len);

/* A sentence that opens a quotation it does not close, or closes one it
 * did not open: one piece of a quotation that runs over several sentences,
 * which reads wrongly on its own. */
gboolean brief_noise_is_quote_fragment(const char *sentence, gsize len);

/* A byline or credit line ("By John Smith", "Reporting by ..."). */
gboolean brief_noise_is_byline(const char *sentence, gsize len);

/* ---- json-writer.c ---------------------------------------------------------- */

/* Pretty-printed JSON (two-space indent) appended to a GString.  Calls must
 * nest properly: key before each member value inside an object. */
typedef struct {
  GString *out;
  guint depth;
  gboolean first;     /* no item yet in the current container */
  gboolean after_key; /* the next value follows a key on the same line */
} BriefJson;

void brief_json_init(BriefJson *j, GString *out);
void brief_json_begin_object(BriefJson *j);
void brief_json_end_object(BriefJson *j);
void brief_json_begin_array(BriefJson *j);
void brief_json_end_array(BriefJson *j);
void brief_json_key(BriefJson *j, const char *key);
void brief_json_string(BriefJson *j, const char *value); /* NULL: null */
void brief_json_int(BriefJson *j, gint64 value);
/* `decimals` < 0: six significant digits in %g style ("1e-06"). */
void brief_json_double(BriefJson *j, double value, int decimals);
/* The fewest digits that read back to the same double ("0.6875", "95.0"):
 * values are kept exactly.  Not finite: null. */
void brief_json_double_shortest(BriefJson *j, double value);
void brief_json_bool(BriefJson *j, gboolean value);
void brief_json_null(BriefJson *j);
/* A key and its value in one call. */
void brief_json_member_string(BriefJson *j, const char *key, const char *value);
void brief_json_member_int(BriefJson *j, const char *key, gint64 value);
void brief_json_member_double(BriefJson *j, const char *key, double value, int decimals);
void brief_json_member_double_shortest(BriefJson *j, const char *key, double value);
void brief_json_member_bool(BriefJson *j, const char *key, gboolean value);

G_END_DECLS

/* Module headers; included here for now so every file keeps compiling. */
#include "daily-private.h"
#include "render-private.h"
#include "stories-private.h"
#include "cluster-private.h"
#include "dates-private.h"
#include "summary-private.h"
#include "summarizer-private.h"

#endif /* BRIEF_PRIVATE_H */
