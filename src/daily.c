/* SPDX-License-Identifier: BSD-3-Clause */
/* A day of news in, one briefing out: stories found, ranked, summarized. */
#include "daily-private.h"

#include "brief-private.h"
#include "cluster-private.h"
#include "config-private.h"
#include "stories-private.h"
#include "summarizer-private.h"

#include <string.h>

static void
story_free(gpointer data)
{
  BriefStory *s = data;

  if (s == NULL)
    return; /* moved out of the array */
  brief_summary_free(s->summary);
  brief_cluster_free(s->articles);
  g_free(s->indices);
  g_free(s);
}

static gint
compare_stories(gconstpointer pa, gconstpointer pb)
{
  const BriefStory *a = *(BriefStory *const *)pa, *b = *(BriefStory *const *)pb;

  if (a->n_outlets != b->n_outlets)
    return a->n_outlets > b->n_outlets ? -1 : 1;
  if (a->n_indices != b->n_indices)
    return a->n_indices > b->n_indices ? -1 : 1;
  if (a->newest != b->newest)
    return a->newest > b->newest ? -1 : 1;
  return a->indices[0] < b->indices[0] ? -1 : a->indices[0] > b->indices[0];
}

/* Gather each story's articles, in input order, and its facts for
 * ranking.  story[k] is the story of the day's article kept[k]. */
static GPtrArray *
group_stories(const BriefCluster *day, const guint *kept, guint n_kept, const guint *story,
              guint n_stories)
{
  GPtrArray *all = g_ptr_array_new_with_free_func(story_free);

  for (guint s = 0; s < n_stories; s++)
    g_ptr_array_add(all, g_new0(BriefStory, 1));
  for (guint k = 0; k < n_kept; k++) {
    BriefStory *st = g_ptr_array_index(all, story[k]);
    const BriefArticle *a = brief_cluster_get_article(day, kept[k]);
    st->indices = g_renew(guint, st->indices, st->n_indices + 1);
    st->indices[st->n_indices++] = kept[k];
    if (a->year != 0 && a->timestamp > st->newest)
      st->newest = a->timestamp;
  }
  for (guint s = 0; s < n_stories; s++) {
    BriefStory *st = g_ptr_array_index(all, s);
    st->n_outlets = brief_count_outlets(day, st->indices, st->n_indices);
    brief_story_find_days(st, day);
  }
  return all;
}

/* The ranked stories that pass `min_articles`, at most `max_stories` of
 * them, moved from `ranked` into the briefing with copies of their
 * articles. */
static gboolean
select_stories(BriefDaily *daily, GPtrArray *ranked, const BriefConfig *config, GError **error)
{
  for (guint s = 0; s < ranked->len; s++) {
    BriefStory *st = g_ptr_array_index(ranked, s);
    if (st->n_indices < config->min_articles)
      continue;
    if (config->max_stories && daily->stories->len >= config->max_stories)
      break;
    st->articles = brief_cluster_new_subset(daily->day, st->indices, st->n_indices);
    g_ptr_array_add(daily->stories, g_steal_pointer(&ranked->pdata[s]));
  }
  if (daily->stories->len == 0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "no story has %u or more articles",
                config->min_articles);
    return FALSE;
  }
  return TRUE;
}

typedef struct {
  BriefSummarizer *summarizer; /* made by the worker on its first story */
  gboolean failed;             /* stop: a story of this worker failed */
} Worker;

typedef struct {
  GPtrArray *stories;
  const BriefConfig *config;
  const BriefIdfModel *idf;
  Worker *workers;
  GError **errors; /* per story */
  BriefProgressFunc progress;
  gpointer user_data;
  GMutex lock;
  guint done;
} SummarizeJob;

static BriefSummary *
summarize_one(SummarizeJob *job, Worker *w, const BriefStory *st, GError **error)
{
  if (w->summarizer == NULL) {
    /* With a story for every worker the workers keep the cores busy: a
     * story's own threads would only compete with them (and each would
     * stem the words the worker's tokenizer already knows). */
    g_autoptr(BriefConfig) cfg = brief_config_copy(job->config);
    if (job->stories->len >= brief_config_get_n_threads(cfg))
      cfg->n_threads = 1;
    w->summarizer = brief_summarizer_new(cfg, error);
    if (w->summarizer == NULL)
      return NULL;
    if (job->idf)
      brief_summarizer_share_idf(w->summarizer, job->idf);
    brief_summarizer_set_lenient(w->summarizer, TRUE);
  }
  return brief_summarizer_run(w->summarizer, st->articles, error);
}

static void
summarize_story(guint worker, guint item, gpointer data)
{
  SummarizeJob *job = data;
  Worker *w = &job->workers[worker];
  BriefStory *st = g_ptr_array_index(job->stories, item);
  g_autoptr(GError) local = NULL;

  if (w->failed)
    return;
  st->summary = summarize_one(job, w, st, &local);
  if (st->summary == NULL) {
    /* A story of captions only is left out; the day goes on. */
    if (!g_error_matches(local, BRIEF_ERROR, BRIEF_ERROR_EMPTY)) {
      job->errors[item] = g_steal_pointer(&local);
      w->failed = TRUE;
      return;
    }
    g_warning("%s; story left out", local->message);
  }
  g_mutex_lock(&job->lock);
  job->done++;
  if (job->progress)
    job->progress(job->done, job->stories->len, job->user_data);
  g_mutex_unlock(&job->lock);
}

/* Stories are independent: each summary depends only on its story, so the
 * result is the same for any number of threads.  A worker stops at its
 * first failure, which never skips a lower story, so the error reported,
 * that of the first story that failed, does not depend on the threads
 * either. */
static gboolean
summarize_stories(BriefDaily *daily, const BriefConfig *config, const BriefIdfModel *idf,
                  BriefProgressFunc progress, gpointer user_data, GError **error)
{
  guint n = daily->stories->len, n_threads = brief_config_get_n_threads(config);
  SummarizeJob job = {
      .stories = daily->stories,
      .config = config,
      .idf = idf,
      .progress = progress,
      .user_data = user_data,
  };
  gboolean ok = TRUE;

  job.workers = g_new0(Worker, n_threads);
  job.errors = g_new0(GError *, n);
  g_mutex_init(&job.lock);
  brief_parallel_for(n, n_threads, summarize_story, &job);
  g_mutex_clear(&job.lock);
  for (guint i = 0; i < n; i++) {
    if (job.errors[i] != NULL && ok) {
      g_propagate_error(error, job.errors[i]);
      ok = FALSE;
    } else if (job.errors[i] != NULL) {
      g_error_free(job.errors[i]);
    }
  }
  for (guint t = 0; t < n_threads; t++)
    g_clear_pointer(&job.workers[t].summarizer, brief_summarizer_free);
  g_free(job.workers);
  g_free(job.errors);
  return ok;
}

/* Stories left out for want of sentences are not counted as found. */
static gboolean
drop_empty_stories(BriefDaily *daily, GError **error)
{
  for (guint s = daily->stories->len; s-- > 0;)
    if (((BriefStory *)g_ptr_array_index(daily->stories, s))->summary == NULL) {
      g_ptr_array_remove_index(daily->stories, s);
      daily->n_found--;
    }
  if (daily->stories->len == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY,
                        "no story has a sentence to summarize");
    return FALSE;
  }
  return TRUE;
}

/* The whole day is the background: a story's own words are rare in it,
 * the day's common words are not.  `*idf` stays NULL when the
 * configuration names a model file of its own. */
/* The day's IDF model, unless --idf or grouping has counted it (*idf). */
static gboolean
day_idf(const BriefCluster *day, const BriefConfig *config, BriefIdfModel **idf, GError **error)
{
  if (config->idf_path != NULL || *idf != NULL)
    return TRUE;
  *idf = brief_idf_model_new(config->language, error);
  return *idf != NULL && brief_idf_model_add_cluster(*idf, day, error);
}

/* Takes `config`. */
static BriefDaily *
daily_new_empty(const BriefCluster *day, BriefConfig *config)
{
  BriefDaily *daily = g_new0(BriefDaily, 1);

  daily->day = day;
  daily->config = config;
  daily->stories = g_ptr_array_new_with_free_func(story_free);
  return daily;
}

/* The articles the briefing is made of: all of the day's, or, when some
 * are left out for their dates, a cluster borrowing the others
 * (*view). */
static const BriefCluster *
kept_articles(BriefDaily *daily, const guint *kept, guint n_kept, BriefCluster **view)
{
  daily->n_outlets = brief_count_outlets(daily->day, kept, n_kept);
  if (n_kept == brief_cluster_get_n_articles(daily->day))
    return daily->day;
  *view = brief_cluster_new_view(daily->day, kept, n_kept);
  return *view;
}

BriefDaily *
brief_daily_new(const BriefCluster *day, const BriefConfig *config, BriefProgressFunc progress,
                gpointer user_data, GError **error)
{
  g_autoptr(BriefConfig) sc = NULL;
  g_autoptr(BriefDaily) daily = NULL;
  g_autofree guint *story = NULL, *kept = NULL;
  g_autoptr(BriefIdfModel) idf = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(BriefCluster) view = NULL;
  const BriefCluster *used;
  guint n_stories = 0, n_kept = 0;

  g_return_val_if_fail(day != NULL && config != NULL, NULL);
  if (!brief_config_validate(config, error))
    return NULL;
  sc = brief_config_copy_for_daily(config, error);
  if (sc == NULL)
    return NULL;
  if (brief_cluster_get_n_articles(day) == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "no articles to summarize");
    return NULL;
  }
  daily = daily_new_empty(day, g_steal_pointer(&sc));
  kept = brief_daily_place_articles(daily, &n_kept, error);
  if (kept == NULL)
    return NULL;
  used = kept_articles(daily, kept, n_kept, &view);
  /* The day's IDF comes from the reading that groups it, unless --idf. */
  story = brief_find_stories(used, daily->config, &n_stories, daily->config->idf_path ? NULL : &idf,
                             error);
  if (story == NULL)
    return NULL;
  daily->n_found = n_stories;
  ranked = group_stories(day, kept, n_kept, story, n_stories);
  g_ptr_array_sort(ranked, compare_stories);
  if (!select_stories(daily, ranked, daily->config, error))
    return NULL;
  if (!day_idf(used, daily->config, &idf, error) ||
      !summarize_stories(daily, daily->config, idf, progress, user_data, error) ||
      !drop_empty_stories(daily, error))
    return NULL;
  return g_steal_pointer(&daily);
}

void
brief_daily_free(BriefDaily *daily)
{
  if (daily == NULL)
    return;
  if (daily->stories)
    g_ptr_array_unref(daily->stories);
  g_free(daily->left_out);
  brief_config_free(daily->config);
  g_free(daily);
}

guint
brief_daily_get_n_stories(const BriefDaily *daily)
{
  g_return_val_if_fail(daily != NULL, 0);
  return daily->stories->len;
}

const BriefSummary *
brief_daily_get_story(const BriefDaily *daily, guint index)
{
  g_return_val_if_fail(daily != NULL && index < daily->stories->len, NULL);
  return ((BriefStory *)g_ptr_array_index(daily->stories, index))->summary;
}

const guint *
brief_daily_get_story_articles(const BriefDaily *daily, guint index, guint *n)
{
  const BriefStory *s;

  g_return_val_if_fail(daily != NULL && index < daily->stories->len && n != NULL, NULL);
  s = g_ptr_array_index(daily->stories, index);
  *n = s->n_indices;
  return s->indices;
}

guint
brief_daily_get_n_found(const BriefDaily *daily)
{
  g_return_val_if_fail(daily != NULL, 0);
  return daily->n_found;
}

gboolean
brief_daily_get_date(const BriefDaily *daily, int *year, int *month, int *day)
{
  g_return_val_if_fail(daily != NULL, FALSE);
  if (year)
    *year = daily->has_date ? daily->year : 0;
  if (month)
    *month = daily->has_date ? daily->month : 0;
  if (day)
    *day = daily->has_date ? daily->day_of_month : 0;
  return daily->has_date;
}

gboolean
brief_daily_get_since(const BriefDaily *daily, int *year, int *month, int *day)
{
  g_return_val_if_fail(daily != NULL, FALSE);
  if (year)
    *year = daily->since.year;
  if (month)
    *month = daily->since.month;
  if (day)
    *day = daily->since.day;
  return daily->since.year != 0;
}

const guint *
brief_daily_get_left_out(const BriefDaily *daily, guint *n)
{
  g_return_val_if_fail(daily != NULL && n != NULL, NULL);
  *n = daily->n_left_out;
  return daily->n_left_out > 0 ? daily->left_out : NULL;
}
