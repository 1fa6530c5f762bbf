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

static BriefDaily *
make_daily(const BriefCluster *day, const BriefCliOptions *opts, GError **error)
{
  Progress progress = {g_get_monotonic_time(), FALSE};
  gboolean show = !opts->quiet && isatty(STDERR_FILENO);
  BriefDaily *daily =
      brief_daily_new(day, opts->config, show ? draw_progress : NULL, &progress, error);

  if (progress.drawn)
    fprintf(stderr, "\n");
  if (daily != NULL && opts->verbose)
    g_printerr("brief: %u articles, %u stories found, %u in the briefing, %.3f s\n",
               brief_cluster_get_n_articles(day), brief_daily_get_n_found(daily),
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
