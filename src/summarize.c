/* The pipeline: sentences -> noise filter -> terms -> TF-IDF -> TextRank ->
 * MMR -> a briefing in reading order. */
#include "brief-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A sentence used as a headline must read like one: a lead of 8 to 30
 * words, or any sentence of 8 to 20. */
#define HEADLINE_MAX_LEAD_WORDS 30
#define HEADLINE_MAX_WORDS      20
/* "Lennon was those things - and more." says too little to head a story. */
#define HEADLINE_MIN_WORDS 8

struct _BriefSummarizer {
  BriefConfig config;
  char *language, *stopwords_path, *date, *idf_path;
  BriefIdfModel *idf_model;
  const BriefIdfModel *shared_idf; /* borrowed, used when idf_model is NULL */
  gboolean lenient;                /* articles without sentences are skipped, not fatal */
  BriefTokenizer *tok;
  BriefSplitter *splitter;
};

/* One sentence of the cluster. */
typedef struct {
  guint article;
  guint index;      /* within the article */
  guint paragraph;  /* within the article */
  gsize start, end; /* display span: after any dateline */
  guint words, bytes;
  gboolean candidate;
  gboolean quote;    /* holds a quotation */
  gboolean anaphora; /* opens with a pronoun that points back */
} Sent;

BriefSummarizer *
brief_summarizer_new(const BriefConfig *config, GError **error)
{
  g_autoptr(BriefSummarizer) s = NULL;
  gboolean missing = FALSE;

  g_return_val_if_fail(config != NULL, NULL);

  if (!brief_config_validate(config, error))
    return NULL;
  s = g_new0(BriefSummarizer, 1);
  s->config = *config;
  s->language = g_strdup(config->language);
  s->stopwords_path = g_strdup(config->stopwords_path);
  s->date = g_strdup(config->date);
  s->idf_path = g_strdup(config->idf_path);
  s->config.idf_path = s->idf_path;
  s->config.language = s->language;
  s->config.stopwords_path = s->stopwords_path;
  s->config.date = s->date;
  if (s->config.n_threads == 0)
    s->config.n_threads = MIN(g_get_num_processors(), 8u);
  s->tok = brief_tokenizer_new(s->language, s->stopwords_path, &missing, error);
  if (s->tok == NULL)
    return NULL;
  if (missing)
    g_warning("no stop word list for '%s': all words count", s->language);
  s->splitter = brief_splitter_new(s->language, error);
  if (s->splitter == NULL)
    return NULL;
  if (s->idf_path != NULL) {
    s->idf_model = brief_idf_model_load(s->idf_path, error);
    if (s->idf_model == NULL)
      return NULL;
    if (strcmp(brief_idf_model_get_language(s->idf_model), s->language) != 0) {
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s: IDF model is for '%s', not '%s'",
                  s->idf_path, brief_idf_model_get_language(s->idf_model), s->language);
      return NULL;
    }
  }
  return g_steal_pointer(&s);
}

void
brief_summarizer_share_idf(BriefSummarizer *summarizer, const BriefIdfModel *model)
{
  summarizer->shared_idf = model;
}

void
brief_summarizer_set_lenient(BriefSummarizer *summarizer, gboolean lenient)
{
  summarizer->lenient = lenient;
}

void
brief_summarizer_free(BriefSummarizer *summarizer)
{
  if (summarizer == NULL)
    return;
  brief_tokenizer_free(summarizer->tok);
  brief_splitter_free(summarizer->splitter);
  g_free(summarizer->language);
  g_free(summarizer->stopwords_path);
  g_free(summarizer->date);
  g_free(summarizer->idf_path);
  brief_idf_model_free(summarizer->idf_model);
  g_free(summarizer);
}

/* ---- sentences and the noise filter ---------------------------------------------- */

static void
mark_candidates(GArray *sents, const BriefCluster *cluster, const BriefConfig *cfg, gboolean strict)
{
  for (guint i = 0; i < sents->len; i++) {
    Sent *s = &g_array_index(sents, Sent, i);
    const BriefArticle *a = brief_cluster_get_article(cluster, s->article);
    const char *t = a->text + s->start;
    gsize len = s->end - s->start;

    s->candidate = s->words > 0;
    /* Even without punctuation a "sentence" of a whole file is no summary. */
    if (cfg->max_words && s->words > cfg->max_words)
      s->candidate = FALSE;
    if (strict) {
      if (s->words < cfg->min_words || (cfg->max_words && s->words > cfg->max_words))
        s->candidate = FALSE;
      else if (cfg->noise_filter &&
               (brief_noise_is_unterminated(t, len) || brief_noise_is_quote_fragment(t, len)))
        s->candidate = FALSE;
    }
    if (s->candidate && cfg->noise_filter && brief_noise_is_byline(t, len))
      s->candidate = FALSE;
  }
}

/* A candidate that has at least one term to be compared by. */
static gboolean
is_candidate_row(GArray *sents, const BriefMatrix *m, guint i)
{
  return g_array_index(sents, Sent, i).candidate && m->offsets[i + 1] > m->offsets[i];
}

static guint
count_candidates(GArray *sents, const BriefMatrix *m)
{
  guint n = 0;

  for (guint i = 0; i < sents->len; i++)
    if (is_candidate_row(sents, m, i))
      n++;
  return n;
}

/* LEAD: the sentences of the newest article (the last given among equals),
 * in order, captions and datelines still dropped. */
static void
lead_candidates(GArray *sents, const BriefCluster *cluster)
{
  guint best = 0;

  for (guint i = 1; i < brief_cluster_get_n_articles(cluster); i++) {
    const BriefArticle *a = brief_cluster_get_article(cluster, i);
    const BriefArticle *b = brief_cluster_get_article(cluster, best);
    if (a->timestamp >= b->timestamp)
      best = i;
  }
  for (guint i = 0; i < sents->len; i++) {
    Sent *s = &g_array_index(sents, Sent, i);
    s->candidate = s->article == best && s->words > 0;
  }
}

static gboolean
has_quote(const char *t, gsize len)
{
  return memchr(t, '"', len) != NULL || g_strstr_len(t, (gssize)len, "\xE2\x80\x9C") != NULL ||
         g_strstr_len(t, (gssize)len, "``") != NULL;
}

static gboolean
opens_with_pronoun(const char *t, gsize len)
{
  static const char *const words[] = {"He ",   "She ",     "It ",   "They ", "This ", "These ",
                                      "That ", "Those ",   "His ",  "Her ",  "Its ",  "Their ",
                                      "But ",  "However,", "Also,", NULL};
  for (const char *const *w = words; *w; w++)
    if (len > strlen(*w) && strncmp(t, *w, strlen(*w)) == 0)
      return TRUE;
  return FALSE;
}

/* "a.txt", "a.txt, b.txt", "a.txt, b.txt, c.txt and 4 more": who an
 * error is about. */
static char *
article_names(const BriefCluster *cluster)
{
  guint n = brief_cluster_get_n_articles(cluster);
  GString *out = g_string_new(NULL);

  for (guint i = 0; i < n && i < 3; i++) {
    if (i > 0)
      g_string_append(out, ", ");
    g_string_append(out, brief_cluster_get_article(cluster, i)->name);
  }
  if (n > 3)
    g_string_append_printf(out, " and %u more", n - 3);
  return g_string_free(out, FALSE);
}

/* Split every article; drop captions (whole paragraphs) and datelines. */
static gboolean
collect_sentences(BriefSummarizer *self, const BriefCluster *cluster, GArray *sents, GError **error)
{
  guint n_articles = brief_cluster_get_n_articles(cluster);

  for (guint ai = 0; ai < n_articles; ai++) {
    const BriefArticle *a = brief_cluster_get_article(cluster, ai);
    g_autoptr(GArray) spans = brief_splitter_split(self->splitter, a->text, (gssize)a->text_len);
    guint first_of_para = 0;

    if (spans->len == 0) {
      if (self->lenient) {
        /* A day's briefing goes on without an empty article. */
        g_warning("%s: no sentences; left out", a->name);
        continue;
      }
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "%s: no sentences", a->name);
      return FALSE;
    }
    for (guint k = 0; k < spans->len; k++) {
      const BriefSpan *sp = &g_array_index(spans, BriefSpan, k);
      Sent s = {0};
      gsize skip;

      s.article = ai;
      s.index = k;
      s.paragraph = sp->paragraph;
      s.start = sp->start;
      s.end = sp->end;
      skip = self->config.noise_filter
                 ? brief_noise_dateline_length(a->text + s.start, s.end - s.start)
                 : 0;
      s.start += skip;
      s.words = brief_count_words(a->text + s.start, s.end - s.start);
      s.quote = has_quote(a->text + s.start, s.end - s.start);
      s.anaphora = opens_with_pronoun(a->text + s.start, s.end - s.start);
      s.bytes = (guint)(s.end - s.start);
      g_array_append_val(sents, s);
    }
    /* A paragraph with a caption marker is a caption as a whole: "Kerry
     * lavrov (2) ... Pictured: ... Photo: REUTERS/..." */
    for (guint k = 0; k <= spans->len; k++) {
      gboolean para_end =
          k == spans->len || g_array_index(spans, BriefSpan, k).paragraph !=
                                 g_array_index(spans, BriefSpan, first_of_para).paragraph;
      if (!para_end)
        continue;
      {
        const BriefSpan *f = &g_array_index(spans, BriefSpan, first_of_para);
        const BriefSpan *l = &g_array_index(spans, BriefSpan, k - 1);
        if (self->config.noise_filter &&
            brief_noise_is_caption(a->text + f->start, l->end - f->start)) {
          guint base = sents->len - spans->len;
          for (guint j = first_of_para; j < k; j++)
            g_array_index(sents, Sent, base + j).words = 0; /* never a candidate */
        }
      }
      first_of_para = k;
    }
  }
  return TRUE;
}

/* ---- ordering ------------------------------------------------------------------ */

static int
compare_reading_order(const void *pa, const void *pb, void *data)
{
  const BriefSelection *a = pa, *b = pb;
  const BriefCluster *c = data;
  const BriefArticle *x = brief_cluster_get_article(c, a->article);
  const BriefArticle *y = brief_cluster_get_article(c, b->article);

  /* Dated articles first, oldest first; then the order given. */
  if ((x->year != 0) != (y->year != 0))
    return x->year != 0 ? -1 : 1;
  if (x->timestamp != y->timestamp)
    return x->timestamp < y->timestamp ? -1 : 1;
  if (a->article != b->article)
    return a->article < b->article ? -1 : 1;
  return (a->index > b->index) - (a->index < b->index);
}

typedef struct {
  const double *score;
  const guint *rows;
  const Sent *sents;
} RankCtx;

static int
compare_rank(const void *pa, const void *pb, void *data)
{
  const RankCtx *r = data;
  guint a = *(const guint *)pa, b = *(const guint *)pb;
  const Sent *x = &r->sents[r->rows[a]], *y = &r->sents[r->rows[b]];

  if (r->score[a] != r->score[b])
    return r->score[a] > r->score[b] ? -1 : 1;
  /* Tie-break on (article, sentence): golden tests need stable output. */
  if (x->article != y->article)
    return x->article < y->article ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* ---- headline -------------------------------------------------------------------- */

/* The title closest to the centroid of the cluster, weighted by rank. */
static char *
pick_title(BriefSummarizer *self, const BriefCluster *cluster, const BriefMatrix *m,
           const guint *rows, const double *score, guint n, const float *idf, guint n_terms,
           const guint32 *local_of, guint n_global)
{
  guint n_articles = brief_cluster_get_n_articles(cluster);
  double *centroid = g_new0(double, n_terms);
  g_autoptr(GArray) terms = g_array_new(FALSE, FALSE, sizeof(guint32));
  gint best = -1;
  double best_sim = -1.0;

  for (guint k = 0; k < n; k++)
    for (gsize e = m->offsets[rows[k]]; e < m->offsets[rows[k] + 1]; e++)
      centroid[m->entries[e].term] += score[k] * m->entries[e].weight;

  for (guint ai = 0; ai < n_articles; ai++) {
    const BriefArticle *a = brief_cluster_get_article(cluster, ai);
    double dot = 0.0, norm = 0.0;
    if (a->title == NULL)
      continue;
    g_array_set_size(terms, 0);
    brief_tokenizer_add_terms(self->tok, a->title, strlen(a->title), terms);
    for (guint t = 0; t < terms->len; t++) {
      /* A title word absent from every sentence adds nothing. */
      guint32 g = g_array_index(terms, guint32, t);
      guint32 id = g < n_global ? local_of[g] : G_MAXUINT32;
      double w;
      if (id >= n_terms)
        continue;
      w = idf[id];
      dot += w * centroid[id];
      norm += w * w;
    }
    {
      double sim = norm > 0.0 ? dot / sqrt(norm) : 0.0;
      if (sim > best_sim) {
        best_sim = sim;
        best = (gint)ai;
      }
    }
  }
  g_free(centroid);
  return best >= 0 ? g_strdup(brief_cluster_get_article(cluster, (guint)best)->title) : NULL;
}

/* IDF from a background model: idf = 1 + ln((N + 1) / (df + 1)); a stem
 * the model never saw is as rare as can be.  Only terms of the cluster
 * (df_cluster > 0) are looked up. */
static float *
background_idf(const BriefSummarizer *self, const guint32 *df_cluster, guint n_terms,
               const guint32 *global_of)
{
  float *idf = g_new0(float, n_terms);
  const BriefIdfModel *model = self->idf_model ? self->idf_model : self->shared_idf;
  double n_docs = (double)brief_idf_model_get_n_documents(model);

  for (guint t = 0; t < n_terms; t++) {
    guint64 df;
    if (df_cluster[t] == 0)
      continue;
    df = brief_idf_model_get_df(model, brief_tokenizer_term(self->tok, global_of[t]));
    idf[t] = (float)(1.0 + log((n_docs + 1.0) / ((double)df + 1.0)));
  }
  return idf;
}

/* ---- relevance ------------------------------------------------------------------- */

/* Blend the normalised TextRank scores with a lead-position prior and the
 * similarity to the cluster centroid (both scaled to a maximum of 1), then
 * discount quotations and sentences that open with a pronoun pointing
 * back: both read poorly out of context, and editors' summaries seldom
 * use them. */
static void
mix_relevance(double *rel, const BriefMatrix *m, const guint *rows, guint n, const Sent *sents,
              const BriefConfig *cfg)
{
  double pw = cfg->position_weight, cw = cfg->centroid_weight;
  double *cen = NULL, max_cen = 0.0;
  double qp = cfg->quote_penalty, ap = cfg->pronoun_penalty;

  if (pw == 0.0 && cw == 0.0 && qp == 0.0 && ap == 0.0)
    return;
  if (cw > 0.0) {
    double *centroid = g_new0(double, m->n_terms);
    cen = g_new0(double, n);
    for (guint k = 0; k < n; k++)
      for (gsize e = m->offsets[rows[k]]; e < m->offsets[rows[k] + 1]; e++)
        centroid[m->entries[e].term] += m->entries[e].weight;
    for (guint k = 0; k < n; k++) {
      for (gsize e = m->offsets[rows[k]]; e < m->offsets[rows[k] + 1]; e++)
        cen[k] += centroid[m->entries[e].term] * m->entries[e].weight;
      max_cen = MAX(max_cen, cen[k]);
    }
    g_free(centroid);
  }
  for (guint k = 0; k < n; k++) {
    const Sent *s = &sents[rows[k]];
    double prior = 1.0 / sqrt((double)s->index + 1.0);
    double c = cen && max_cen > 0.0 ? cen[k] / max_cen : 0.0;
    rel[k] = (1.0 - pw - cw) * rel[k] + pw * prior + cw * c;
    if (qp > 0.0 && s->quote)
      rel[k] *= 1.0 - qp;
    if (ap > 0.0 && s->anaphora)
      rel[k] *= 1.0 - ap;
  }
  g_free(cen);
}

/* ---- coverage concepts ------------------------------------------------------------ */

static void
coverage_clear(BriefCoverage *c)
{
  g_free((gpointer)c->offsets);
  g_free((gpointer)c->concepts);
  g_free((gpointer)c->weights);
  memset(c, 0, sizeof *c);
}

/* Concepts are adjacent content stems (stop words already dropped), keyed
 * by the pair of term ids; weight = number of articles that hold it. */
static void
build_coverage(BriefCoverage *c, const guint32 *terms, const gsize *term_off, const Sent *sents,
               guint n_sents, const guint *rows, guint n, guint n_articles, const BriefConfig *cfg)
{
  BriefU64Map ids;
  guint32 n_ids = 0;
  g_autoptr(GArray) df = g_array_new(FALSE, TRUE, sizeof(guint));
  g_autoptr(GArray) last = g_array_new(FALSE, TRUE, sizeof(guint));
  g_autoptr(GArray) seen = g_array_new(FALSE, TRUE, sizeof(guint));
  GArray *concepts = g_array_new(FALSE, FALSE, sizeof(guint32));
  gsize *offsets = g_new(gsize, n + 1);
  guint32 *sent_first = g_new(guint32, n_sents + 1);
  double *weights;
  gboolean *is_row = g_new0(gboolean, n_sents);
  guint32 *row_of = g_new(guint32, n_sents);

  (void)n_articles;
  brief_u64map_init(&ids);
  for (guint k = 0; k < n; k++) {
    is_row[rows[k]] = TRUE;
    row_of[rows[k]] = k;
  }
  /* Intern every bigram of every sentence (all sentences count for df). */
  {
    g_autoptr(GArray) per_sent = g_array_new(FALSE, FALSE, sizeof(guint32));
    for (guint i = 0; i < n_sents; i++) {
      sent_first[i] = per_sent->len;
      for (gsize t = term_off[i]; t + 1 < term_off[i + 1]; t++) {
        guint64 key = ((guint64)terms[t] << 32) | terms[t + 1];
        guint32 id;
        if (!brief_u64map_lookup(&ids, key, &id)) {
          id = n_ids++;
          brief_u64map_insert(&ids, key, id);
          g_array_set_size(df, n_ids);
          g_array_set_size(last, n_ids);
        }
        /* Count each article once. */
        if (g_array_index(last, guint, id) != sents[i].article + 1) {
          g_array_index(last, guint, id) = sents[i].article + 1;
          g_array_index(df, guint, id)++;
        }
        g_array_append_val(per_sent, id);
      }
    }
    sent_first[n_sents] = per_sent->len;
    g_array_set_size(seen, n_ids);
    for (guint i = 0; i < n_sents; i++) {
      guint k;
      if (!is_row[i])
        continue;
      k = row_of[i];
      offsets[k] = concepts->len;
      for (guint32 e = sent_first[i]; e < sent_first[i + 1]; e++) {
        guint32 id = g_array_index(per_sent, guint32, e);
        if (g_array_index(df, guint, id) < cfg->coverage_min_df)
          continue;
        /* seen[id] = k + 1 once candidate k holds the concept: each
         * concept once per sentence, in linear time. */
        if (g_array_index(seen, guint, id) == k + 1)
          continue;
        g_array_index(seen, guint, id) = k + 1;
        g_array_append_val(concepts, id);
      }
    }
  }
  /* Rows are in increasing sentence order, so offsets are monotonic. */
  offsets[n] = concepts->len;
  weights = g_new(double, n_ids > 0 ? n_ids : 1);
  for (guint id = 0; id < n_ids; id++)
    weights[id] = g_array_index(df, guint, id);
  brief_u64map_clear(&ids);
  c->offsets = offsets;
  c->concepts = (guint32 *)(void *)g_array_free(concepts, FALSE);
  c->weights = weights;
  c->n_concepts = n_ids;
  c->mix = cfg->coverage_weight;
  /* Gain per word: a budget in words is what the concepts compete for. */
  c->length_exponent = 1.0;
  g_free(sent_first);
  g_free(is_row);
  g_free(row_of);
}

/* ---- run ---------------------------------------------------------------------------- */

static void
selection_clear(gpointer data)
{
  BriefSelection *s = data;

  g_free((char *)s->text);
}

BriefSummary *
brief_summarizer_run(BriefSummarizer *self, const BriefCluster *cluster, GError **error)
{
  g_autoptr(BriefSummary) sum = NULL;
  g_autoptr(GArray) sents = g_array_new(FALSE, FALSE, sizeof(Sent));
  g_autoptr(GArray) terms = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autoptr(GArray) sel = NULL;
  g_autofree gsize *term_off = NULL;
  g_autofree guint32 *local_of = NULL; /* tokenizer id -> cluster term */
  g_autoptr(GArray) global_of = NULL;  /* cluster term -> tokenizer id */
  g_autofree guint32 *df = NULL;
  g_autofree float *idf = NULL;
  g_autofree guint *rows = NULL, *words = NULL, *bytes = NULL, *order = NULL;
  g_autofree double *score = NULL, *relevance = NULL;
  BriefMatrix m = {0};
  BriefGraph g = {0};
  BriefBudget budget;
  guint n_terms, n_global, n = 0, top;
  double max_score = 0.0;
  const BriefConfig *cfg;
  BriefStats stats = {0};
  BriefCoverage cov = {0};
  gint64 t0 = g_get_monotonic_time(), t = t0, now;

  g_return_val_if_fail(self != NULL && cluster != NULL, NULL);
  cfg = &self->config;

  if (brief_cluster_get_n_articles(cluster) == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "no articles to summarize");
    return NULL;
  }
  if (!collect_sentences(self, cluster, sents, error))
    return NULL;
#define LAP(field)                                                                                 \
  do {                                                                                             \
    now = g_get_monotonic_time();                                                                  \
    stats.field = (double)(now - t) / G_USEC_PER_SEC;                                              \
    t = now;                                                                                       \
  } while (0)
  LAP(t_split);

  /* Terms of every sentence, candidate or not: the IDF statistics are
   * better for it. */
  term_off = g_new(gsize, sents->len + 1);
  for (guint i = 0; i < sents->len; i++) {
    Sent *s = &g_array_index(sents, Sent, i);
    const BriefArticle *a = brief_cluster_get_article(cluster, s->article);
    term_off[i] = terms->len;
    brief_tokenizer_add_terms(self->tok, a->text + s->start, s->end - s->start, terms);
  }
  term_off[sents->len] = terms->len;
  /* Number the cluster's terms afresh, in order of first occurrence: the
   * tokenizer's ids depend on what it saw before (other clusters), and
   * floating-point sums follow term order, so without this a summary would
   * depend on the summarizer's history. */
  n_global = brief_tokenizer_n_terms(self->tok);
  local_of = g_new(guint32, n_global > 0 ? n_global : 1);
  global_of = g_array_new(FALSE, FALSE, sizeof(guint32));
  for (guint32 gid = 0; gid < n_global; gid++)
    local_of[gid] = G_MAXUINT32;
  for (guint k = 0; k < terms->len; k++) {
    guint32 *id = &g_array_index(terms, guint32, k);
    if (local_of[*id] == G_MAXUINT32) {
      local_of[*id] = global_of->len;
      g_array_append_val(global_of, *id);
    }
    *id = local_of[*id];
  }
  n_terms = global_of->len;
  LAP(t_tokenize);

  /* Sentences are the documents of the in-cluster IDF: a story's own
   * words occur in every article of the cluster, so an article-level IDF
   * would give them no weight at all. */
  df =
      brief_document_frequency((const guint32 *)(void *)terms->data, term_off, sents->len, n_terms);
  if (self->idf_model != NULL || self->shared_idf != NULL) {
    idf = background_idf(self, df, n_terms, (const guint32 *)(void *)global_of->data);
  } else if (cfg->idf_articles) {
    /* An article's sentences are consecutive rows: its terms are one run. */
    g_autofree gsize *art_off = g_new(gsize, sents->len + 1);
    g_autofree guint32 *adf = NULL;
    guint n_art = 0;
    for (guint i = 0; i < sents->len; i++)
      if (i == 0 ||
          g_array_index(sents, Sent, i).article != g_array_index(sents, Sent, i - 1).article)
        art_off[n_art++] = term_off[i];
    art_off[n_art] = term_off[sents->len];
    adf = brief_document_frequency((const guint32 *)(void *)terms->data, art_off, n_art, n_terms);
    idf = brief_idf_from_df(adf, n_terms, brief_cluster_get_n_articles(cluster));
    /* Terms in every article get idf 1 (ln 1 = 0, plus one): they stay. */
  } else {
    idf = brief_idf_from_df(df, n_terms, sents->len);
  }
  brief_matrix_build(&m, (const guint32 *)(void *)terms->data, term_off, sents->len, n_terms, idf);

  if (cfg->method == BRIEF_METHOD_LEAD) {
    lead_candidates(sents, cluster);
  } else {
    mark_candidates(sents, cluster, cfg, TRUE);
  }
  n = count_candidates(sents, &m);
  if (n == 0 && cfg->method != BRIEF_METHOD_LEAD) {
    /* Nothing looks like a full sentence (no punctuation at all, say):
     * better a summary of fragments than none. */
    mark_candidates(sents, cluster, cfg, FALSE);
    n = count_candidates(sents, &m);
  }
  if (n == 0) {
    g_autofree char *names = article_names(cluster);
    brief_matrix_clear(&m);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY,
                "%s: no sentences to summarize (every sentence is a caption, a byline or "
                "has no content words)",
                names);
    return NULL;
  }
  rows = g_new(guint, n);
  words = g_new(guint, n);
  bytes = g_new(guint, n);
  n = 0;
  for (guint i = 0; i < sents->len; i++) {
    const Sent *s = &g_array_index(sents, Sent, i);
    if (is_candidate_row(sents, &m, i)) {
      rows[n] = i;
      words[n] = s->words;
      bytes[n] = s->bytes;
      n++;
    }
  }

  LAP(t_vectors);
  score = g_new(double, n);
  if (cfg->method == BRIEF_METHOD_LEAD) {
    /* Earlier is better; MMR with lambda 1 then takes them in order. */
    for (guint k = 0; k < n; k++)
      score[k] = (double)(n - k) / n;
  } else {
    brief_graph_build(&g, &m, rows, n, cfg->threshold, cfg->binary_edges, cfg->max_neighbors,
                      cfg->n_threads);
    stats.n_edges = g.n > 0 ? g.offsets[g.n] / 2 : 0;
    LAP(t_graph);
    stats.n_iterations =
        brief_pagerank(&g, cfg->damping, cfg->tolerance, cfg->max_iterations, score);
    brief_graph_clear(&g);
  }
  LAP(t_rank);

  relevance = g_new(double, n);
  for (guint k = 0; k < n; k++)
    max_score = MAX(max_score, score[k]);
  for (guint k = 0; k < n; k++)
    relevance[k] = max_score > 0.0 ? score[k] / max_score : 0.0;
  if (cfg->method != BRIEF_METHOD_LEAD)
    mix_relevance(relevance, &m, rows, n, (const Sent *)(void *)sents->data, cfg);

  /* rank[k]: position of candidate k when sorted by score. */
  order = g_new(guint, n);
  for (guint k = 0; k < n; k++)
    order[k] = k;
  {
    RankCtx rc = {relevance, rows, (const Sent *)(void *)sents->data};
    g_qsort_with_data(order, (gint)n, sizeof(guint), compare_rank, &rc);
  }
  top = order[0];

  budget.words = cfg->budget_words;
  budget.sentences = cfg->budget_sentences;
  budget.bytes = cfg->budget_bytes;
  budget.fill = cfg->fill;
  if (cfg->method != BRIEF_METHOD_LEAD && cfg->coverage_weight > 0.0) {
    build_coverage(&cov, (const guint32 *)(void *)terms->data, term_off,
                   (const Sent *)(void *)sents->data, sents->len, rows, n,
                   brief_cluster_get_n_articles(cluster), cfg);
    sel = brief_mmr_select(&m, rows, relevance, words, bytes, n, cfg->lambda, &budget, &cov);
    coverage_clear(&cov);
  } else {
    sel = brief_mmr_select(&m, rows, relevance, words, bytes, n,
                           cfg->method == BRIEF_METHOD_LEAD ? 1.0 : cfg->lambda, &budget, NULL);
  }
  LAP(t_select);
#undef LAP

  sum = g_new0(BriefSummary, 1);
  sum->cluster = cluster;
  sum->n_sentences = sents->len;
  sum->n_candidates = n;
  sum->headline_selected = -1;
  sum->config = *cfg;
  sum->language = g_strdup(self->language);
  sum->stopwords_path = g_strdup(self->stopwords_path);
  sum->date = g_strdup(self->date);
  sum->idf_path = g_strdup(self->idf_path);
  sum->config.idf_path = sum->idf_path;
  sum->config.language = sum->language;
  sum->config.stopwords_path = sum->stopwords_path;
  sum->config.date = sum->date;
  sum->selected = g_array_sized_new(FALSE, TRUE, sizeof(BriefSelection), sel->len);
  g_array_set_clear_func(sum->selected, selection_clear);
  {
    g_autofree guint *rank = g_new(guint, n);
    for (guint r = 0; r < n; r++)
      rank[order[r]] = r + 1;
    for (guint i = 0; i < sel->len; i++) {
      guint k = g_array_index(sel, guint, i);
      const Sent *s = &g_array_index(sents, Sent, rows[k]);
      const BriefArticle *a = brief_cluster_get_article(cluster, s->article);
      BriefSelection out = {0};
      out.article = s->article;
      out.index = s->index;
      out.start = s->start;
      out.end = s->end;
      out.text = brief_collapse_space(a->text + s->start, s->end - s->start);
      out.score = relevance[k];
      out.rank = rank[k];
      out.order = i + 1;
      out.words = s->words;
      g_array_append_val(sum->selected, out);
    }
  }
  g_array_sort_with_data(sum->selected, compare_reading_order, (gpointer)cluster);

  sum->headline =
      pick_title(self, cluster, &m, rows, relevance, n, idf, n_terms, local_of, n_global);
  if (sum->headline == NULL) {
    /* No titles: a news lead reads best as a headline, so the best-ranked
     * selected sentence that opens its article (its first candidate) and is
     * neither too short nor too long; else any selected one of the same
     * kind; else any selected one not too short; else the best-ranked
     * sentence. */
    g_autofree guint *first_cand = g_new(guint, brief_cluster_get_n_articles(cluster));
    for (guint a = 0; a < brief_cluster_get_n_articles(cluster); a++)
      first_cand[a] = G_MAXUINT;
    for (guint k = 0; k < n; k++) {
      const Sent *s = &g_array_index(sents, Sent, rows[k]);
      first_cand[s->article] = MIN(first_cand[s->article], s->index);
    }
    for (int pass = 0; pass < 3 && sum->headline_selected < 0; pass++) {
      guint best_rank = G_MAXUINT;
      for (guint i = 0; i < sum->selected->len; i++) {
        const BriefSelection *x = &g_array_index(sum->selected, BriefSelection, i);
        gboolean lead = x->index == first_cand[x->article];
        if (x->words < HEADLINE_MIN_WORDS)
          continue;
        if (pass == 0 && !(lead && x->words <= HEADLINE_MAX_LEAD_WORDS))
          continue;
        if (pass == 1 && x->words > HEADLINE_MAX_WORDS)
          continue;
        if (x->rank < best_rank) {
          best_rank = x->rank;
          sum->headline_selected = (gint)i;
        }
      }
    }
    if (sum->headline_selected >= 0) {
      sum->headline =
          g_strdup(g_array_index(sum->selected, BriefSelection, sum->headline_selected).text);
    } else {
      const Sent *s = &g_array_index(sents, Sent, rows[top]);
      for (guint i = 0; i < sum->selected->len; i++) {
        const BriefSelection *x = &g_array_index(sum->selected, BriefSelection, i);
        if (x->article == s->article && x->index == s->index)
          sum->headline_selected = (gint)i;
      }
      sum->headline = brief_collapse_space(
          brief_cluster_get_article(cluster, s->article)->text + s->start, s->end - s->start);
    }
  }
  sum->has_date = brief_briefing_date(self->date, cluster, &sum->year, &sum->month, &sum->day);
  brief_matrix_clear(&m);
  stats.n_articles = brief_cluster_get_n_articles(cluster);
  stats.n_sentences = sents->len;
  stats.n_candidates = n;
  stats.n_terms = n_terms;
  stats.t_total = (double)(g_get_monotonic_time() - t0) / G_USEC_PER_SEC;
  sum->stats = stats;
  return g_steal_pointer(&sum);
}

/* ---- summary accessors ----------------------------------------------------------- */

void
brief_summary_free(BriefSummary *summary)
{
  if (summary == NULL)
    return;
  if (summary->selected)
    g_array_unref(summary->selected);
  g_free(summary->headline);
  g_free(summary->language);
  g_free(summary->stopwords_path);
  g_free(summary->date);
  g_free(summary->idf_path);
  g_free(summary);
}

guint
brief_summary_get_n_selected(const BriefSummary *summary)
{
  g_return_val_if_fail(summary != NULL, 0);
  return summary->selected->len;
}

const BriefSelection *
brief_summary_get_selected(const BriefSummary *summary, guint index)
{
  g_return_val_if_fail(summary != NULL, NULL);
  g_return_val_if_fail(index < summary->selected->len, NULL);
  return &g_array_index(summary->selected, BriefSelection, index);
}

gboolean
brief_summary_get_date(const BriefSummary *summary, int *year, int *month, int *day)
{
  g_return_val_if_fail(summary != NULL, FALSE);
  if (year)
    *year = summary->has_date ? summary->year : 0;
  if (month)
    *month = summary->has_date ? summary->month : 0;
  if (day)
    *day = summary->has_date ? summary->day : 0;
  return summary->has_date;
}

const char *
brief_summary_get_headline(const BriefSummary *summary)
{
  g_return_val_if_fail(summary != NULL, NULL);
  return summary->headline;
}

const BriefCluster *
brief_summary_get_cluster(const BriefSummary *summary)
{
  g_return_val_if_fail(summary != NULL, NULL);
  return summary->cluster;
}

guint
brief_summary_get_n_candidates(const BriefSummary *summary)
{
  g_return_val_if_fail(summary != NULL, 0);
  return summary->n_candidates;
}

const BriefStats *
brief_summary_get_stats(const BriefSummary *summary)
{
  g_return_val_if_fail(summary != NULL, NULL);
  return &summary->stats;
}

guint
brief_summary_get_n_sentences(const BriefSummary *summary)
{
  g_return_val_if_fail(summary != NULL, 0);
  return summary->n_sentences;
}
