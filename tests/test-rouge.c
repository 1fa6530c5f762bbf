/* SPDX-License-Identifier: BSD-3-Clause */
/* Tests of the ROUGE scorer (src/rouge.c).  Expected values are worked out
 * by hand in the comments, following ROUGE-1.5.5.pl's arithmetic. */
#include <brief/brief-rouge.h>

#include <json-glib/json-glib.h>
#include <string.h>

#define EPS 1e-9

static void
options_plain(BriefRougeOptions *options)
{
  /* No cut and no stemming: the hand-computed examples stay readable. */
  brief_rouge_options_init(options);
  options->limit_words = 0;
  options->stem = FALSE;
}

static BriefRougeScorer *
scorer_new(const BriefRougeOptions *options)
{
  g_autoptr(GError) error = NULL;
  BriefRougeScorer *scorer = brief_rouge_scorer_new(options, &error);

  g_assert_no_error(error);
  g_assert_nonnull(scorer);
  return scorer;
}

/* Tokens of `text` joined by "|". */
static char *
tokens_of(BriefRougeScorer *scorer, const char *text, gboolean truncate)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tokens = brief_rouge_scorer_tokenize(scorer, text, truncate, &error);

  g_assert_no_error(error);
  g_assert_nonnull(tokens);
  return g_strjoinv("|", tokens);
}

static void
assert_tokens(BriefRougeScorer *scorer, const char *text, gboolean truncate, const char *expected)
{
  g_autofree char *got = tokens_of(scorer, text, truncate);
  g_assert_cmpstr(got, ==, expected);
}

static void
score_one(BriefRougeScorer *scorer, const char *peer, const char *const *refs, guint n_refs,
          BriefRougeScore *scores)
{
  g_autoptr(GError) error = NULL;

  g_assert_true(brief_rouge_scorer_score(scorer, peer, refs, n_refs, scores,
                                         BRIEF_ROUGE_MAX_METRICS, &error));
  g_assert_no_error(error);
}

static void
assert_score(const BriefRougeScore *score, double r, double p, double f)
{
  g_assert_cmpfloat_with_epsilon(score->recall, r, EPS);
  g_assert_cmpfloat_with_epsilon(score->precision, p, EPS);
  g_assert_cmpfloat_with_epsilon(score->f, f, EPS);
}

static char *
data_path(const char *name)
{
  return g_test_build_filename(G_TEST_DIST, "data", "rouge", name, NULL);
}

/* ------------------------------------------------------------------------ */

static void
test_options_defaults(void)
{
  BriefRougeOptions o;
  g_autoptr(GError) error = NULL;

  brief_rouge_options_init(&o);
  g_assert_cmpuint(o.limit_words, ==, 100);
  g_assert_cmpuint(o.limit_bytes, ==, 0);
  g_assert_true(o.stem);
  g_assert_cmpuint(o.n_max, ==, 4);
  g_assert_true(o.skip_bigrams);
  g_assert_cmpint(o.skip_distance, ==, 4);
  g_assert_true(o.skip_unigrams);
  g_assert_cmpfloat(o.alpha, ==, 0.5);
  g_assert_false(o.jackknife);
  g_assert_cmpfloat(o.confidence, ==, 95.0);
  g_assert_cmpuint(o.resamples, ==, 1000);
  g_assert_cmpuint(o.seed, ==, 0);
  g_assert_cmpstr(o.system_id, ==, "SYS");
  g_assert_cmpuint(o.max_input_bytes, ==, 1024 * 1024);
  g_assert_true(brief_rouge_options_validate(&o, &error));
  g_assert_no_error(error);

  g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);
  g_assert_cmpuint(brief_rouge_scorer_get_n_metrics(scorer), ==, 5);
  g_assert_cmpstr(brief_rouge_scorer_get_metric_name(scorer, 0), ==, "ROUGE-1");
  g_assert_cmpstr(brief_rouge_scorer_get_metric_name(scorer, 1), ==, "ROUGE-2");
  g_assert_cmpstr(brief_rouge_scorer_get_metric_name(scorer, 2), ==, "ROUGE-3");
  g_assert_cmpstr(brief_rouge_scorer_get_metric_name(scorer, 3), ==, "ROUGE-4");
  g_assert_cmpstr(brief_rouge_scorer_get_metric_name(scorer, 4), ==, "ROUGE-SU4");
}

static void
test_metric_names(void)
{
  BriefRougeOptions o;

  brief_rouge_options_init(&o);
  o.n_max = 2;
  o.skip_unigrams = FALSE;
  {
    g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);
    g_assert_cmpuint(brief_rouge_scorer_get_n_metrics(scorer), ==, 3);
    g_assert_cmpstr(brief_rouge_scorer_get_metric_name(scorer, 2), ==, "ROUGE-S4");
  }
  o.skip_unigrams = TRUE;
  o.skip_distance = -1;
  {
    g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);
    g_assert_cmpstr(brief_rouge_scorer_get_metric_name(scorer, 2), ==, "ROUGE-SU*");
  }
  o.skip_bigrams = FALSE;
  o.n_max = 1;
  {
    g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);
    g_assert_cmpuint(brief_rouge_scorer_get_n_metrics(scorer), ==, 1);
  }
}

/* ROUGE lower-cases ASCII, spaces out everything but [A-Za-z0-9-], isolates
 * hyphens and drops tokens that do not start with [a-z0-9]: the tokens are
 * the runs of ASCII letters and digits.  Non-ASCII bytes separate. */
static void
test_tokenize(void)
{
  BriefRougeOptions o;
  options_plain(&o);
  g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);

  assert_tokens(scorer, "The U.S. economy's well-known 2-year plan -- costs $5,000!", TRUE,
                "the|u|s|economy|s|well|known|2|year|plan|costs|5|000");
  assert_tokens(scorer, "Caf\xc3\xa9 na\xc3\xafve", TRUE, "caf|na|ve");
  assert_tokens(scorer, "MiXeD\tCase\r\nB2B", TRUE, "mixed|case|b2b");
  assert_tokens(scorer, "", TRUE, "");
  assert_tokens(scorer, " -- ... \n\n", TRUE, "");
  /* Lines are joined with a space, so words never run together. */
  assert_tokens(scorer, "end\nstart", TRUE, "end|start");
}

/* Only tokens longer than 3 characters are stemmed; irregular forms map to
 * their WordNet base form, unstemmed. */
static void
test_stem(void)
{
  BriefRougeOptions o;
  brief_rouge_options_init(&o);
  o.limit_words = 0;
  g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);

  /* "was", "has", "ies" are 3 long: untouched although Porter would strip
   * their "s" ("wa", "ha"); "ties" (4) -> "ti", "cats" -> "cat". */
  assert_tokens(scorer, "was has ies ties cats running", TRUE, "was|has|ies|ti|cat|run");
  /* Porter: "economy" -> "economi", "closed" -> "close", "boats" -> "boat". */
  assert_tokens(scorer, "economy closed boats", TRUE, "economi|close|boat");
  /* WordNet exceptions: verb.exc "struck strike", "said say"; adv.exc's
   * "better well" replaces adj.exc's "better good". */
  assert_tokens(scorer, "struck said better", TRUE, "strike|say|well");
  /* First and last entries of the table (its binary search). */
  assert_tokens(scorer, "aardwolves zoosporangia", TRUE, "aardwolf|zoosporangium");
  /* A 3-letter irregular form is not looked up: "ran" stays. */
  assert_tokens(scorer, "ran", TRUE, "ran");

  o.stem = FALSE;
  g_autoptr(BriefRougeScorer) plain = scorer_new(&o);
  assert_tokens(plain, "ties cats running struck", TRUE, "ties|cats|running|struck");
}

/* The word limit counts Perl's split(/\s+/) fields of each line before
 * tokenisation; a line is kept whole while "used + its words < limit",
 * else its first (limit - used) fields end the text. */
static void
test_truncate_words(void)
{
  BriefRougeOptions o;
  options_plain(&o);
  o.limit_words = 5;
  g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);

  /* 3 + 4 >= 5: the second line gives its first 2 words. */
  assert_tokens(scorer, "one two three\nfour five six seven", TRUE, "one|two|three|four|five");
  /* Exactly 5 words: 0 + 5 < 5 fails, the first 5 fields are kept. */
  assert_tokens(scorer, "a b c d e", TRUE, "a|b|c|d|e");
  /* A line starting with white space has an empty first field: "  one two
   * three" counts 4, so only "four" of the next line fits. */
  assert_tokens(scorer, "  one two three\nfour five", TRUE, "one|two|three|four");
  /* The cut precedes tokenisation: "well-known" is one word giving two
   * tokens, "--" one giving none. */
  assert_tokens(scorer, "well-known -- fact one two three", TRUE, "well|known|fact|one|two");
  /* Empty lines count nothing. */
  assert_tokens(scorer, "\n\none\n\ntwo\n\n", TRUE, "one|two");
  /* truncate = FALSE ignores the limit. */
  assert_tokens(scorer, "one two three\nfour five six seven", FALSE,
                "one|two|three|four|five|six|seven");

  o.limit_words = 0;
  g_autoptr(BriefRougeScorer) unlimited = scorer_new(&o);
  assert_tokens(unlimited, "one two three\nfour five six seven", TRUE,
                "one|two|three|four|five|six|seven");
}

/* The byte limit counts the bytes of the lines, not the joining spaces. */
static void
test_truncate_bytes(void)
{
  BriefRougeOptions o;
  options_plain(&o);
  o.limit_bytes = 10;
  g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);

  /* 6 bytes kept; 6 + 6 >= 10, so 4 bytes of the second line. */
  assert_tokens(scorer, "abcdef\nghijkl", TRUE, "abcdef|ghij");
  /* 3 + 3 < 10, then 6 + 5 >= 10: 4 bytes of "mnopq"; the spaces joining
   * lines would have made it 2. */
  assert_tokens(scorer, "abc\ndef\nmnopq", TRUE, "abc|def|mnop");
}

/* The limit applies to the references too: with 2 words, "a b c d" is
 * read as "a b", and the peer "a b" gets R = P = 1. */
static void
test_truncate_references(void)
{
  BriefRougeOptions o;
  options_plain(&o);
  o.limit_words = 2;
  g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);
  const char *refs[] = {"a b c d"};
  BriefRougeScore s[BRIEF_ROUGE_MAX_METRICS];

  score_one(scorer, "a b", refs, 1, s);
  assert_score(&s[0], 1.0, 1.0, 1.0);
}

/* Peer "the cat sat on the mat", reference "the cat lay on the mat".
 *  ROUGE-1: reference {the:2, cat, lay, on, mat} (6), peer {the:2, cat, sat,
 *    on, mat} (6); hits the 2 + cat + on + mat = 5: R = P = F = 5/6.
 *  ROUGE-2: 5 bigrams each; common "the cat", "on the", "the mat": 3/5.
 *  ROUGE-3: 4 trigrams each; common "on the mat": 1/4.
 *  ROUGE-4: 3 each, none common: 0.
 *  ROUGE-SU4: 6 tokens give unigrams of tokens 0..4 (the last is never
 *    counted) and all 15 pairs (gaps <= 4): 20 grams each.  Unigram hits
 *    the 2 + cat + on = 4; the 10 pairs avoiding position 2 (lay/sat) are
 *    the same in both ("the mat" twice): 10.  14/20 = 0.7. */
static void
test_metrics(void)
{
  BriefRougeOptions o;
  options_plain(&o);
  g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);
  const char *refs[] = {"the cat lay on the mat"};
  BriefRougeScore s[BRIEF_ROUGE_MAX_METRICS];

  score_one(scorer, "the cat sat on the mat", refs, 1, s);
  assert_score(&s[0], 0.83333, 0.83333, 0.83333);
  assert_score(&s[1], 0.6, 0.6, 0.6);
  assert_score(&s[2], 0.25, 0.25, 0.25);
  assert_score(&s[3], 0.0, 0.0, 0.0);
  assert_score(&s[4], 0.7, 0.7, 0.7);

  /* F comes from the rounded R and P: peer "prices rose sharply" against
   * "prices fell": R = 1/2, P = 1/3 -> 0.33333, F = 0.33333 * 0.5 /
   * (0.5 * 0.33333 + 0.5 * 0.5) = 0.399998 -> 0.40000. */
  const char *refs2[] = {"prices fell"};
  score_one(scorer, "prices rose sharply", refs2, 1, s);
  assert_score(&s[0], 0.5, 0.33333, 0.4);
}

static void
test_skip_bigrams(void)
{
  BriefRougeOptions o;
  options_plain(&o);
  o.n_max = 1;
  g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);
  BriefRougeScore s[BRIEF_ROUGE_MAX_METRICS];

  /* "x y" against "y x": ROUGE-1 is perfect, but SU4 counts the unigram of
   * the first token and the one pair only: {x, "x y"} against {y, "y x"},
   * no hit. */
  const char *swapped[] = {"y x"};
  score_one(scorer, "x y", swapped, 1, s);
  assert_score(&s[0], 1.0, 1.0, 1.0);
  assert_score(&s[1], 0.0, 0.0, 0.0);

  /* A single token has neither pairs nor a counted unigram. */
  const char *single[] = {"x"};
  score_one(scorer, "x", single, 1, s);
  assert_score(&s[0], 1.0, 1.0, 1.0);
  assert_score(&s[1], 0.0, 0.0, 0.0);

  /* Gap limit: reference "a g" = {a, "a g"}.  In "a b c d e f g" the pair
   * "a g" has 5 words between: beyond 4.  Peer grams: unigrams a..f (6) and
   * the 21 pairs but (a, g): 26.  Hits: a.  R = 1/2, P = 1/26 = 0.03846,
   * F = 0.03846 * 0.5 / (0.5 * 0.03846 + 0.5 * 0.5) = 0.071427 -> 0.07143. */
  const char *far[] = {"a g"};
  score_one(scorer, "a b c d e f g", far, 1, s);
  assert_score(&s[1], 0.5, 0.03846, 0.07143);

  /* Without a gap limit the pair counts: hits 2 of 2, P = 2/27 = 0.07407,
   * F = 0.07407 / (0.5 * 0.07407 + 0.5) = 0.137924 -> 0.13792. */
  o.skip_distance = -1;
  g_autoptr(BriefRougeScorer) unlimited = scorer_new(&o);
  score_one(unlimited, "a b c d e f g", far, 1, s);
  assert_score(&s[1], 1.0, 0.07407, 0.13792);

  /* Without unigrams (ROUGE-S4) "x y z" vs "x z y": pairs {xy, xz, yz}
   * against {xz, xy, zy}: 2 of 3. */
  o.skip_distance = 4;
  o.skip_unigrams = FALSE;
  g_autoptr(BriefRougeScorer) pairs_only = scorer_new(&o);
  const char *perm[] = {"x z y"};
  score_one(pairs_only, "x y z", perm, 1, s);
  assert_score(&s[1], 0.66667, 0.66667, 0.66667);
}

/* Peer "a b c d"; references "a b x y" (4 unigrams, hits a b = 2) and
 * "a c d z z" (5, hits a c d = 3).
 *  Pooled (ROUGE-1.5.5, -f A): R = 5/9 = 0.55556, P = 5 / (2 x 4) = 0.625,
 *    F = 0.625 x 0.55556 / (0.5 x 0.625 + 0.5 x 0.55556) = 0.588238.
 *  Jackknife: leaving out the first, R = 3/5, P = 3/4; leaving out the
 *    second, R = 2/4, P = 2/4.  R = 0.55, P = 0.625,
 *    F = 0.34375 / 0.5875 = 0.585106. */
static void
test_multi_reference(void)
{
  BriefRougeOptions o;
  options_plain(&o);
  const char *refs[] = {"a b x y", "a c d z z"};
  BriefRougeScore s[BRIEF_ROUGE_MAX_METRICS];

  g_autoptr(BriefRougeScorer) pooled = scorer_new(&o);
  score_one(pooled, "a b c d", refs, 2, s);
  assert_score(&s[0], 0.55556, 0.625, 0.58824);

  o.jackknife = TRUE;
  g_autoptr(BriefRougeScorer) jackknife = scorer_new(&o);
  score_one(jackknife, "a b c d", refs, 2, s);
  assert_score(&s[0], 0.55, 0.625, 0.58511);

  /* With one reference there is nothing to leave out: R = 2/4, P = 2/4. */
  score_one(jackknife, "a b c d", refs, 1, s);
  assert_score(&s[0], 0.5, 0.5, 0.5);
}

/* Three clusters whose ROUGE-1 R, P and F are 0, 0.5 and 1. */
static BriefRougeEval *
three_clusters(const BriefRougeOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefRougeEval) eval = brief_rouge_eval_new(options, &error);
  const char *y[] = {"y"};
  const char *xy[] = {"x y"};

  g_assert_no_error(error);
  g_assert_true(brief_rouge_eval_add_texts(eval, "c2", "y", y, 1, &error));
  g_assert_true(brief_rouge_eval_add_texts(eval, "c0", "x", y, 1, &error));
  g_assert_true(brief_rouge_eval_add_texts(eval, "c1", "x z", xy, 1, &error));
  g_assert_no_error(error);
  return g_steal_pointer(&eval);
}

/* The bootstrap reproduces ROUGE-1.5.5's: resample i is drawn after
 * srand(seed + i) with int(rand(n)).  The expected numbers come from the
 * same arithmetic in Perl 5.36 (perl -e 'srand($i); int(rand(3))' ...):
 * with seed 0 the ten sorted sample means are 1/6, 1/3 x4, 1/2 x3,
 * 2/3 x2, so the mean is 4.33333/10.  For 10 resamples at 95%,
 * delta = 0.25, the lower bound interpolates ranks 0 and 1 by 0.75:
 * 1/6 + 0.75/6 = 0.29167, the upper ranks 8 and 9: 2/3. */
static void
test_bootstrap_values(void)
{
  BriefRougeOptions o;
  BriefRougeAverage avg;

  options_plain(&o);
  o.resamples = 10;
  {
    g_autoptr(BriefRougeEval) eval = three_clusters(&o);
    g_assert_cmpstr(brief_rouge_eval_get_cluster(eval, 0), ==, "c0");
    g_assert_cmpstr(brief_rouge_eval_get_cluster(eval, 2), ==, "c2");
    g_assert_true(brief_rouge_eval_get_average(eval, 0, &avg));
    assert_score(&avg.mean, 0.43333, 0.43333, 0.43333);
    assert_score(&avg.low, 0.29167, 0.29167, 0.29167);
    assert_score(&avg.high, 0.66667, 0.66667, 0.66667);
  }
  /* Seed 5: sorted 1/6, 1/3 x2, 1/2 x4, 2/3, 5/6 x2 -> mean 0.51667,
   * bounds 0.29167 and 5/6. */
  o.seed = 5;
  {
    g_autoptr(BriefRougeEval) eval = three_clusters(&o);
    g_assert_true(brief_rouge_eval_get_average(eval, 0, &avg));
    assert_score(&avg.mean, 0.51667, 0.51667, 0.51667);
    assert_score(&avg.low, 0.29167, 0.29167, 0.29167);
    assert_score(&avg.high, 0.83333, 0.83333, 0.83333);
  }
  /* 50% with seed 0: delta = 2.5, ranks 2 and 3 (1/3, 1/3) and 6 and 7
   * (1/2, 1/2), ratio 0.5. */
  o.seed = 0;
  o.confidence = 50;
  {
    g_autoptr(BriefRougeEval) eval = three_clusters(&o);
    g_assert_true(brief_rouge_eval_get_average(eval, 0, &avg));
    assert_score(&avg.low, 0.33333, 0.33333, 0.33333);
    assert_score(&avg.high, 0.5, 0.5, 0.5);
  }
  /* The defaults, 1000 resamples at 95%: mean 0.49967 (Perl), and all three
   * picks are the 0 cluster with probability 1/27 > 2.5%: bounds 0 and 1. */
  options_plain(&o);
  {
    g_autoptr(BriefRougeEval) eval = three_clusters(&o);
    g_assert_true(brief_rouge_eval_get_average(eval, 0, &avg));
    assert_score(&avg.mean, 0.49967, 0.49967, 0.49967);
    assert_score(&avg.low, 0.0, 0.0, 0.0);
    assert_score(&avg.high, 1.0, 1.0, 1.0);
  }
}

static BriefRougeEval *
fixture_eval(const BriefRougeOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sys = data_path("sys");
  g_autofree char *refs = data_path("refs");
  g_autoptr(BriefRougeEval) eval = brief_rouge_eval_new(options, &error);

  g_assert_no_error(error);
  g_assert_true(brief_rouge_eval_add_dirs(eval, sys, refs, &error));
  g_assert_no_error(error);
  return g_steal_pointer(&eval);
}

static void
test_bootstrap_deterministic(void)
{
  BriefRougeOptions o;
  brief_rouge_options_init(&o);
  g_autoptr(BriefRougeEval) first = fixture_eval(&o);
  g_autoptr(BriefRougeEval) second = fixture_eval(&o);
  BriefRougeAverage a, b;

  for (guint m = 0; m < brief_rouge_eval_get_n_metrics(first); m++) {
    g_assert_true(brief_rouge_eval_get_average(first, m, &a));
    g_assert_true(brief_rouge_eval_get_average(second, m, &b));
    g_assert_true(memcmp(&a, &b, sizeof a) == 0);
    g_assert_true(brief_rouge_eval_get_average(first, m, &b));
    g_assert_true(memcmp(&a, &b, sizeof a) == 0);
    g_assert_cmpfloat(a.low.recall, <=, a.mean.recall);
    g_assert_cmpfloat(a.mean.recall, <=, a.high.recall);
  }
  g_autofree char *text1 = brief_rouge_eval_to_text(first, TRUE);
  g_autofree char *text2 = brief_rouge_eval_to_text(second, TRUE);
  g_assert_cmpstr(text1, ==, text2);
}

/* The fixture: cluster alpha has two references, beta one; gamma has no
 * reference and delta no summary.
 * alpha, stemmed: peer "storm close the harbour on mondai fish boat stai
 *   in port" (11); A "storm close the harbour boat stai in port on mondai"
 *   (10, all in the peer); B "the harbour was close by storm" (6, hits 4).
 *   ROUGE-1: R = 14/16 = 0.875, P = 14/22 = 0.63636,
 *   F = 0.63636 x 0.875 / (0.5 x 0.63636 + 0.5 x 0.875) = 0.73684.
 *   ROUGE-2: peer 10 bigrams; A 9 with 7 common (storm close, close the,
 *   the harbour, boat stai, stai in, in port, on mondai), B 5 with 1 (the
 *   harbour): R = 8/14 = 0.57143, P = 8/20 = 0.4, F = 0.47059.
 * beta: "price rise sharpli" ("rose" is irregular) against "price fall":
 *   R = 1/2, P = 1/3, F = 0.4. */
static void
test_eval_dirs(void)
{
  BriefRougeOptions o;
  brief_rouge_options_init(&o);
  g_autoptr(BriefRougeEval) eval = fixture_eval(&o);

  g_assert_cmpuint(brief_rouge_eval_get_n_clusters(eval), ==, 2);
  g_assert_cmpstr(brief_rouge_eval_get_cluster(eval, 0), ==, "alpha");
  g_assert_cmpstr(brief_rouge_eval_get_cluster(eval, 1), ==, "beta");
  g_assert_cmpuint(brief_rouge_eval_get_n_metrics(eval), ==, 5);
  g_assert_cmpstr(brief_rouge_eval_get_metric_name(eval, 4), ==, "ROUGE-SU4");
  assert_score(brief_rouge_eval_get_score(eval, 0, 0), 0.875, 0.63636, 0.73684);
  assert_score(brief_rouge_eval_get_score(eval, 0, 1), 0.57143, 0.4, 0.47059);
  assert_score(brief_rouge_eval_get_score(eval, 1, 0), 0.5, 0.33333, 0.4);

  const char *const *unmatched = brief_rouge_eval_get_unmatched(eval);
  g_assert_nonnull(unmatched[0]);
  g_assert_nonnull(unmatched[1]);
  g_assert_null(unmatched[2]);
  g_assert_true(g_str_has_suffix(unmatched[0], "gamma.txt"));
  g_assert_true(g_str_has_suffix(unmatched[1], "delta.A.txt"));

  /* ROUGE-1 R over {0.875, 0.5}: Perl's draws for 2 clusters pick the
   * pair means 0.5, 0.6875, 0.875 in 252, 496 and 252 of the 1000
   * resamples: mean 0.6875, ranks 25 and 974 give 0.5 and 0.875. */
  g_autofree char *text = brief_rouge_eval_to_text(eval, TRUE);
  g_assert_true(
      g_str_has_prefix(text, "SYS ROUGE-1 Average_R: 0.68750 (95%-conf.int. 0.50000 - 0.87500)\n"
                             "SYS ROUGE-1 Average_P: "));
  g_assert_nonnull(strstr(text, "\nSYS ROUGE-1 Eval alpha.SYS R:0.87500 P:0.63636 F:0.73684\n"
                                "SYS ROUGE-1 Eval beta.SYS R:0.50000 P:0.33333 F:0.40000\n"
                                "SYS ROUGE-2 Average_R: "));
  g_assert_true(g_str_has_suffix(text, "\n"));
  /* 5 metrics x (3 averages + 2 clusters). */
  g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
  g_assert_cmpuint(g_strv_length(lines), ==, 5 * 5 + 1);

  g_autofree char *averages = brief_rouge_eval_to_text(eval, FALSE);
  g_assert_null(strstr(averages, " Eval "));

  g_autofree char *json = brief_rouge_eval_to_json(eval, TRUE);
  g_autoptr(JsonParser) parser = json_parser_new();
  g_autoptr(GError) error = NULL;
  g_assert_true(json_parser_load_from_data(parser, json, -1, &error));
  g_assert_no_error(error);
  JsonObject *root = json_node_get_object(json_parser_get_root(parser));
  g_assert_cmpstr(json_object_get_string_member(root, "system"), ==, "SYS");
  g_assert_cmpint(json_object_get_int_member(root, "n_clusters"), ==, 2);
  JsonArray *metrics = json_object_get_array_member(root, "metrics");
  g_assert_cmpuint(json_array_get_length(metrics), ==, 5);
  JsonObject *rouge1 = json_array_get_object_element(metrics, 0);
  g_assert_cmpstr(json_object_get_string_member(rouge1, "name"), ==, "ROUGE-1");
  JsonObject *recall = json_object_get_object_member(rouge1, "recall");
  g_assert_cmpfloat_with_epsilon(json_object_get_double_member(recall, "average"), 0.6875, EPS);
  g_assert_cmpfloat_with_epsilon(json_object_get_double_member(recall, "low"), 0.5, EPS);
  JsonArray *clusters = json_object_get_array_member(rouge1, "clusters");
  JsonObject *alpha = json_array_get_object_element(clusters, 0);
  g_assert_cmpstr(json_object_get_string_member(alpha, "cluster"), ==, "alpha");
  g_assert_cmpfloat_with_epsilon(json_object_get_double_member(alpha, "precision"), 0.63636, EPS);
  /* Shortest round-trip digits, not json-glib's 17. */
  g_assert_nonnull(strstr(json, "\"precision\": 0.63636,"));
  g_assert_cmpuint(json_array_get_length(json_object_get_array_member(root, "unmatched")), ==, 2);

  g_autofree char *json_short = brief_rouge_eval_to_json(eval, FALSE);
  g_assert_null(strstr(json_short, "\"clusters\""));
}

/* Bootstrap order is byte order of "<cluster>.SYS"; ROUGE prints IDs that
 * both start with digits in numeric order. */
static void
test_print_order(void)
{
  BriefRougeOptions o;
  options_plain(&o);
  o.resamples = 1;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefRougeEval) eval = brief_rouge_eval_new(&o, &error);
  const char *refs[] = {"a"};

  g_assert_true(brief_rouge_eval_add_texts(eval, "10a", "a", refs, 1, &error));
  g_assert_true(brief_rouge_eval_add_texts(eval, "9b", "a", refs, 1, &error));
  g_assert_no_error(error);
  g_assert_cmpstr(brief_rouge_eval_get_cluster(eval, 0), ==, "10a");
  g_assert_cmpstr(brief_rouge_eval_get_cluster(eval, 1), ==, "9b");

  g_autofree char *text = brief_rouge_eval_to_text(eval, TRUE);
  const char *nine = strstr(text, "Eval 9b.SYS");
  const char *ten = strstr(text, "Eval 10a.SYS");
  g_assert_nonnull(nine);
  g_assert_nonnull(ten);
  g_assert_true(nine < ten);
}

static void
test_empty_eval(void)
{
  BriefRougeOptions o;
  brief_rouge_options_init(&o);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefRougeEval) eval = brief_rouge_eval_new(&o, &error);
  BriefRougeAverage avg;

  g_assert_no_error(error);
  g_assert_cmpuint(brief_rouge_eval_get_n_clusters(eval), ==, 0);
  g_assert_false(brief_rouge_eval_get_average(eval, 0, &avg));
  g_assert_cmpfloat(avg.mean.recall, ==, 0.0);
  g_autofree char *text = brief_rouge_eval_to_text(eval, TRUE);
  g_assert_cmpstr(text, ==, "");
  g_autofree char *json = brief_rouge_eval_to_json(eval, TRUE);
  g_assert_nonnull(strstr(json, "\"recall\": null"));
  g_assert_null(brief_rouge_eval_get_unmatched(eval)[0]);
}

/* ------------------------------------------------------------------------ */
/* Errors                                                                    */

static void
assert_invalid_options(const BriefRougeOptions *o)
{
  g_autoptr(GError) error = NULL;

  g_assert_false(brief_rouge_options_validate(o, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);
  g_assert_null(brief_rouge_scorer_new(o, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);
  g_assert_null(brief_rouge_eval_new(o, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
}

static void
test_error_options(void)
{
  BriefRougeOptions o;

  brief_rouge_options_init(&o);
  o.limit_bytes = 665; /* with limit_words 100 */
  assert_invalid_options(&o);

  brief_rouge_options_init(&o);
  o.n_max = BRIEF_ROUGE_MAX_N + 1;
  assert_invalid_options(&o);

  brief_rouge_options_init(&o);
  o.max_input_bytes = 0;
  assert_invalid_options(&o);

  brief_rouge_options_init(&o);
  o.n_max = 0;
  o.skip_bigrams = FALSE;
  assert_invalid_options(&o);

  brief_rouge_options_init(&o);
  o.alpha = 1.5;
  assert_invalid_options(&o);

  brief_rouge_options_init(&o);
  o.confidence = 101;
  assert_invalid_options(&o);

  brief_rouge_options_init(&o);
  o.resamples = 0;
  assert_invalid_options(&o);

  brief_rouge_options_init(&o);
  o.system_id = "two words";
  assert_invalid_options(&o);
}

static void
test_error_encoding_texts(void)
{
  BriefRougeOptions o;
  brief_rouge_options_init(&o);
  g_autoptr(BriefRougeScorer) scorer = scorer_new(&o);
  g_autoptr(GError) error = NULL;
  BriefRougeScore s[BRIEF_ROUGE_MAX_METRICS];
  const char *good[] = {"fine", "fine"};
  const char *bad[] = {"fine", "ok \xff"};

  g_assert_false(brief_rouge_scorer_score(scorer, "abc\xc3", good, 2, s, G_N_ELEMENTS(s), &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_nonnull(strstr(error->message, "peer"));
  g_assert_nonnull(strstr(error->message, "byte 3"));
  g_clear_error(&error);

  g_assert_false(brief_rouge_scorer_score(scorer, "fine", bad, 2, s, G_N_ELEMENTS(s), &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_nonnull(strstr(error->message, "reference 2"));
  g_assert_nonnull(strstr(error->message, "byte 3"));
  g_clear_error(&error);

  g_assert_null(brief_rouge_scorer_tokenize(scorer, "\x80", TRUE, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_nonnull(strstr(error->message, "byte 0"));
  g_clear_error(&error);

  g_autoptr(BriefRougeEval) eval = brief_rouge_eval_new(&o, &error);
  g_assert_false(brief_rouge_eval_add_texts(eval, "k1", "fine", bad, 2, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_true(g_str_has_prefix(error->message, "k1: reference 2"));
  g_assert_cmpuint(brief_rouge_eval_get_n_clusters(eval), ==, 0);
}

static void
test_error_duplicate(void)
{
  BriefRougeOptions o;
  brief_rouge_options_init(&o);
  g_autoptr(GError) error = NULL;
  const char *refs[] = {"a"};

  g_autoptr(BriefRougeEval) eval = brief_rouge_eval_new(&o, &error);
  g_assert_true(brief_rouge_eval_add_texts(eval, "k", "a", refs, 1, &error));
  g_assert_false(brief_rouge_eval_add_texts(eval, "k", "a", refs, 1, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);
  g_assert_cmpuint(brief_rouge_eval_get_n_clusters(eval), ==, 1);

  /* The same directories twice: every cluster is already there. */
  g_autoptr(BriefRougeEval) dirs = fixture_eval(&o);
  g_autofree char *sys = data_path("sys");
  g_autofree char *refs_dir = data_path("refs");
  g_assert_false(brief_rouge_eval_add_dirs(dirs, sys, refs_dir, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_assert_nonnull(strstr(error->message, "alpha"));
  g_assert_cmpuint(brief_rouge_eval_get_n_clusters(dirs), ==, 2);
}

static void
assert_dirs_error(const char *sys, const char *refs, int code, const char *fragment)
{
  BriefRougeOptions o;
  brief_rouge_options_init(&o);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefRougeEval) eval = brief_rouge_eval_new(&o, &error);

  g_assert_false(brief_rouge_eval_add_dirs(eval, sys, refs, &error));
  g_assert_error(error, BRIEF_ERROR, code);
  if (fragment != NULL && strstr(error->message, fragment) == NULL)
    g_error("message \"%s\" lacks \"%s\"", error->message, fragment);
  /* Nothing is added on failure. */
  g_assert_cmpuint(brief_rouge_eval_get_n_clusters(eval), ==, 0);
  g_assert_null(brief_rouge_eval_get_unmatched(eval)[0]);
}

static void
test_error_dirs(void)
{
  g_autofree char *sys = data_path("sys");
  g_autofree char *refs = data_path("refs");
  g_autofree char *missing = data_path("no-such-dir");
  g_autofree char *a_file = data_path("sys/alpha.txt");
  g_autofree char *nomatch_sys = data_path("nomatch/sys");
  g_autofree char *nomatch_refs = data_path("nomatch/refs");
  g_autofree char *nosummaries = data_path("nosummaries");
  g_autofree char *bad_sys = data_path("bad-utf8/sys");
  g_autofree char *bad_refs = data_path("bad-utf8/refs");
  g_autofree char *nul_sys = data_path("nul/sys");
  g_autofree char *nul_refs = data_path("nul/refs");

  assert_dirs_error(missing, refs, BRIEF_ERROR_IO, "no-such-dir");
  assert_dirs_error(sys, missing, BRIEF_ERROR_IO, "no-such-dir");
  assert_dirs_error(sys, a_file, BRIEF_ERROR_IO, "not a directory");
  assert_dirs_error(nomatch_sys, nomatch_refs, BRIEF_ERROR_EMPTY, "no cluster");
  assert_dirs_error(nosummaries, refs, BRIEF_ERROR_EMPTY, "no summaries");
  /* "Caf\xe9 au lait": the Latin-1 byte is byte 3 of x.A.txt. */
  assert_dirs_error(bad_sys, bad_refs, BRIEF_ERROR_ENCODING, "x.A.txt: invalid UTF-8 at byte 3");
  assert_dirs_error(nul_sys, nul_refs, BRIEF_ERROR_ENCODING, "x.A.txt");
}

/* A summary larger than max_input_bytes is refused, naming it and the
 * limit; exactly the limit is read. */
static void
test_error_dirs_limit(void)
{
  g_autofree char *sys = data_path("sys");
  g_autofree char *refs = data_path("refs");
  g_autofree char *alpha = data_path("sys/alpha.txt");
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefRougeEval) eval = NULL;
  BriefRougeOptions o;
  gsize len = 0;

  g_assert_true(g_file_get_contents(alpha, &text, &len, NULL));
  brief_rouge_options_init(&o);
  o.max_input_bytes = (guint)len - 1;
  eval = brief_rouge_eval_new(&o, &error);
  g_assert_false(brief_rouge_eval_add_dirs(eval, sys, refs, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
  expected = g_strdup_printf("%s: larger than the input limit of %u bytes (max-input-bytes)", alpha,
                             o.max_input_bytes);
  g_assert_cmpstr(error->message, ==, expected);
  g_assert_cmpuint(brief_rouge_eval_get_n_clusters(eval), ==, 0);
  g_clear_error(&error);
  g_clear_pointer(&eval, brief_rouge_eval_free);

  /* alpha.txt is the largest file: at the limit, all are read. */
  o.max_input_bytes = (guint)len;
  eval = brief_rouge_eval_new(&o, &error);
  g_assert_true(brief_rouge_eval_add_dirs(eval, sys, refs, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_rouge_eval_get_n_clusters(eval), ==, 2);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);

  g_test_add_func("/rouge/options/defaults", test_options_defaults);
  g_test_add_func("/rouge/error/dirs-limit", test_error_dirs_limit);
  g_test_add_func("/rouge/options/metric-names", test_metric_names);
  g_test_add_func("/rouge/tokenize", test_tokenize);
  g_test_add_func("/rouge/stem", test_stem);
  g_test_add_func("/rouge/truncate/words", test_truncate_words);
  g_test_add_func("/rouge/truncate/bytes", test_truncate_bytes);
  g_test_add_func("/rouge/truncate/references", test_truncate_references);
  g_test_add_func("/rouge/metrics", test_metrics);
  g_test_add_func("/rouge/skip-bigrams", test_skip_bigrams);
  g_test_add_func("/rouge/multi-reference", test_multi_reference);
  g_test_add_func("/rouge/bootstrap/values", test_bootstrap_values);
  g_test_add_func("/rouge/bootstrap/deterministic", test_bootstrap_deterministic);
  g_test_add_func("/rouge/eval/dirs", test_eval_dirs);
  g_test_add_func("/rouge/eval/print-order", test_print_order);
  g_test_add_func("/rouge/eval/empty", test_empty_eval);
  g_test_add_func("/rouge/error/options", test_error_options);
  g_test_add_func("/rouge/error/encoding", test_error_encoding_texts);
  g_test_add_func("/rouge/error/duplicate", test_error_duplicate);
  g_test_add_func("/rouge/error/dirs", test_error_dirs);

  return g_test_run();
}
