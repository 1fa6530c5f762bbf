/* brief summarize: one story cluster in, one briefing out. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void
print_stats(const BriefSummary *summary)
{
  const BriefStats *st = brief_summary_get_stats(summary);

  g_printerr("brief: %u articles, %u sentences, %u candidates, %u terms, %" G_GUINT64_FORMAT
             " edges, %u iterations\n"
             "brief: split %.3f s, tokenize %.3f s, vectors %.3f s, graph %.3f s, rank %.3f s, "
             "select %.3f s, total %.3f s\n",
             st->n_articles, st->n_sentences, st->n_candidates, st->n_terms, st->n_edges,
             st->n_iterations, st->t_split, st->t_tokenize, st->t_vectors, st->t_graph, st->t_rank,
             st->t_select, st->t_total);
}

int
brief_cli_summarize(int argc, char **argv)
{
  const char *cmd = "summarize";
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) cluster = NULL;
  g_autoptr(BriefSummarizer) summarizer = NULL;
  g_autoptr(BriefSummary) summary = NULL;
  g_autofree char *rendered = NULL;
  g_auto(BriefCliOptions) opts;
  BriefConfig config;
  BriefFormat format;
  BriefInputFormat input_format;
  int status = BRIEF_EXIT_OK;

  brief_cli_options_init(&opts);
  ctx = g_option_context_new("- summarize one story cluster");
  g_option_context_set_summary(
      ctx, "PATH is a directory (its files, sorted by name), a file, or - for standard\n"
           "input.  Text files may start with a header block (Title:, Source:, Date:,\n"
           "URL: lines, then a blank line); *.jsonl files hold one article per line.");
  brief_cli_options_add(ctx, &opts, NULL, "Budget in words (default 100)");
  if (!brief_cli_parse(ctx, cmd, &argc, &argv, &status))
    return status;
  brief_config_init(&config);
  if (!brief_cli_options_apply(cmd, &opts, &config, &format, &input_format, &status))
    return status;

  summarizer = brief_summarizer_new(&config, &error);
  if (summarizer == NULL)
    return brief_cli_fail(cmd, error);
  cluster = brief_cluster_new();
  for (char **p = opts.paths; *p; p++)
    if (!brief_cluster_add_path(cluster, *p, input_format, &error))
      return brief_cli_fail(cmd, error);
  summary = brief_summarizer_run(summarizer, cluster, &error);
  if (summary == NULL)
    return brief_cli_fail(cmd, error);
  if (opts.verbose)
    print_stats(summary);
  rendered = brief_summary_to_string(summary, format);
  brief_cli_write_output(cmd, opts.output, rendered, &status);
  return status;
}
