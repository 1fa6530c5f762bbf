/* brief eval: score system summaries with ROUGE, as ROUGE-1.5.5 would. */
#include <brief/brief.h>
#include <brief/brief-rouge.h>

#include <glib.h>

#include "cli.h"

/* Usage errors stay on one line, like every other error of this command. */
static int
usage_error(const char *message)
{
  g_autofree char *shown = brief_cli_printable(message);

  g_printerr("brief eval: %s\n", shown);
  return BRIEF_EXIT_USAGE;
}

int
brief_cli_eval(int argc, char **argv)
{
  g_autofree char *refs_dir = NULL;
  g_autofree char *sys_dir = NULL;
  /* -1: not given, so that an explicit --limit-bytes can replace the
   * default word limit while both given explicitly is an error. */
  int limit_words = -1;
  int limit_bytes = -1;
  gboolean per_cluster = FALSE;
  gboolean json = FALSE;
  gboolean no_stem = FALSE;
  const GOptionEntry entries[] = {
      {"refs", 0, 0, G_OPTION_ARG_FILENAME, &refs_dir, "Reference summaries, <cluster>.<X>.txt",
       "DIR"},
      {"sys", 0, 0, G_OPTION_ARG_FILENAME, &sys_dir, "System summaries, <cluster>.txt", "DIR"},
      {"limit-words", 0, 0, G_OPTION_ARG_INT, &limit_words,
       "Keep the first N words of each summary (default 100; 0: no limit)", "N"},
      {"limit-bytes", 0, 0, G_OPTION_ARG_INT, &limit_bytes,
       "Keep the first N bytes of each summary instead", "N"},
      {"per-cluster", 0, 0, G_OPTION_ARG_NONE, &per_cluster, "Also print each cluster's scores",
       NULL},
      {"json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON", NULL},
      {"no-stem", 0, 0, G_OPTION_ARG_NONE, &no_stem, "Do not apply the Porter stemmer", NULL},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };

  g_autoptr(GOptionContext) context = NULL;

  g_set_prgname("brief eval");
  context = g_option_context_new("- ROUGE-1.5.5 scores of a system");
  g_option_context_set_summary(
      context, "Scores like ROUGE-1.5.5.pl -n 4 -m -a -l 100 -x -c 95 -r 1000 -f A -p 0.5 "
               "-t 0 -2 4 -u\nand prints its lines (ROUGE-1, -2, -3, -4, -SU4).");
  g_option_context_add_main_entries(context, entries, NULL);

  g_autoptr(GError) error = NULL;
  if (!g_option_context_parse(context, &argc, &argv, &error))
    return usage_error(error->message);
  if (argc > 1)
    return usage_error("unexpected argument; see --help");
  if (refs_dir == NULL || sys_dir == NULL)
    return usage_error("--refs DIR and --sys DIR are required");
  if (limit_words < -1 || limit_bytes < -1)
    return usage_error("a length limit cannot be negative");
  if (limit_words > 0 && limit_bytes > 0)
    return usage_error("use --limit-words or --limit-bytes, not both");

  BriefRougeOptions options;
  brief_rouge_options_init(&options);
  if (limit_bytes > 0) {
    options.limit_bytes = (guint)limit_bytes;
    options.limit_words = 0;
  } else if (limit_words >= 0) {
    options.limit_words = (guint)limit_words;
  }
  options.stem = !no_stem;

  g_autoptr(BriefRougeEval) eval = brief_rouge_eval_new(&options, &error);
  if (eval == NULL)
    return brief_cli_fail("eval", error);
  if (!brief_rouge_eval_add_dirs(eval, sys_dir, refs_dir, &error))
    return brief_cli_fail("eval", error);

  /* Skipped files are worth a word: a typo in a name silently shrinks the
   * evaluation otherwise. */
  for (const char *const *path = brief_rouge_eval_get_unmatched(eval); *path != NULL; path++)
    g_printerr("brief eval: warning: %s: no counterpart, skipped\n", *path);

  g_autofree char *out = json ? brief_rouge_eval_to_json(eval, per_cluster)
                              : brief_rouge_eval_to_text(eval, per_cluster);
  int status = BRIEF_EXIT_OK;
  brief_cli_write_output("eval", NULL, out, &status);
  return status;
}
