/* SPDX-License-Identifier: BSD-3-Clause */
/* A summary's headline: the article title closest to the summary's
 * content, else one of the selected sentences that reads like a headline. */
#include "summarizer-private.h"

#include "brief-private.h"
#include "summary-private.h"
#include "tfidf-private.h"
#include "tokenize-private.h"

#include <math.h>
#include <string.h>

/* A sentence used as a headline must read like one: a lead of 8 to 30
 * words, or any sentence of 8 to 20. */
#define HEADLINE_MAX_LEAD_WORDS 30
#define HEADLINE_MAX_WORDS      20
/* "Lennon was those things - and more." says too little to head a story. */
#define HEADLINE_MIN_WORDS 8

/* ---- from a title -------------------------------------------------------------------- */

/* The centroid of the candidates weighted by relevance, over cluster terms. */
static double *
ranked_centroid(const BriefRun *run)
{
  const BriefMatrix *m = &run->m;
  double *centroid = g_new0(double, run->n_terms);

  for (guint k = 0; k < run->n; k++)
    for (gsize e = m->offsets[run->rows[k]]; e < m->offsets[run->rows[k] + 1]; e++)
      centroid[m->entries[e].term] += run->relevance[k] * m->entries[e].weight;
  return centroid;
}

/* Similarity of `title` to `centroid`, its terms weighed by IDF; `terms` is
 * scratch space. */
static double
title_similarity(const BriefRun *run, const double *centroid, const char *title, GArray *terms)
{
  double dot = 0.0, norm = 0.0;

  g_array_set_size(terms, 0);
  brief_tokenizer_add_terms(run->summarizer->tok, title, strlen(title), terms);
  for (guint t = 0; t < terms->len; t++) {
    /* A title word absent from every sentence adds nothing. */
    guint32 id = brief_run_cluster_term(run, g_array_index(terms, guint32, t));
    double w;
    if (id >= run->n_terms)
      continue;
    w = run->idf[id];
    dot += w * centroid[id];
    norm += w * w;
  }
  return norm > 0.0 ? dot / sqrt(norm) : 0.0;
}

/* Whether `title` shows anything once white space and control characters
 * are gone (a JSON title may be "" or "\u0007"). */
static gboolean
has_display_text(const char *title)
{
  g_autofree char *shown = brief_collapse_space(title, strlen(title));

  return shown[0] != '\0';
}

/* The title closest to the centroid of the cluster, weighted by rank; NULL
 * when no article has a title that shows any text. */
static char *
pick_title(const BriefRun *run)
{
  guint n_articles = brief_cluster_get_n_articles(run->cluster);
  g_autofree double *centroid = ranked_centroid(run);
  g_autoptr(GArray) terms = g_array_new(FALSE, FALSE, sizeof(guint32));
  gint best = -1;
  double best_sim = -1.0;

  for (guint ai = 0; ai < n_articles; ai++) {
    const BriefArticle *a = brief_cluster_get_article(run->cluster, ai);
    double sim;
    if (a->title == NULL || !has_display_text(a->title))
      continue;
    sim = title_similarity(run, centroid, a->title, terms);
    if (sim > best_sim) {
      best_sim = sim;
      best = (gint)ai;
    }
  }
  return best >= 0 ? g_strdup(brief_cluster_get_article(run->cluster, (guint)best)->title) : NULL;
}

/* ---- from the sentences ----------------------------------------------------------------- */

/* first[a]: index of article a's first candidate (its lead), G_MAXUINT when none. */
static guint *
first_candidates(const BriefRun *run)
{
  guint n_articles = brief_cluster_get_n_articles(run->cluster);
  guint *first = g_new(guint, n_articles);

  for (guint a = 0; a < n_articles; a++)
    first[a] = G_MAXUINT;
  for (guint k = 0; k < run->n; k++) {
    const BriefSent *s = &g_array_index(run->sents, BriefSent, run->rows[k]);
    first[s->article] = MIN(first[s->article], s->index);
  }
  return first;
}

/* The best-ranked selected sentence fit to head the summary in `pass`: 0, a
 * lead neither too short nor too long; 1, any such sentence; 2, any not too
 * short.  -1 when there is none. */
static gint
headline_candidate(const BriefSummary *sum, const guint *first_cand, int pass)
{
  guint best_rank = G_MAXUINT;
  gint best = -1;

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
      best = (gint)i;
    }
  }
  return best;
}

/* The best-ranked candidate, which need not fit; it is marked when it was
 * selected. */
static void
headline_from_top(const BriefRun *run, BriefSummary *sum)
{
  const BriefSent *s = &g_array_index(run->sents, BriefSent, run->rows[run->order[0]]);
  const BriefArticle *a = brief_cluster_get_article(run->cluster, s->article);

  for (guint i = 0; i < sum->selected->len; i++) {
    const BriefSelection *x = &g_array_index(sum->selected, BriefSelection, i);
    if (x->article == s->article && x->index == s->index)
      sum->headline_selected = (gint)i;
  }
  sum->headline = brief_collapse_space(a->text + s->start, s->end - s->start);
}

void
brief_choose_headline(const BriefRun *run, BriefSummary *sum)
{
  g_autofree guint *first_cand = NULL;

  sum->headline = pick_title(run);
  if (sum->headline != NULL)
    return;
  /* No titles: a news lead reads best as a headline. */
  first_cand = first_candidates(run);
  for (int pass = 0; pass < 3 && sum->headline_selected < 0; pass++)
    sum->headline_selected = headline_candidate(sum, first_cand, pass);
  if (sum->headline_selected >= 0)
    sum->headline =
        g_strdup(g_array_index(sum->selected, BriefSelection, sum->headline_selected).text);
  else
    headline_from_top(run, sum);
}
