/* SPDX-License-Identifier: BSD-3-Clause */
/* Sentences of a cluster and which of them may go into a summary: the
 * noise and length filters, LEAD's newest article, and fragments as a last
 * resort. */
#define _GNU_SOURCE /* memmem */
#include "summarizer-private.h"

#include "brief-private.h"
#include "config-private.h"
#include "noise-private.h"
#include "tfidf-private.h"

#include <string.h>

static gboolean
has_quote(const char *t, gsize len)
{
  /* memmem, not g_strstr_len: a text holds no NUL byte, and glibc's
   * search is the faster by far. */
  return memchr(t, '"', len) != NULL || memmem(t, len, "\xE2\x80\x9C", 3) != NULL ||
         memmem(t, len, "``", 2) != NULL;
}

static gboolean
opens_with_pronoun(const char *t, gsize len)
{
  static const char *const words[] = {"He ",   "She ",     "It ",   "They ", "This ", "These ",
                                      "That ", "Those ",   "His ",  "Her ",  "Its ",  "Their ",
                                      "But ",  "However,", "Also,", NULL};

  /* The first byte first: most sentences match no word there. */
  for (const char *const *w = words; *w; w++) {
    gsize wl = strlen(*w);
    if (len > wl && (*w)[0] == t[0] && memcmp(t, *w, wl) == 0)
      return TRUE;
  }
  return FALSE;
}

/* ---- sentences -------------------------------------------------------------------- */

/* What can be known of the sentence `sp` of `text` from its own bytes:
 * its span after any dateline, words, quotes and pronoun. */
static BriefSent
sentence_of(const char *text, const BriefSpan *sp, gboolean noise_filter)
{
  BriefSent s = {0};
  gsize skip;

  s.start = sp->start;
  s.end = sp->end;
  skip = noise_filter ? brief_noise_dateline_length(text + s.start, s.end - s.start) : 0;
  s.start += skip;
  s.words = brief_count_words(text + s.start, s.end - s.start);
  s.quote = has_quote(text + s.start, s.end - s.start);
  s.anaphora = opens_with_pronoun(text + s.start, s.end - s.start);
  s.bytes = (guint)(s.end - s.start);
  return s;
}

/* One paragraph's sentences, split and screened once: a paragraph that
 * wire copy prints in many articles (or many times in one) is looked up
 * by its bytes, not split again.  Offsets are from the paragraph's start;
 * a paragraph with a caption marker (brief_noise_is_caption(), with the
 * noise filter) has sentences of no words, which are never candidates. */
typedef struct {
  const char *bytes; /* where it was first seen */
  gsize len;
  guint first, n; /* its sentences: spans and sents [first, first + n) of the cache */
} Paragraph;

typedef struct {
  BriefU64Map seen; /* hash of a paragraph's bytes -> its index in paras */
  GArray *paras;    /* Paragraph */
  GArray *spans;    /* BriefSpan */
  GArray *sents;    /* BriefSent: span, words, quote, anaphora */
} ParagraphCache;

static void
paragraph_cache_init(ParagraphCache *c)
{
  brief_u64map_init(&c->seen, 0);
  c->paras = g_array_new(FALSE, FALSE, sizeof(Paragraph));
  c->spans = g_array_new(FALSE, FALSE, sizeof(BriefSpan));
  c->sents = g_array_new(FALSE, FALSE, sizeof(BriefSent));
}

static void
paragraph_cache_clear(ParagraphCache *c)
{
  brief_u64map_clear(&c->seen);
  g_array_unref(c->paras);
  g_array_unref(c->spans);
  g_array_unref(c->sents);
}

/* Split and screen the paragraph [ps, pe) into the cache: its entry. */
static Paragraph
split_paragraph_once(ParagraphCache *c, const BriefSplitter *splitter, const char *ps,
                     const char *pe, gboolean noise_filter)
{
  Paragraph p = {ps, (gsize)(pe - ps), c->spans->len, 0};
  const BriefSpan *f, *l;

  brief_splitter_split_paragraph(splitter, ps, ps, pe, 0, c->spans);
  p.n = c->spans->len - p.first;
  for (guint k = p.first; k < c->spans->len; k++) {
    BriefSent s = sentence_of(ps, &g_array_index(c->spans, BriefSpan, k), noise_filter);
    g_array_append_val(c->sents, s);
  }
  if (!noise_filter || p.n == 0)
    return p;
  /* A paragraph with a caption marker is a caption as a whole: "Kerry
   * lavrov (2) ... Pictured: ... Photo: REUTERS/...". */
  f = &g_array_index(c->spans, BriefSpan, p.first);
  l = &g_array_index(c->spans, BriefSpan, p.first + p.n - 1);
  if (brief_noise_is_caption(ps + f->start, l->end - f->start))
    for (guint k = p.first; k < p.first + p.n; k++)
      g_array_index(c->sents, BriefSent, k).words = 0;
  return p;
}

/* The cache's entry for the paragraph [ps, pe), split now if it is new. */
static const Paragraph *
paragraph_of(ParagraphCache *c, const BriefSplitter *splitter, const char *ps, const char *pe,
             gboolean noise_filter)
{
  gsize len = (gsize)(pe - ps);
  gboolean added;
  guint k = brief_u64map_intern(&c->seen, brief_bytes_hash(ps, len), c->paras->len, &added);
  Paragraph p;

  if (!added) {
    const Paragraph *had = &g_array_index(c->paras, Paragraph, k);
    if (had->len == len && memcmp(had->bytes, ps, len) == 0)
      return had;
  }
  /* New, or another paragraph with the same hash (kept, not found again). */
  p = split_paragraph_once(c, splitter, ps, pe, noise_filter);
  g_array_append_val(c->paras, p);
  return &g_array_index(c->paras, Paragraph, c->paras->len - 1);
}

/* Mark the parts of quotations over several sentences, which
 * mark_candidates() leaves out: a part alone reads as brief's own
 * statement, and the whole is not one sentence. */
static void
mark_quotations(const BriefArticle *a, const GArray *spans, GArray *sents)
{
  g_autofree guint8 *parts = g_new(guint8, spans->len);

  brief_noise_quote_parts(a->text, &g_array_index(spans, BriefSpan, 0), spans->len, parts);
  for (guint k = 0; k < spans->len; k++)
    g_array_index(sents, BriefSent, k).quote_part = parts[k];
}

typedef struct {
  const BriefSplitter *splitter;
  const BriefCluster *cluster;
  gboolean noise_filter;
  ParagraphCache *caches; /* per worker */
  GArray **sents;         /* per article: its BriefSent, article ai's numbered ai */
} SplitJob;

/* Article ai's sentences, with what can be known of each from the article
 * alone: its words, quotes and noise marks.  Paragraph by paragraph, as
 * brief_splitter_split() cuts it, each through the worker's cache. */
static void
split_article(guint worker, guint ai, gpointer data)
{
  SplitJob *job = data;
  ParagraphCache *cache = &job->caches[worker];
  const BriefArticle *a = brief_cluster_get_article(job->cluster, ai);
  const char *end = a->text + a->text_len;
  g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(BriefSpan));
  GArray *sents = g_array_new(FALSE, FALSE, sizeof(BriefSent));
  guint paragraph = 0;

  for (const char *ps = a->text; ps < end;) {
    const char *pe, *next = brief_paragraph_next(ps, end, &pe);
    const Paragraph *p = paragraph_of(cache, job->splitter, ps, pe, job->noise_filter);
    gsize at = (gsize)(ps - a->text);
    for (guint k = p->first; k < p->first + p->n; k++) {
      BriefSpan sp = g_array_index(cache->spans, BriefSpan, k);
      BriefSent s = g_array_index(cache->sents, BriefSent, k);
      sp.start += at;
      sp.end += at;
      sp.paragraph = s.paragraph = paragraph;
      s.start += at;
      s.end += at;
      s.article = ai;
      s.index = sents->len;
      g_array_append_val(spans, sp);
      g_array_append_val(sents, s);
    }
    paragraph += p->n > 0;
    ps = next;
  }
  if (job->noise_filter && spans->len > 0)
    mark_quotations(a, spans, sents);
  job->sents[ai] = sents;
}

/* The sentences of every article, split on up to `n_threads` threads when
 * the cluster is big enough for threads to pay. */
static GArray **
split_articles(const BriefSummarizer *self, const BriefCluster *cluster, gboolean noise_filter,
               guint n_threads)
{
  guint n = brief_cluster_get_n_articles(cluster);
  SplitJob job = {self->splitter, cluster, noise_filter, NULL, g_new0(GArray *, n > 0 ? n : 1)};
  gsize bytes = 0;

  for (guint ai = 0; ai < n; ai++)
    bytes += brief_cluster_get_article(cluster, ai)->text_len;
  if (bytes < 512 * 1024)
    n_threads = 1;
  n_threads = MAX(1u, MIN(n_threads, n));
  job.caches = g_new(ParagraphCache, n_threads);
  for (guint t = 0; t < n_threads; t++)
    paragraph_cache_init(&job.caches[t]);
  brief_parallel_for(n, n_threads, split_article, &job);
  for (guint t = 0; t < n_threads; t++)
    paragraph_cache_clear(&job.caches[t]);
  g_free(job.caches);
  return job.sents;
}

static void
free_sents(GArray **sents, guint n)
{
  for (guint ai = 0; ai < n; ai++)
    if (sents[ai] != NULL)
      g_array_unref(sents[ai]);
  g_free(sents);
}

gboolean
brief_collect_sentences(BriefRun *run, GError **error)
{
  const BriefSummarizer *self = run->summarizer;
  guint n_articles = brief_cluster_get_n_articles(run->cluster);
  GArray **all = split_articles(self, run->cluster, run->cfg->noise_filter,
                                brief_threads_resolve(run->cfg->n_threads));

  for (guint ai = 0; ai < n_articles; ai++) {
    const BriefArticle *a = brief_cluster_get_article(run->cluster, ai);

    if (all[ai]->len == 0) {
      g_autofree char *name = brief_printable_dup(a->name, -1, 0);
      if (self->lenient) {
        /* A day's briefing goes on without an empty article. */
        g_warning("%s: no sentences; left out", name);
        continue;
      }
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "%s: no sentences", name);
      free_sents(all, n_articles);
      return FALSE;
    }
    g_array_append_vals(run->sents, all[ai]->data, all[ai]->len);
  }
  free_sents(all, n_articles);
  return TRUE;
}

/* ---- candidates ------------------------------------------------------------------- */

static void
mark_candidates(GArray *sents, const BriefCluster *cluster, const BriefConfig *cfg, gboolean strict)
{
  for (guint i = 0; i < sents->len; i++) {
    BriefSent *s = &g_array_index(sents, BriefSent, i);
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
      else if (cfg->noise_filter && (brief_noise_is_unterminated(t, len) ||
                                     brief_noise_is_quote_fragment(t, len) || s->quote_part != 0))
        s->candidate = FALSE;
    }
    if (s->candidate && cfg->noise_filter && brief_noise_is_byline(t, len))
      s->candidate = FALSE;
  }
}

/* LEAD: the sentences of the newest article (the last given among equals),
 * in order, captions and datelines still dropped. */
static guint
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
    BriefSent *s = &g_array_index(sents, BriefSent, i);
    s->candidate = s->article == best && s->words > 0;
  }
  return best;
}

/* A candidate that has at least one term to be compared by. */
static gboolean
is_candidate_row(const GArray *sents, const BriefMatrix *m, guint i)
{
  return g_array_index(sents, BriefSent, i).candidate && m->offsets[i + 1] > m->offsets[i];
}

static guint
count_candidates(const GArray *sents, const BriefMatrix *m)
{
  guint n = 0;

  for (guint i = 0; i < sents->len; i++)
    if (is_candidate_row(sents, m, i))
      n++;
  return n;
}

/* "a.txt", "a.txt, b.txt", "a.txt, b.txt, c.txt and 4 more": who an
 * error is about. */
static char *
article_names(const BriefCluster *cluster)
{
  guint n = brief_cluster_get_n_articles(cluster);
  GString *out = g_string_new(NULL);

  for (guint i = 0; i < n && i < 3; i++) {
    /* Names are shown as messages show them: no control characters. */
    g_autofree char *name = brief_printable_dup(brief_cluster_get_article(cluster, i)->name, -1, 0);
    if (i > 0)
      g_string_append(out, ", ");
    g_string_append(out, name);
  }
  if (n > 3)
    g_string_append_printf(out, " and %u more", n - 3);
  return g_string_free(out, FALSE);
}

/* Why sentence `s` is no candidate, as mark_candidates() without `strict`
 * decides (LEAD when `lead`): 0 a caption (no words left), 1 longer than
 * max-words, 2 a byline, 3 without content words. */
static guint
reason_of(const BriefRun *run, const BriefSent *s, gboolean lead)
{
  const BriefArticle *a = brief_cluster_get_article(run->cluster, s->article);

  if (s->words == 0)
    return 0;
  if (lead)
    return 3;
  if (run->cfg->max_words && s->words > run->cfg->max_words)
    return 1;
  if (run->cfg->noise_filter && brief_noise_is_byline(a->text + s->start, s->end - s->start))
    return 2;
  return 3;
}

/* Why no sentence (of article `lead`, LEAD's, when not -1) is a candidate:
 * "every sentence is a caption", or the count of each reason. */
static char *
why_none(const BriefRun *run, gint lead)
{
  static const char *const every[] = {"is a caption", "is longer than max-words", "is a byline",
                                      "has no content words"};
  static const char *const some[] = {"captions", "longer than max-words", "bylines",
                                     "without content words"};
  guint count[4] = {0}, total = 0;
  GString *out = g_string_new(NULL);

  for (guint i = 0; i < run->sents->len; i++) {
    const BriefSent *s = &g_array_index(run->sents, BriefSent, i);
    if (lead < 0 || s->article == (guint)lead) {
      count[reason_of(run, s, lead >= 0)]++;
      total++;
    }
  }
  for (guint r = 0; r < 4; r++) {
    if (count[r] == 0)
      continue;
    if (count[r] == total)
      g_string_append_printf(out, "every sentence %s", every[r]);
    else
      g_string_append_printf(out, "%s%u %s", out->len ? ", " : "", count[r], some[r]);
    if (r == 1)
      g_string_append_printf(out, " (%u)", run->cfg->max_words);
  }
  return g_string_free(out, FALSE);
}

static void
list_candidates(BriefRun *run, guint n)
{
  run->n = n;
  run->rows = g_new(guint, n);
  run->words = g_new(guint, n);
  run->bytes = g_new(guint, n);
  n = 0;
  for (guint i = 0; i < run->sents->len; i++) {
    const BriefSent *s = &g_array_index(run->sents, BriefSent, i);
    if (is_candidate_row(run->sents, &run->m, i)) {
      run->rows[n] = i;
      run->words[n] = s->words;
      run->bytes[n] = s->bytes;
      n++;
    }
  }
}

gboolean
brief_choose_candidates(BriefRun *run, GError **error)
{
  const BriefConfig *cfg = run->cfg;
  gboolean lead = cfg->method == BRIEF_METHOD_LEAD;
  guint n;
  gint best = -1;

  if (lead)
    best = (gint)lead_candidates(run->sents, run->cluster);
  else
    mark_candidates(run->sents, run->cluster, cfg, TRUE);
  n = count_candidates(run->sents, &run->m);
  if (n == 0 && !lead) {
    /* Nothing looks like a full sentence (no punctuation at all, say):
     * better a summary of fragments than none. */
    mark_candidates(run->sents, run->cluster, cfg, FALSE);
    n = count_candidates(run->sents, &run->m);
  }
  if (n == 0) {
    g_autofree char *names = article_names(run->cluster);
    g_autofree char *why = why_none(run, best);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "%s: no sentences to summarize (%s)", names,
                why);
    return FALSE;
  }
  list_candidates(run, n);
  return TRUE;
}
