/* brief: the command-line tool.  Only the public API is used here. */
#include <brief/brief.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
    {"summarize", brief_cli_summarize, "print a dated briefing of one story cluster"},
    {"daily", brief_cli_daily, "print a day's briefing: stories found, ranked, summarized"},
    {"sentences", brief_cli_sentences, "print the sentences of a file, one per line"},
    {"eval", brief_cli_eval, "score summaries against references with ROUGE"},
    {"cluster", brief_cli_cluster, "group a day's articles into stories"},
    {"idf", brief_cli_idf, "build or merge a background IDF model"},
};

static void
print_usage(FILE *out)
{
  fprintf(out, "Usage: brief COMMAND [OPTION...] [ARG...]\n"
               "Extractive summaries of news story clusters.\n\nCommands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
    fprintf(out, "  %-11s %s\n", commands[i].name, commands[i].summary);
  fprintf(out, "\nOptions:\n"
               "  -h, --help            show this help and exit\n"
               "  -V, --version         show the version and exit\n"
               "      --list-languages  list the languages brief can stem\n"
               "\nRun 'brief COMMAND --help' for the options of a command.\n"
               "Exit status: 0 success, 1 internal error, 2 usage error, 3 missing or\n"
               "unreadable input, 4 invalid input data, 5 nothing to summarize,\n"
               "6 output could not be written.\n");
}

int
main(int argc, char **argv)
{
  int status;

  /* The terminal's character set only (help text in UTF-8); numbers and
   * dates never follow the locale, so LC_NUMERIC and LC_TIME stay "C". */
  setlocale(LC_CTYPE, "");
  brief_cli_install_log_handler();
  if (argc < 2) {
    print_usage(stderr);
    return BRIEF_EXIT_USAGE;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    print_usage(stdout);
    status = BRIEF_EXIT_OK;
  } else if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
    printf("brief %s\n"
           "Stop word lists: Snowball project (3-clause BSD).\n"
           "This is free software: you are free to change and redistribute it.\n",
           brief_version());
    status = BRIEF_EXIT_OK;
  } else if (strcmp(argv[1], "--list-languages") == 0) {
    for (const char *const *l = brief_languages(); *l; l++)
      printf("%s\n", *l);
    status = BRIEF_EXIT_OK;
  } else {
    const Command *cmd = NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
      if (strcmp(argv[1], commands[i].name) == 0)
        cmd = &commands[i];
    if (cmd == NULL) {
      g_autofree char *shown = brief_cli_printable(argv[1]);
      g_printerr("brief: unknown command '%s' (see 'brief --help')\n", shown);
      return BRIEF_EXIT_USAGE;
    }
    status = cmd->run(argc - 1, argv + 1);
  }
  /* A full disk or a closed pipe must not pass for success. */
  if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
    if (status == BRIEF_EXIT_OK)
      g_printerr("brief: error writing standard output: %s\n", g_strerror(errno));
    return status == BRIEF_EXIT_OK ? BRIEF_EXIT_OUTPUT : status;
  }
  return status;
}
