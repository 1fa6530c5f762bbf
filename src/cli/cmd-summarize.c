/* SPDX-License-Identifier: BSD-3-Clause */
/* brief summarize: one story cluster in, one briefing out. */
#include "cli.h"

static void
print_stats(const BriefSummary *summary)
{
  const BriefStats *st = brief_summary_get_stats(summary);

  g_printerr("brief: %u articles, %u sentences, %u candidates (%u distinct), %u terms, %" G_GUINT64_FORMAT
             " edges, %" G_GUINT64_FORMAT " pair updates, %u iterations\n"
             "brief: split %.3f s, tokenize %.3f s, vectors %.3f s, graph %.3f s, rank %.3f s, "
             "select %.3f s, total %.3f s\n",
             st->n_articles, st->n_sentences, st->n_candidates, st->n_distinct, st->n_terms, st->n_edges,
             st->n_pair_updates, st->n_iterations, st->t_split, st->t_tokenize, st->t_vectors, st->t_graph, st->t_rank,
             st->t_select, st->t_total);
}

gboolean
brief_cli_cmd_summarize(int argc, char **argv, GError **error)
{
  g_autoptr(GOptionContext) ctx = g_option_context_new("- summarize one story cluster");
  g_autoptr(BriefCluster) cluster = brief_cluster_new();
  g_autoptr(BriefSummarizer) summarizer = NULL;
  g_autoptr(BriefSummary) summary = NULL;
  g_autofree char *rendered = NULL;
  g_auto(BriefCliOptions) opts;

  brief_cli_options_init(&opts, FALSE);
  g_option_context_set_summary(
      ctx, "PATH is a directory (its files, sorted by name), a file, or - for standard\n"
           "input.  Text files may start with a header block (Title:, Source:, Date:,\n"
           "URL: lines, then a blank line); *.jsonl files hold one article per line.");
  brief_cli_options_add(ctx, &opts,
                        BRIEF_CLI_OUTPUT | BRIEF_CLI_FORMAT | BRIEF_CLI_INPUT_FORMAT |
                            BRIEF_CLI_QUIET | BRIEF_CLI_PATHS,
                        BRIEF_TUNABLE_SUMMARY, 0, NULL);
  if (!brief_cli_parse(ctx, "summarize", &argc, &argv, error) ||
      !brief_cli_options_check(&opts, error))
    return FALSE;
  summarizer = brief_summarizer_new(opts.config, error);
  if (summarizer == NULL || !brief_cli_read_paths(cluster, &opts, FALSE, error))
    return FALSE;
  summary = brief_summarizer_run(summarizer, cluster, error);
  if (summary == NULL)
    return FALSE;
  if (opts.verbose)
    print_stats(summary);
  rendered = brief_summary_to_string(summary, opts.format_value);
  return brief_cli_write(opts.output, rendered, error);
}
