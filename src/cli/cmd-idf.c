/* SPDX-License-Identifier: BSD-3-Clause */
/* brief idf: build and merge background IDF models. */
#include <stdio.h>

#include "cli.h"

/* Count every article of the batch file `path`, a line at a time: as many
 * documents as the same articles given as files.  A line whose articles
 * cannot be read (malformed JSON, wrong types, no or empty "articles", a
 * limit passed) is left out with a warning, so that a shard with such a
 * line still gives its model and the shards' models add up to the whole's;
 * "id", "date" and "options" are not looked at.  *lines and *left_out
 * count them. */
static gboolean
count_batch(BriefIdfModel *model, const char *path, gboolean several, const BriefCliOptions *opts,
            guint64 *lines, guint64 *left_out, GError **error)
{
  g_auto(BriefCliLines) r = {0};
  g_autoptr(GError) local = NULL;
  const char *data;
  gsize len;
  guint64 line;

  if (!brief_cli_lines_open(&r, path, brief_config_get_uint(opts->config, "max-line-bytes"), error))
    return FALSE;
  while (brief_cli_lines_next(&r, &data, &len, &line, &local)) {
    g_autoptr(BriefCluster) cluster = brief_cluster_new();
    g_autoptr(GError) bad = NULL;
    (*lines)++;
    if (!brief_cluster_add_batch_line(cluster, several ? r.name : NULL, line, data, len,
                                      opts->config, &bad)) {
      if (!opts->quiet)
        g_printerr("brief: warning: %s; line left out\n", bad->message);
      (*left_out)++;
      continue;
    }
    if (!brief_idf_model_add_cluster(model, cluster, error))
      return FALSE;
  }
  if (local != NULL) {
    g_propagate_error(error, g_steal_pointer(&local));
    return FALSE;
  }
  return TRUE;
}

static gboolean
count_path(BriefIdfModel *model, const char *path, const BriefCliOptions *opts, GError **error)
{
  g_autoptr(BriefCluster) cluster = brief_cluster_new();

  brief_cluster_set_limits(cluster, opts->config);
  return brief_cluster_add_path(cluster, path, opts->input_format_value, error) &&
         brief_idf_model_add_cluster(model, cluster, error);
}

static gboolean
idf_build(int argc, char **argv, GError **error)
{
  static const char *const tunables[] = {"language", "max-line-bytes", "max-articles", NULL};
  g_autoptr(GOptionContext) ctx =
      g_option_context_new("- count stem document frequencies of a corpus");
  g_autoptr(BriefIdfModel) model = NULL;
  g_autofree char *text = NULL;
  g_auto(BriefCliOptions) opts;
  gboolean batch = FALSE;
  guint64 lines = 0, left_out = 0;
  const GOptionEntry entries[] = {
      {"batch", 0, 0, G_OPTION_ARG_NONE, &batch,
       "PATHs are batch files ('brief batch'): count the articles of every line", NULL},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };

  brief_cli_options_init(&opts, FALSE);
  g_option_context_set_summary(
      ctx, "Every article (file, or JSON line) is one document.  PATH as for\n"
           "'brief summarize': directories, files, or - for standard input.\n"
           "With --batch, PATHs are batch files (or -) and every article of\n"
           "every line counts, as the same articles given as files would; a\n"
           "line whose articles cannot be read is left out with a warning, and\n"
           "the exit status is then 7 (the model is written).");
  brief_cli_options_add(
      ctx, &opts, BRIEF_CLI_OUTPUT | BRIEF_CLI_INPUT_FORMAT | BRIEF_CLI_PATHS | BRIEF_CLI_QUIET,
      BRIEF_TUNABLE_LIMIT, 0, tunables);
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!brief_cli_parse(ctx, "idf build", &argc, &argv, error) ||
      !brief_cli_options_check(&opts, error))
    return FALSE;
  model = brief_idf_model_new(brief_config_get_string(opts.config, "language"), error);
  if (model == NULL)
    return FALSE;
  /* One path (or batch line) at a time: a corpus need not sit in memory. */
  for (char **p = opts.paths; *p; p++)
    if (!(batch ? count_batch(model, *p, opts.paths[1] != NULL, &opts, &lines, &left_out, error)
                : count_path(model, *p, &opts, error)))
      return FALSE;
  text = brief_idf_model_to_string(model);
  if (!brief_cli_write(opts.output, text, error))
    return FALSE;
  if (left_out > 0) {
    g_set_error(error, BRIEF_CLI_ERROR, BRIEF_CLI_ERROR_PARTIAL,
                "%" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT " lines left out%s", left_out, lines,
                opts.quiet ? "" : " (see the warnings)");
    return FALSE;
  }
  return TRUE;
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
