/* SPDX-License-Identifier: BSD-3-Clause */
/* Internal interfaces between the parts of the ROUGE scorer:
 *
 *   rouge-tokens.c     reading, cutting, tokens, stems, WordNet forms
 *   rouge-score.c      the BriefRougeScorer: n-gram and skip-bigram scores
 *   rouge-bootstrap.c  Perl's srand/rand resampling, confidence intervals
 *   rouge-options.c    the options' defaults and checks (public API only)
 *   rouge.c            the BriefRougeEval object
 *   rouge-files.c      pairing and reading the summary directories
 *   rouge-output.c     ROUGE-1.5.5's text lines and the JSON form
 *
 * Nothing here is exported from the shared library. */
#ifndef BRIEF_ROUGE_PRIVATE_H
#define BRIEF_ROUGE_PRIVATE_H

#include <brief/brief-rouge.h>

G_BEGIN_DECLS

/* ---- rouge-tokens.c ------------------------------------------------------ */

/* The token ids of one scorer: every token is interned once, so n-grams are
 * tuples of integers.  With stemming, ids stand for compared forms (stem or
 * WordNet base form), so two words with one stem share an id. */
typedef struct _BriefRougeVocab BriefRougeVocab;

/* Fails with BRIEF_ERROR_LANGUAGE when `stem` and libstemmer lacks the
 * Porter stemmer. */
BriefRougeVocab *brief_rouge_vocab_new(gboolean stem, GError **error);
void brief_rouge_vocab_free(BriefRougeVocab *vocab);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefRougeVocab, brief_rouge_vocab_free)

/* Token ids (guint32) of `text`, valid UTF-8, as ROUGE-1.5.5 reads it: its
 * non-empty lines, cut to `limit_words` or else `limit_bytes` (0: no limit),
 * split into runs of ASCII letters and digits, lower-cased, stemmed when
 * the vocabulary stems.  (transfer full) */
GArray *brief_rouge_vocab_tokens(BriefRougeVocab *vocab, const char *text, guint limit_words,
                                 guint limit_bytes);

/* The compared form of token `id` (borrowed from the vocabulary). */
const char *brief_rouge_vocab_form(const BriefRougeVocab *vocab, guint32 id);

/* ---- rouge-score.c ------------------------------------------------------- */

struct _BriefRougeScorer {
  BriefRougeOptions options; /* system_id points to the copy below */
  char *system_id;
  BriefRougeVocab *vocab;
  guint n_metrics;
  char *skip_name; /* NULL without skip bigrams */
};

/* `value` as ROUGE keeps a score: printed with "%.5f" and read back. */
double brief_rouge_round5(double value);

/* Validate (as UTF-8) and score one peer against `n_refs` references into
 * scores[0 .. n_metrics-1].  `names` label the texts in errors, peer first,
 * then one per reference. */
gboolean brief_rouge_scorer_score_named(BriefRougeScorer *scorer, const char *peer,
                                        const char *const *refs, guint n_refs,
                                        const char *const *names, BriefRougeScore *scores,
                                        GError **error);

/* What errors call the texts of a cluster: "peer", "reference 1", ..., or
 * with a `cluster` name "<cluster>: peer", ... (transfer full) */
GPtrArray *brief_rouge_text_names(const char *cluster, guint n_refs);

/* ---- rouge-bootstrap.c --------------------------------------------------- */

/* ROUGE-1.5.5's average of the `n` (>= 1) per-cluster scores: the mean of
 * `resamples` bootstrap sample means, resample i drawn with drand48 seeded
 * with seed + i, and the `confidence` percent interval of those means. */
void brief_rouge_bootstrap(const BriefRougeScore *scores, guint n, guint resamples, guint64 seed,
                           double confidence, BriefRougeAverage *average);

/* ---- rouge.c ------------------------------------------------------------- */

typedef struct {
  char *name;
  char *test_id; /* "<name>.<system_id>": ROUGE's key, sets the order */
  BriefRougeScore scores[BRIEF_ROUGE_MAX_METRICS];
} BriefRougeCluster;

struct _BriefRougeEval {
  BriefRougeScorer *scorer;
  GPtrArray *clusters;  /* BriefRougeCluster *, sorted by test_id */
  GPtrArray *unmatched; /* char *, NULL-terminated */
};

void brief_rouge_cluster_free(BriefRougeCluster *cluster);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefRougeCluster, brief_rouge_cluster_free)

/* FALSE with BRIEF_ERROR_INVALID when `name` was evaluated already. */
gboolean brief_rouge_eval_check_new(const BriefRougeEval *eval, const char *name, GError **error);

/* Score a new cluster `name` (not yet added: see brief_rouge_eval_insert);
 * texts and `names` as for brief_rouge_scorer_score_named().  NULL on a
 * text error. */
BriefRougeCluster *brief_rouge_eval_score(BriefRougeEval *eval, const char *name, const char *peer,
                                          const char *const *refs, guint n_refs,
                                          const char *const *names, GError **error);

/* Add a scored cluster (transfer full) in its place; its name must be new. */
void brief_rouge_eval_insert(BriefRougeEval *eval, BriefRougeCluster *cluster);

/* Append `path` (copied) to the unmatched files. */
void brief_rouge_eval_add_unmatched(BriefRougeEval *eval, const char *path);

G_END_DECLS

#endif /* BRIEF_ROUGE_PRIVATE_H */
