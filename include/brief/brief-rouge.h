/* SPDX-License-Identifier: BSD-3-Clause */
/* brief-rouge: ROUGE scoring that behaves like the official ROUGE-1.5.5.pl.
 *
 * libbrief has two public headers: brief.h, for summarizing, and this one,
 * for scoring summaries; it includes brief.h.
 *
 * With the defaults of brief_rouge_options_init() the numbers are those of
 *
 *     ROUGE-1.5.5.pl -n 4 -m -a -l 100 -x -c 95 -r 1000 -f A -p 0.5 -t 0 -2 4 -u
 *
 * the standard settings for DUC multi-document news.  What "behaves like"
 * means, step by step (each one is a property of ROUGE-1.5.5, kept on
 * purpose even where it looks odd):
 *
 *  - Reading.  A summary is read line by line; empty lines are dropped and
 *    each other line is one unit.  ASCII letters are lower-cased.
 *  - Length limit.  limit_words counts the white-space separated words of
 *    the units (a unit that starts with white space counts one extra, empty
 *    word) and keeps the first limit_words; limit_bytes keeps the first
 *    limit_bytes bytes of the units, the spaces joining units not counted.
 *    The limit applies to the system summary AND to the references.
 *  - Tokens.  What survives the cut is split into maximal runs of ASCII
 *    [a-z0-9]; everything else, including every non-ASCII byte, separates.
 *    Stop words are kept.
 *  - Stemming.  Only tokens longer than 3 bytes are stemmed.  As in ROUGE,
 *    a token found in WordNet's lists of irregular forms becomes its base
 *    form, unstemmed ("struck" -> "strike", "said" -> "say"); any other is
 *    stemmed by the Porter stemmer, here Snowball libstemmer's "porter".
 *    ROUGE's own Perl Porter differs from it on about 0.6% of word types
 *    (it also maps "-bli" to "-ble" and "-logi" to "-log" in step 2, and
 *    strips "-ement", "-ment" and "-ent" in turn in step 4, so that
 *    "provisional" and "provision" share a stem there but not here); the
 *    DUC 2002 reference scores are unaffected.
 *  - ROUGE-N.  Hits are clipped n-gram counts.  With several references the
 *    counts are pooled ("-f A"): R = sum(hits) / sum(reference n-grams),
 *    P = sum(hits) / (references x system n-grams).  ROUGE-1.5.5 does no
 *    jackknifing (it was removed in ROUGE 1.4); set `jackknife` to get the
 *    leave-one-out average of older ROUGE and DUC instead.
 *  - ROUGE-SU4.  Skip bigrams with at most 4 words between the two, plus
 *    the unigrams, except the last token's (a ROUGE-1.5.5 quirk).
 *  - Rounding.  R and P are rounded to 5 decimals, F is computed from the
 *    rounded R and P (F = R P / ((1 - alpha) P + alpha R)) and rounded too.
 *  - Averages.  The reported average is the mean of the bootstrap sample
 *    means of the per-cluster scores; the confidence interval is read off
 *    the sorted sample means by ROUGE's interpolation.  Resample i draws
 *    with a 48-bit drand48 generator seeded with seed + i, which with
 *    seed 0 is what Perl's srand(i); rand() does, so the intervals of
 *    ROUGE-1.5.5 are reproduced, not only approximated.
 *
 * The conventions of brief.h hold here too: GError in the BRIEF_ERROR
 * domain, `_new`/`_free` (NULL-safe) with g_autoptr() cleanups, `_get`
 * results borrowed, `_to_*` results owned by the caller.  One owned result
 * has another name: the token array of brief_rouge_scorer_tokenize().
 *
 * Threads: a BriefRougeScorer or BriefRougeEval holds a stemmer and caches,
 * so use each from one thread at a time; distinct objects are independent.
 * No function here keeps global state.
 */
#ifndef BRIEF_BRIEF_ROUGE_H
#define BRIEF_BRIEF_ROUGE_H

#include <brief/brief.h>

G_BEGIN_DECLS

/* Largest n of ROUGE-N that can be asked for. */
#define BRIEF_ROUGE_MAX_N 9

/* Upper bound of the number of metrics of any configuration: ROUGE-1 to
 * ROUGE-BRIEF_ROUGE_MAX_N and one skip-bigram metric.  Arrays of this size
 * always fit brief_rouge_scorer_score(). */
#define BRIEF_ROUGE_MAX_METRICS (BRIEF_ROUGE_MAX_N + 1)

/* Every tunable of the scorer.  Initialise with brief_rouge_options_init(),
 * then change fields.  `system_id` is borrowed and copied by the objects
 * built from the options. */
typedef struct {
  guint limit_words;      /* 100 (-l); 0 = no word limit */
  guint limit_bytes;      /* 0 (-b); 0 = no byte limit.  At most one of
                              the two limits may be non-zero. */
  gboolean stem;          /* TRUE (-m) */
  guint n_max;            /* 4 (-n): ROUGE-1 .. ROUGE-n_max; 0 = none */
  gboolean skip_bigrams;  /* TRUE (-2): also compute ROUGE-S/SU */
  int skip_distance;      /* 4 (-2 4): most words between the two words of
                              a skip bigram; negative = no limit */
  gboolean skip_unigrams; /* TRUE (-u): count unigrams too (ROUGE-SU) */
  double alpha;           /* 0.5 (-p): F weight, 0 <= alpha <= 1 */
  gboolean jackknife;     /* FALSE: pool the references as ROUGE-1.5.5
                              does; TRUE: average over the leave-one-out
                              subsets when there is more than one */
  double confidence;      /* 95 (-c): percent, 0 <= confidence <= 100 */
  guint resamples;        /* 1000 (-r), at least 1 */
  guint64 seed;           /* 0: resample i is seeded with seed + i */
  const char *system_id;  /* "SYS": the peer name in rendered output */
  guint max_input_bytes;  /* 1 MiB: the largest summary file
                              brief_rouge_eval_add_dirs() reads (a larger
                              one is BRIEF_ERROR_LIMIT); at least 1 */
} BriefRougeOptions;

/* Fill `options` with the documented defaults. */
BRIEF_API void brief_rouge_options_init(BriefRougeOptions *options);

/* Check every field; FALSE with BRIEF_ERROR_INVALID naming the first one
 * out of range. */
BRIEF_API gboolean brief_rouge_options_validate(const BriefRougeOptions *options, GError **error);

/* One score.  Values are rounded to 5 decimals, as ROUGE-1.5.5 prints
 * them. */
typedef struct {
  double recall;
  double precision;
  double f;
} BriefRougeScore;

/* An average over clusters with its bootstrap confidence interval. */
typedef struct {
  BriefRougeScore mean; /* mean of the bootstrap sample means */
  BriefRougeScore low;  /* lower bound of the confidence interval */
  BriefRougeScore high; /* upper bound */
} BriefRougeAverage;

/* ------------------------------------------------------------------------ */
/* Scoring one summary                                                       */

typedef struct _BriefRougeScorer BriefRougeScorer;

/* A scorer for `options` (copied).  Fails with BRIEF_ERROR_INVALID when the
 * options do not validate, BRIEF_ERROR_LANGUAGE when libstemmer lacks the
 * Porter stemmer. */
BRIEF_API BriefRougeScorer *brief_rouge_scorer_new(const BriefRougeOptions *options,
                                                   GError **error);
BRIEF_API void brief_rouge_scorer_free(BriefRougeScorer *scorer);

/* The metrics the scorer computes, in ROUGE's order: "ROUGE-1" ..
 * "ROUGE-<n_max>", then the skip-bigram metric ("ROUGE-SU4", "ROUGE-S4",
 * "ROUGE-SU*" or "ROUGE-S*").  The name is a static or scorer-owned string. */
BRIEF_API guint brief_rouge_scorer_get_n_metrics(const BriefRougeScorer *scorer);
BRIEF_API const char *brief_rouge_scorer_get_metric_name(const BriefRougeScorer *scorer,
                                                         guint metric);

/* The tokens ROUGE compares for `text` (NUL-terminated): lines read, cut to
 * the length limit when `truncate` is TRUE, tokenised and, if the options
 * say so, stemmed.  Returns (transfer full) a NULL-terminated array to free
 * with g_strfreev(); an empty array when no token is left.  Fails with
 * BRIEF_ERROR_ENCODING when `text` is not valid UTF-8. */
BRIEF_API char **brief_rouge_scorer_tokenize(BriefRougeScorer *scorer, const char *text,
                                             gboolean truncate, GError **error);

/* Score the system summary `peer` against the `n_refs` reference summaries
 * `refs` (all NUL-terminated UTF-8; n_refs >= 1).  On success fills
 * scores[0 .. n_metrics-1]; `n_scores` is the length of `scores` and must
 * be at least brief_rouge_scorer_get_n_metrics().  Fails with
 * BRIEF_ERROR_ENCODING, naming "peer" or "reference N" (1-based) and the
 * byte offset, when a text is not valid UTF-8. */
BRIEF_API gboolean brief_rouge_scorer_score(BriefRougeScorer *scorer, const char *peer,
                                            const char *const *refs, guint n_refs,
                                            BriefRougeScore *scores, guint n_scores,
                                            GError **error);

/* ------------------------------------------------------------------------ */
/* Evaluating a system over many clusters                                    */

typedef struct _BriefRougeEval BriefRougeEval;

/* An empty evaluation with `options` (copied); errors as for
 * brief_rouge_scorer_new(). */
BRIEF_API BriefRougeEval *brief_rouge_eval_new(const BriefRougeOptions *options, GError **error);
BRIEF_API void brief_rouge_eval_free(BriefRougeEval *eval);

/* Score one cluster from memory.  `cluster` names it (copied) and must not
 * have been added before (BRIEF_ERROR_INVALID).  Text errors as for
 * brief_rouge_scorer_score(), the message starting with the cluster name.
 * On failure nothing is added. */
BRIEF_API gboolean brief_rouge_eval_add_texts(BriefRougeEval *eval, const char *cluster,
                                              const char *peer, const char *const *refs,
                                              guint n_refs, GError **error);

/* Score every cluster of a system directory against a reference directory.
 * `sys_dir` holds "<cluster>.txt", `refs_dir` holds "<cluster>.<X>.txt"
 * (any X, one file per reference); hidden files and files not ending in
 * ".txt" are ignored.  A cluster found on one side only is skipped, as
 * ROUGE-1.5.5 skips an evaluation without a peer, and its files are listed
 * by brief_rouge_eval_get_unmatched().
 * Errors: BRIEF_ERROR_IO when a directory or file cannot be read,
 * BRIEF_ERROR_ENCODING (path and byte offset) for invalid UTF-8,
 * BRIEF_ERROR_LIMIT for a file larger than `max_input_bytes`,
 * BRIEF_ERROR_EMPTY when no cluster is on both sides, BRIEF_ERROR_INVALID
 * when a cluster was already added.  On failure nothing is added. */
BRIEF_API gboolean brief_rouge_eval_add_dirs(BriefRougeEval *eval, const char *sys_dir,
                                             const char *refs_dir, GError **error);

/* Clusters in ROUGE-1.5.5's bootstrap order (byte order of
 * "<cluster>.<system_id>").  The name is borrowed. */
BRIEF_API guint brief_rouge_eval_get_n_clusters(const BriefRougeEval *eval);
BRIEF_API const char *brief_rouge_eval_get_cluster(const BriefRougeEval *eval, guint index);

BRIEF_API guint brief_rouge_eval_get_n_metrics(const BriefRougeEval *eval);
BRIEF_API const char *brief_rouge_eval_get_metric_name(const BriefRougeEval *eval, guint metric);

/* The score of cluster `index` for `metric` (borrowed, valid until the
 * next add). */
BRIEF_API const BriefRougeScore *brief_rouge_eval_get_score(const BriefRougeEval *eval, guint index,
                                                            guint metric);

/* Average of `metric` over all clusters with its bootstrap confidence
 * interval, computed on each call (cheap: one pass of `resamples` draws).
 * FALSE, and `average` zeroed, when there is no cluster. */
BRIEF_API gboolean brief_rouge_eval_get_average(const BriefRougeEval *eval, guint metric,
                                                BriefRougeAverage *average);

/* Paths of the files brief_rouge_eval_add_dirs() skipped for want of a
 * counterpart, in the order met.  NULL-terminated, borrowed, valid until
 * the next brief_rouge_eval_add_dirs(). */
BRIEF_API const char *const *brief_rouge_eval_get_unmatched(const BriefRougeEval *eval);

/* Render the evaluation in ROUGE-1.5.5's line format: for each metric the
 * three lines
 *   SYS ROUGE-1 Average_R: 0.29027 (95%-conf.int. 0.27821 - 0.30268)
 * (then _P and _F) and, when `per_cluster`, one line per cluster
 *   SYS ROUGE-1 Eval d061j.SYS R:0.24020 P:0.23558 F:0.23787
 * in ROUGE's print order.  ROUGE's dashed separator lines are left out.
 * Returns (transfer full) text ending in a newline; "" without clusters. */
BRIEF_API char *brief_rouge_eval_to_text(const BriefRougeEval *eval, gboolean per_cluster);

/* The same as a JSON object, indented by two spaces, ending in a newline:
 *   {"system": ..., "options": {...}, "n_clusters": N,
 *    "metrics": [{"name": "ROUGE-1",
 *                 "recall": {"average": .., "low": .., "high": ..},
 *                 "precision": {..}, "f": {..},
 *                 "clusters": [{"cluster": .., "recall": .., "precision": .., "f": ..}]}],
 *    "unmatched": [paths]}
 * Numbers have the fewest digits that read back exactly (0.63636, 95.0).
 * "clusters" only when `per_cluster`.  Averages are null without clusters.
 * Returns (transfer full). */
BRIEF_API char *brief_rouge_eval_to_json(const BriefRougeEval *eval, gboolean per_cluster);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefRougeScorer, brief_rouge_scorer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefRougeEval, brief_rouge_eval_free)

G_END_DECLS

#endif /* BRIEF_BRIEF_ROUGE_H */
