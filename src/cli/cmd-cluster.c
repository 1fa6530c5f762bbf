/* SPDX-License-Identifier: BSD-3-Clause */
/* brief cluster: which articles make one story. */
#include "cli.h"

gboolean
brief_cli_cmd_cluster(int argc, char **argv, GError **error)
{
  static const char *const tunables[] = {"language", "story-threshold", "story-days", "threads",
                                         NULL};
  g_autoptr(GOptionContext) ctx = g_option_context_new("- group a day's articles into stories");
  g_autoptr(BriefCluster) day = brief_cluster_new();
  g_autofree guint *story = NULL;
  g_auto(BriefCliOptions) opts;
  GString *out;
  guint n_stories = 0;

  brief_cli_options_init(&opts, TRUE);
  g_option_context_set_summary(
      ctx, "Prints one line per article: the story number (from 1, in order of each\n"
           "story's first article), a tab, and the article's name (control characters\n"
           "shown as \\xNN).  Subdirectories and JSON \"cluster\" members are stories\n"
           "given with the input; the other articles are grouped by average-link\n"
           "clustering (see docs/daily.md).");
  brief_cli_options_add(ctx, &opts, BRIEF_CLI_OUTPUT | BRIEF_CLI_INPUT_FORMAT | BRIEF_CLI_PATHS,
                        BRIEF_TUNABLE_LIMIT, 0, tunables);
  if (!brief_cli_parse(ctx, "cluster", &argc, &argv, error) ||
      !brief_cli_options_check(&opts, error) || !brief_cli_read_paths(day, &opts, TRUE, error))
    return FALSE;
  if (brief_cluster_get_n_articles(day) == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "no articles");
    return FALSE;
  }
  story = brief_cluster_find_stories(day, opts.config, &n_stories, error);
  if (story == NULL)
    return FALSE;
  out = g_string_new(NULL);
  for (guint i = 0; i < brief_cluster_get_n_articles(day); i++) {
    /* A tab or a line break in a name must not break the line: the name
     * is written as in a message, control characters as \xNN. */
    g_autofree char *name = brief_printable_dup(brief_cluster_get_article(day, i)->name, -1, 0);
    g_string_append_printf(out, "%u\t%s\n", story[i] + 1, name);
  }
  {
    g_autofree char *text = g_string_free(out, FALSE);
    return brief_cli_write(opts.output, text, error);
  }
}
