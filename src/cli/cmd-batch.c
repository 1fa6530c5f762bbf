/* SPDX-License-Identifier: BSD-3-Clause */
/* brief batch: a streaming JSON Lines filter, one story cluster per line in,
 * one briefing (or error) per line out, in input order.  Lines are
 * summarized on a pool of threads; at most two lines per thread are in
 * flight, and each result is written as soon as those before it are. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* One line in flight. */
typedef struct {
  char *data, *name;
  gsize len;
  guint64 line;
  char *out;
  char *message; /* a failed line's message, naming the line */
  int status;
  gboolean done;
} Job;

typedef struct {
  BriefBatch *batch;
  GThreadPool *pool;
  GMutex lock;
  GCond cond;
  Job *ring; /* the lines in flight: ring[head], ..., `pending` of them */
  guint size, head, pending;
  BriefOutput *output;
  guint64 lines, failed;
  gint64 start, drawn_at; /* monotonic microseconds; drawn_at 0: no progress shown */
  gboolean progress, verbose, quiet;
} Batch;

static void
run_job(gpointer data, gpointer user_data)
{
  Job *job = data;
  Batch *b = user_data;
  char *out = brief_batch_run_line(b->batch, job->name, job->line, job->data, job->len,
                                   &job->status, &job->message);

  g_clear_pointer(&job->data, g_free);
  g_mutex_lock(&b->lock);
  job->out = out;
  job->done = TRUE;
  g_cond_broadcast(&b->cond);
  g_mutex_unlock(&b->lock);
}

/* "brief batch: 120 lines, 2 failed, 3.4 s" in place on stderr, at most ten
 * times a second. */
static void
draw_progress(Batch *b, gboolean force)
{
  gint64 now = g_get_monotonic_time();

  if (!b->progress || (!force && now - b->drawn_at < G_USEC_PER_SEC / 10))
    return;
  fprintf(stderr,
          "\rbrief batch: %" G_GUINT64_FORMAT " lines, %" G_GUINT64_FORMAT " failed, %.1f s",
          b->lines, b->failed, (double)(now - b->start) / G_USEC_PER_SEC);
  fflush(stderr);
  b->drawn_at = now;
}

/* Wait for the oldest line in flight and write its output (unless `write`
 * is FALSE: after a failure). */
static gboolean
finish_oldest(Batch *b, gboolean write, GError **error)
{
  Job *job = &b->ring[b->head];
  gboolean ok = TRUE;

  g_mutex_lock(&b->lock);
  while (!job->done)
    g_cond_wait(&b->cond, &b->lock);
  g_mutex_unlock(&b->lock);
  if (write) {
    ok = brief_output_write(b->output, job->out, strlen(job->out), error);
    b->lines++;
    b->failed += job->status != 0;
    if (job->message != NULL && !b->quiet) {
      /* Where the line was: its error line says only what went wrong. */
      if (b->progress)
        fprintf(stderr, "\r%70s\r", "");
      g_printerr("brief: warning: %s\n", job->message);
    }
    draw_progress(b, job->message != NULL);
  }
  g_clear_pointer(&job->out, g_free);
  g_clear_pointer(&job->message, g_free);
  g_clear_pointer(&job->name, g_free);
  job->done = FALSE;
  b->head = (b->head + 1) % b->size;
  b->pending--;
  return ok;
}

/* Hand one line to the pool, after writing the oldest when the window is
 * full. */
static gboolean
submit(Batch *b, const char *name, guint64 line, const char *data, gsize len, GError **error)
{
  Job *job;

  if (b->pending == b->size && !finish_oldest(b, TRUE, error))
    return FALSE;
  job = &b->ring[(b->head + b->pending) % b->size];
  job->data = g_memdup2(data, len ? len : 1);
  job->len = len;
  job->name = g_strdup(name);
  job->line = line;
  b->pending++;
  /* The job frees its copy of the line once summarized: memory holds the
   * lines in flight, never the batch. */
  g_thread_pool_push(b->pool, job, NULL);
  return TRUE;
}

/* Every line of `path`; messages name the path when there are several. */
static gboolean
read_input(Batch *b, const char *path, gboolean several, gsize max, GError **error)
{
  g_auto(BriefCliLines) r = {0};
  g_autoptr(GError) local = NULL;
  const char *data;
  gsize len;
  guint64 line;

  if (!brief_cli_lines_open(&r, path, max, error))
    return FALSE;
  while (brief_cli_lines_next(&r, &data, &len, &line, &local))
    if (!submit(b, several ? r.name : NULL, line, data, len, error))
      return FALSE;
  if (local != NULL) {
    g_propagate_error(error, g_steal_pointer(&local));
    return FALSE;
  }
  return TRUE;
}

static void
free_lines_data(Batch *b)
{
  for (guint i = 0; i < b->size; i++)
    g_clear_pointer(&b->ring[i].data, g_free);
}

/* Read every input, summarize, write in order; then wait for what is in
 * flight.  On failure nothing more is written. */
static gboolean
run_batch(Batch *b, char **paths, gsize max, GError **error)
{
  gboolean ok = TRUE;
  guint n_paths = g_strv_length(paths);

  for (char **p = paths; ok && *p; p++)
    ok = read_input(b, *p, n_paths > 1, max, error);
  while (b->pending > 0)
    if (!finish_oldest(b, ok, ok ? error : NULL))
      ok = FALSE;
  g_thread_pool_free(b->pool, FALSE, TRUE);
  b->pool = NULL;
  free_lines_data(b);
  return ok;
}

static void
finish_report(Batch *b)
{
  if (b->drawn_at != 0) {
    fprintf(stderr, "\r\033[K"); /* the progress line, cleared */
    fflush(stderr);
  }
  if (b->verbose)
    g_printerr("brief: %" G_GUINT64_FORMAT " lines, %" G_GUINT64_FORMAT
               " failed, %u threads, %.3f s\n",
               b->lines, b->failed, brief_batch_get_n_threads(b->batch),
               (double)(g_get_monotonic_time() - b->start) / G_USEC_PER_SEC);
}

static gboolean
setup(Batch *b, const BriefCliOptions *opts, GError **error)
{
  guint n_threads;

  b->batch = brief_batch_new(opts->config, error);
  if (b->batch == NULL)
    return FALSE;
  n_threads = brief_batch_get_n_threads(b->batch);
  b->size = 2 * n_threads;
  b->ring = g_new0(Job, b->size);
  g_mutex_init(&b->lock);
  g_cond_init(&b->cond);
  b->pool = g_thread_pool_new(run_job, b, (gint)n_threads, FALSE, error);
  if (b->pool == NULL)
    return FALSE;
  b->output = brief_output_open(opts->output ? opts->output : "-", error);
  if (b->output == NULL)
    return FALSE;
  b->start = g_get_monotonic_time();
  b->progress = !opts->quiet && isatty(STDERR_FILENO);
  b->quiet = opts->quiet;
  b->verbose = opts->verbose;
  return TRUE;
}

static void
teardown(Batch *b)
{
  if (b->pool != NULL)
    g_thread_pool_free(b->pool, FALSE, TRUE);
  brief_output_free(b->output);
  brief_batch_free(b->batch);
  if (b->ring != NULL) {
    free_lines_data(b);
    g_free(b->ring);
    g_mutex_clear(&b->lock);
    g_cond_clear(&b->cond);
  }
}

static GOptionContext *
batch_context(BriefCliOptions *opts)
{
  GOptionContext *ctx =
      g_option_context_new("- summarize a stream of story clusters, one per line");

  g_option_context_set_summary(
      ctx,
      "FILE holds JSON Lines, one story cluster per line:\n"
      "  {\"id\": ID, \"articles\": [{\"title\", \"source\", \"date\", \"url\", \"text\"}, ...],\n"
      "   \"date\": \"YYYY-MM-DD\", \"options\": {\"words\": 50, ...}}\n"
      "(\"id\" and \"articles\" required; \"options\" sets tunables for that line).\n"
      "Each line gives one output line, in input order, for any --threads:\n"
      "  {\"id\": ID, \"briefing\": {...as 'brief summarize --format json'...}}\n"
      "  {\"id\": ID, \"error\": {\"code\": 4, \"message\": \"...\"}}\n"
      "(a warning on standard error says which line: 'line 3: ...').\n"
      "Without FILE, or with -, standard input is read.");
  g_option_context_set_description(
      ctx, "A bad line gives its error line and the batch goes on.  Error codes are\n"
           "those of the exit status: 4 malformed line or a limit passed, 5 nothing\n"
           "to summarize.  Exit status: 0 every line summarized; 7 the output is\n"
           "complete but some lines are error lines; 2 usage, 3 unreadable FILE,\n"
           "4 binary input (a NUL byte), 6 output not written, 1 internal error.");
  brief_cli_options_add(ctx, opts, BRIEF_CLI_OUTPUT | BRIEF_CLI_QUIET | BRIEF_CLI_PATHS,
                        BRIEF_TUNABLE_SUMMARY | BRIEF_TUNABLE_BATCH, 0, NULL);
  return ctx;
}

gboolean
brief_cli_cmd_batch(int argc, char **argv, GError **error)
{
  g_auto(BriefCliOptions) opts;
  g_autoptr(GOptionContext) ctx = NULL;
  Batch b = {0};
  gboolean ok;

  brief_cli_options_init(&opts, FALSE);
  ctx = batch_context(&opts);
  if (!brief_cli_parse(ctx, "batch", &argc, &argv, error))
    return FALSE;
  if (opts.paths == NULL || opts.paths[0] == NULL) {
    g_strfreev(opts.paths);
    opts.paths = g_strsplit("-", " ", -1);
  }
  if (!brief_cli_options_check(&opts, error))
    return FALSE;
  ok = setup(&b, &opts, error) &&
       run_batch(&b, opts.paths, brief_config_get_uint(opts.config, "max-line-bytes"), error);
  if (b.start != 0)
    finish_report(&b);
  if (ok) {
    ok = brief_output_close(b.output, error);
    b.output = NULL;
  }
  if (ok && b.failed > 0) {
    g_set_error(error, BRIEF_CLI_ERROR, BRIEF_CLI_ERROR_PARTIAL,
                "%" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT
                " lines failed (see their error lines)",
                b.failed, b.lines);
    ok = FALSE;
  }
  teardown(&b);
  return ok;
}
