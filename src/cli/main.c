/* SPDX-License-Identifier: BSD-3-Clause */
/* brief: the command-line tool.  Only the public API is used here. */
#define _DEFAULT_SOURCE /* sbrk, madvise */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "cli.h"

static const BriefCliCommand commands[] = {
    {"summarize", brief_cli_cmd_summarize, "print a dated briefing of one story cluster"},
    {"daily", brief_cli_cmd_daily, "print a day's briefing: stories found, ranked, summarized"},
    {"batch", brief_cli_cmd_batch, "summarize a stream of clusters, one JSON line each"},
    {"extract", brief_cli_cmd_extract, "show the articles read from pages, feeds and files"},
    {"sentences", brief_cli_cmd_sentences, "print the sentences of a file, one per line"},
    {"eval", brief_cli_cmd_eval, "score summaries against references with ROUGE"},
    {"cluster", brief_cli_cmd_cluster, "group a day's articles into stories"},
    {"idf", brief_cli_cmd_idf, "build or merge a background IDF model"},
    {NULL, NULL, NULL},
};

static void
print_usage(FILE *out)
{
  fprintf(out, "Usage: brief COMMAND [OPTION...] [ARG...]\n"
               "Extractive summaries of news story clusters.\n\nCommands:\n");
  brief_cli_print_commands(out, commands);
  fprintf(out, "\nOptions:\n"
               "  -h, --help            show this help and exit\n"
               "  -V, --version         show the version and exit\n"
               "      --list-languages  list the languages brief can stem\n"
               "\nRun 'brief COMMAND --help' for the options of a command.\n"
               "Exit status: 0 success, 1 internal error, 2 usage error, 3 missing or\n"
               "unreadable input, 4 invalid input data, 5 nothing to summarize,\n"
               "6 output could not be written, 7 (batch) some lines are error lines.\n");
}

/* The options of brief itself; FALSE when argv[1] is none of them. */
static gboolean
run_own_option(const char *arg)
{
  if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
    print_usage(stdout);
  } else if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
    printf("brief %s\n"
           "Copyright (c) 2026, the brief authors.\n"
           "License BSD-3-Clause: <https://opensource.org/licenses/BSD-3-Clause>.\n"
           "Stop word lists: Snowball project (BSD-3-Clause); WordNet 3.0 forms:\n"
           "Princeton University (WordNet licence).  See NOTICE.\n"
           "This is free software: you are free to change and redistribute it.\n",
           brief_version());
  } else if (strcmp(arg, "--list-languages") == 0) {
    for (const char *const *l = brief_languages(); *l; l++)
      printf("%s\n", *l);
  } else {
    return FALSE;
  }
  return TRUE;
}

#ifdef __GLIBC__
/* The heap glibc grows with brk is first set 192 MiB larger (address space
 * only: pages are backed when touched) and marked for transparent huge
 * pages.  A run touches tens of MiB of new memory, and a page fault is
 * dear on a virtual machine: `summarize` on 567 articles faulted 6,665
 * times and took 0.25 s, with 2 MiB pages about 1,000 times and 0.18 s
 * (docs/performance.md).
 * Where the kernel has no huge pages or the address space is limited
 * (`ulimit -v`), nothing changes: the advice or the growth just fails. */
static void
reserve_huge_heap(void)
{
#ifdef MADV_HUGEPAGE
  const uintptr_t huge = 2u << 20; /* x86-64's huge page (arm64's with 4 KiB pages) */
  uintptr_t lo, hi;
  void *volatile grow; /* volatile: the compiler must not drop the pair */

  mallopt(M_TOP_PAD, 192 * 1024 * 1024);
  lo = (uintptr_t)sbrk(0);
  grow = malloc(1024 * 1024);
  free(grow);
  hi = (uintptr_t)sbrk(0);
  lo = (lo + huge - 1) & ~(huge - 1);
  hi &= ~(huge - 1);
  if (hi > lo)
    madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
#endif
}
#endif

/* A one-shot command frees big arrays stage after stage, and glibc hands
 * each back to the system, so the next stage's faults its pages in again
 * (a tenth of a run on a virtual machine).  Freed memory is kept for
 * reuse instead: a little more peak memory for less time (figures in
 * docs/performance.md).  A batch, which may run for days, keeps glibc's
 * defaults and gives memory back between lines. */
static void
keep_freed_memory(const char *command)
{
#ifdef __GLIBC__
  if (strcmp(command, "batch") == 0)
    return;
  /* Bigger blocks still come from and go back to the system: at 64 MB
   * the 10,000-article day's peak grew by 25 MiB, at 32 MB not at all. */
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#ifdef M_ARENA_MAX
  /* Worker threads allocate from that heap too, not from arenas of their
   * own, which glibc maps without huge pages: on 2 threads the 567
   * articles faulted in 3,200 pages instead of 1,100. */
  mallopt(M_ARENA_MAX, 1);
#endif
  reserve_huge_heap();
  mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#else
  (void)command;
#endif
}

int
main(int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int status = BRIEF_EXIT_OK;

  /* The terminal's character set only (help text in UTF-8); numbers and
   * dates never follow the locale, so LC_NUMERIC and LC_TIME stay "C". */
  setlocale(LC_CTYPE, "");
  brief_cli_install_log_handler();
  if (argc < 2) {
    print_usage(stderr);
    return BRIEF_EXIT_USAGE;
  }
  keep_freed_memory(argv[1]);
  if (!run_own_option(argv[1]) && !brief_cli_dispatch("brief", commands, argc, argv, &error)) {
    brief_cli_print_error(error);
    status = brief_cli_exit_code(error);
  }
  /* A full disk or a closed pipe must not pass for success. */
  if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
    if (status == BRIEF_EXIT_OK)
      g_printerr("brief: error writing standard output: %s\n", g_strerror(errno));
    return status == BRIEF_EXIT_OK ? BRIEF_EXIT_OUTPUT : status;
  }
  return status;
}
