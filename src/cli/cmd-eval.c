/* SPDX-License-Identifier: BSD-3-Clause */
/* brief eval: score system summaries with ROUGE, as ROUGE-1.5.5 would. */
#include <brief/brief-rouge.h>

#include <string.h>

#include "cli.h"

typedef struct {
  char *refs, *sys, *output, *max_input_bytes;
  /* The limits as given; which were given, so that both given is an
   * error, never a value standing for "not given". */
  guint limit_words, limit_bytes;
  gboolean words_given, bytes_given;
  gboolean per_cluster, json, no_stem;
} EvalOptions;

/* A length limit: decimal digits only (no sign, no octal, no hexadecimal),
 * at least `min`. */
static gboolean
parse_limit(const char *name, const char *text, guint min, guint *out, GError **error)
{
  g_autofree char *shown = brief_printable_dup(text, -1, 80);
  guint64 v = 0;
  const char *p = text;

  if (*p == '-' && p[1] != '\0' && strspn(p + 1, "0123456789") == strlen(p + 1))
    return brief_cli_usage(error, "%s must not be negative, got %s", name, shown);
  if (*p == '\0' || strspn(p, "0123456789") != strlen(p))
    return brief_cli_usage(error, "%s must be a whole number, got '%s'", name, shown);
  for (; *p && v <= G_MAXUINT; p++)
    v = v * 10 + (guint64)(*p - '0');
  if (v > G_MAXUINT)
    return brief_cli_usage(error, "%s must be at most %u, got %s", name, G_MAXUINT, shown);
  if (v < min)
    return brief_cli_usage(error, "%s must be at least %u, got %s", name, min, shown);
  *out = (guint)v;
  return TRUE;
}

static gboolean
set_limit(const char *option, const char *value, gpointer data, GError **error)
{
  EvalOptions *o = data;

  /* 0 words is "no limit"; 0 bytes would be an empty summary. */
  if (strcmp(option, "--limit-bytes") == 0) {
    o->bytes_given = TRUE;
    return parse_limit("limit-bytes", value, 1, &o->limit_bytes, error);
  }
  o->words_given = TRUE;
  return parse_limit("limit-words", value, 0, &o->limit_words, error);
}

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
  if (o->words_given && o->bytes_given)
    return brief_cli_usage(error, "use --limit-words or --limit-bytes, not both");
  brief_rouge_options_init(options);
  if (o->bytes_given) {
    options->limit_bytes = o->limit_bytes;
    options->limit_words = 0;
  } else if (o->words_given) {
    options->limit_words = o->limit_words;
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
  EvalOptions o = {0};
  BriefRougeOptions options;
  const GOptionEntry entries[] = {
      {"refs", 0, 0, G_OPTION_ARG_FILENAME, &o.refs, "Reference summaries, <cluster>.<X>.txt",
       "DIR"},
      {"sys", 0, 0, G_OPTION_ARG_FILENAME, &o.sys, "System summaries, <cluster>.txt", "DIR"},
      {"limit-words", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer)set_limit,
       "Keep the first N words of each summary (default 100; 0: no limit)", "N"},
      {"limit-bytes", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer)set_limit,
       "Keep the first N bytes of each summary instead (N >= 1)", "N"},
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
  GOptionGroup *group = g_option_group_new(NULL, NULL, NULL, &o, NULL);
  gboolean ok;

  g_option_context_set_summary(
      ctx, "Scores like ROUGE-1.5.5.pl -n 4 -m -a -l 100 -x -c 95 -r 1000 -f A -p 0.5 "
           "-t 0 -2 4 -u\nand prints its lines (ROUGE-1, -2, -3, -4, -SU4).");
  g_option_group_add_entries(group, entries);
  g_option_context_set_main_group(ctx, group);
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
      g_printerr("brief: warning: %s: no counterpart, skipped\n", shown);
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
