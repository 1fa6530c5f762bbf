/* SPDX-License-Identifier: BSD-3-Clause */
/* BriefRougeOptions: ROUGE-1.5.5's defaults and the checks every user of
 * the options (the scorer, the evaluation) relies on. */
#include <brief/brief-rouge.h>

#include <string.h>

void
brief_rouge_options_init(BriefRougeOptions *options)
{
  g_return_if_fail(options != NULL);
  memset(options, 0, sizeof *options);
  options->limit_words = 100;
  options->limit_bytes = 0;
  options->stem = TRUE;
  options->n_max = 4;
  options->skip_bigrams = TRUE;
  options->skip_distance = 4;
  options->skip_unigrams = TRUE;
  options->alpha = 0.5;
  options->jackknife = FALSE;
  options->confidence = 95.0;
  options->resamples = 1000;
  options->seed = 0;
  options->system_id = "SYS";
  options->max_input_bytes = 1024 * 1024;
}

gboolean
brief_rouge_options_validate(const BriefRougeOptions *options, GError **error)
{
  g_return_val_if_fail(options != NULL, FALSE);

  if (options->limit_words != 0 && options->limit_bytes != 0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: limit_words (%u) and limit_bytes (%u) are both set; "
                "use one length limit",
                options->limit_words, options->limit_bytes);
    return FALSE;
  }
  if (options->n_max > BRIEF_ROUGE_MAX_N) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: n_max %u is out of range 0..%d", options->n_max, BRIEF_ROUGE_MAX_N);
    return FALSE;
  }
  if (options->n_max == 0 && !options->skip_bigrams) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "ROUGE options: no metric (n_max is 0 and skip_bigrams is off)");
    return FALSE;
  }
  if (!(options->alpha >= 0.0 && options->alpha <= 1.0)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: alpha %g is out of range 0..1", options->alpha);
    return FALSE;
  }
  if (!(options->confidence >= 0.0 && options->confidence <= 100.0)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: confidence %g is out of range 0..100", options->confidence);
    return FALSE;
  }
  if (options->resamples == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "ROUGE options: resamples must be at least 1");
    return FALSE;
  }
  if (options->max_input_bytes == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "ROUGE options: max_input_bytes must be at least 1");
    return FALSE;
  }
  if (options->system_id == NULL || options->system_id[0] == '\0' ||
      strpbrk(options->system_id, " \t\n\r") != NULL) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "ROUGE options: system_id must be a non-empty word");
    return FALSE;
  }
  return TRUE;
}
