/* SPDX-License-Identifier: BSD-3-Clause */
/* Sentence splitter: table-driven cases from tests/data/sentences/, plus
 * offsets, paragraphs and errors. */
#include "brief-private.h"

#include <string.h>

typedef struct {
  char *name;
  char *input;
  GPtrArray *expected;
} Case;

static void
case_free(gpointer data)
{
  Case *c = data;

  g_free(c->name);
  g_free(c->input);
  g_ptr_array_unref(c->expected);
  g_free(c);
}

/* Parse the "### name / input / --- / expected" format. */
static GPtrArray *
load_cases(const char *path)
{
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func(case_free);
  Case *cur = NULL;
  GString *input = NULL;
  gboolean in_expected = FALSE;

  g_assert_true(g_file_get_contents(path, &data, NULL, &error));
  g_assert_no_error(error);
  lines = g_strsplit(data, "\n", -1);
  for (char **l = lines; *l; l++) {
    if (g_str_has_prefix(*l, "### ")) {
      cur = g_new0(Case, 1);
      cur->name = g_strstrip(g_strdup(*l + 4));
      cur->expected = g_ptr_array_new_with_free_func(g_free);
      g_ptr_array_add(cases, cur);
      input = g_string_new(NULL);
      in_expected = FALSE;
      continue;
    }
    if (cur == NULL)
      continue; /* file header comments */
    if (!in_expected && strcmp(*l, "---") == 0) {
      /* The newline before "---" ends the input, it is not part of it. */
      if (input->len > 0 && input->str[input->len - 1] == '\n')
        g_string_truncate(input, input->len - 1);
      cur->input = g_string_free(input, FALSE);
      input = NULL;
      in_expected = TRUE;
      continue;
    }
    if (in_expected) {
      char *e = g_strdup(*l);
      g_strstrip(e);
      if (*e)
        g_ptr_array_add(cur->expected, e);
      else
        g_free(e);
    } else {
      g_string_append(input, *l);
      g_string_append_c(input, '\n');
    }
  }
  g_assert_null(input); /* every case has its "---" */
  return cases;
}

static GPtrArray *
split_to_strings(const BriefSplitter *s, const char *text)
{
  g_autoptr(GArray) spans = brief_splitter_split(s, text, -1);
  GPtrArray *out = g_ptr_array_new_with_free_func(g_free);

  for (guint i = 0; i < spans->len; i++) {
    const BriefSpan *sp = &g_array_index(spans, BriefSpan, i);
    g_ptr_array_add(out, brief_collapse_space(text + sp->start, sp->end - sp->start));
  }
  return out;
}

static void
test_table(gconstpointer data)
{
  const char *language = data;
  g_autofree char *file = g_strdup_printf("%s.txt", language);
  g_autofree char *path = g_test_build_filename(G_TEST_DIST, "data", "sentences", file, NULL);
  g_autoptr(GPtrArray) cases = load_cases(path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefSplitter) s = brief_splitter_new(language, &error);
  guint failures = 0;

  g_assert_no_error(error);
  g_assert_cmpuint(cases->len, >=, 4);
  for (guint i = 0; i < cases->len; i++) {
    Case *c = g_ptr_array_index(cases, i);
    g_autoptr(GPtrArray) got = split_to_strings(s, c->input);
    gboolean same = got->len == c->expected->len;
    for (guint k = 0; same && k < got->len; k++)
      same = strcmp(g_ptr_array_index(got, k), g_ptr_array_index(c->expected, k)) == 0;
    if (!same) {
      failures++;
      g_test_message("case '%s': expected %u sentences, got %u", c->name, c->expected->len,
                     got->len);
      for (guint k = 0; k < got->len; k++)
        g_test_message("  got [%u] %s", k, (char *)g_ptr_array_index(got, k));
      for (guint k = 0; k < c->expected->len; k++)
        g_test_message("  want[%u] %s", k, (char *)g_ptr_array_index(c->expected, k));
    }
  }
  g_assert_cmpuint(failures, ==, 0);
}

static void
test_offsets_and_paragraphs(void)
{
  const char *text = "  First one. Second\none.\n\n\n  Third one!  \n";
  g_autoptr(BriefSplitter) s = brief_splitter_new("english", NULL);
  g_autoptr(GArray) spans = brief_splitter_split(s, text, -1);
  const BriefSpan *sp;

  g_assert_cmpuint(spans->len, ==, 3);
  sp = &g_array_index(spans, BriefSpan, 0);
  g_assert_cmpuint(sp->start, ==, 2);
  g_assert_cmpuint(sp->end, ==, 12);
  g_assert_cmpuint(sp->paragraph, ==, 0);
  sp = &g_array_index(spans, BriefSpan, 1);
  g_assert_cmpuint(sp->start, ==, 13);
  g_assert_cmpuint(sp->end, ==, 24);
  g_assert_cmpuint(sp->paragraph, ==, 0);
  sp = &g_array_index(spans, BriefSpan, 2);
  g_assert_cmpuint(sp->end - sp->start, ==, strlen("Third one!"));
  g_assert_true(strncmp(text + sp->start, "Third one!", sp->end - sp->start) == 0);
  g_assert_cmpuint(sp->paragraph, ==, 1);
}

static void
test_explicit_length(void)
{
  /* Only the first `len` bytes count, even without a NUL there. */
  const char *text = "One sentence here. Another one there.";
  g_autoptr(BriefSplitter) s = brief_splitter_new("english", NULL);
  g_autoptr(GArray) spans = brief_splitter_split(s, text, 18);

  g_assert_cmpuint(spans->len, ==, 1);
  g_assert_cmpuint(g_array_index(spans, BriefSpan, 0).end, ==, 18);
}

static void
test_empty(void)
{
  g_autoptr(BriefSplitter) s = brief_splitter_new("english", NULL);
  g_autoptr(GArray) a = brief_splitter_split(s, "", 0);
  g_autoptr(GArray) b = brief_splitter_split(s, " \n\n \t\n", -1);

  g_assert_cmpuint(a->len, ==, 0);
  g_assert_cmpuint(b->len, ==, 0);
}

static void
test_unknown_language(void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefSplitter) s = brief_splitter_new("klingon", &error);

  g_assert_null(s);
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE);
  g_assert_nonnull(strstr(error->message, "klingon"));
}

static void
test_language_without_list(void)
{
  /* No abbreviation list for Greek: the language-neutral rules apply. */
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefSplitter) s = brief_splitter_new("greek", &error);
  g_autoptr(GPtrArray) got = NULL;

  g_assert_no_error(error);
  got = split_to_strings(s, "Η συνάντηση έγινε χθες. Οι υπουργοί συμφώνησαν.");
  g_assert_cmpuint(got->len, ==, 2);
  /* Initials still do not end a sentence. */
  g_ptr_array_unref(got);
  got = split_to_strings(s, "John F. Kennedy spoke.");
  g_assert_cmpuint(got->len, ==, 1);
}

static void
test_no_crash_on_odd_input(void)
{
  /* Marks and closers at the very edges of the text. */
  static const char *const inputs[] = {
      ".",    "...",       "?!", "\"",      ". .", "“”",       "a.",       ".a", "Mr.",
      "U.S.", "\n\n.\n\n", "(",  "Word.\"", "…",   "1. 2. 3.", "x. Y. z.", NULL,
  };
  g_autoptr(BriefSplitter) s = brief_splitter_new("english", NULL);

  for (const char *const *in = inputs; *in; in++) {
    g_autoptr(GArray) spans = brief_splitter_split(s, *in, -1);
    for (guint i = 0; i < spans->len; i++) {
      const BriefSpan *sp = &g_array_index(spans, BriefSpan, i);
      g_assert_cmpuint(sp->start, <, sp->end);
      g_assert_cmpuint(sp->end, <=, strlen(*in));
      if (i > 0)
        g_assert_cmpuint(sp->start, >=, g_array_index(spans, BriefSpan, i - 1).end);
    }
  }
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_data_func("/sentence/table/english", "english", test_table);
  g_test_add_data_func("/sentence/table/german", "german", test_table);
  g_test_add_data_func("/sentence/table/french", "french", test_table);
  g_test_add_func("/sentence/offsets", test_offsets_and_paragraphs);
  g_test_add_func("/sentence/explicit-length", test_explicit_length);
  g_test_add_func("/sentence/empty", test_empty);
  g_test_add_func("/sentence/unknown-language", test_unknown_language);
  g_test_add_func("/sentence/language-without-list", test_language_without_list);
  g_test_add_func("/sentence/odd-input", test_no_crash_on_odd_input);
  return g_test_run();
}
