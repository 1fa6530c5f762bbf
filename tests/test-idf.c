/* SPDX-License-Identifier: BSD-3-Clause */
/* Background IDF models: counting, the file format, merging, and their use
 * by the summarizer. */
#include <brief/brief.h>

#include "test-files.h"

#include <glib/gstdio.h>
#include <string.h>

static BriefCluster *
cluster_of(const char *const *texts)
{
  BriefCluster *c = brief_cluster_new();

  for (guint i = 0; texts[i]; i++) {
    g_autofree char *name = g_strdup_printf("doc%u.txt", i);
    g_assert_true(
        brief_cluster_add_data(c, name, texts[i], strlen(texts[i]), BRIEF_INPUT_TEXT, NULL));
  }
  return c;
}

static void
test_counts(void)
{
  const char *const texts[] = {
      "The storms flooded the valley. Storm damage was heavy.",
      "A storm hit the coast.",
      "Markets rose on Monday.",
      NULL,
  };
  g_autoptr(BriefCluster) c = cluster_of(texts);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefIdfModel) m = brief_idf_model_new("english", &error);

  g_assert_no_error(error);
  g_assert_true(brief_idf_model_add_cluster(m, c, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_idf_model_get_n_documents(m), ==, 3);
  /* "storms", "Storm" and "storm": one stem, counted once per document. */
  g_assert_cmpuint(brief_idf_model_get_df(m, "storm"), ==, 2);
  g_assert_cmpuint(brief_idf_model_get_df(m, "market"), ==, 1);
  g_assert_cmpuint(brief_idf_model_get_df(m, "the"), ==, 0); /* a stop word */
  g_assert_cmpuint(brief_idf_model_get_df(m, "absent"), ==, 0);
  g_assert_cmpstr(brief_idf_model_get_language(m), ==, "english");
}

static void
test_round_trip_and_merge(void)
{
  const char *const a_texts[] = {"Storm hits coast.", "Storm moves inland.", NULL};
  const char *const b_texts[] = {"Markets fall after the storm.", NULL};
  g_autoptr(BriefCluster) a = cluster_of(a_texts);
  g_autoptr(BriefCluster) b = cluster_of(b_texts);
  g_autoptr(BriefIdfModel) ma = brief_idf_model_new("english", NULL);
  g_autoptr(BriefIdfModel) mb = brief_idf_model_new("english", NULL);
  g_autoptr(BriefIdfModel) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp("brief-idf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename(dir, "m.idf", NULL);
  g_autofree char *text = NULL, *again = NULL;

  g_assert_true(brief_idf_model_add_cluster(ma, a, NULL));
  g_assert_true(brief_idf_model_add_cluster(mb, b, NULL));
  g_assert_true(brief_idf_model_merge(ma, mb, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_idf_model_get_n_documents(ma), ==, 3);
  g_assert_cmpuint(brief_idf_model_get_df(ma, "storm"), ==, 3);
  g_assert_cmpuint(brief_idf_model_get_df(ma, "market"), ==, 1);

  text = brief_idf_model_to_string(ma);
  g_assert_true(g_str_has_prefix(text, "brief-idf\t1\nlanguage\tenglish\ndocuments\t3\n"));
  /* Sorted stems: "coast" before "fall" before "storm". */
  g_assert_true(strstr(text, "\ncoast\t1\n") < strstr(text, "\nfall\t1\n"));
  g_assert_true(strstr(text, "\nfall\t1\n") < strstr(text, "\nstorm\t3\n"));

  g_assert_true(brief_idf_model_save(ma, path, &error));
  g_assert_no_error(error);
  loaded = brief_idf_model_load(path, &error);
  g_assert_no_error(error);
  again = brief_idf_model_to_string(loaded);
  g_assert_cmpstr(again, ==, text);
  g_assert_cmpuint(brief_idf_model_get_n_terms(loaded), ==, brief_idf_model_get_n_terms(ma));
  g_unlink(path);
  g_rmdir(dir);
}

static void
load_text_expect(const char *content, BriefError code, const char *fragment)
{
  g_autofree char *dir = g_dir_make_tmp("brief-idf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename(dir, "bad.idf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefIdfModel) m = NULL;

  g_assert_true(g_file_set_contents(path, content, -1, NULL));
  m = brief_idf_model_load(path, &error);
  g_assert_null(m);
  g_assert_error(error, BRIEF_ERROR, (gint)code);
  if (strstr(error->message, fragment) == NULL)
    g_error("'%s' does not contain '%s'", error->message, fragment);
  g_unlink(path);
  g_rmdir(dir);
}

static void
test_load_errors(void)
{
  g_autoptr(GError) error = NULL;

  load_text_expect("hello\tworld\n", BRIEF_ERROR_PARSE, "bad.idf:1: not a brief IDF model");
  load_text_expect("brief-idf\t2\n", BRIEF_ERROR_PARSE, "unsupported IDF model version '2'");
  load_text_expect("brief-idf\t1\nlanguage\tklingon\n", BRIEF_ERROR_PARSE,
                   "bad.idf:2: unknown language 'klingon'");
  load_text_expect("brief-idf\t1\nlanguage\tenglish\ndocuments\tmany\n", BRIEF_ERROR_PARSE, ":3:");
  load_text_expect("brief-idf\t1\nlanguage\tenglish\ndocuments\t2\nstorm\t3\n", BRIEF_ERROR_PARSE,
                   ":4: document frequency above");
  load_text_expect("brief-idf\t1\nlanguage\tenglish\ndocuments\t2\nstorm 1\n", BRIEF_ERROR_PARSE,
                   ":4: expected two tab-separated fields");
  load_text_expect("brief-idf\t1\nlanguage\tenglish\ndocuments\t2\nstorm\t-1\n", BRIEF_ERROR_PARSE,
                   ":4: expected a stem and a count");
  load_text_expect("brief-idf\t1\n", BRIEF_ERROR_PARSE, "incomplete IDF model header");
  load_text_expect("brief-idf\t1\nlanguage\tenglish\ndocuments\t2\nst\xff\t1\n",
                   BRIEF_ERROR_ENCODING, "invalid UTF-8");

  g_assert_null(brief_idf_model_load("/nonexistent/model.idf", &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_IO);
  g_clear_error(&error);

  /* A model larger than max-input-bytes, and an endless one. */
  {
    g_autoptr(BriefConfig) config = brief_config_new();
    g_autofree char *dir = make_tmp_dir();
    g_autofree char *path = g_build_filename(dir, "m.idf", NULL);
    g_autoptr(BriefIdfModel) m = NULL;
    write_file(dir, "m.idf", "brief-idf\t1\nlanguage\tenglish\ndocuments\t2\nstorm\t1\n", -1);
    g_assert_true(brief_config_set(config, "max-input-bytes", "48", NULL));
    g_assert_null(brief_idf_model_load_full(path, config, &error));
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
    g_assert_true(g_str_has_suffix(error->message, "m.idf: larger than the input limit of 48 "
                                                   "bytes (max-input-bytes)"));
    g_clear_error(&error);
    g_assert_true(brief_config_set(config, "max-input-bytes", "49", NULL));
    m = brief_idf_model_load_full(path, config, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(brief_idf_model_get_n_terms(m), ==, 1);
    g_assert_null(brief_idf_model_load("/dev/zero", &error));
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
    g_assert_cmpstr(error->message, ==,
                    "/dev/zero: larger than the input limit of 32 MiB (max-input-bytes)");
    g_clear_error(&error);
    rm_tree(dir);
  }

  g_assert_null(brief_idf_model_new("klingon", &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE);
  g_clear_error(&error);

  {
    g_autoptr(BriefIdfModel) en = brief_idf_model_new("english", NULL);
    g_autoptr(BriefIdfModel) fr = brief_idf_model_new("french", NULL);
    g_assert_false(brief_idf_model_merge(en, fr, &error));
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  }
}

static void
test_summarizer_uses_model(void)
{
  const char *const texts[] = {
      "The harbour strike halted grain exports on Monday. Union leaders met port officials.",
      "Grain exports stalled as the harbour strike went on. Farmers worried about full silos.",
      NULL,
  };
  g_autoptr(BriefCluster) c = cluster_of(texts);
  g_autoptr(BriefIdfModel) m = brief_idf_model_new("english", NULL);
  g_autofree char *dir = g_dir_make_tmp("brief-idf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename(dir, "m.idf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefConfig) cfg = brief_config_new();

  g_assert_true(brief_idf_model_add_cluster(m, c, NULL));
  g_assert_true(brief_idf_model_save(m, path, NULL));
  g_assert_true(brief_config_set(cfg, "idf", path, NULL));
  {
    g_autoptr(BriefSummarizer) sz = brief_summarizer_new(cfg, &error);
    g_autoptr(BriefSummary) sum = NULL;
    g_autofree char *json = NULL;
    g_assert_no_error(error);
    sum = brief_summarizer_run(sz, c, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(brief_summary_get_n_selected(sum), >=, 1);
    json = brief_summary_to_string(sum, BRIEF_FORMAT_JSON);
    g_assert_nonnull(strstr(json, "m.idf"));
  }
  /* A model of another language is refused. */
  {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_assert_true(brief_config_set(cfg, "language", "french", NULL));
    sz = brief_summarizer_new(cfg, &error);
    g_assert_null(sz);
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
    g_clear_error(&error);
  }
  /* A missing model file is an I/O error. */
  {
    g_autoptr(BriefSummarizer) sz = NULL;
    g_assert_true(brief_config_set(cfg, "language", "english", NULL));
    g_assert_true(brief_config_set(cfg, "idf", "/nonexistent/m.idf", NULL));
    sz = brief_summarizer_new(cfg, &error);
    g_assert_null(sz);
    g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_IO);
  }
  g_unlink(path);
  g_rmdir(dir);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/idf/counts", test_counts);
  g_test_add_func("/idf/round-trip-merge", test_round_trip_and_merge);
  g_test_add_func("/idf/load-errors", test_load_errors);
  g_test_add_func("/idf/summarizer", test_summarizer_uses_model);
  return g_test_run();
}
