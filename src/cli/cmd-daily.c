/* SPDX-License-Identifier: BSD-3-Clause */
/* brief daily: a whole day of articles in, one dated briefing out. */
#include <stdio.h>
#include <unistd.h>

#include "cli.h"

typedef struct {
  gint64 start;
  gboolean drawn;
} Progress;

/* "[#########.........]  9/20 stories  3.2 s" on one line of stderr,
 * redrawn in place; only when stderr is a terminal. */
static void
draw_progress(guint done, guint total, gpointer data)
{
  Progress *p = data;
  const guint width = 30;
  guint filled = total ? done * width / total : width;
  double elapsed = (double)(g_get_monotonic_time() - p->start) / G_USEC_PER_SEC;
  char bar[64];

  for (guint i = 0; i < width; i++)
    bar[i] = i < filled ? '#' : '.';
  bar[width] = '\0';
  fprintf(stderr, "\r[%s] %u/%u stories  %.1f s", bar, done, total, elapsed);
  fflush(stderr);
  p->drawn = TRUE;
}

/* Past this many articles left out for their dates, one line counts them
 * (--verbose names each too). */
#define LEFT_OUT_NAMED 5

static void
iso_date(char *buf, gsize size, int y, int m, int d)
{
  g_snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
}

/* "brief: warning: FILE: dated 2004-11-15, after the briefing date
 * 2004-11-14; left out", and the window's counterpart. */
static void
warn_left_out(const BriefArticle *a, gboolean after, const char *date, const char *since)
{
  g_autofree char *name = brief_printable_dup(a->name, -1, 0);
  char when[16];

  iso_date(when, sizeof when, a->year, a->month, a->day);
  g_printerr("brief: warning: %s: dated %s, %s %s; left out\n", name, when,
             after ? "after the briefing date" : "before the window's first day",
             after ? date : since);
}

/* The articles left out for their dates: a line each, or, past
 * LEFT_OUT_NAMED of them, one line counting them (with --verbose after a
 * line each). */
static void
report_left_out(const BriefCluster *day, const BriefDaily *daily, const BriefCliOptions *opts)
{
  guint n = 0, n_after = 0;
  const guint *out = brief_daily_get_left_out(daily, &n);
  char date[16] = "", since[16] = "";
  int y = 0, m = 0, d = 0, last;
  gboolean each = n <= LEFT_OUT_NAMED || opts->verbose;
  GString *line;

  if (n == 0 || opts->quiet)
    return;
  brief_daily_get_date(daily, &y, &m, &d);
  iso_date(date, sizeof date, y, m, d);
  last = y * 10000 + m * 100 + d;
  if (brief_daily_get_since(daily, &y, &m, &d))
    iso_date(since, sizeof since, y, m, d);
  for (guint k = 0; k < n; k++) {
    const BriefArticle *a = brief_cluster_get_article(day, out[k]);
    gboolean after = a->year * 10000 + a->month * 100 + a->day > last;
    n_after += after ? 1 : 0;
    if (each)
      warn_left_out(a, after, date, since);
  }
  if (n <= LEFT_OUT_NAMED)
    return;
  line = g_string_new(NULL);
  g_string_printf(line, "brief: warning: %u articles left out for their dates:", n);
  if (n_after < n)
    g_string_append_printf(line, " %u before the window's first day %s%s", n - n_after, since,
                           n_after > 0 ? "," : "");
  if (n_after > 0)
    g_string_append_printf(line, " %u after the briefing date %s", n_after, date);
  g_printerr("%s%s\n", line->str, opts->verbose ? "" : " (--verbose names them)");
  g_string_free(line, TRUE);
}

static guint
n_left_out(const BriefDaily *daily)
{
  guint n = 0;

  brief_daily_get_left_out(daily, &n);
  return n;
}

static BriefDaily *
make_daily(const BriefCluster *day, const BriefCliOptions *opts, GError **error)
{
  Progress progress = {g_get_monotonic_time(), FALSE};
  gboolean show = !opts->quiet && isatty(STDERR_FILENO);
  BriefDaily *daily =
      brief_daily_new(day, opts->config, show ? draw_progress : NULL, &progress, error);

  if (progress.drawn)
    fprintf(stderr, "\n");
  if (daily != NULL)
    report_left_out(day, daily, opts);
  if (daily != NULL && opts->verbose)
    g_printerr("brief: %u articles, %u left out for their dates, %u stories found, %u in the "
               "briefing, %.3f s\n",
               brief_cluster_get_n_articles(day), n_left_out(daily), brief_daily_get_n_found(daily),
               brief_daily_get_n_stories(daily),
               (double)(g_get_monotonic_time() - progress.start) / G_USEC_PER_SEC);
  return daily;
}

gboolean
brief_cli_cmd_daily(int argc, char **argv, GError **error)
{
  g_autoptr(GOptionContext) ctx =
      g_option_context_new("- one dated briefing of a day's news, a section per story");
  g_autoptr(BriefCluster) day = brief_cluster_new();
  g_autoptr(BriefDaily) daily = NULL;
  g_autofree char *rendered = NULL;
  g_auto(BriefCliOptions) opts;

  brief_cli_options_init(&opts, TRUE);
  g_option_context_set_summary(
      ctx, "PATH: directories, files, or - for standard input.  A directory's\n"
           "subdirectories are stories given with the input (one per subdirectory);\n"
           "JSON Lines articles may carry a \"cluster\" member.  All other articles are\n"
           "grouped into stories by brief (see 'brief cluster').");
  brief_cli_options_add(ctx, &opts,
                        BRIEF_CLI_OUTPUT | BRIEF_CLI_FORMAT | BRIEF_CLI_INPUT_FORMAT |
                            BRIEF_CLI_QUIET | BRIEF_CLI_PATHS,
                        BRIEF_TUNABLE_SUMMARY | BRIEF_TUNABLE_DAILY, BRIEF_TUNABLE_NOT_DAILY, NULL);
  if (!brief_cli_parse(ctx, "daily", &argc, &argv, error) ||
      !brief_cli_options_check(&opts, error) || !brief_cli_read_paths(day, &opts, TRUE, error))
    return FALSE;
  daily = make_daily(day, &opts, error);
  if (daily == NULL)
    return FALSE;
  rendered = brief_daily_to_string(daily, opts.format_value);
  return brief_cli_write(opts.output, rendered, error);
}
