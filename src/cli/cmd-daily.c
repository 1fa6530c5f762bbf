/* brief daily: a whole day of articles in, one dated briefing out. */
#include <stdio.h>
#include <string.h>
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

int
brief_cli_daily(int argc, char **argv)
{
  const char *cmd = "daily";
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) day = NULL;
  g_autoptr(BriefDaily) daily = NULL;
  g_autofree char *rendered = NULL, *title = NULL;
  g_auto(BriefCliOptions) opts;
  gint max_stories = G_MININT, min_articles = G_MININT;
  gdouble story_threshold = -1e300;
  BriefDailyConfig config;
  BriefFormat format;
  BriefInputFormat input_format;
  Progress progress = {0};
  gboolean show_progress;
  int status = BRIEF_EXIT_OK;
  GOptionEntry extra[] = {
      {"max-stories", 'n', 0, G_OPTION_ARG_INT, &max_stories,
       "Stories in the briefing, 0 = all (default 10)", "N"},
      {"min-articles", 0, 0, G_OPTION_ARG_INT, &min_articles,
       "Leave out stories with fewer articles (default 1)", "N"},
      {"story-threshold", 't', 0, G_OPTION_ARG_DOUBLE, &story_threshold,
       "Average cosine at which articles join one story (default 0.12)", "X"},
      {"title", 0, 0, G_OPTION_ARG_STRING, &title,
       "Title of the briefing (default \"Daily briefing\")", "TEXT"},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };

  brief_cli_options_init(&opts);
  ctx = g_option_context_new("- one dated briefing of a day's news, a section per story");
  g_option_context_set_summary(
      ctx, "PATH: directories, files, or - for standard input.  A directory's\n"
           "subdirectories are stories given with the input (one per subdirectory);\n"
           "JSON Lines articles may carry a \"cluster\" member.  All other articles are\n"
           "grouped into stories by brief (see 'brief cluster').");
  brief_cli_options_add(ctx, &opts, extra, "Budget per story in words (default 60)");
  if (!brief_cli_parse(ctx, cmd, &argc, &argv, &status))
    return status;
  brief_daily_config_init(&config);
  if (!brief_cli_options_apply(cmd, &opts, &config.summary, &format, &input_format, &status))
    return status;
  if (opts.idf_docs != NULL)
    return brief_cli_usage_error(cmd, "--idf-documents does not apply: the day's articles are "
                                      "the IDF documents (or --idf)");
  if (max_stories != G_MININT && max_stories < 0)
    return brief_cli_usage_error(cmd, "--max-stories must not be negative");
  if (min_articles != G_MININT && min_articles < 1)
    return brief_cli_usage_error(cmd, "--min-articles must be at least 1");
  if (story_threshold != -1e300 && !(story_threshold > 0.0 && story_threshold <= 1.0))
    return brief_cli_usage_error(cmd, "--story-threshold must be above 0 and at most 1");
  if (max_stories != G_MININT)
    config.max_stories = (guint)max_stories;
  if (min_articles != G_MININT)
    config.min_articles = (guint)min_articles;
  if (story_threshold != -1e300)
    config.story_threshold = story_threshold;
  if (title != NULL)
    config.title = title;

  day = brief_cluster_new();
  for (char **p = opts.paths; *p; p++)
    if (!brief_cluster_add_tree(day, *p, input_format, &error))
      return brief_cli_fail(cmd, error);
  show_progress = !opts.quiet && isatty(STDERR_FILENO);
  progress.start = g_get_monotonic_time();
  daily = brief_daily_new(day, &config, show_progress ? draw_progress : NULL, &progress, &error);
  if (progress.drawn)
    fprintf(stderr, "\n");
  if (daily == NULL)
    return brief_cli_fail(cmd, error);
  if (opts.verbose)
    g_printerr("brief: %u articles, %u stories found, %u in the briefing, %.3f s\n",
               brief_cluster_get_n_articles(day), brief_daily_get_n_found(daily),
               brief_daily_get_n_stories(daily),
               (double)(g_get_monotonic_time() - progress.start) / G_USEC_PER_SEC);
  rendered = brief_daily_to_string(daily, format);
  brief_cli_write_output(cmd, opts.output, rendered, &status);
  return status;
}
