/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: the ROUGE scorer (brief-rouge.h): reading, the length
 * cut by words or bytes, tokens, the Porter stemmer with WordNet's
 * irregular forms, ROUGE-N and skip bigrams, the evaluation and its output.
 *
 * Input: two settings bytes, then texts separated by NUL bytes: the peer
 * and up to four references (no reference: the peer is its own).
 *  byte 0: bit 0 stem, bits 1-2 n_max - 1, bit 3 skip bigrams, bit 4 skip
 *          unigrams, bit 5 jackknife, bits 6-7 the skip distance (-1 0 1 4);
 *  byte 1: the length limit (none, by words or by bytes; see `limits`).
 * Checks:
 *  - tokenizing fails exactly when the text is not UTF-8, with
 *    BRIEF_ERROR_ENCODING; tokens are non-empty UTF-8 without white space,
 *    and the cut never adds tokens;
 *  - every score is finite and in [0, 1]; errors are clean (fuzz-common.h);
 *  - a peer scored against itself has ROUGE-1 recall, precision and F of 1
 *    when it has a token after the cut;
 *  - the evaluation of the same texts renders as text and as JSON that
 *    parses, with every average in [0, 1].
 */
#include <brief/brief-rouge.h>

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#include "fuzz-common.h"

#define MAX_REFS 4

/* Length limits: words, bytes (at most one is non-zero). */
static const guint limits[][2] = {{0, 0}, {1, 0}, {3, 0},  {10, 0},  {100, 0},
                                  {0, 1}, {0, 7}, {0, 50}, {0, 665}, {2, 0}};

static void
options_from(uint8_t b0, uint8_t b1, BriefRougeOptions *o)
{
  static const int distances[] = {-1, 0, 1, 4};

  brief_rouge_options_init(o);
  o->stem = (b0 & 1) != 0;
  o->n_max = 1 + ((b0 >> 1) & 3);
  o->skip_bigrams = (b0 & 8) != 0;
  o->skip_unigrams = (b0 & 16) != 0;
  o->jackknife = (b0 & 32) != 0;
  o->skip_distance = distances[b0 >> 6];
  o->limit_words = limits[b1 % G_N_ELEMENTS(limits)][0];
  o->limit_bytes = limits[b1 % G_N_ELEMENTS(limits)][1];
  o->resamples = 20;
}

static void
check_score(const BriefRougeScore *s, const char *metric)
{
  CHECK(isfinite(s->recall) && isfinite(s->precision) && isfinite(s->f), "%s: not finite", metric);
  CHECK(s->recall >= 0 && s->recall <= 1 && s->precision >= 0 && s->precision <= 1 && s->f >= 0 &&
            s->f <= 1,
        "%s: R %g P %g F %g outside [0, 1]", metric, s->recall, s->precision, s->f);
}

/* Tokens of `text`, cut and uncut; the number of cut tokens. */
static guint
check_tokens(BriefRougeScorer *scorer, const char *text)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) cut = brief_rouge_scorer_tokenize(scorer, text, TRUE, &error);
  g_auto(GStrv) all = NULL;
  gboolean utf8 = g_utf8_validate(text, -1, NULL);

  fuzz_check_result(cut != NULL, error, "brief_rouge_scorer_tokenize");
  CHECK((cut != NULL) == utf8, "tokenize %s a text that is%s UTF-8", cut ? "took" : "refused",
        utf8 ? "" : " not");
  if (cut == NULL) {
    CHECK(g_error_matches(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING), "not UTF-8 but: %s",
          error->message);
    return 0;
  }
  all = brief_rouge_scorer_tokenize(scorer, text, FALSE, &error);
  CHECK(all != NULL, "tokenize without the cut failed: %s", error->message);
  for (char **t = all; *t != NULL; t++) {
    CHECK(**t != '\0' && g_utf8_validate(*t, -1, NULL), "empty or invalid token");
    CHECK(strpbrk(*t, " \t\n\r") == NULL, "token with white space: \"%s\"", *t);
  }
  CHECK(g_strv_length(cut) <= g_strv_length(all), "the cut added tokens: %u > %u",
        g_strv_length(cut), g_strv_length(all));
  return g_strv_length(cut);
}

static void
check_scores(BriefRougeScorer *scorer, const char *peer, const char *const *refs, guint n_refs)
{
  g_autoptr(GError) error = NULL;
  BriefRougeScore scores[BRIEF_ROUGE_MAX_METRICS];
  guint n = brief_rouge_scorer_get_n_metrics(scorer);
  gboolean ok = brief_rouge_scorer_score(scorer, peer, refs, n_refs, scores, n, &error);

  fuzz_check_result(ok, error, "brief_rouge_scorer_score");
  if (!ok) {
    CHECK(g_error_matches(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING), "score failed: %s",
          error->message);
    return;
  }
  for (guint i = 0; i < n; i++)
    check_score(&scores[i], brief_rouge_scorer_get_metric_name(scorer, i));
}

static void
check_self(BriefRougeScorer *scorer, const char *peer, guint n_tokens)
{
  g_autoptr(GError) error = NULL;
  BriefRougeScore scores[BRIEF_ROUGE_MAX_METRICS];
  const char *refs[] = {peer};

  if (n_tokens == 0)
    return;
  CHECK(brief_rouge_scorer_score(scorer, peer, refs, 1, scores, BRIEF_ROUGE_MAX_METRICS, &error),
        "self score failed: %s", error->message);
  CHECK(scores[0].recall == 1.0 && scores[0].precision == 1.0 && scores[0].f == 1.0,
        "%s of a text against itself: R %g P %g F %g",
        brief_rouge_scorer_get_metric_name(scorer, 0), scores[0].recall, scores[0].precision,
        scores[0].f);
}

static void
check_eval(const BriefRougeOptions *o, const char *peer, const char *const *refs, guint n_refs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefRougeEval) eval = brief_rouge_eval_new(o, &error);
  g_autoptr(JsonParser) parser = json_parser_new();
  g_autofree char *text = NULL, *json = NULL;
  gboolean ok;

  CHECK(eval != NULL, "eval: %s", error->message);
  ok = brief_rouge_eval_add_texts(eval, "d1", peer, refs, n_refs, &error);
  fuzz_check_result(ok, error, "brief_rouge_eval_add_texts");
  CHECK(brief_rouge_eval_get_n_clusters(eval) == (ok ? 1u : 0u), "%u clusters after one add",
        brief_rouge_eval_get_n_clusters(eval));
  for (guint m = 0; ok && m < brief_rouge_eval_get_n_metrics(eval); m++) {
    BriefRougeAverage avg;
    CHECK(brief_rouge_eval_get_average(eval, m, &avg), "no average");
    check_score(&avg.mean, "mean");
    check_score(&avg.low, "low");
    check_score(&avg.high, "high");
  }
  text = brief_rouge_eval_to_text(eval, TRUE);
  json = brief_rouge_eval_to_json(eval, TRUE);
  CHECK(text != NULL && g_utf8_validate(text, -1, NULL), "eval text is not UTF-8");
  CHECK(json_parser_load_from_data(parser, json, -1, &error), "eval JSON: %s\n%s", error->message,
        json);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  FuzzInput in = {data, size};
  BriefRougeOptions o;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefRougeScorer) scorer = NULL;
  g_autofree char *rest = NULL;
  const char *texts[1 + MAX_REFS];
  guint n_texts = 0, n_tokens;
  uint8_t b0, b1;

  fuzz_setup_logs();
  b0 = fuzz_byte(&in);
  b1 = fuzz_byte(&in);
  options_from(b0, b1, &o);
  scorer = brief_rouge_scorer_new(&o, &error);
  CHECK(scorer != NULL, "scorer: %s", error->message);

  /* NUL-separated texts; the copy ends in one more NUL. */
  rest = g_malloc(in.size + 1);
  if (in.size > 0)
    memcpy(rest, in.data, in.size);
  rest[in.size] = '\0';
  for (const char *p = rest; p <= rest + in.size && n_texts < G_N_ELEMENTS(texts);
       p += strlen(p) + 1)
    texts[n_texts++] = p;

  n_tokens = check_tokens(scorer, texts[0]);
  for (guint i = 1; i < n_texts; i++)
    check_tokens(scorer, texts[i]);
  check_scores(scorer, texts[0], n_texts > 1 ? texts + 1 : texts, n_texts > 1 ? n_texts - 1 : 1);
  check_self(scorer, texts[0], n_tokens);
  check_eval(&o, texts[0], n_texts > 1 ? texts + 1 : texts, n_texts > 1 ? n_texts - 1 : 1);
  return 0;
}
