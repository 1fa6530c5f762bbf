/* SPDX-License-Identifier: BSD-3-Clause */
/* The table of tunables and BriefConfig. */
#include "config-private.h"
#include "json-writer-private.h"

#include <string.h>

static void
test_defaults_from_table(void)
{
  g_autoptr(BriefConfig) c = brief_config_new();

  /* Every default reads back as the table wrote it. */
  for (guint i = 0; brief_tunable_get(i) != NULL; i++) {
    const BriefTunable *t = brief_tunable_get(i);
    g_autofree char *text = brief_config_get_text(c, t->name);
    g_autoptr(BriefConfig) again = brief_config_new();
    if (t->default_value == NULL) {
      g_assert_null(text);
      continue;
    }
    /* Setting the default's text changes nothing but "set". */
    g_assert_true(brief_config_set(again, t->name, t->default_value, NULL));
    g_assert_true(brief_config_is_set(again, t->name));
    g_assert_false(brief_config_is_set(c, t->name));
    {
      g_autofree char *back = brief_config_get_text(again, t->name);
      g_assert_cmpstr(back, ==, text);
    }
  }
  g_assert_cmpuint(brief_config_get_uint(c, "words"), ==, 100);
  g_assert_cmpfloat(brief_config_get_double(c, "lambda"), ==, 0.7);
  g_assert_true(brief_config_get_boolean(c, "noise-filter"));
  g_assert_cmpstr(brief_config_get_string(c, "language"), ==, "english");
  g_assert_cmpuint(brief_config_get_uint(c, "method"), ==, BRIEF_METHOD_TEXTRANK);
  g_assert_null(brief_tunable_get(1000));
  g_assert_null(brief_tunable_lookup("no-such-thing"));
  g_assert_cmpint(brief_tunable_lookup("noise-filter")->type, ==, BRIEF_TUNABLE_BOOLEAN);
  g_assert_true(brief_config_validate(c, NULL));
}

typedef struct {
  const char *name, *value;
  BriefError code;
  const char *message; /* NULL: accepted */
} SetCase;

static const SetCase set_cases[] = {
    {"lambda", "0.5", 0, NULL},
    {"lambda", "2", BRIEF_ERROR_INVALID, "lambda must be between 0 and 1, got 2"},
    {"lambda", "abc", BRIEF_ERROR_INVALID, "lambda must be a number, got 'abc'"},
    {"lambda", "nan", BRIEF_ERROR_INVALID, "lambda must be a number, got 'nan'"},
    {"words", "-5", BRIEF_ERROR_INVALID, "words must not be negative, got -5"},
    {"words", "1.5", BRIEF_ERROR_INVALID, "words must be a whole number, got '1.5'"},
    {"words", "0x10", BRIEF_ERROR_INVALID, "words must be a whole number, got '0x10'"},
    {"words", "010", 0, NULL},
    {"words", "1e2", 0, NULL},
    {"words", "+5", BRIEF_ERROR_INVALID, "words must be a whole number, got '+5'"},
    {"words", " 5", BRIEF_ERROR_INVALID, "words must be a whole number, got ' 5'"},
    {"words", "99999999999999999999", BRIEF_ERROR_INVALID,
     "words must be at most 2147483647, got 99999999999999999999"},
    {"max-neighbors", "+0x10", BRIEF_ERROR_INVALID, "max-neighbors must be a whole number"},
    {"damping", "inf", BRIEF_ERROR_INVALID, "damping must be a number, got 'inf'"},
    {"words", "3000000000", BRIEF_ERROR_INVALID, "words must be at most 2147483647"},
    {"threads", "65", BRIEF_ERROR_INVALID, "threads must be at most 64, got 65"},
    {"max-iterations", "0", BRIEF_ERROR_INVALID, "max-iterations must be at least 1, got 0"},
    {"damping", "1", BRIEF_ERROR_INVALID, "damping must be at least 0 and below 1, got 1"},
    {"damping", "0.999", 0, NULL},
    {"damping", "0", 0, NULL},
    {"max-iterations", "10000", 0, NULL},
    {"max-iterations", "10001", BRIEF_ERROR_INVALID, "max-iterations must be at most 10000"},
    {"max-input-bytes", "0", BRIEF_ERROR_INVALID, "max-input-bytes must be at least 1, got 0"},
    {"max-input-bytes", "4294967295", 0, NULL},
    {"max-total-bytes", "4294967296", BRIEF_ERROR_INVALID,
     "max-total-bytes must be at most 4294967295, got 4294967296"},
    {"story-threshold", "0", BRIEF_ERROR_INVALID, "story-threshold must be above 0 and at most 1"},
    {"tolerance", "0", BRIEF_ERROR_INVALID, "tolerance must be above 0"},
    {"method", "lead", 0, NULL},
    {"method", "magic", BRIEF_ERROR_INVALID, "unknown method 'magic' (textrank, lead)"},
    {"fill", "maybe", BRIEF_ERROR_INVALID, "fill must be true or false, got 'maybe'"},
    {"language", "klingon", BRIEF_ERROR_LANGUAGE, "unknown language 'klingon'"},
    {"date", "2015-13-01", BRIEF_ERROR_INVALID, "invalid date '2015-13-01' (expected YYYY-MM-DD)"},
    {"date", "2015-12-15", 0, NULL},
    {"since", "2015-12-01", 0, NULL},
    {"since", "2015-02-29", BRIEF_ERROR_INVALID,
     "invalid since '2015-02-29' (expected YYYY-MM-DD)"},
    {"days", "0", 0, NULL},
    {"days", "2147483647", 0, NULL},
    {"days", "-1", BRIEF_ERROR_INVALID, "days must not be negative, got -1"},
    {"days", "2147483648", BRIEF_ERROR_INVALID, "days must be at most 2147483647, got 2147483648"},
    {"days", "1.5", BRIEF_ERROR_INVALID, "days must be a whole number, got '1.5'"},
    {"bogus", "1", BRIEF_ERROR_INVALID, "unknown tunable 'bogus'"},
};

static void
test_set(gconstpointer data)
{
  const SetCase *sc = data;
  g_autoptr(BriefConfig) c = brief_config_new();
  g_autoptr(GError) error = NULL;
  g_autofree char *before =
      brief_tunable_lookup(sc->name) ? brief_config_get_text(c, sc->name) : NULL;
  gboolean ok = brief_config_set(c, sc->name, sc->value, &error);

  if (sc->message == NULL) {
    g_assert_no_error(error);
    g_assert_true(ok);
    return;
  }
  g_assert_false(ok);
  g_assert_error(error, BRIEF_ERROR, (gint)sc->code);
  if (strstr(error->message, sc->message) == NULL)
    g_error("'%s' does not contain '%s'", error->message, sc->message);
  /* A refused value leaves the old one. */
  if (before != NULL) {
    g_autofree char *after = brief_config_get_text(c, sc->name);
    g_assert_cmpstr(after, ==, before);
    g_assert_false(brief_config_is_set(c, sc->name));
  }
}

static void
test_typed(void)
{
  g_autoptr(BriefConfig) c = brief_config_new();
  g_autoptr(GError) error = NULL;

  g_assert_true(brief_config_set_double(c, "damping", 0.5, NULL));
  g_assert_cmpfloat(c->damping, ==, 0.5);
  g_assert_true(brief_config_set_uint(c, "method", BRIEF_METHOD_LEAD, NULL));
  g_assert_cmpuint(c->method, ==, BRIEF_METHOD_LEAD);
  g_assert_true(brief_config_set_string(c, "idf-documents", "articles", NULL));
  g_assert_cmpuint(c->idf_articles, ==, BRIEF_IDF_ARTICLES);
  g_assert_true(brief_config_set_boolean(c, "fill", TRUE, NULL));
  g_assert_true(c->fill);
  g_assert_true(brief_config_set_string(c, "stopwords", "x.txt", NULL));
  g_assert_true(brief_config_set_string(c, "stopwords", NULL, NULL));
  g_assert_null(c->stopwords_path);
  g_assert_false(brief_config_set_double(c, "words", 3.0, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);
  g_assert_false(brief_config_set_uint(c, "method", 7, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
}

static void
test_wrong_use(void)
{
  g_autoptr(BriefConfig) c = brief_config_new();
  g_autoptr(GError) error = NULL;

  /* Only tunables without a default may be unset. */
  g_assert_false(brief_config_set_string(c, "title", NULL, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);
  g_assert_false(brief_config_set(c, "language", NULL, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);
  g_assert_true(brief_config_set_string(c, "date", NULL, NULL));
  /* Typed setters check the type. */
  g_assert_false(brief_config_set_boolean(c, "title", TRUE, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);
  g_assert_cmpstr(c->title, ==, "Daily briefing");
  /* Getters of the wrong type are programming errors: 0 or NULL, and a
   * critical, never another tunable's value. */
  g_assert_true(brief_config_set(c, "method", "lead", NULL));
  g_test_expect_message("brief", G_LOG_LEVEL_CRITICAL, "*");
  g_assert_null(brief_config_get_string(c, "method"));
  g_test_assert_expected_messages();
  g_test_expect_message("brief", G_LOG_LEVEL_CRITICAL, "*");
  g_assert_cmpfloat(brief_config_get_double(c, "words"), ==, 0.0);
  g_test_assert_expected_messages();
  g_test_expect_message("brief", G_LOG_LEVEL_CRITICAL, "*");
  g_assert_cmpuint(brief_config_get_uint(c, "no-such-tunable"), ==, 0);
  g_test_assert_expected_messages();
}

static void
test_text_round_trip(void)
{
  /* The text of a value sets back to the same value, even where six
   * decimals would round it out of range (0.9999999 -> "1.000000"). */
  g_autoptr(BriefConfig) c = brief_config_new();
  g_autoptr(BriefConfig) again = brief_config_new();
  g_autofree char *text = NULL;

  g_assert_true(brief_config_set(c, "damping", "0.9999999", NULL));
  text = brief_config_get_text(c, "damping");
  g_assert_true(brief_config_set(again, "damping", text, NULL));
  g_assert_cmpfloat(again->damping, ==, c->damping);
  g_free(text);
  text = brief_config_get_text(c, "lambda");
  g_assert_cmpstr(text, ==, "0.7");
}

static void
test_budgets(void)
{
  g_autoptr(BriefConfig) c = brief_config_new();
  g_autoptr(BriefConfig) both = brief_config_new();
  g_autoptr(GError) error = NULL;

  /* A budget given replaces the default one ... */
  g_assert_true(brief_config_set(c, "sentences", "3", NULL));
  g_assert_cmpuint(c->budget_words, ==, 0);
  g_assert_cmpuint(c->budget_sentences, ==, 3);
  /* ... but not one given too, in either order. */
  g_assert_true(brief_config_set(both, "words", "50", NULL));
  g_assert_true(brief_config_set(both, "bytes", "400", NULL));
  g_assert_cmpuint(both->budget_words, ==, 50);
  g_assert_cmpuint(both->budget_bytes, ==, 400);
  /* A budget set again after being dropped is set. */
  g_assert_true(brief_config_set(c, "words", "20", NULL));
  g_assert_cmpuint(c->budget_words, ==, 20);
  /* No budget at all is refused. */
  g_assert_true(brief_config_set(c, "words", "0", NULL));
  g_assert_true(brief_config_set(c, "sentences", "0", NULL));
  g_assert_false(brief_config_validate(c, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
}

static void
test_cross_checks(void)
{
  g_autoptr(BriefConfig) c = brief_config_new();
  g_autoptr(GError) error = NULL;

  g_assert_true(brief_config_set(c, "min-words", "10", NULL));
  g_assert_true(brief_config_set(c, "max-words", "5", NULL));
  g_assert_false(brief_config_validate(c, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);
  g_assert_true(brief_config_set(c, "max-words", "0", NULL)); /* no ceiling */
  g_assert_true(brief_config_validate(c, NULL));
  g_assert_true(brief_config_set(c, "position", "0.7", NULL));
  g_assert_true(brief_config_set(c, "centroid", "0.4", NULL));
  g_assert_false(brief_config_validate(c, &error));
  g_assert_nonnull(strstr(error->message, "add up to more than 1"));
}

/* A daily briefing's window: one of since and days, never starting after
 * the date. */
static void
test_window_checks(void)
{
  g_autoptr(BriefConfig) c = brief_config_new();
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint(c->days, ==, 7);
  g_assert_true(brief_config_set(c, "since", "2024-05-08", NULL));
  g_assert_true(brief_config_validate(c, NULL)); /* days at its default */
  g_assert_true(brief_config_set(c, "date", "2024-05-08", NULL));
  g_assert_true(brief_config_validate(c, NULL)); /* a window of one day */
  g_assert_true(brief_config_set(c, "date", "2024-05-07T23:00:00Z", NULL));
  g_assert_false(brief_config_validate(c, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_assert_cmpstr(error->message, ==, "since 2024-05-08 is after the briefing date 2024-05-07");
  g_clear_error(&error);
  g_assert_true(brief_config_set(c, "date", NULL, NULL));
  g_assert_true(brief_config_set(c, "days", "3", NULL));
  g_assert_false(brief_config_validate(c, &error));
  g_assert_cmpstr(error->message, ==, "since and days both set: give one of them");
  g_clear_error(&error);
  g_assert_true(brief_config_set(c, "since", NULL, NULL));
  g_assert_true(brief_config_validate(c, NULL));
}

static void
test_copy_and_daily(void)
{
  g_autoptr(BriefConfig) c = brief_config_new();
  g_autoptr(BriefConfig) copy = NULL;
  g_autoptr(BriefConfig) daily = NULL;
  g_autoptr(BriefConfig) dropped = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true(brief_config_set(c, "title", "Morning", NULL));
  copy = brief_config_copy(c);
  g_assert_true(brief_config_set(c, "title", "Evening", NULL));
  g_assert_cmpstr(brief_config_get_string(copy, "title"), ==, "Morning");
  g_assert_true(brief_config_is_set(copy, "title"));

  /* Unset tunables take the daily defaults; set ones stay. */
  daily = brief_config_copy_for_daily(copy, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(daily->budget_words, ==, 60);
  g_assert_cmpstr(daily->title, ==, "Morning");
  g_assert_true(brief_config_set(copy, "words", "80", NULL));
  g_clear_pointer(&daily, brief_config_free);
  daily = brief_config_copy_for_daily(copy, NULL);
  g_assert_cmpuint(daily->budget_words, ==, 80);
  /* A word budget dropped for a sentence budget stays dropped. */
  g_assert_true(brief_config_set(c, "sentences", "2", NULL));
  dropped = brief_config_copy_for_daily(c, NULL);
  g_assert_cmpuint(dropped->budget_words, ==, 0);

  g_assert_true(brief_config_set(c, "idf-documents", "articles", NULL));
  g_assert_null(brief_config_copy_for_daily(c, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_assert_cmpstr(error->message, ==, "idf-documents does not apply to a daily briefing");
}

static void
test_json_echo(void)
{
  g_autoptr(BriefConfig) c = brief_config_new();
  GString *out = g_string_new(NULL);
  g_autofree char *text = NULL;
  BriefJson j;

  brief_json_init(&j, out);
  brief_json_begin_object(&j);
  brief_config_append_json(c, &j);
  brief_json_end_object(&j);
  text = g_string_free(out, FALSE);
  /* In table order, numbers in the fixed format, runtime and daily-only
   * tunables left out. */
  g_assert_true(
      g_str_has_prefix(text, "{\n  \"method\": \"textrank\",\n  \"language\": \"english\","));
  g_assert_nonnull(strstr(text, "\"lambda\": 0.700000,"));
  g_assert_nonnull(strstr(text, "\"tolerance\": 1e-06,"));
  g_assert_nonnull(strstr(text, "\"noise_filter\": true,"));
  g_assert_nonnull(strstr(text, "\"stopwords\": null,"));
  g_assert_null(strstr(text, "threads"));
  /* Limits change whether a run succeeds, never its output. */
  g_assert_null(strstr(text, "max_input_bytes"));
  g_assert_null(strstr(text, "max_total_bytes"));
  g_assert_null(strstr(text, "title"));
}

static void
test_format_names(void)
{
  BriefFormat f;
  BriefInputFormat in;

  g_assert_true(brief_format_from_name("md", &f));
  g_assert_cmpint(f, ==, BRIEF_FORMAT_MARKDOWN);
  g_assert_true(brief_format_from_name(NULL, &f));
  g_assert_cmpint(f, ==, BRIEF_FORMAT_TEXT);
  g_assert_false(brief_format_from_name("pdf", &f));
  g_assert_true(brief_input_format_from_name("jsonl", &in));
  g_assert_cmpint(in, ==, BRIEF_INPUT_JSONL);
  g_assert_false(brief_input_format_from_name("xml", &in));
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/config/defaults", test_defaults_from_table);
  for (gsize i = 0; i < G_N_ELEMENTS(set_cases); i++) {
    g_autofree char *name =
        g_strdup_printf("/config/set/%s=%s", set_cases[i].name, set_cases[i].value);
    g_test_add_data_func(name, &set_cases[i], test_set);
  }
  g_test_add_func("/config/typed", test_typed);
  g_test_add_func("/config/wrong-use", test_wrong_use);
  g_test_add_func("/config/text-round-trip", test_text_round_trip);
  g_test_add_func("/config/budgets", test_budgets);
  g_test_add_func("/config/cross-checks", test_cross_checks);
  g_test_add_func("/config/window-checks", test_window_checks);
  g_test_add_func("/config/copy-and-daily", test_copy_and_daily);
  g_test_add_func("/config/json-echo", test_json_echo);
  g_test_add_func("/config/format-names", test_format_names);
  return g_test_run();
}
