/* SPDX-License-Identifier: BSD-3-Clause */
/* consumer: summarize one directory of articles through libbrief's public
 * API, printing the selected sentences one per line - the same output as
 * `brief summarize --format plain DIR`.  Builds against an installed brief:
 *
 *   cc -o consumer consumer.c $(pkg-config --cflags --libs brief)
 *   cmake -S . -B build && cmake --build build      (find_package(brief))
 */
#include <brief/brief.h>
#include <stdio.h>

int
main(int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefConfig) config = NULL;
  g_autoptr(BriefCluster) cluster = NULL;
  g_autoptr(BriefSummarizer) summarizer = NULL;
  g_autoptr(BriefSummary) summary = NULL;
  g_autofree char *text = NULL;

  if (argc != 2) {
    fprintf(stderr, "usage: %s DIRECTORY\n", argv[0]);
    return 2;
  }
  config = brief_config_new(); /* the documented defaults */
  cluster = brief_cluster_new();
  summarizer = brief_summarizer_new(config, &error);
  if (summarizer == NULL || !brief_cluster_add_path(cluster, argv[1], BRIEF_INPUT_AUTO, &error) ||
      (summary = brief_summarizer_run(summarizer, cluster, &error)) == NULL) {
    fprintf(stderr, "consumer: %s\n", error->message);
    return 1;
  }
  text = brief_summary_to_string(summary, BRIEF_FORMAT_PLAIN);
  fputs(text, stdout);
  return 0;
}
