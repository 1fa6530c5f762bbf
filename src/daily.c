/* A day of news in, one briefing out: stories found, ranked, summarized. */
#include "brief-private.h"

#include <string.h>

void
brief_daily_config_init(BriefDailyConfig *config)
{
  g_return_if_fail(config != NULL);

  memset(config, 0, sizeof *config);
  brief_config_init(&config->summary);
  config->summary.budget_words = 60;
  config->story_threshold = BRIEF_DEFAULT_STORY_THRESHOLD;
  config->max_stories = 10;
  config->min_articles = 1;
  config->title = "Daily briefing";
}

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

/* The outlet of an article: its Source, else the host of its URL. */
char *
brief_article_outlet(const BriefArticle *a)
{
  const char *p, *end;

  if (a->source)
    return g_strdup(a->source);
  if (a->url == NULL || (p = strstr(a->url, "://")) == NULL)
    return NULL;
  p += 3;
  end = p + strcspn(p, "/:?#");
  if (end - p > 4 && g_ascii_strncasecmp(p, "www.", 4) == 0)
    p += 4;
  return end > p ? g_strndup(p, (gsize)(end - p)) : NULL;
}

/* Distinct outlets of `indices`, in order of first appearance; compared
 * without regard to case. */
GPtrArray *
brief_outlets(const BriefCluster *day, const guint *indices, guint n)
{
  GPtrArray *names = g_ptr_array_new_with_free_func(g_free);

  for (guint i = 0; i < n; i++) {
    char *o = brief_article_outlet(brief_cluster_get_article(day, indices[i]));
    gboolean seen = FALSE;
    if (o == NULL)
      continue;
    for (guint k = 0; k < names->len && !seen; k++)
      seen = g_ascii_strcasecmp(g_ptr_array_index(names, k), o) == 0;
    if (seen)
      g_free(o);
    else
      g_ptr_array_add(names, o);
  }
  return names;
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

typedef struct {
  BriefDaily *daily;
  const BriefDailyConfig *config;
  const BriefIdfModel *idf;
  guint first, step;
  BriefProgressFunc progress;
  gpointer user_data;
  GMutex *lock;
  guint *done;
  GError *error;
} Job;

static gpointer
job_run(gpointer data)
{
  Job *job = data;
  g_autoptr(BriefSummarizer) sz = NULL;
  GPtrArray *stories = job->daily->stories;

  sz = brief_summarizer_new(&job->config->summary, &job->error);
  if (sz == NULL)
    return NULL;
  if (job->idf)
    brief_summarizer_share_idf(sz, job->idf);
  brief_summarizer_set_lenient(sz, TRUE);
  for (guint i = job->first; i < stories->len; i += job->step) {
    BriefStory *s = g_ptr_array_index(stories, i);
    g_autoptr(GError) local = NULL;
    s->summary = brief_summarizer_run(sz, s->articles, &local);
    if (s->summary == NULL) {
      /* A story of captions only is left out; the day goes on. */
      if (!g_error_matches(local, BRIEF_ERROR, BRIEF_ERROR_EMPTY)) {
        job->error = g_steal_pointer(&local);
        return NULL;
      }
      g_warning("%s; story left out", local->message);
    }
    g_mutex_lock(job->lock);
    (*job->done)++;
    if (job->progress)
      job->progress(*job->done, stories->len, job->user_data);
    g_mutex_unlock(job->lock);
  }
  return NULL;
}

BriefDaily *
brief_daily_new(const BriefCluster *day, const BriefDailyConfig *config, BriefProgressFunc progress,
                gpointer user_data, GError **error)
{
  g_autoptr(BriefDaily) daily = NULL;
  g_autofree guint *story = NULL;
  g_autoptr(BriefIdfModel) idf = NULL;
  g_autoptr(GPtrArray) all = NULL;
  guint n = brief_cluster_get_n_articles(day), n_stories = 0, n_threads;
  GMutex lock;
  guint done = 0;
  Job *jobs;
  GThread **threads;
  gboolean ok = TRUE;

  g_return_val_if_fail(day != NULL && config != NULL, NULL);

  if (!brief_config_validate(&config->summary, error))
    return NULL;
  if (n == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "no articles to summarize");
    return NULL;
  }
  story = brief_find_stories(day, config->summary.language, config->story_threshold,
                             config->summary.n_threads ? config->summary.n_threads
                                                       : MIN(g_get_num_processors(), 8u),
                             &n_stories, error);
  if (story == NULL)
    return NULL;

  daily = g_new0(BriefDaily, 1);
  daily->day = day;
  daily->config = *config;
  daily->title = g_strdup(config->title ? config->title : "Daily briefing");
  daily->config.title = daily->title;
  daily->stories = g_ptr_array_new_with_free_func(story_free);
  daily->n_found = n_stories;
  {
    g_autofree guint *all_idx = g_new(guint, n);
    g_autoptr(GPtrArray) outlets = NULL;
    for (guint i = 0; i < n; i++)
      all_idx[i] = i;
    outlets = brief_outlets(day, all_idx, n);
    daily->n_outlets = outlets->len;
  }

  /* Gather each story's articles, in input order. */
  all = g_ptr_array_new_with_free_func(story_free);
  for (guint s = 0; s < n_stories; s++)
    g_ptr_array_add(all, g_new0(BriefStory, 1));
  for (guint i = 0; i < n; i++) {
    BriefStory *s = g_ptr_array_index(all, story[i]);
    const BriefArticle *a = brief_cluster_get_article(day, i);
    s->indices = g_renew(guint, s->indices, s->n_indices + 1);
    s->indices[s->n_indices++] = i;
    if (a->year != 0 && a->timestamp > s->newest)
      s->newest = a->timestamp;
  }
  for (guint s = 0; s < n_stories; s++) {
    BriefStory *st = g_ptr_array_index(all, s);
    g_autoptr(GPtrArray) outlets = brief_outlets(day, st->indices, st->n_indices);
    st->n_outlets = outlets->len;
  }
  g_ptr_array_sort(all, compare_stories);
  for (guint s = 0; s < all->len; s++) {
    BriefStory *st = g_ptr_array_index(all, s);
    if (st->n_indices < config->min_articles)
      continue;
    if (config->max_stories && daily->stories->len >= config->max_stories)
      break;
    g_ptr_array_add(daily->stories, g_steal_pointer(&all->pdata[s]));
  }
  if (daily->stories->len == 0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "no story has %u or more articles",
                config->min_articles);
    return NULL;
  }
  for (guint s = 0; s < daily->stories->len; s++) {
    BriefStory *st = g_ptr_array_index(daily->stories, s);
    st->articles = brief_cluster_new_subset(day, st->indices, st->n_indices);
  }

  /* The whole day is the background: a story's own words are rare in it,
   * the day's common words are not. */
  if (config->summary.idf_path == NULL) {
    idf = brief_idf_model_new(config->summary.language, error);
    if (idf == NULL || !brief_idf_model_add_cluster(idf, day, error))
      return NULL;
  }

  /* Stories are independent: one summarizer per thread, stories dealt
   * round-robin.  Each summary depends only on its story, so the result is
   * the same for any number of threads. */
  n_threads =
      config->summary.n_threads ? config->summary.n_threads : MIN(g_get_num_processors(), 8u);
  n_threads = MAX(1u, MIN(n_threads, daily->stories->len));
  g_mutex_init(&lock);
  jobs = g_new0(Job, n_threads);
  threads = g_new0(GThread *, n_threads);
  for (guint t = 0; t < n_threads; t++) {
    jobs[t].daily = daily;
    jobs[t].config = config;
    jobs[t].idf = idf;
    jobs[t].first = t;
    jobs[t].step = n_threads;
    jobs[t].progress = progress;
    jobs[t].user_data = user_data;
    jobs[t].lock = &lock;
    jobs[t].done = &done;
    if (t > 0)
      threads[t] = g_thread_try_new("brief-daily", job_run, &jobs[t], NULL);
  }
  job_run(&jobs[0]);
  for (guint t = 1; t < n_threads; t++) {
    if (threads[t])
      g_thread_join(threads[t]);
    else
      job_run(&jobs[t]); /* could not start it: do its share here */
  }
  /* Report the error of the first story that failed, whichever thread. */
  for (guint t = 0; t < n_threads; t++) {
    if (jobs[t].error != NULL) {
      if (ok)
        g_propagate_error(error, jobs[t].error);
      else
        g_error_free(jobs[t].error);
      ok = FALSE;
    }
  }
  g_free(jobs);
  g_free(threads);
  g_mutex_clear(&lock);
  if (!ok)
    return NULL;
  /* Stories left out for want of sentences are not counted as found. */
  for (guint s = daily->stories->len; s-- > 0;)
    if (((BriefStory *)g_ptr_array_index(daily->stories, s))->summary == NULL) {
      g_ptr_array_remove_index(daily->stories, s);
      daily->n_found--;
    }
  if (daily->stories->len == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY,
                        "no story has a sentence to summarize");
    return NULL;
  }

  daily->has_date =
      brief_briefing_date(config->summary.date, day, &daily->year, &daily->month, &daily->dayn);
  return g_steal_pointer(&daily);
}

void
brief_daily_free(BriefDaily *daily)
{
  if (daily == NULL)
    return;
  if (daily->stories)
    g_ptr_array_unref(daily->stories);
  g_free(daily->title);
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
    *day = daily->has_date ? daily->dayn : 0;
  return daily->has_date;
}
