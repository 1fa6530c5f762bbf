/* SPDX-License-Identifier: BSD-3-Clause */
/* brief idf: build and merge background IDF models. */
#include <stdio.h>

#include "cli.h"

static gboolean
idf_build(int argc, char **argv, GError **error)
{
  static const char *const tunables[] = {"language", NULL};
  g_autoptr(GOptionContext) ctx =
      g_option_context_new("- count stem document frequencies of a corpus");
  g_autoptr(BriefIdfModel) model = NULL;
  g_autofree char *text = NULL;
  g_auto(BriefCliOptions) opts;

  brief_cli_options_init(&opts, FALSE);
  g_option_context_set_summary(ctx,
                               "Every article (file, or JSON line) is one document.  PATH as for\n"
                               "'brief summarize': directories, files, or - for standard input.");
  brief_cli_options_add(ctx, &opts, BRIEF_CLI_OUTPUT | BRIEF_CLI_INPUT_FORMAT | BRIEF_CLI_PATHS,
                        BRIEF_TUNABLE_LIMIT, 0, tunables);
  if (!brief_cli_parse(ctx, "idf build", &argc, &argv, error) ||
      !brief_cli_options_check(&opts, error))
    return FALSE;
  model = brief_idf_model_new(brief_config_get_string(opts.config, "language"), error);
  if (model == NULL)
    return FALSE;
  /* One path at a time: a corpus of many files need not sit in memory. */
  for (char **p = opts.paths; *p; p++) {
    g_autoptr(BriefCluster) cluster = brief_cluster_new();
    brief_cluster_set_limits(cluster, opts.config);
    if (!brief_cluster_add_path(cluster, *p, opts.input_format_value, error) ||
        !brief_idf_model_add_cluster(model, cluster, error))
      return FALSE;
  }
  text = brief_idf_model_to_string(model);
  return brief_cli_write(opts.output, text, error);
}

static gboolean
idf_merge(int argc, char **argv, GError **error)
{
  static const char *const tunables[] = {"max-input-bytes", NULL};
  g_autoptr(GOptionContext) ctx = g_option_context_new("- add up IDF models of one language");
  g_autoptr(BriefIdfModel) model = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) paths = NULL;
  g_auto(BriefCliOptions) opts;
  const GOptionEntry entries[] = {
      {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, "MODEL..."},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };

  brief_cli_options_init(&opts, FALSE);
  brief_cli_options_add(ctx, &opts, BRIEF_CLI_OUTPUT, 0, 0, tunables);
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!brief_cli_parse(ctx, "idf merge", &argc, &argv, error))
    return FALSE;
  if (paths == NULL || paths[0] == NULL)
    return brief_cli_usage(error, "no input: give model files");
  for (char **p = paths; *p; p++) {
    g_autoptr(BriefIdfModel) m = brief_idf_model_load_full(*p, opts.config, error);
    if (m == NULL)
      return FALSE;
    if (model == NULL)
      model = g_steal_pointer(&m);
    else if (!brief_idf_model_merge(model, m, error))
      return FALSE;
  }
  text = brief_idf_model_to_string(model);
  return brief_cli_write(opts.output, text, error);
}

static const BriefCliCommand idf_commands[] = {
    {"build", idf_build, "count a corpus into a model: brief idf build [OPTION...] PATH..."},
    {"merge", idf_merge, "add models up: brief idf merge [OPTION...] MODEL..."},
    {NULL, NULL, NULL},
};

gboolean
brief_cli_cmd_idf(int argc, char **argv, GError **error)
{
  if (argc >= 2 && (g_str_equal(argv[1], "--help") || g_str_equal(argv[1], "-h"))) {
    g_print("Usage: brief idf COMMAND [OPTION...]\n\nCommands:\n");
    brief_cli_print_commands(stdout, idf_commands);
    g_print("\nRun 'brief idf COMMAND --help' for the options of a command.\n");
    return TRUE;
  }
  return brief_cli_dispatch("brief idf", idf_commands, argc, argv, error);
}
