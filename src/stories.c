/* SPDX-License-Identifier: BSD-3-Clause */
/* Grouping a day's articles into stories.
 *
 * Articles that came with a story label (BriefArticle.cluster) keep it.
 * The others are clustered among themselves: TF-IDF article vectors
 * (sublinear term frequency, the title counted twice, IDF over the day's
 * articles), a sparse cosine graph from the inverted index, then
 * average-link agglomerative clustering over that graph: the two groups
 * with the highest average pairwise similarity merge while it is at least
 * the threshold.  Pairs without an edge count as similarity 0, so the work
 * and memory follow the edges, never n². */
#include "stories-private.h"

#include "brief-private.h"
#include "config-private.h"
#include "idf-private.h"
#include "textrank-private.h"
#include "tfidf-private.h"
#include "tokenize-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Pairs below this share of the merge threshold make no edge: they could
 * only ever lower an average. */
#define EDGE_SHARE 0.5
/* Strongest edges each article keeps towards later ones. */
#define MAX_NEIGHBORS 50
/* Later articles an article meets through one term (the nearest): bounds
 * the work per article on a day of any size (see brief_graph_build). */
#define POSTING_WINDOW 1000
/* A lone article joins its closest story from half the merge threshold. */
#define SINGLETON_SHARE 0.5
/* An article whose average similarity to the rest of its story is below
 * this share of the merge threshold leaves it (detach_strays).  0.65 to
 * 0.75 score alike on the dev set (docs/daily.md). */
#define STRAY_SHARE 0.7
/* Groups whose centroids have at least this cosine join (a second pass).
 * Each article keeps only its MAX_NEIGHBORS strongest links, so a story of
 * hundreds of articles is a sparse graph, and average link, which counts a
 * missing link as 0, stops merging its parts; their centroids still say
 * they are one story.  0.5 leaves the DUC 2002 days as they were (the
 * first change comes below 0.45) and lifts the 30,000-article bench day
 * from 0.14 to 0.78 adjusted Rand index (docs/daily.md).  A story
 * threshold above it is the bar instead. */
#define CENTROID_THRESHOLD 0.5

typedef struct {
  guint32 node;
  double w;
} Adj;

typedef struct {
  double avg;
  guint32 a, b;  /* the pair, a < b */
  guint32 owner; /* the group whose best neighbour this is (a or b) */
  guint32 stamp; /* the owner's stamp when it was queued */
} HeapItem;

typedef struct {
  GArray *items; /* HeapItem, max-heap */
} Heap;

/* Higher average first; ties to the lower pair, so the merge order does not
 * depend on anything but the input. */
static gboolean
before(const HeapItem *x, const HeapItem *y)
{
  if (x->avg != y->avg)
    return x->avg > y->avg;
  if (x->a != y->a)
    return x->a < y->a;
  return x->b < y->b;
}

static void
heap_push(Heap *h, HeapItem it)
{
  guint i;

  g_array_append_val(h->items, it);
  i = h->items->len - 1;
  while (i > 0) {
    guint parent = (i - 1) / 2;
    HeapItem *a = &g_array_index(h->items, HeapItem, i);
    HeapItem *p = &g_array_index(h->items, HeapItem, parent);
    HeapItem t;
    if (!before(a, p))
      break;
    t = *a;
    *a = *p;
    *p = t;
    i = parent;
  }
}

static gboolean
heap_pop(Heap *h, HeapItem *out)
{
  guint n = h->items->len, i = 0;

  if (n == 0)
    return FALSE;
  *out = g_array_index(h->items, HeapItem, 0);
  g_array_index(h->items, HeapItem, 0) = g_array_index(h->items, HeapItem, n - 1);
  g_array_set_size(h->items, n - 1);
  n--;
  for (;;) {
    guint l = 2 * i + 1, r = l + 1, best = i;
    HeapItem t;
    if (l < n &&
        before(&g_array_index(h->items, HeapItem, l), &g_array_index(h->items, HeapItem, best)))
      best = l;
    if (r < n &&
        before(&g_array_index(h->items, HeapItem, r), &g_array_index(h->items, HeapItem, best)))
      best = r;
    if (best == i)
      break;
    t = g_array_index(h->items, HeapItem, i);
    g_array_index(h->items, HeapItem, i) = g_array_index(h->items, HeapItem, best);
    g_array_index(h->items, HeapItem, best) = t;
    i = best;
  }
  return TRUE;
}

/* Item 2i: article i's title, twice (the title says what the story is);
 * item 2i + 1: its text.  An article's terms are its two items, one after
 * the other; its text alone is what an IDF model counts. */
static void
article_terms(BriefTokenizer *tok, guint item, GArray *terms, gpointer data)
{
  const BriefArticle *a = brief_cluster_get_article(data, item / 2);

  if (item % 2 == 1) {
    brief_tokenizer_add_terms(tok, a->text, a->text_len, terms);
  } else if (a->title) {
    brief_tokenizer_add_terms(tok, a->title, strlen(a->title), terms);
    brief_tokenizer_add_terms(tok, a->title, strlen(a->title), terms);
  }
}

/* Into `model`, the day's texts as brief_idf_model_add_cluster() counts
 * them: the documents are the articles, titles left out. */
static void
count_texts(BriefIdfModel *model, const GArray *terms, const gsize *items, guint n_day,
            const GPtrArray *stems)
{
  g_autofree gsize *starts = g_new(gsize, n_day > 0 ? n_day : 1);
  g_autofree gsize *ends = g_new(gsize, n_day > 0 ? n_day : 1);
  g_autofree guint32 *df = NULL;

  for (guint i = 0; i < n_day; i++) {
    starts[i] = items[2 * i + 1];
    ends[i] = items[2 * i + 2];
  }
  df = brief_document_frequency_ranges((const guint32 *)(void *)terms->data, starts, ends, n_day,
                                       stems->len);
  brief_idf_model_add_counts(model, stems, df, n_day);
}

/* Vectors of the articles `idx` (n of them); the IDF comes from every
 * article of the day, labelled or not.  Tokenized on `n_threads`.  With
 * `text_idf`, the day's texts are counted into it too. */
static gboolean
article_vectors(const char *language, guint n_threads, const BriefCluster *day, const guint *idx,
                guint n, BriefMatrix *m, BriefIdfModel *text_idf, GError **error)
{
  guint n_day = brief_cluster_get_n_articles(day);
  g_autofree gsize *items = g_new(gsize, 2 * (gsize)n_day + 1);
  g_autofree gsize *off = g_new(gsize, n_day + 1);
  g_autofree guint32 *sub = NULL;
  g_autofree gsize *sub_off = g_new(gsize, n + 1);
  g_autofree guint32 *df = NULL;
  g_autofree float *idf = NULL;
  g_autoptr(GArray) terms = NULL;
  g_autoptr(GPtrArray) stems = NULL;
  guint n_terms;

  terms = brief_tokenize_items(language, 2 * n_day, n_threads, article_terms, (gpointer)day, items,
                               &stems, error);
  if (terms == NULL)
    return FALSE;
  n_terms = stems->len;
  for (guint i = 0; i <= n_day; i++)
    off[i] = items[2 * i];
  if (text_idf != NULL)
    count_texts(text_idf, terms, items, n_day, stems);
  df = brief_document_frequency((const guint32 *)(void *)terms->data, off, n_day, n_terms);
  /* Plain ln(N/df): a word in every article of the day says nothing about
   * which story an article belongs to. */
  idf = g_new0(float, n_terms > 0 ? n_terms : 1);
  for (guint t = 0; t < n_terms; t++)
    if (df[t] > 0)
      idf[t] = (float)log((double)n_day / (double)df[t]);
  /* The terms of the articles `idx`, one after the other. */
  sub_off[0] = 0;
  for (guint i = 0; i < n; i++)
    sub_off[i + 1] = sub_off[i] + (off[idx[i] + 1] - off[idx[i]]);
  sub = g_new(guint32, sub_off[n] > 0 ? sub_off[n] : 1);
  for (guint i = 0; i < n; i++)
    /* Not for an article without terms: the array's data may be NULL. */
    if (off[idx[i] + 1] > off[idx[i]])
      memcpy(sub + sub_off[i], &g_array_index(terms, guint32, off[idx[i]]),
             (off[idx[i] + 1] - off[idx[i]]) * sizeof *sub);
  /* 1 + ln(tf): one long article must not outweigh the rest on a single
   * word. */
  brief_matrix_build_tf(m, sub, sub_off, n, n_terms, idf, TRUE);
  return TRUE;
}

/* Index of `node` in a cluster's adjacency list, or -1. */
static gint
adj_find(GArray *adj, guint32 node)
{
  for (guint i = 0; i < adj->len; i++)
    if (g_array_index(adj, Adj, i).node == node)
      return (gint)i;
  return -1;
}

static void
adj_remove(GArray *adj, guint32 node)
{
  gint k = adj_find(adj, node);

  if (k >= 0)
    g_array_remove_index_fast(adj, (guint)k);
}

/* In a neighbour's list, the link to `gone` becomes one to `keep` (a sum
 * when it has both): gone's entry is removed as g_array_remove_index_fast()
 * does, then keep's gets `w` or, missing, is appended, with one pass over
 * the list. */
static void
move_link(GArray *adj, guint32 gone, guint32 keep, double w)
{
  gint g = -1, k = -1;

  for (guint i = 0; i < adj->len && (g < 0 || k < 0); i++) {
    guint32 node = g_array_index(adj, Adj, i).node;
    if (node == gone)
      g = (gint)i;
    else if (node == keep)
      k = (gint)i;
  }
  if (g >= 0) {
    /* The last entry moves into gone's place. */
    if (k == (gint)adj->len - 1)
      k = g;
    g_array_remove_index_fast(adj, (guint)g);
  }
  if (k >= 0) {
    g_array_index(adj, Adj, k).w += w;
  } else {
    Adj e = {keep, w};
    g_array_append_val(adj, e);
  }
}

/* The groups of average link: each keeps its adjacency (neighbour, sum of
 * the edge weights between the two groups), its size, and its best
 * neighbour, which is queued.  A group's stamp changes whenever its queued
 * entry stops being its best, so stale entries are known when popped. */
typedef struct {
  GArray **adj;
  guint *pos; /* per node: 1 + its index in the list being merged into; 0 elsewhere */
  guint *size;
  guint32 *stamp, *parent;
  HeapItem *best; /* per group: its best pair; avg < 0 when it has none */
  double threshold;
  Heap heap;
} Groups;

/* Pair (c, x), owned by c, and its average; ordered as before(). */
static HeapItem
pair_item(const Groups *gr, guint32 c, guint32 x, double sum)
{
  HeapItem it;

  it.avg = sum / ((double)gr->size[c] * (double)gr->size[x]);
  it.a = MIN(c, x);
  it.b = MAX(c, x);
  it.owner = c;
  it.stamp = gr->stamp[c];
  return it;
}

static guint32
partner(const HeapItem *it)
{
  return it->a == it->owner ? it->b : it->a;
}

/* Make `it` the best pair of its owner and queue it when it reaches the
 * threshold; the owner's older entries go stale. */
static void
set_best(Groups *gr, HeapItem it)
{
  it.stamp = ++gr->stamp[it.owner];
  gr->best[it.owner] = it;
  if (it.avg >= gr->threshold)
    heap_push(&gr->heap, it);
}

/* Group c's best neighbour: highest average, ties to the lower pair. */
static void
find_best(Groups *gr, guint32 c)
{
  GArray *adj = gr->adj[c];
  HeapItem best = {-1.0, c, c, c, 0};

  for (guint i = 0; i < adj->len; i++) {
    const Adj *e = &g_array_index(adj, Adj, i);
    HeapItem it = pair_item(gr, c, e->node, e->w);
    if (best.avg < 0.0 || before(&it, &best))
      best = it;
  }
  set_best(gr, best);
}

/* Group `gone` joins `keep`: adjacency lists are merged (sums add), every
 * neighbour whose best was one of the two looks for its best again, and one
 * for which the merged group beats its best takes it.  An average with a
 * merged group is a weighted mean of the averages with its parts, so no
 * other best can change: the merges are those that queueing every changed
 * pair gives, in the same order, with far fewer entries. */
static void
merge_groups(Groups *gr, guint32 keep, guint32 gone)
{
  GArray *ka = gr->adj[keep];

  gr->parent[gone] = keep;
  gr->size[keep] += gr->size[gone];
  adj_remove(ka, gone);
  /* Sums into keep's list through positions, not a search per entry. */
  for (guint i = 0; i < ka->len; i++)
    gr->pos[g_array_index(ka, Adj, i).node] = i + 1;
  for (guint i = 0; i < gr->adj[gone]->len; i++) {
    Adj e = g_array_index(gr->adj[gone], Adj, i);
    if (e.node == keep)
      continue;
    if (gr->pos[e.node] != 0) {
      g_array_index(ka, Adj, gr->pos[e.node] - 1).w += e.w;
    } else {
      g_array_append_val(ka, e);
      gr->pos[e.node] = ka->len;
    }
    move_link(gr->adj[e.node], gone, keep, e.w);
  }
  for (guint i = 0; i < ka->len; i++)
    gr->pos[g_array_index(ka, Adj, i).node] = 0;
  g_array_set_size(gr->adj[gone], 0);
  gr->stamp[gone]++;
  for (guint i = 0; i < ka->len; i++) {
    const Adj *e = &g_array_index(ka, Adj, i);
    guint32 x = e->node, was = partner(&gr->best[x]);
    if (gr->best[x].avg < 0.0 || was == keep || was == gone) {
      find_best(gr, x);
    } else {
      HeapItem cand = pair_item(gr, x, keep, e->w);
      if (before(&cand, &gr->best[x]))
        set_best(gr, cand);
    }
  }
  find_best(gr, keep);
}

/* Average-link clustering of the n nodes of `g`; root[i] receives the
 * group of node i (the lowest node of the group). */
void
brief_average_link(const BriefGraph *g, double threshold, guint32 *root)
{
  guint n = g->n;
  Groups gr = {g_new0(GArray *, n), g_new0(guint, n),
               g_new(guint, n),     g_new0(guint32, n),
               g_new(guint32, n),   g_new(HeapItem, n),
               threshold,           {g_array_new(FALSE, FALSE, sizeof(HeapItem))}};
  HeapItem it;

  for (guint i = 0; i < n; i++) {
    gr.size[i] = 1;
    gr.parent[i] = i;
    gr.adj[i] = g_array_new(FALSE, FALSE, sizeof(Adj));
    for (gsize k = g->offsets[i]; k < g->offsets[i + 1]; k++) {
      Adj e = {g->neighbors[k], g->weights[k]};
      g_array_append_val(gr.adj[i], e);
    }
  }
  for (guint i = 0; i < n; i++)
    find_best(&gr, i);
  while (heap_pop(&gr.heap, &it)) {
    guint32 keep, gone;
    if (it.avg < threshold)
      break;
    if (gr.parent[it.owner] != it.owner || gr.stamp[it.owner] != it.stamp)
      continue; /* stale: its owner merged or found a better pair since */
    /* The larger group absorbs the smaller (ties: the lower node keeps). */
    keep = gr.size[it.a] >= gr.size[it.b] ? it.a : it.b;
    gone = keep == it.a ? it.b : it.a;
    merge_groups(&gr, keep, gone);
  }
  for (guint i = 0; i < n; i++) {
    guint32 r = i;
    while (gr.parent[r] != r)
      r = gr.parent[r];
    root[i] = r;
    g_array_unref(gr.adj[i]);
  }
  g_free(gr.adj);
  g_free(gr.pos);
  g_free(gr.size);
  g_free(gr.stamp);
  g_free(gr.parent);
  g_free(gr.best);
  g_array_unref(gr.heap.items);
}

/* An article left alone by average link joins the group it is closest to
 * on average, when that average reaches `min_avg`: a story's late or
 * oddly worded article should not stand as a story of its own.  Decisions
 * use the groups as average link left them, so the order does not matter. */
static void
attach_singletons(const BriefGraph *g, double min_avg, guint32 *root)
{
  guint n = g->n;
  g_autofree guint *size = g_new0(guint, n > 0 ? n : 1);
  g_autofree double *sum = g_new0(double, n > 0 ? n : 1);
  g_autofree guint32 *touched = g_new(guint32, n > 0 ? n : 1);
  g_autofree guint32 *target = g_new(guint32, n > 0 ? n : 1);

  for (guint i = 0; i < n; i++)
    size[root[i]]++;
  for (guint i = 0; i < n; i++) {
    guint n_touched = 0;
    double best = 0.0;
    guint32 best_root = root[i];

    target[i] = root[i];
    if (size[root[i]] != 1)
      continue;
    for (gsize e = g->offsets[i]; e < g->offsets[i + 1]; e++) {
      guint32 r = root[g->neighbors[e]];
      if (size[r] < 2)
        continue;
      if (sum[r] == 0.0)
        touched[n_touched++] = r;
      sum[r] += g->weights[e];
    }
    for (guint t = 0; t < n_touched; t++) {
      guint32 r = touched[t];
      double avg = sum[r] / size[r];
      if (avg > best || (avg == best && r < best_root)) {
        best = avg;
        best_root = r;
      }
      sum[r] = 0.0;
    }
    if (best >= min_avg)
      target[i] = best_root;
  }
  memcpy(root, target, n * sizeof *root);
}

/* An article of a story of 3 to MAX_NEIGHBORS + 1 articles whose average
 * similarity to the others is below `min_avg` leaves it and stands alone
 * (root k + i): a story must not carry an article that shares little with
 * it, as a merge through one or two of its members can bring.  Decisions
 * use the stories as they were, so the order does not matter. */
static void
detach_strays(const BriefGraph *g, double min_avg, guint32 *root)
{
  guint n = g->n;
  g_autofree guint *size = g_new0(guint, 2 * (gsize)n + 1);
  g_autofree gboolean *stray = g_new0(gboolean, n > 0 ? n : 1);

  for (guint i = 0; i < n; i++)
    size[root[i]]++;
  for (guint i = 0; i < n; i++) {
    guint sz = size[root[i]];
    double sum = 0.0;
    if (sz < 3 || sz > MAX_NEIGHBORS + 1)
      continue;
    for (gsize e = g->offsets[i]; e < g->offsets[i + 1]; e++)
      if (root[g->neighbors[e]] == root[i])
        sum += g->weights[e];
    stray[i] = sum / (sz - 1) < min_avg;
  }
  for (guint i = 0; i < n; i++)
    if (stray[i])
      root[i] = n + i;
}

/* One story per label: story[i] for each labelled article, the others'
 * indices appended to `unlabelled`.  Returns the number of labels. */
static guint
label_stories(const BriefCluster *day, guint *story, GArray *unlabelled)
{
  g_autoptr(GHashTable) labels = g_hash_table_new(g_str_hash, g_str_equal);
  guint n = brief_cluster_get_n_articles(day);

  for (guint i = 0; i < n; i++) {
    const BriefArticle *a = brief_cluster_get_article(day, i);
    gpointer v;
    story[i] = G_MAXUINT;
    if (a->cluster == NULL) {
      g_array_append_val(unlabelled, i);
      continue;
    }
    if (!g_hash_table_lookup_extended(labels, a->cluster, NULL, &v)) {
      v = GUINT_TO_POINTER(g_hash_table_size(labels));
      g_hash_table_insert(labels, (gpointer)a->cluster, v);
    }
    story[i] = GPOINTER_TO_UINT(v);
  }
  return g_hash_table_size(labels);
}

/* The day (days since 1970, with its fraction) of each article `idx`; NaN
 * for one without a date, and for one whose date was only found in its
 * text (the first date written there may be another day's). */
static double *
article_days(const BriefCluster *day, const guint *idx, guint k)
{
  double *when = g_new(double, k > 0 ? k : 1);

  for (guint i = 0; i < k; i++) {
    const BriefArticle *a = brief_cluster_get_article(day, idx[i]);
    when[i] = a->year != 0 && !a->date_in_text ? (double)a->timestamp / 86400.0 : NAN;
  }
  return when;
}

/* The mean day of each of the `n_groups` groups over its dated articles;
 * NaN for a group without any. */
static double *
group_days(const double *when, const guint *group_of, guint k, guint n_groups)
{
  double *mean = g_new0(double, n_groups > 0 ? n_groups : 1);
  g_autofree guint *n_dated = g_new0(guint, n_groups > 0 ? n_groups : 1);

  for (guint i = 0; i < k; i++)
    if (!isnan(when[i])) {
      mean[group_of[i]] += when[i];
      n_dated[group_of[i]]++;
    }
  for (guint g = 0; g < n_groups; g++)
    mean[g] = n_dated[g] > 0 ? mean[g] / n_dated[g] : NAN;
  return mean;
}

/* Centroids of the groups of `root` (k articles, rows of `m`): the sum of
 * each group's article vectors, scaled to unit length; group_of[i] the
 * group of article i, groups numbered by their first article.  Returns the
 * number of groups. */
static guint
group_centroids(const BriefMatrix *m, const guint32 *root, guint k, guint *group_of, BriefMatrix *c)
{
  g_autofree guint *id_of_root = g_new(guint, k > 0 ? k : 1);
  g_autofree guint *first = g_new(guint, k > 0 ? k : 1);
  g_autofree guint *next = g_new(guint, k > 0 ? k : 1); /* next article of the group */
  g_autofree guint *last = g_new(guint, k > 0 ? k : 1);
  g_autofree double *acc = g_new0(double, m->n_terms > 0 ? m->n_terms : 1);
  g_autofree guint32 *touched = g_new(guint32, m->n_terms > 0 ? m->n_terms : 1);
  g_autoptr(GArray) entries = g_array_new(FALSE, FALSE, sizeof(BriefEntry));
  guint n_groups = 0;

  for (guint i = 0; i < k; i++)
    id_of_root[i] = G_MAXUINT;
  for (guint i = 0; i < k; i++) {
    guint r = root[i];
    next[i] = G_MAXUINT;
    if (id_of_root[r] == G_MAXUINT) {
      id_of_root[r] = n_groups;
      first[n_groups] = i;
      last[n_groups] = i;
      n_groups++;
    } else {
      next[last[id_of_root[r]]] = i;
      last[id_of_root[r]] = i;
    }
    group_of[i] = id_of_root[r];
  }
  memset(c, 0, sizeof *c);
  c->n_rows = n_groups;
  c->n_terms = m->n_terms;
  c->offsets = g_new(gsize, n_groups + 1);
  for (guint g = 0; g < n_groups; g++) {
    guint n_touched = 0;
    double norm = 0.0;
    gsize start = entries->len;
    c->offsets[g] = start;
    for (guint i = first[g]; i != G_MAXUINT; i = next[i])
      for (gsize e = m->offsets[i]; e < m->offsets[i + 1]; e++) {
        guint32 t = m->entries[e].term;
        if (acc[t] == 0.0)
          touched[n_touched++] = t;
        acc[t] += m->entries[e].weight;
      }
    brief_sort_u32(touched, n_touched, NULL);
    for (guint j = 0; j < n_touched; j++)
      norm += acc[touched[j]] * acc[touched[j]];
    for (guint j = 0; j < n_touched; j++) {
      BriefEntry be = {touched[j], (float)(acc[touched[j]] / sqrt(norm))};
      g_array_append_val(entries, be);
      acc[touched[j]] = 0.0;
    }
  }
  c->offsets[n_groups] = entries->len;
  c->entries = (BriefEntry *)(void *)g_array_free(g_steal_pointer(&entries), FALSE);
  return n_groups;
}

void
brief_merge_centroids(const BriefMatrix *m, guint32 *root, guint k, double threshold,
                      const double *when, guint days, guint n_threads)
{
  g_autofree guint *group_of = g_new(guint, k > 0 ? k : 1);
  g_autofree guint *rows = NULL;
  g_autofree guint32 *groot = NULL;
  g_autofree guint32 *rep = NULL;
  g_autofree double *gwhen = NULL;
  BriefGraphOptions opt = {threshold, FALSE, MAX_NEIGHBORS, POSTING_WINDOW, n_threads};
  BriefMatrix c;
  BriefGraph g;
  guint n_groups = group_centroids(m, root, k, group_of, &c);

  rows = g_new(guint, n_groups > 0 ? n_groups : 1);
  groot = g_new(guint32, n_groups > 0 ? n_groups : 1);
  rep = g_new(guint32, n_groups > 0 ? n_groups : 1);
  for (guint i = 0; i < n_groups; i++)
    rows[i] = i;
  /* The groups' mean days, only when cosines fade at all. */
  if (when != NULL && days > 0)
    gwhen = group_days(when, group_of, k, n_groups);
  brief_graph_build_faded(&g, &c, rows, n_groups, &opt, gwhen, days);
  brief_average_link(&g, threshold, groot);
  /* A merged group's articles take the root of its first group's first
   * article. */
  for (guint i = k; i-- > 0;)
    rep[group_of[i]] = root[i];
  for (guint i = 0; i < k; i++)
    root[i] = rep[groot[group_of[i]]];
  brief_graph_clear(&g);
  brief_matrix_clear(&c);
}

/* Cluster the articles `idx` (k of them) by content; their groups become
 * stories numbered from `*next` on. */
static gboolean
cluster_stories(const BriefCluster *day, const BriefConfig *c, const guint *idx, guint k,
                guint *story, guint *next, BriefIdfModel *text_idf, GError **error)
{
  double threshold = c->story_threshold;
  g_autofree guint *rows = g_new(guint, k);
  g_autofree guint32 *root = g_new(guint32, k);
  g_autofree guint *group_of_root = g_new(guint, 2 * (gsize)k);
  g_autofree double *when = NULL;
  BriefGraphOptions opt = {threshold * EDGE_SHARE, FALSE, MAX_NEIGHBORS, POSTING_WINDOW,
                           brief_config_get_n_threads(c)};
  BriefMatrix m;
  BriefGraph g;

  if (!article_vectors(c->language, opt.n_threads, day, idx, k, &m, text_idf, error))
    return FALSE;
  for (guint i = 0; i < k; i++)
    rows[i] = i;
  /* Time: two articles dated more than `story_days` apart are the less
   * alike the further apart they are.  News stories are events: a
   * hurricane of 1989 and one of 1992, or two earthquakes a year apart,
   * are told in the same words but are not one story, and within the span
   * (three months by default) a story's articles lose nothing.  Faded before
   * each article's strongest links are kept, so none is spent on an
   * article of another year. */
  when = article_days(day, idx, k);
  brief_graph_build_faded(&g, &m, rows, k, &opt, when, c->story_days);
  brief_average_link(&g, threshold, root);
  attach_singletons(&g, threshold * SINGLETON_SHARE, root);
  /* Never a looser bar than the story threshold itself. */
  brief_merge_centroids(&m, root, k, MAX(CENTROID_THRESHOLD, threshold), when, c->story_days,
                        opt.n_threads);
  detach_strays(&g, threshold * STRAY_SHARE, root);
  for (guint i = 0; i < 2 * k; i++)
    group_of_root[i] = G_MAXUINT;
  for (guint i = 0; i < k; i++) {
    if (group_of_root[root[i]] == G_MAXUINT)
      group_of_root[root[i]] = (*next)++;
    story[idx[i]] = group_of_root[root[i]];
  }
  brief_graph_clear(&g);
  brief_matrix_clear(&m);
  return TRUE;
}

/* Renumber the `n_groups` stories by their first article, so the numbering
 * reads in input order.  Returns the number of stories. */
static guint
number_by_first_article(guint *story, guint n, guint n_groups)
{
  g_autofree guint *first_story = g_new(guint, n_groups > 0 ? n_groups : 1);
  guint n_stories = 0;

  for (guint s = 0; s < n_groups; s++)
    first_story[s] = G_MAXUINT;
  for (guint i = 0; i < n; i++)
    if (first_story[story[i]] == G_MAXUINT)
      first_story[story[i]] = n_stories++;
  for (guint i = 0; i < n; i++)
    story[i] = first_story[story[i]];
  return n_stories;
}

guint *
brief_find_stories(const BriefCluster *cluster, const BriefConfig *config, guint *n_stories,
                   BriefIdfModel **text_idf, GError **error)
{
  g_autoptr(BriefConfig) defaults = config ? NULL : brief_config_new();
  const BriefConfig *c = config ? config : defaults;
  g_autoptr(GArray) unlabelled = g_array_new(FALSE, FALSE, sizeof(guint));
  g_autoptr(BriefIdfModel) idf = NULL;
  g_autofree guint *story = NULL;
  guint n, n_groups;

  g_return_val_if_fail(cluster != NULL && n_stories != NULL, NULL);
  n = brief_cluster_get_n_articles(cluster);
  story = g_new(guint, n > 0 ? n : 1);
  n_groups = label_stories(cluster, story, unlabelled);
  if (unlabelled->len > 0) {
    if (text_idf != NULL && (idf = brief_idf_model_new(c->language, error)) == NULL)
      return NULL;
    if (!cluster_stories(cluster, c, (const guint *)(void *)unlabelled->data, unlabelled->len,
                         story, &n_groups, idf, error))
      return NULL;
  }
  *n_stories = number_by_first_article(story, n, n_groups);
  if (text_idf != NULL)
    *text_idf = g_steal_pointer(&idf);
  return g_steal_pointer(&story);
}

guint *
brief_cluster_find_stories(const BriefCluster *cluster, const BriefConfig *config, guint *n_stories,
                           GError **error)
{
  return brief_find_stories(cluster, config, n_stories, NULL, error);
}
