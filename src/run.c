/* SPDX-License-Identifier: BSD-3-Clause */
/* The state of one summarizer run (BriefRun): made before the first
 * stage, timed stage by stage, freed after the last. */
#include "summarizer-private.h"

#include "tfidf-private.h"

#include <string.h>

void
brief_run_init(BriefRun *run, BriefSummarizer *self, const BriefCluster *cluster)
{
  memset(run, 0, sizeof *run);
  run->summarizer = self;
  run->cluster = cluster;
  run->cfg = self->config;
  run->sents = g_array_new(FALSE, FALSE, sizeof(BriefSent));
  run->t_start = run->t_lap = g_get_monotonic_time();
}

void
brief_run_clear(BriefRun *run)
{
  g_clear_pointer(&run->sents, g_array_unref);
  g_clear_pointer(&run->terms, g_array_unref);
  g_clear_pointer(&run->term_off, g_free);
  g_clear_pointer(&run->tokens, g_array_unref);
  g_clear_pointer(&run->token_off, g_free);
  g_clear_pointer(&run->local_of, g_free);
  g_clear_pointer(&run->global_of, g_array_unref);
  g_clear_pointer(&run->idf, g_free);
  brief_matrix_clear(&run->m);
  g_clear_pointer(&run->rows, g_free);
  g_clear_pointer(&run->words, g_free);
  g_clear_pointer(&run->bytes, g_free);
  g_clear_pointer(&run->score, g_free);
  g_clear_pointer(&run->group, g_free);
  g_clear_pointer(&run->copy_of, g_free);
  g_clear_pointer(&run->relevance, g_free);
  g_clear_pointer(&run->order, g_free);
  g_clear_pointer(&run->selected, g_array_unref);
}

void
brief_run_lap(BriefRun *run, double *field)
{
  gint64 now = g_get_monotonic_time();

  *field = (double)(now - run->t_lap) / G_USEC_PER_SEC;
  run->t_lap = now;
}
