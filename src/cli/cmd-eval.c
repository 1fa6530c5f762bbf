/* SPDX-License-Identifier: BSD-3-Clause */
/* brief eval: score system summaries with ROUGE, as ROUGE-1.5.5 would. */
#include <brief/brief-rouge.h>

#include "cli.h"

typedef struct {
  char *refs, *sys, *output, *max_input_bytes;
  /* -1: not given, so that an explicit --limit-bytes can replace the
   * default word limit while both given explicitly is an error. */
  gint limit_words, limit_bytes;
  gboolean per_cluster, json, no_stem;
} EvalOptions;

/* --max-input-bytes: checked as the tunable of that name, with the
 * default of the ROUGE options (summaries are small). */
static gboolean
set_max_input_bytes(const char *value, BriefRougeOptions *options, GError **error)
{
  g_autoptr(BriefConfig) config = NULL;

  if (value == NULL)
    return TRUE;
  config = brief_config_new();
  if (!brief_config_set(config, "max-input-bytes", value, error))
    return FALSE;
  options->max_input_bytes = brief_config_get_uint(config, "max-input-bytes");
  return TRUE;
}

static gboolean
make_options(const EvalOptions *o, BriefRougeOptions *options, GError **error)
{
  if (o->refs == NULL || o->sys == NULL)
    return brief_cli_usage(error, "--refs DIR and --sys DIR are required");
  if (o->limit_words < -1 || o->limit_bytes < -1)
    return brief_cli_usage(error, "a length limit cannot be negative");
  if (o->limit_words > 0 && o->limit_bytes > 0)
    return brief_cli_usage(error, "use --limit-words or --limit-bytes, not both");
  brief_rouge_options_init(options);
  if (o->limit_bytes > 0) {
    options->limit_bytes = (guint)o->limit_bytes;
    options->limit_words = 0;
  } else if (o->limit_words >= 0) {
    options->limit_words = (guint)o->limit_words;
  }
  options->stem = !o->no_stem;
  return set_max_input_bytes(o->max_input_bytes, options, error);
}

gboolean
brief_cli_cmd_eval(int argc, char **argv, GError **error)
{
  g_autoptr(GOptionContext) ctx = g_option_context_new("- ROUGE-1.5.5 scores of a system");
  g_autoptr(BriefRougeEval) eval = NULL;
  g_autofree char *out = NULL;
  EvalOptions o = {NULL, NULL, NULL, NULL, -1, -1, FALSE, FALSE, FALSE};
  BriefRougeOptions options;
  const GOptionEntry entries[] = {
      {"refs", 0, 0, G_OPTION_ARG_FILENAME, &o.refs, "Reference summaries, <cluster>.<X>.txt",
       "DIR"},
      {"sys", 0, 0, G_OPTION_ARG_FILENAME, &o.sys, "System summaries, <cluster>.txt", "DIR"},
      {"limit-words", 0, 0, G_OPTION_ARG_INT, &o.limit_words,
       "Keep the first N words of each summary (default 100; 0: no limit)", "N"},
      {"limit-bytes", 0, 0, G_OPTION_ARG_INT, &o.limit_bytes,
       "Keep the first N bytes of each summary instead", "N"},
      {"per-cluster", 0, 0, G_OPTION_ARG_NONE, &o.per_cluster, "Also print each cluster's scores",
       NULL},
      {"json", 0, 0, G_OPTION_ARG_NONE, &o.json, "Print JSON", NULL},
      {"no-stem", 0, 0, G_OPTION_ARG_NONE, &o.no_stem, "Do not apply the Porter stemmer", NULL},
      {"max-input-bytes", 0, 0, G_OPTION_ARG_STRING, &o.max_input_bytes,
       "Largest summary file to read, in bytes (default 1048576)", "N"},
      {"output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
       "Write to FILE (atomically) instead of standard output", "FILE"},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };
  gboolean ok;

  g_option_context_set_summary(
      ctx, "Scores like ROUGE-1.5.5.pl -n 4 -m -a -l 100 -x -c 95 -r 1000 -f A -p 0.5 "
           "-t 0 -2 4 -u\nand prints its lines (ROUGE-1, -2, -3, -4, -SU4).");
  g_option_context_add_main_entries(ctx, entries, NULL);
  ok = brief_cli_parse(ctx, "eval", &argc, &argv, error) &&
       (argc <= 1 || brief_cli_usage(error, "unexpected argument '%s'", argv[1])) &&
       make_options(&o, &options, error);
  if (ok)
    eval = brief_rouge_eval_new(&options, error);
  if (eval != NULL && brief_rouge_eval_add_dirs(eval, o.sys, o.refs, error)) {
    /* Skipped files are worth a word: a typo in a name silently shrinks
     * the evaluation otherwise. */
    for (const char *const *path = brief_rouge_eval_get_unmatched(eval); *path != NULL; path++) {
      g_autofree char *shown = brief_printable_dup(*path, -1, 0);
      g_printerr("brief eval: warning: %s: no counterpart, skipped\n", shown);
    }
    out = o.json ? brief_rouge_eval_to_json(eval, o.per_cluster)
                 : brief_rouge_eval_to_text(eval, o.per_cluster);
  }
  g_free(o.refs);
  g_free(o.sys);
  g_free(o.max_input_bytes);
  ok = out != NULL && brief_cli_write(o.output, out, error);
  g_free(o.output);
  return ok;
}
