/* SPDX-License-Identifier: BSD-3-Clause */
/* brief extract: show what brief reads from pages, feeds and articles. */
#include "cli.h"

#include <string.h>

static gboolean
extract_format(const char *name, BriefFormat *format, GError **error)
{
  if (name == NULL || strcmp(name, "text") == 0)
    *format = BRIEF_FORMAT_TEXT;
  else if (strcmp(name, "json") == 0)
    *format = BRIEF_FORMAT_JSON;
  else if (strcmp(name, "urls") == 0)
    *format = BRIEF_FORMAT_PLAIN;
  else
    return brief_cli_usage(error, "unknown format '%s' (text, json, urls)", name);
  return TRUE;
}

gboolean
brief_cli_cmd_extract(int argc, char **argv, GError **error)
{
  g_autoptr(GOptionContext) ctx =
      g_option_context_new("- show the articles brief reads from pages and feeds");
  g_autoptr(BriefCluster) cluster = brief_cluster_new();
  g_autofree char *text = NULL, *format_name = NULL;
  g_auto(BriefCliOptions) opts;
  BriefFormat format = BRIEF_FORMAT_TEXT;
  const GOptionEntry entries[] = {
      {"format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
       "text (default: the text format brief reads), json (one object per line) or urls",
       "FORMAT"},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };

  brief_cli_options_init(&opts, FALSE);
  g_option_context_set_summary(
      ctx, "For each article: title, date, source, canonical URL, author and the body\n"
           "text, paragraphs separated by blank lines.  A web page gives its article\n"
           "(its main text, boilerplate left out), a feed one article per item.  JSON\n"
           "has the members name, title, date, source, url, author and text.");
  brief_cli_options_add(ctx, &opts, BRIEF_CLI_OUTPUT | BRIEF_CLI_INPUT_FORMAT | BRIEF_CLI_QUIET |
                                        BRIEF_CLI_PATHS,
                        BRIEF_TUNABLE_LIMIT, 0, NULL);
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!brief_cli_parse(ctx, "extract", &argc, &argv, error))
    return FALSE;
  if (!extract_format(format_name, &format, error))
    return FALSE;
  if (opts.paths == NULL || opts.paths[0] == NULL)
    return brief_cli_usage(error, "no input: give files or directories, or -");
  if (!brief_cli_options_check(&opts, error) || !brief_cli_read_paths(cluster, &opts, FALSE, error))
    return FALSE;
  if (brief_cluster_get_n_articles(cluster) == 0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "no article found in the input");
    return FALSE;
  }
  text = brief_cluster_articles_to_string(cluster, format);
  return brief_cli_write(opts.output, text, error);
}
