/* SPDX-License-Identifier: BSD-3-Clause */
/* A summary: the selected sentences in reading order, built from a run,
 * and its accessors. */
#include "summary-private.h"

#include "brief-private.h"
#include "summarizer-private.h"

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

static void
selection_clear(gpointer data)
{
  BriefSelection *s = data;

  g_free((char *)s->text);
}

/* Candidate k, of rank `rank` (1 = most relevant), selected `order`th. */
static BriefSelection
selection_of(const BriefRun *run, guint k, guint rank, guint order)
{
  const BriefSent *s = &g_array_index(run->sents, BriefSent, run->rows[k]);
  const BriefArticle *a = brief_cluster_get_article(run->cluster, s->article);
  BriefSelection out = {0};

  out.article = s->article;
  out.index = s->index;
  out.start = s->start;
  out.end = s->end;
  out.text = brief_collapse_space(a->text + s->start, s->end - s->start);
  out.score = run->relevance[k];
  out.rank = rank;
  out.order = order;
  out.words = s->words;
  return out;
}

BriefSummary *
brief_summary_new_from_run(const BriefRun *run)
{
  BriefSummary *sum = g_new0(BriefSummary, 1);
  g_autofree guint *rank = g_new(guint, run->n);

  sum->cluster = run->cluster;
  sum->n_sentences = run->sents->len;
  sum->n_candidates = run->n;
  sum->headline_selected = -1;
  sum->config = brief_config_copy(run->cfg);
  sum->selected = g_array_sized_new(FALSE, TRUE, sizeof(BriefSelection), run->selected->len);
  g_array_set_clear_func(sum->selected, selection_clear);
  for (guint r = 0; r < run->n; r++)
    rank[run->order[r]] = r + 1;
  for (guint i = 0; i < run->selected->len; i++) {
    guint k = g_array_index(run->selected, guint, i);
    BriefSelection out = selection_of(run, k, rank[k], i + 1);
    g_array_append_val(sum->selected, out);
  }
  g_array_sort_with_data(sum->selected, compare_reading_order, (gpointer)run->cluster);
  return sum;
}

void
brief_summary_free(BriefSummary *summary)
{
  if (summary == NULL)
    return;
  if (summary->selected)
    g_array_unref(summary->selected);
  g_free(summary->headline);
  brief_config_free(summary->config);
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
