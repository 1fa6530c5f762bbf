/* SPDX-License-Identifier: BSD-3-Clause */
/* What a sentence is worth: its terms numbered per run, their IDF, the
 * TF-IDF rows, TextRank, the relevance MMR maximises and the ranking. */
#include "summarizer-private.h"

#include "brief-private.h"
#include "config-private.h"
#include "textrank-private.h"
#include "tfidf-private.h"
#include "tokenize-private.h"

#include <math.h>
#include <string.h>

/* ---- terms ------------------------------------------------------------------------- */

/* The bytes of sentence i. */
static const char *
sentence_text(const BriefRun *run, guint i, gsize *len)
{
  const BriefSent *s = &g_array_index(run->sents, BriefSent, i);
  const BriefArticle *a = brief_cluster_get_article(run->cluster, s->article);

  *len = s->end - s->start;
  return a->text + s->start;
}

/* Whether sentence i is the `len` bytes at `text`. */
static gboolean
same_text(const BriefRun *run, guint i, const char *text, gsize len)
{
  gsize n;
  const char *t = sentence_text(run, i, &n);

  return n == len && memcmp(t, text, len) == 0;
}

/* copy_of[i] for every sentence: the first sentence with the same bytes
 * (i itself when none).  The sentences that are no copy go into
 * distinct[], in order; returns their number. */
static guint
find_copies(const BriefRun *run, guint *copy_of, guint *distinct)
{
  BriefU64Map seen; /* text hash -> the first sentence with it */
  guint n_distinct = 0;

  brief_u64map_init(&seen, 0);
  for (guint i = 0; i < run->sents->len; i++) {
    gsize len;
    const char *text = sentence_text(run, i, &len);
    gboolean added;
    guint first = brief_u64map_intern(&seen, brief_bytes_hash(text, len), i, &added);
    copy_of[i] = !added && same_text(run, first, text, len) ? first : i;
    if (copy_of[i] == i)
      distinct[n_distinct++] = i;
  }
  brief_u64map_clear(&seen);
  return n_distinct;
}

/* The words (with `words`, stop words too) or the terms of the sentences
 * list[0 .. n) with `tok`: their ids into `out`, where the k-th starts into
 * off[k], the end into off[n]. */
static void
tokenize_sentences(const BriefRun *run, BriefTokenizer *tok, gboolean words, const guint *list,
                   guint n, GArray *out, gsize *off)
{
  for (guint k = 0; k < n; k++) {
    gsize len;
    const char *text = sentence_text(run, list[k], &len);
    off[k] = out->len;
    if (words)
      brief_tokenizer_add_tokens(tok, text, len, out);
    else
      brief_tokenizer_add_terms(tok, text, len, out);
  }
  off[n] = out->len;
}

/* Sentences are tokenized in chunks on threads from this many. */
#define PARALLEL_SENTENCES 2000

typedef struct {
  const BriefRun *run;
  gboolean words;
  const guint *distinct; /* the sentences to tokenize */
  guint n_distinct;
  guint n_chunks;
  GArray **ids; /* per chunk */
  gsize **off;  /* per chunk */
} TokenJob;

/* The first of distinct[] that chunk c tokenizes. */
static guint
chunk_first(const TokenJob *job, guint c)
{
  return (guint)((guint64)job->n_distinct * c / job->n_chunks);
}

/* Chunk 0 is read by the summarizer's own tokenizer, which numbers its
 * words as reading it first would; chunk c > 0 by helper c - 1. */
static BriefTokenizer *
chunk_tokenizer(BriefSummarizer *self, guint c)
{
  return c == 0 ? self->tok : self->helpers[c - 1];
}

static void
tokenize_chunk(guint worker, guint c, gpointer data)
{
  TokenJob *job = data;
  guint from = chunk_first(job, c), to = chunk_first(job, c + 1);

  (void)worker;
  job->ids[c] = g_array_sized_new(FALSE, FALSE, sizeof(guint32), 32 * (to - from));
  job->off[c] = g_new(gsize, to - from + 1);
  tokenize_sentences(job->run, chunk_tokenizer(job->run->summarizer, c), job->words,
                     job->distinct + from, to - from, job->ids[c], job->off[c]);
}

/* The ids of distinct[0 .. n_distinct), as tokenize_sentences() with the
 * summarizer's own tokenizer gives them, into `out` and d_off.  A big
 * cluster is tokenized in chunks on threads by the summarizer's helpers,
 * the ids then mapped to the summarizer's tokenizer chunk by chunk, in
 * text order, which numbers them as the summarizer's tokenizer would have
 * reading every sentence itself. */
static void
tokenize_distinct(BriefRun *run, gboolean words, const guint *distinct, guint n_distinct,
                  GArray *out, gsize *d_off)
{
  BriefSummarizer *self = run->summarizer;
  guint n_chunks =
      MIN(brief_threads_resolve(run->cfg->n_threads), n_distinct / (PARALLEL_SENTENCES / 2));
  TokenJob job = {run, words, distinct, n_distinct, n_chunks, NULL, NULL};

  if (n_chunks < 2) {
    tokenize_sentences(run, self->tok, words, distinct, n_distinct, out, d_off);
    return;
  }
  while (self->n_helpers < n_chunks - 1) {
    self->helpers = g_renew(BriefTokenizer *, self->helpers, self->n_helpers + 1);
    self->helpers[self->n_helpers++] = brief_tokenizer_new_like(self->tok);
  }
  job.ids = g_new0(GArray *, n_chunks);
  job.off = g_new0(gsize *, n_chunks);
  brief_parallel_for(n_chunks, n_chunks, tokenize_chunk, &job);
  for (guint c = 0; c < n_chunks; c++) {
    guint from = chunk_first(&job, c), to = chunk_first(&job, c + 1);
    gsize base = out->len;
    GArray *ids = job.ids[c];
    if (c > 0) {
      g_autoptr(BriefIdMap) map = brief_id_map_new(self->tok, chunk_tokenizer(self, c));
      brief_id_map_apply(map, (guint32 *)(void *)ids->data, ids->len);
    }
    g_array_append_vals(out, ids->data, ids->len);
    g_array_unref(ids);
    for (guint k = from; k <= to; k++)
      d_off[k] = base + job.off[c][k - from];
    g_free(job.off[c]);
  }
  g_free(job.ids);
  g_free(job.off);
}

/* Every sentence's ids: sentence i's are those from off[i] up to
 * off[i + 1] of the array returned.  Copies of a sentence (a wire story's
 * copies, run->copy_of) are found first and tokenized once: a copy holds
 * no word its first has not, so its ids are the ones the tokenizer would
 * give it. */
static GArray *
tokenize_all(BriefRun *run, gboolean words, gsize *off)
{
  guint n = run->sents->len;
  g_autofree guint *distinct = g_new(guint, n > 0 ? n : 1);
  guint n_distinct = find_copies(run, run->copy_of, distinct);
  g_autofree gsize *d_off = NULL;
  g_autofree guint *slot = NULL; /* sentence -> its place in distinct[] */
  GArray *dist = g_array_new(FALSE, FALSE, sizeof(guint32)), *all;

  if (n_distinct == n) {
    tokenize_distinct(run, words, distinct, n, dist, off);
    return dist;
  }
  d_off = g_new(gsize, n_distinct + 1);
  tokenize_distinct(run, words, distinct, n_distinct, dist, d_off);
  slot = g_new(guint, n);
  for (guint k = 0; k < n_distinct; k++)
    slot[distinct[k]] = k;
  off[0] = 0;
  for (guint i = 0; i < n; i++) {
    guint k = slot[run->copy_of[i]];
    off[i + 1] = off[i] + (d_off[k + 1] - d_off[k]);
  }
  /* A GArray holds at most G_MAXUINT ids; the run's bytes (at most
   * max-total-bytes, itself at most G_MAXUINT) hold fewer words. */
  g_assert(off[n] <= G_MAXUINT);
  all = g_array_sized_new(FALSE, FALSE, sizeof(guint32), (guint)off[n]);
  g_array_set_size(all, (guint)off[n]);
  for (guint i = 0; i < n; i++) {
    guint k = slot[run->copy_of[i]];
    /* Not for a sentence without words: the arrays' data may be NULL. */
    if (off[i + 1] > off[i])
      memcpy(&g_array_index(all, guint32, off[i]), &g_array_index(dist, guint32, d_off[k]),
             (off[i + 1] - off[i]) * sizeof(guint32));
  }
  g_array_unref(dist);
  return all;
}

/* The terms among the words: those that are not stop words; where each
 * sentence's terms start goes into run->term_off. */
static GArray *
terms_of_tokens(BriefRun *run)
{
  const guint32 *tok = (const guint32 *)(void *)run->tokens->data;
  guint n = run->sents->len;
  GArray *terms = g_array_sized_new(FALSE, FALSE, sizeof(guint32), run->tokens->len);

  for (guint i = 0; i < n; i++) {
    run->term_off[i] = terms->len;
    for (gsize k = run->token_off[i]; k < run->token_off[i + 1]; k++)
      if (!(tok[k] & BRIEF_TOKEN_STOP))
        g_array_append_val(terms, tok[k]);
  }
  run->term_off[n] = terms->len;
  return terms;
}

void
brief_number_terms(BriefRun *run)
{
  GArray *sents = run->sents;
  GArray *terms;
  gboolean words = brief_coverage_needs_tokens(run->cfg);

  /* Terms of every sentence, candidate or not: the IDF statistics are
   * better for it.  When the coverage bigrams need them, the words with
   * stop words are kept too, and the terms are those of them that are not
   * stop words. */
  run->term_off = g_new(gsize, sents->len + 1);
  run->copy_of = g_new(guint, sents->len > 0 ? sents->len : 1);
  if (words) {
    run->token_off = g_new(gsize, sents->len + 1);
    run->tokens = tokenize_all(run, TRUE, run->token_off);
    terms = run->terms = terms_of_tokens(run);
  } else {
    terms = run->terms = tokenize_all(run, FALSE, run->term_off);
  }
  /* Number the cluster's terms afresh, in order of first occurrence: the
   * tokenizer's ids depend on what it saw before (other clusters), and
   * floating-point sums follow term order, so without this a summary would
   * depend on the summarizer's history. */
  run->n_global = brief_tokenizer_n_terms(run->summarizer->tok);
  run->local_of = g_new(guint32, run->n_global > 0 ? run->n_global : 1);
  run->global_of = g_array_new(FALSE, FALSE, sizeof(guint32));
  for (guint32 gid = 0; gid < run->n_global; gid++)
    run->local_of[gid] = G_MAXUINT32;
  for (guint k = 0; k < terms->len; k++) {
    guint32 *id = &g_array_index(terms, guint32, k);
    if (run->local_of[*id] == G_MAXUINT32) {
      run->local_of[*id] = run->global_of->len;
      g_array_append_val(run->global_of, *id);
    }
    *id = run->local_of[*id];
  }
  run->n_terms = run->global_of->len;
}

guint32
brief_run_cluster_term(const BriefRun *run, guint32 global)
{
  return global < run->n_global ? run->local_of[global] : G_MAXUINT32;
}

/* ---- IDF and TF-IDF ------------------------------------------------------------------ */

/* IDF from a background model: idf = 1 + ln((N + 1) / (df + 1)); a stem
 * the model never saw is as rare as can be.  Only terms of the cluster
 * (df_cluster > 0) are looked up. */
static float *
background_idf(const BriefRun *run, const guint32 *df_cluster)
{
  const BriefSummarizer *self = run->summarizer;
  const guint32 *global_of = (const guint32 *)(void *)run->global_of->data;
  float *idf = g_new0(float, run->n_terms);
  const BriefIdfModel *model = self->idf_model ? self->idf_model : self->shared_idf;
  double n_docs = (double)brief_idf_model_get_n_documents(model);

  for (guint t = 0; t < run->n_terms; t++) {
    guint64 df;
    if (df_cluster[t] == 0)
      continue;
    df = brief_idf_model_get_df(model, brief_tokenizer_term(self->tok, global_of[t]));
    idf[t] = (float)(1.0 + log((n_docs + 1.0) / ((double)df + 1.0)));
  }
  return idf;
}

/* IDF over the cluster's articles.  Terms in every article get idf 1
 * (ln 1 = 0, plus one): they stay. */
static float *
article_idf(const BriefRun *run)
{
  const GArray *sents = run->sents;
  g_autofree gsize *art_off = g_new(gsize, sents->len + 1);
  g_autofree guint32 *adf = NULL;
  guint n_art = 0;

  /* An article's sentences are consecutive rows: its terms are one run. */
  for (guint i = 0; i < sents->len; i++)
    if (i == 0 || g_array_index(sents, BriefSent, i).article !=
                      g_array_index(sents, BriefSent, i - 1).article)
      art_off[n_art++] = run->term_off[i];
  art_off[n_art] = run->term_off[sents->len];
  adf = brief_document_frequency((const guint32 *)(void *)run->terms->data, art_off, n_art,
                                 run->n_terms);
  return brief_idf_from_df(adf, run->n_terms, brief_cluster_get_n_articles(run->cluster));
}

void
brief_weigh_terms(BriefRun *run)
{
  const guint32 *terms = (const guint32 *)(void *)run->terms->data;
  guint n_sents = run->sents->len;
  g_autofree guint32 *df = NULL;

  /* Sentences are the documents of the in-cluster IDF: a story's own
   * words occur in every article of the cluster, so an article-level IDF
   * would give them no weight at all. */
  df = brief_document_frequency(terms, run->term_off, n_sents, run->n_terms);
  if (run->summarizer->idf_model != NULL || run->summarizer->shared_idf != NULL)
    run->idf = background_idf(run, df);
  else if (run->cfg->idf_articles)
    run->idf = article_idf(run);
  else
    run->idf = brief_idf_from_df(df, run->n_terms, n_sents);
  brief_matrix_build_tf(&run->m, terms, run->term_off, n_sents, run->n_terms, run->idf,
                        run->cfg->term_frequency == BRIEF_TF_LOG);
}

/* ---- scores and relevance ------------------------------------------------------------ */

/* TextRank over the distinct candidates: sentences the vectors cannot tell
 * apart (a wire story printed by many outlets) are one node standing for
 * its copies, so the graph's work grows with what is said, not with how
 * often (see brief_pagerank_copies); every copy gets its node's score. */
static void
rank_candidates(BriefRun *run)
{
  const BriefConfig *cfg = run->cfg;
  guint n = run->n, n_groups;
  guint *group = run->group = g_new(guint, n);
  g_autofree guint *first = g_new(guint, n);
  g_autofree guint *rows = NULL, *copies = NULL;
  g_autofree double *score = NULL;
  BriefGraphOptions opt = {cfg->threshold, cfg->binary_edges, cfg->max_neighbors,
                           cfg->posting_window, cfg->n_threads};
  BriefGraph g = {0};

  n_groups = brief_matrix_group_rows(&run->m, run->rows, n, group, first);
  rows = g_new(guint, n_groups);
  copies = g_new0(guint, n_groups);
  score = g_new(double, n_groups);
  for (guint u = 0; u < n_groups; u++)
    rows[u] = run->rows[first[u]];
  for (guint k = 0; k < n; k++)
    copies[group[k]]++;
  brief_graph_build(&g, &run->m, rows, n_groups, &opt);
  run->stats.n_edges = g.n > 0 ? g.offsets[g.n] / 2 : 0;
  run->stats.n_pair_updates = g.n_pairs;
  run->stats.n_distinct = n_groups;
  brief_run_lap(run, &run->stats.t_graph);
  run->stats.n_iterations =
      brief_pagerank_copies(&g, n_groups < n ? copies : NULL, cfg->damping, cfg->tolerance,
                            cfg->max_iterations, cfg->n_threads, score);
  for (guint k = 0; k < n; k++)
    run->score[k] = score[group[k]];
  brief_graph_clear(&g);
}

void
brief_score_candidates(BriefRun *run)
{
  guint n = run->n;

  run->score = g_new(double, n);
  if (run->cfg->method == BRIEF_METHOD_LEAD) {
    /* Earlier is better; MMR with lambda 1 then takes them in order. */
    for (guint k = 0; k < n; k++)
      run->score[k] = (double)(n - k) / n;
    return;
  }
  rank_candidates(run);
}

/* Similarity of each candidate to the centroid of the candidates, scaled
 * to a maximum of 1 (all 0 when there is no overlap). */
static double *
centroid_similarity(const BriefRun *run)
{
  const BriefMatrix *m = &run->m;
  const guint *rows = run->rows;
  guint n = run->n;
  double *centroid = g_new0(double, m->n_terms);
  double *cen = g_new0(double, n), max_cen = 0.0;

  for (guint k = 0; k < n; k++)
    for (gsize e = m->offsets[rows[k]]; e < m->offsets[rows[k] + 1]; e++)
      centroid[m->entries[e].term] += m->entries[e].weight;
  for (guint k = 0; k < n; k++) {
    for (gsize e = m->offsets[rows[k]]; e < m->offsets[rows[k] + 1]; e++)
      cen[k] += centroid[m->entries[e].term] * m->entries[e].weight;
    max_cen = MAX(max_cen, cen[k]);
  }
  for (guint k = 0; k < n; k++)
    cen[k] = max_cen > 0.0 ? cen[k] / max_cen : 0.0;
  g_free(centroid);
  return cen;
}

/* Blend the normalised TextRank scores with a lead-position prior and the
 * similarity to the cluster centroid (both scaled to a maximum of 1), then
 * discount quotations and sentences that open with a pronoun pointing
 * back: both read poorly out of context, and editors' summaries seldom
 * use them. */
static void
mix_relevance(BriefRun *run)
{
  const BriefConfig *cfg = run->cfg;
  double pw = cfg->position_weight, cw = cfg->centroid_weight;
  double qp = cfg->quote_penalty, ap = cfg->pronoun_penalty;
  g_autofree double *cen = NULL;
  double *rel = run->relevance;

  if (pw == 0.0 && cw == 0.0 && qp == 0.0 && ap == 0.0)
    return;
  if (cw > 0.0)
    cen = centroid_similarity(run);
  for (guint k = 0; k < run->n; k++) {
    const BriefSent *s = &g_array_index(run->sents, BriefSent, run->rows[k]);
    double prior = 1.0 / sqrt((double)s->index + 1.0);
    double c = cen ? cen[k] : 0.0;
    rel[k] = (1.0 - pw - cw) * rel[k] + pw * prior + cw * c;
    if (qp > 0.0 && s->quote)
      rel[k] *= 1.0 - qp;
    if (ap > 0.0 && s->anaphora)
      rel[k] *= 1.0 - ap;
  }
}

void
brief_compute_relevance(BriefRun *run)
{
  double max_score = 0.0;

  run->relevance = g_new(double, run->n);
  for (guint k = 0; k < run->n; k++)
    max_score = MAX(max_score, run->score[k]);
  for (guint k = 0; k < run->n; k++)
    run->relevance[k] = max_score > 0.0 ? run->score[k] / max_score : 0.0;
  if (run->cfg->method != BRIEF_METHOD_LEAD)
    mix_relevance(run);
}

/* ---- ranking ------------------------------------------------------------------------- */

static int
compare_rank(const void *pa, const void *pb, void *data)
{
  const BriefRun *run = data;
  guint a = *(const guint *)pa, b = *(const guint *)pb;
  const double *score = run->relevance;
  const BriefSent *x = &g_array_index(run->sents, BriefSent, run->rows[a]);
  const BriefSent *y = &g_array_index(run->sents, BriefSent, run->rows[b]);

  if (score[a] != score[b])
    return score[a] > score[b] ? -1 : 1;
  /* Tie-break on (article, sentence): golden tests need stable output. */
  if (x->article != y->article)
    return x->article < y->article ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

void
brief_rank_candidates(BriefRun *run)
{
  run->order = g_new(guint, run->n);
  for (guint k = 0; k < run->n; k++)
    run->order[k] = k;
  g_qsort_with_data(run->order, (gint)run->n, sizeof(guint), compare_rank, run);
}
