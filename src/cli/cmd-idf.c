/* brief idf: build and merge background IDF models. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int
idf_build(int argc, char **argv)
{
  const char *cmd = "idf build";
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefIdfModel) model = NULL;
  g_autofree char *output = NULL, *language = NULL, *input_format_s = NULL, *text = NULL;
  g_auto(GStrv) paths = NULL;
  BriefInputFormat input_format;
  int status = BRIEF_EXIT_OK;
  GOptionEntry entries[] = {
      {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
       "Write the model to FILE (atomically; default: standard output)", "FILE"},
      {"language", 'l', 0, G_OPTION_ARG_STRING, &language,
       "Language of the articles (default english)", "LANG"},
      {"input-format", 0, 0, G_OPTION_ARG_STRING, &input_format_s, "auto (default), text or jsonl",
       "FORMAT"},
      {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, "PATH..."},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };

  ctx = g_option_context_new("- count stem document frequencies of a corpus");
  g_option_context_set_summary(ctx,
                               "Every article (file, or JSON line) is one document.  PATH as for\n"
                               "'brief summarize': directories, files, or - for standard input.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!brief_cli_parse(ctx, cmd, &argc, &argv, &status))
    return status;
  if (!brief_cli_check_input(cmd, paths, input_format_s, &input_format, &status))
    return status;
  model = brief_idf_model_new(language ? language : "english", &error);
  if (model == NULL)
    return brief_cli_fail(cmd, error);
  /* One path at a time: a corpus of many files need not sit in memory. */
  for (char **p = paths; *p; p++) {
    g_autoptr(BriefCluster) cluster = brief_cluster_new();
    if (!brief_cluster_add_path(cluster, *p, input_format, &error) ||
        !brief_idf_model_add_cluster(model, cluster, &error))
      return brief_cli_fail(cmd, error);
  }
  text = brief_idf_model_to_string(model);
  brief_cli_write_output(cmd, output, text, &status);
  return status;
}

static int
idf_merge(int argc, char **argv)
{
  const char *cmd = "idf merge";
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefIdfModel) model = NULL;
  g_autofree char *output = NULL, *text = NULL;
  g_auto(GStrv) paths = NULL;
  int status = BRIEF_EXIT_OK;
  GOptionEntry entries[] = {
      {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
       "Write the model to FILE (atomically; default: standard output)", "FILE"},
      {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, "MODEL..."},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };

  ctx = g_option_context_new("- add up IDF models of one language");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!brief_cli_parse(ctx, cmd, &argc, &argv, &status))
    return status;
  if (paths == NULL || paths[0] == NULL)
    return brief_cli_usage_error(cmd, "no input: give model files");
  for (char **p = paths; *p; p++) {
    g_autoptr(BriefIdfModel) m = brief_idf_model_load(*p, &error);
    if (m == NULL)
      return brief_cli_fail(cmd, error);
    if (model == NULL)
      model = g_steal_pointer(&m);
    else if (!brief_idf_model_merge(model, m, &error))
      return brief_cli_fail(cmd, error);
  }
  text = brief_idf_model_to_string(model);
  brief_cli_write_output(cmd, output, text, &status);
  return status;
}

int
brief_cli_idf(int argc, char **argv)
{
  if (argc < 2) {
    g_printerr("brief idf: missing subcommand: build or merge (see 'brief idf --help')\n");
    return BRIEF_EXIT_USAGE;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    printf("Usage: brief idf build [OPTION...] PATH...   count a corpus into a model\n"
           "       brief idf merge [OPTION...] MODEL...  add models up\n"
           "Run 'brief idf build --help' for the options.\n");
    return BRIEF_EXIT_OK;
  }
  if (strcmp(argv[1], "build") == 0)
    return idf_build(argc - 1, argv + 1);
  if (strcmp(argv[1], "merge") == 0)
    return idf_merge(argc - 1, argv + 1);
  {
    g_autofree char *shown = brief_cli_printable(argv[1]);
    g_printerr("brief idf: unknown subcommand '%s' (build, merge; see 'brief idf --help')\n",
               shown);
  }
  return BRIEF_EXIT_USAGE;
}
