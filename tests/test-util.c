/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/util.c: reading files, UTF-8 checks, white space and
 * words, atomic writes, printable messages. */
#include "brief-private.h"
#include "test-assert.h"
#include "test-files.h"

#include <string.h>

static void
test_check_utf8_base_offset(void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true(brief_check_utf8("n", "caf\xC3\xA9", 5, 0, NULL));
  g_assert_true(brief_check_utf8("n", "", 0, 0, NULL));
  g_assert_false(brief_check_utf8("name", "ab\x80", 3, 100, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_nonnull(strstr(error->message, "name"));
  g_assert_nonnull(strstr(error->message, "byte 102"));
}

static void
test_read_file(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *good = g_build_filename(dir, "good.txt", NULL);
  g_autofree char *bad = g_build_filename(dir, "bad.txt", NULL);
  g_autofree char *missing = g_build_filename(dir, "missing.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  write_file(dir, "good.txt", "caf\xC3\xA9\n", -1);
  write_file(dir, "bad.txt", "ok\n\xC0\xAF", -1);
  data = brief_read_file(good, &len, &error);
  g_assert_no_error(error);
  g_assert_cmpstr(data, ==, "caf\xC3\xA9\n");
  g_assert_cmpuint(len, ==, 6);

  g_assert_null(brief_read_file(bad, &len, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_nonnull(strstr(error->message, bad));
  g_assert_nonnull(strstr(error->message, "byte 3"));
  g_clear_error(&error);

  g_assert_null(brief_read_file(missing, &len, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_IO);
  g_clear_error(&error);

  /* A directory is not a readable file. */
  g_assert_null(brief_read_file(dir, &len, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_IO);
  rm_tree(dir);
}

static void
test_collapse_space(void)
{
  static const struct {
    const char *in, *out;
  } cases[] = {
      {"", ""},
      {"   \t\n ", ""},
      {"word", "word"},
      {"  a \t b\n\nc  ", "a b c"},
      {"a\r\nb", "a b"},
      {"caf\xC3\xA9  cr\xC3\xA8me", "caf\xC3\xA9 cr\xC3\xA8me"},
      {"a\xC2\xA0\xC2\xA0"
       "b",
       "a b"}, /* no-break space */
      {"a\xE2\x80\x83"
       "b",
       "a b"}, /* em space */
      {"a\xE2\x80\x8B"
       "b",
       "a b"}, /* zero width space */
      {"\xE2\x80\x8B"
       "a\xE2\x80\x8B",
       "a"},
  };

  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *got = brief_collapse_space(cases[i].in, strlen(cases[i].in));
    g_assert_cmpstr(got, ==, cases[i].out);
  }
  {
    /* Only `len` bytes are read. */
    g_autofree char *got = brief_collapse_space("a  b  c", 4);
    g_assert_cmpstr(got, ==, "a b");
  }
}

static void
test_count_words(void)
{
  g_assert_cmpuint(brief_count_words("", 0), ==, 0);
  g_assert_cmpuint(brief_count_words("   \n\t", 5), ==, 0);
  g_assert_cmpuint(brief_count_words("one", 3), ==, 1);
  g_assert_cmpuint(brief_count_words("  one  two\tthree\n", 17), ==, 3);
  g_assert_cmpuint(brief_count_words("U.S.-led talks, 3.5 hours", 25), ==, 4);
  g_assert_cmpuint(brief_count_words("caf\xC3\xA9\xC2\xA0"
                                     "cr\xC3\xA8me",
                                     12),
                   ==, 2);
  /* Only `len` bytes are read. */
  g_assert_cmpuint(brief_count_words("one two three", 7), ==, 2);
}

static guint
count_dir_entries(const char *path)
{
  g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
  guint n = 0;

  g_assert_nonnull(dir);
  while (g_dir_read_name(dir) != NULL)
    n++;
  return n;
}

static void
test_write_file_atomic(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *path = g_build_filename(dir, "out.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *back = NULL;
  gsize len = 0;

  g_assert_true(brief_write_file(path, "first version\n", 14, &error));
  g_assert_no_error(error);
  g_assert_true(g_file_get_contents(path, &back, &len, &error));
  assert_cmpmem(back, len, "first version\n", 14);
  g_clear_pointer(&back, g_free);

  /* Replacing a longer file with a shorter one leaves no tail. */
  g_assert_true(brief_write_file(path, "v2", 2, &error));
  g_assert_no_error(error);
  g_assert_true(g_file_get_contents(path, &back, &len, &error));
  assert_cmpmem(back, len, "v2", 2);
  g_clear_pointer(&back, g_free);

  /* Only `len` bytes; embedded NULs kept. */
  g_assert_true(brief_write_file(path, "a\0b-ignored", 3, &error));
  g_assert_true(g_file_get_contents(path, &back, &len, &error));
  assert_cmpmem(back, len, "a\0b", 3);

  /* No temporary file is left beside the target. */
  g_assert_cmpuint(count_dir_entries(dir), ==, 1);
  rm_tree(dir);
}

static void
test_write_file_atomic_missing_dir(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *sub = g_build_filename(dir, "no-such-dir", NULL);
  g_autofree char *path = g_build_filename(sub, "out.txt", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false(brief_write_file(path, "data", 4, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_OUTPUT);
  g_assert_false(g_file_test(path, G_FILE_TEST_EXISTS));
  g_assert_false(g_file_test(sub, G_FILE_TEST_EXISTS));
  g_assert_cmpuint(count_dir_entries(dir), ==, 0);
  rm_tree(dir);
}

static void
test_write_file_atomic_into_directory_path(void)
{
  /* The target is an existing directory: fail, and leave it alone. */
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *sub = g_build_filename(dir, "taken", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint(g_mkdir(sub, 0700), ==, 0);
  g_assert_false(brief_write_file(sub, "data", 4, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_OUTPUT);
  g_assert_true(g_file_test(sub, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint(count_dir_entries(dir), ==, 1);
  rm_tree(dir);
}

static void
test_printable(void)
{
  g_autofree char *ctl = brief_printable_dup("a\x1b[31mb\nc", -1, 0);
  g_autofree char *cut = brief_printable_dup("abcdef", -1, 3);
  g_autofree char *whole = brief_printable_dup("abcdef", -1, 0);
  g_autofree char *bad = brief_printable_dup("x\xffy", -1, 0);

  g_assert_cmpstr(ctl, ==, "a\\x1B[31mb\\x0Ac");
  g_assert_cmpstr(cut, ==, "abc\xE2\x80\xA6");
  g_assert_cmpstr(whole, ==, "abcdef");
  g_assert_true(g_utf8_validate(bad, -1, NULL));
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/util/check-utf8/base-offset", test_check_utf8_base_offset);
  g_test_add_func("/util/read-file", test_read_file);
  g_test_add_func("/util/collapse-space", test_collapse_space);
  g_test_add_func("/util/count-words", test_count_words);
  g_test_add_func("/util/write", test_write_file_atomic);
  g_test_add_func("/util/write/missing-dir", test_write_file_atomic_missing_dir);
  g_test_add_func("/util/write/onto-dir", test_write_file_atomic_into_directory_path);
  g_test_add_func("/util/printable", test_printable);
  return g_test_run();
}
