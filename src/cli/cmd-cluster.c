/* brief cluster: which articles make one story. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int
brief_cli_cluster(int argc, char **argv)
{
  const char *cmd = "cluster";
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) day = NULL;
  g_autofree char *language = NULL, *input_format_s = NULL, *output = NULL, *text = NULL;
  g_autofree guint *story = NULL;
  g_auto(GStrv) paths = NULL;
  gdouble threshold = 0.0;
  BriefInputFormat input_format;
  guint n_stories = 0;
  GString *out;
  int status = BRIEF_EXIT_OK;
  GOptionEntry entries[] = {
      {"story-threshold", 't', 0, G_OPTION_ARG_DOUBLE, &threshold,
       "Average cosine at which articles join one story (default 0.12)", "X"},
      {"language", 'l', 0, G_OPTION_ARG_STRING, &language,
       "Language of the articles (default english)", "LANG"},
      {"input-format", 0, 0, G_OPTION_ARG_STRING, &input_format_s, "auto (default), text or jsonl",
       "FORMAT"},
      {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE (atomically)", "FILE"},
      {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, "PATH..."},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };

  ctx = g_option_context_new("- group a day's articles into stories");
  g_option_context_set_summary(
      ctx, "Prints one line per article: the story number (from 1, in order of each\n"
           "story's first article), a tab, and the article's name.  Subdirectories and\n"
           "JSON \"cluster\" members are stories given with the input; the other\n"
           "articles are grouped by average-link clustering (see docs/daily.md).");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!brief_cli_parse(ctx, cmd, &argc, &argv, &status))
    return status;
  if (!brief_cli_check_input(cmd, paths, input_format_s, &input_format, &status))
    return status;
  if (threshold != 0.0 && !(threshold > 0.0 && threshold <= 1.0))
    return brief_cli_usage_error(cmd, "--story-threshold must be above 0 and at most 1");
  if (language != NULL) {
    gboolean known = FALSE;
    for (const char *const *l = brief_languages(); *l && !known; l++)
      known = strcmp(*l, language) == 0;
    if (!known) {
      g_autofree char *m = g_strdup_printf("unknown language '%s'", language);
      return brief_cli_usage_error(cmd, m);
    }
  }
  day = brief_cluster_new();
  for (char **p = paths; *p; p++)
    if (!brief_cluster_add_tree(day, *p, input_format, &error))
      return brief_cli_fail(cmd, error);
  if (brief_cluster_get_n_articles(day) == 0) {
    g_printerr("brief %s: no articles\n", cmd);
    return BRIEF_EXIT_EMPTY;
  }
  story = brief_cluster_find_stories(day, language ? language : "english",
                                     threshold > 0.0 ? threshold : BRIEF_DEFAULT_STORY_THRESHOLD,
                                     &n_stories, &error);
  if (story == NULL)
    return brief_cli_fail(cmd, error);
  out = g_string_new(NULL);
  for (guint i = 0; i < brief_cluster_get_n_articles(day); i++)
    g_string_append_printf(out, "%u\t%s\n", story[i] + 1, brief_cluster_get_article(day, i)->name);
  text = g_string_free(out, FALSE);
  brief_cli_write_output(cmd, output, text, &status);
  return status;
}
