/* SPDX-License-Identifier: BSD-3-Clause */
/* brief sentences: show how a text is split. */
#include "cli.h"

gboolean
brief_cli_cmd_sentences(int argc, char **argv, GError **error)
{
  static const char *const tunables[] = {"language", NULL};
  g_autoptr(GOptionContext) ctx =
      g_option_context_new("- print the sentences of one file, one per line");
  g_autoptr(BriefCluster) cluster = brief_cluster_new();
  g_autoptr(BriefSplitter) splitter = NULL;
  g_autofree char *text = NULL;
  g_auto(BriefCliOptions) opts;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
      {"json", 'j', 0, G_OPTION_ARG_NONE, &json, "JSON with byte offsets instead of lines", NULL},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };

  brief_cli_options_init(&opts, FALSE);
  g_option_context_set_summary(
      ctx, "White space inside a sentence is shown as one space.  With --json, each\n"
           "sentence comes with its byte offsets in the file and its paragraph.");
  brief_cli_options_add(ctx, &opts, BRIEF_CLI_OUTPUT | BRIEF_CLI_INPUT_FORMAT | BRIEF_CLI_PATHS,
                        BRIEF_TUNABLE_LIMIT, 0, tunables);
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!brief_cli_parse(ctx, "sentences", &argc, &argv, error))
    return FALSE;
  if (opts.paths == NULL || opts.paths[0] == NULL)
    return brief_cli_usage(error, "no input: give a file, or -");
  if (opts.paths[1] != NULL)
    return brief_cli_usage(error, "give exactly one file");
  if (!brief_cli_options_check(&opts, error))
    return FALSE;
  splitter = brief_splitter_new(brief_config_get_string(opts.config, "language"), error);
  if (splitter == NULL || !brief_cli_read_paths(cluster, &opts, FALSE, error))
    return FALSE;
  text = brief_cluster_sentences_to_string(cluster, splitter,
                                           json ? BRIEF_FORMAT_JSON : BRIEF_FORMAT_PLAIN);
  return brief_cli_write(opts.output, text, error);
}
