#include "brief-private.h"

#include <math.h>

void
brief_config_init(BriefConfig *config)
{
  g_return_if_fail(config != NULL);

  memset(config, 0, sizeof *config);
  config->language = "english";
  config->stopwords_path = NULL;
  config->noise_filter = TRUE;
  config->min_words = 6;
  config->max_words = 80;
  config->damping = 0.85;
  config->tolerance = 1e-6;
  config->max_iterations = 200;
  config->threshold = 0.1;
  config->max_neighbors = 50;
  config->lambda = 0.7;
  config->coverage_weight = 0.3;
  config->position_weight = 0.3;
  config->centroid_weight = 0.0;
  config->quote_penalty = 0.3;
  config->pronoun_penalty = 0.5;
  config->coverage_min_df = 2;
  config->budget_words = 100;
  config->budget_sentences = 0;
  config->budget_bytes = 0;
  config->fill = FALSE;
  config->date = NULL;
  config->n_threads = 0;
}

static gboolean
check_unit(double v, const char *name, gboolean open_low, GError **error)
{
  if (isnan(v) || v < 0.0 || v > 1.0 || (open_low && v == 0.0)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s must be %s 0 and 1, got %g", name,
                open_low ? "above 0 and at most 1, i.e. between" : "between", v);
    return FALSE;
  }
  return TRUE;
}

gboolean
brief_config_validate(const BriefConfig *config, GError **error)
{
  g_return_val_if_fail(config != NULL, FALSE);

  if (config->language == NULL || !brief_language_is_known(config->language)) {
    g_autofree char *shown = brief_printable(config->language ? config->language : "(null)", -1);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE,
                "unknown language '%s' (see 'brief --list-languages')", shown);
    return FALSE;
  }
  if (!check_unit(config->damping, "damping", FALSE, error) ||
      !check_unit(config->threshold, "threshold", FALSE, error) ||
      !check_unit(config->lambda, "lambda", FALSE, error) ||
      !check_unit(config->position_weight, "position weight", FALSE, error) ||
      !check_unit(config->centroid_weight, "centroid weight", FALSE, error) ||
      !check_unit(config->coverage_weight, "coverage weight", FALSE, error) ||
      !check_unit(config->quote_penalty, "quote penalty", FALSE, error) ||
      !check_unit(config->pronoun_penalty, "pronoun penalty", FALSE, error))
    return FALSE;
  if (config->position_weight + config->centroid_weight > 1.0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "position and centroid weights add up to more than 1 (%g + %g)",
                config->position_weight, config->centroid_weight);
    return FALSE;
  }
  if (!(config->tolerance > 0.0) || config->tolerance > 1.0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "tolerance must be above 0 and at most 1, got %g", config->tolerance);
    return FALSE;
  }
  if (config->method != BRIEF_METHOD_TEXTRANK && config->method != BRIEF_METHOD_LEAD) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "unknown method %d", (int)config->method);
    return FALSE;
  }
  if (config->n_threads > BRIEF_MAX_THREADS) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "threads must be at most %d, got %u",
                BRIEF_MAX_THREADS, config->n_threads);
    return FALSE;
  }
  if (config->max_iterations == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "the iteration cap must be at least 1");
    return FALSE;
  }
  if (config->max_words != 0 && config->max_words < config->min_words) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "maximum sentence length (%u words) is below the minimum (%u)", config->max_words,
                config->min_words);
    return FALSE;
  }
  if (config->budget_words == 0 && config->budget_sentences == 0 && config->budget_bytes == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "the length budget must be at least 1 (words, sentences or bytes)");
    return FALSE;
  }
  if (config->date != NULL && !brief_parse_date(config->date, NULL, NULL, NULL, NULL)) {
    g_autofree char *shown = brief_printable(config->date, -1);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "invalid date '%s' (expected YYYY-MM-DD)",
                shown);
    return FALSE;
  }
  return TRUE;
}
