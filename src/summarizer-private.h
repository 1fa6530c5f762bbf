/* SPDX-License-Identifier: BSD-3-Clause */
/* What the stages of brief_summarizer_run share: the summarizer, the
 * sentence records, the per-run context and one entry point per stage, in
 * pipeline order (summarizer.c runs them). */
#ifndef BRIEF_SUMMARIZER_PRIVATE_H
#define BRIEF_SUMMARIZER_PRIVATE_H

#include <brief/brief.h>

#include "mmr-private.h"      /* BriefCoverage */
#include "tfidf-private.h"    /* BriefMatrix */
#include "tokenize-private.h" /* BriefTokenizer */

G_BEGIN_DECLS

/* ---- summarizer.c ------------------------------------------------------------ */

struct _BriefSummarizer {
  BriefConfig *config; /* a copy, its thread count settled */
  BriefIdfModel *idf_model;
  const BriefIdfModel *shared_idf; /* borrowed, used when idf_model is NULL */
  gboolean lenient;                /* articles without sentences are skipped, not fatal */
  BriefTokenizer *tok;
  BriefTokenizer **helpers; /* n_helpers, like tok: big clusters are tokenized on threads,
                             * by tok and these */
  guint n_helpers;
  BriefSplitter *splitter;
};

/* A summarizer that does not read the model file of "idf" (which stays in
 * its configuration, and so in the JSON echo) but uses `model` (borrowed,
 * may be NULL; it must outlive the summarizer and not change): a batch
 * reads the model once for all its lines. */
BriefSummarizer *brief_summarizer_new_with_idf(const BriefConfig *config,
                                               const BriefIdfModel *model, GError **error);

/* FALSE with BRIEF_ERROR_INVALID "PATH: IDF model is for 'x', not 'y'"
 * unless `model` is of `language`. */
gboolean brief_summarizer_check_idf(const BriefIdfModel *model, const char *path,
                                    const char *language, GError **error);

/* Use `model` (borrowed; it must outlive the summarizer and not change) as
 * the background IDF unless the configuration names a model file. */
void brief_summarizer_share_idf(BriefSummarizer *summarizer, const BriefIdfModel *model);

/* Skip articles without sentences (with a warning) instead of failing. */
void brief_summarizer_set_lenient(BriefSummarizer *summarizer, gboolean lenient);

/* One sentence of the cluster. */
typedef struct {
  guint article;
  guint index;      /* within the article */
  guint paragraph;  /* within the article */
  gsize start, end; /* display span: after any dateline */
  guint words, bytes;
  gboolean candidate;
  gboolean quote;    /* holds a quotation */
  guint8 quote_part; /* BRIEF_QUOTE_* of noise-private.h: a part of a quotation over
                        several sentences (with the noise filter only) */
  gboolean anaphora; /* opens with a pronoun that points back */
} BriefSent;

/* The state of one brief_summarizer_run, filled stage by stage; every
 * field is owned and freed by brief_run_clear(). */
typedef struct {
  BriefSummarizer *summarizer;
  const BriefCluster *cluster;
  const BriefConfig *cfg; /* the summarizer's */

  GArray *sents; /* BriefSent, article after article, in order */

  /* brief_number_terms: sentence i holds terms[term_off[i] .. term_off[i+1]),
   * numbered per run (cluster terms), see there. */
  GArray *terms; /* guint32 cluster term ids */
  gsize *term_off;
  guint32 *local_of; /* tokenizer id -> cluster term, G_MAXUINT32 when absent */
  guint n_global;    /* tokenizer ids when the terms were numbered */
  GArray *global_of; /* cluster term -> tokenizer id */
  guint n_terms;
  /* Every word of sentence i, stop words too, is tokens[token_off[i] ..
   * token_off[i+1]): tokenizer ids (brief_tokenizer_add_tokens); NULL
   * unless brief_coverage_needs_tokens(). */
  GArray *tokens;
  gsize *token_off;
  /* The first sentence with the same bytes as sentence i (i itself when
   * none): its words and terms are the same. */
  guint *copy_of;

  /* brief_weigh_terms */
  float *idf;    /* per cluster term */
  BriefMatrix m; /* one TF-IDF row per sentence */

  /* brief_choose_candidates: candidate k is sentence rows[k] */
  guint n;
  guint *rows, *words, *bytes;

  double *score;     /* brief_score_candidates: TextRank, or position for LEAD */
  guint *group;      /* brief_score_candidates, TextRank only: each candidate's group
                        of copies (rows with the same entries); NULL for LEAD */
  double *relevance; /* brief_compute_relevance: what MMR maximises */
  guint *order;      /* brief_rank_candidates: candidates, most relevant first */
  GArray *selected;  /* guint candidate indices in selection order */

  BriefStats stats;
  gint64 t_start, t_lap; /* monotonic microseconds */
} BriefRun;

/* ---- run.c ------------------------------------------------------------------- */

/* A run of `self` over `cluster` before its first stage; brief_run_clear()
 * frees what the stages filled. */
void brief_run_init(BriefRun *run, BriefSummarizer *self, const BriefCluster *cluster);
void brief_run_clear(BriefRun *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(BriefRun, brief_run_clear)

/* Seconds since the previous lap (or the start) into `*field`. */
void brief_run_lap(BriefRun *run, double *field);

/* ---- candidates.c ------------------------------------------------------------- */

/* Split every article of the cluster into run->sents, datelines cut off,
 * captions given no words.  An article without sentences is an error
 * (BRIEF_ERROR_EMPTY) unless the summarizer is lenient. */
gboolean brief_collect_sentences(BriefRun *run, GError **error);

/* Mark the candidates (noise and length filters, or LEAD's newest
 * article; fragments when nothing else is left) and list them in
 * run->rows/words/bytes.  Needs run->m; BRIEF_ERROR_EMPTY when none. */
gboolean brief_choose_candidates(BriefRun *run, GError **error);

/* ---- relevance.c -------------------------------------------------------------- */

/* Terms of every sentence into run->terms, numbered per run. */
void brief_number_terms(BriefRun *run);

/* The cluster term of tokenizer id `global`, or G_MAXUINT32 when no
 * sentence of the run holds it. */
guint32 brief_run_cluster_term(const BriefRun *run, guint32 global);

/* The IDF (background model, articles or sentences) and the TF-IDF matrix. */
void brief_weigh_terms(BriefRun *run);

/* run->score: TextRank over the candidates (laps t_graph), or the lead
 * position for LEAD. */
void brief_score_candidates(BriefRun *run);

/* run->relevance: scores scaled to a maximum of 1, then blended with the
 * position and centroid priors and the quotation and pronoun discounts. */
void brief_compute_relevance(BriefRun *run);

/* run->order: candidates by decreasing relevance, ties in reading order. */
void brief_rank_candidates(BriefRun *run);

/* ---- coverage.c --------------------------------------------------------------- */

/* Bigram concepts of the candidates for brief_mmr_select(). */
void brief_coverage_build(BriefCoverage *c, const BriefRun *run);
/* Whether selection uses coverage concepts (TextRank with a coverage
 * weight), and whether they are made of words as written, which need the
 * stop words of every sentence (run->tokens). */
gboolean brief_coverage_used(const BriefConfig *cfg);
gboolean brief_coverage_needs_tokens(const BriefConfig *cfg);
void brief_coverage_clear(BriefCoverage *c);

/* ---- summary.c ------------------------------------------------------------------ */

/* A summary of run->selected in reading order, without headline or date. */
BriefSummary *brief_summary_new_from_run(const BriefRun *run);

/* ---- headline.c ----------------------------------------------------------------- */

/* sum->headline: the best-matching title, else a selected (or the top)
 * sentence, then also sum->headline_selected. */
void brief_choose_headline(const BriefRun *run, BriefSummary *sum);

G_END_DECLS

#endif /* BRIEF_SUMMARIZER_PRIVATE_H */
