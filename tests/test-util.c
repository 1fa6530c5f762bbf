/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/util.c: reading files, UTF-8 checks, white space and
 * words, atomic writes, printable messages. */
#include "brief-private.h"
#include "test-assert.h"
#include "test-files.h"

#include <errno.h>
#include <gio/gio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

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
  BriefReadLimits limits = {0, 0, 0, 0};
  gsize len = 0;

  write_file(dir, "good.txt", "caf\xC3\xA9\n", -1);
  write_file(dir, "bad.txt", "ok\n\xC0\xAF", -1);
  data = brief_read_file(good, &limits, &len, &error);
  g_assert_no_error(error);
  g_assert_cmpstr(data, ==, "caf\xC3\xA9\n");
  g_assert_cmpuint(len, ==, 6);

  g_assert_null(brief_read_file(bad, &limits, &len, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING);
  g_assert_nonnull(strstr(error->message, bad));
  g_assert_nonnull(strstr(error->message, "byte 3"));
  g_clear_error(&error);

  g_assert_null(brief_read_file(missing, &limits, &len, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_IO);
  g_assert_nonnull(strstr(error->message, "missing.txt: no such file or directory"));
  g_clear_error(&error);

  /* A directory is not a readable file. */
  g_assert_null(brief_read_file(dir, &limits, &len, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_IO);
  rm_tree(dir);
}

/* The message of a read that passed `limits`. */
static char *
read_limit_message(const char *path, BriefReadLimits *limits)
{
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  g_assert_null(brief_read_file(path, limits, &len, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
  return g_strdup(error->message);
}

static void
test_read_file_limit(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *six = g_build_filename(dir, "six.txt", NULL);
  g_autofree char *msg = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  BriefReadLimits limits = {6, 0, 0, 0};
  gsize len = 0;

  write_file(dir, "six.txt", "abcde\n", -1);
  /* Exactly the limit is allowed; one byte over is not. */
  data = brief_read_file(six, &limits, &len, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(len, ==, 6);
  g_assert_cmpuint(limits.used, ==, 6);
  limits.max_file = 5;
  msg = read_limit_message(six, &limits);
  g_assert_true(g_str_has_suffix(msg, "six.txt: larger than the input limit of 5 bytes "
                                      "(max-input-bytes)"));
  g_assert_cmpuint(limits.used, ==, 6);
  rm_tree(dir);
}

static void
test_read_file_total(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *six = g_build_filename(dir, "six.txt", NULL);
  g_autofree char *msg = NULL;
  BriefReadLimits limits = {10, 15, 0, 0};
  gsize len = 0;

  write_file(dir, "six.txt", "abcde\n", -1);
  for (int i = 0; i < 2; i++)
    g_free(brief_read_file(six, &limits, &len, NULL));
  g_assert_cmpuint(limits.used, ==, 12);
  /* 3 bytes are left of the total: the total's limit is named. */
  msg = read_limit_message(six, &limits);
  g_assert_true(g_str_has_suffix(msg, "six.txt: the files read add up to more than the limit of "
                                      "15 bytes (max-total-bytes)"));
  g_assert_cmpuint(limits.used, ==, 12);
  rm_tree(dir);
}

/* An endless input stops at the limit, quickly, with the limit named. */
static void
test_read_file_dev_zero(void)
{
  BriefReadLimits limits = {1024 * 1024, 0, 0, 0};
  g_autofree char *msg = NULL;
  gint64 start = g_get_monotonic_time();

  if (!g_file_test("/dev/zero", G_FILE_TEST_EXISTS)) {
    g_test_skip("no /dev/zero");
    return;
  }
  msg = read_limit_message("/dev/zero", &limits);
  g_assert_cmpstr(msg, ==, "/dev/zero: larger than the input limit of 1 MiB (max-input-bytes)");
  g_assert_cmpint(g_get_monotonic_time() - start, <, 5 * G_USEC_PER_SEC);
  /* The total applies as well. */
  limits.max_total = 2048;
  g_free(msg);
  msg = read_limit_message("/dev/zero", &limits);
  g_assert_cmpstr(msg, ==,
                  "/dev/zero: the files read add up to more than the limit of 2 KiB "
                  "(max-total-bytes)");
}

typedef struct {
  const char *path;
  gsize n;
} FifoWrite;

static gpointer
write_fifo(gpointer data)
{
  const FifoWrite *w = data;
  g_autofree char *text = g_strnfill(w->n, 'a');
  FILE *f = fopen(w->path, "w");

  g_assert_nonnull(f);
  /* The reader may stop early: a short write (EPIPE, SIGPIPE ignored) is
   * fine. */
  (void)fwrite(text, 1, w->n, f);
  fclose(f);
  return NULL;
}

/* Read `n` bytes through a FIFO (not a regular file: no size known ahead)
 * with a limit of `max`. */
static char *
read_fifo(const char *path, gsize n, gsize max, gsize *len, GError **error)
{
  FifoWrite w = {path, n};
  BriefReadLimits limits = {max, 0, 0, 0};
  GThread *t = g_thread_new("fifo", write_fifo, &w);
  char *data = brief_read_file(path, &limits, len, error);

  g_thread_join(t);
  return data;
}

static void
test_read_file_fifo(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *fifo = g_build_filename(dir, "fifo", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  signal(SIGPIPE, SIG_IGN);
  g_assert_cmpint(mkfifo(fifo, 0600), ==, 0);
  /* Larger than the first chunk, so the buffer grows to the limit. */
  data = read_fifo(fifo, 200000, 200000, &len, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(len, ==, 200000);
  g_assert_cmpuint(strlen(data), ==, 200000);
  g_assert_null(read_fifo(fifo, 200000, 199999, &len, &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
  g_assert_nonnull(strstr(error->message, "199999 bytes (max-input-bytes)"));
  rm_tree(dir);
}

static void
test_format_bytes(void)
{
  static const struct {
    gsize bytes;
    const char *text;
  } cases[] = {
      {0, "0 bytes"},        {1000, "1000 bytes"},
      {1024, "1 KiB"},       {1536, "1536 bytes"},
      {33554432, "32 MiB"},  {3 * 1024 * 1024 + 1024, "3073 KiB"},
      {1073741824, "1 GiB"}, {4294967295u, "4294967295 bytes"},
  };

  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *text = brief_format_bytes(cases[i].bytes);
    g_assert_cmpstr(text, ==, cases[i].text);
  }
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

/* I/O errors read in brief's style, whatever GLib or the C library says. */
static void
test_io_errors(void)
{
  g_autoptr(GError) dir_error = NULL, file_error = NULL, other = NULL, glib = NULL;
  g_autoptr(GError) read_error = NULL;
  BriefReadLimits limits = {0, 0, 0, 0};
  gsize len = 0;

  brief_set_io_error(&dir_error, "a.txt", EISDIR);
  g_assert_error(dir_error, BRIEF_ERROR, BRIEF_ERROR_IO);
  g_assert_cmpstr(dir_error->message, ==, "a.txt: is a directory");
  /* A GLib file error by its code, not its message. */
  glib = g_error_new(G_FILE_ERROR, G_FILE_ERROR_ACCES, "Error opening directory \u201cd\u201d");
  brief_set_file_error(&file_error, "d", glib);
  g_assert_error(file_error, BRIEF_ERROR, BRIEF_ERROR_IO);
  g_assert_cmpstr(file_error->message, ==, "d: permission denied");
  g_clear_error(&glib);
  glib = g_error_new_literal(G_FILE_ERROR, G_FILE_ERROR_FAILED, "Failed");
  brief_set_file_error(&other, "d", glib);
  g_assert_cmpstr(other->message, ==, "d: input/output error");
  /* Reading a directory. */
  g_assert_null(brief_read_file(g_get_tmp_dir(), &limits, &len, &read_error));
  g_assert_error(read_error, BRIEF_ERROR, BRIEF_ERROR_IO);
  g_assert_true(g_str_has_suffix(read_error->message, ": is a directory"));
}

/* `text` gzip-compressed. (transfer full) */
static GBytes *
gzip_bytes(const char *text, gsize len)
{
  g_autoptr(GZlibCompressor) z = g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
  g_autoptr(GOutputStream) mem = g_memory_output_stream_new_resizable();
  g_autoptr(GOutputStream) out = g_converter_output_stream_new(mem, G_CONVERTER(z));

  g_assert_true(g_output_stream_write_all(out, text, len, NULL, NULL, NULL));
  g_assert_true(g_output_stream_close(out, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes(G_MEMORY_OUTPUT_STREAM(mem));
}

static void
test_gunzip(void)
{
  static const char text[] = "Dock workers voted on Thursday to end the strike.";
  g_autoptr(GBytes) gz = gzip_bytes(text, strlen(text));
  g_autofree char *big_text = g_strnfill(100000, 'a');
  g_autoptr(GBytes) big = gzip_bytes(big_text, 100000);
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  g_autofree char *out = NULL;

  g_assert_true(brief_is_gzip(g_bytes_get_data(gz, NULL), g_bytes_get_size(gz)));
  g_assert_false(brief_is_gzip(text, strlen(text)));
  out = brief_gunzip("a.gz", g_bytes_get_data(gz, NULL), g_bytes_get_size(gz), 0, &n, &error);
  g_assert_no_error(error);
  g_assert_cmpstr(out, ==, text);
  g_assert_cmpuint(n, ==, strlen(text));
  g_clear_pointer(&out, g_free);

  /* Inflating past the limit stops there (a gzip bomb). */
  out = brief_gunzip("b.gz", g_bytes_get_data(big, NULL), g_bytes_get_size(big), 1000, &n, &error);
  g_assert_null(out);
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT);
  g_assert_nonnull(strstr(error->message, "b.gz: larger than the input limit of 1000 bytes"));
  g_clear_error(&error);

  /* Exactly at the limit is fine. */
  out =
      brief_gunzip("b.gz", g_bytes_get_data(big, NULL), g_bytes_get_size(big), 100000, &n, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(n, ==, 100000);
  g_clear_pointer(&out, g_free);

  /* Two members, as `cat a.gz b.gz` makes them: one stream. */
  {
    g_autoptr(GByteArray) two = g_byte_array_new();
    g_byte_array_append(two, g_bytes_get_data(gz, NULL), (guint)g_bytes_get_size(gz));
    g_byte_array_append(two, g_bytes_get_data(gz, NULL), (guint)g_bytes_get_size(gz));
    out = brief_gunzip("e.gz", (const char *)two->data, two->len, 0, &n, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(n, ==, 2 * strlen(text));
    g_assert_true(g_str_has_prefix(out, text) && g_str_has_suffix(out, text));
    g_clear_pointer(&out, g_free);
  }

  /* Damaged and truncated data. */
  out = brief_gunzip("c.gz", "\x1f\x8bgarbage", 9, 0, &n, &error);
  g_assert_null(out);
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE);
  g_assert_cmpstr(error->message, ==, "c.gz: damaged gzip data");
  g_clear_error(&error);
  out = brief_gunzip("d.gz", g_bytes_get_data(gz, NULL), g_bytes_get_size(gz) / 2, 0, &n, &error);
  g_assert_null(out);
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE);
}

/* brief_sort_u32() sorts as qsort() does: short and long arrays, small
 * and full 32-bit values, all equal, already sorted and reversed. */
static void
test_sort_u32(void)
{
  static const gsize sizes[] = {0, 1, 2, 31, 32, 33, 100, 1000, 100000};
  static const guint32 ranges[] = {1, 7, 300, 70000, G_MAXUINT32};
  g_autoptr(GRand) rand = g_rand_new_with_seed(7);

  for (guint s = 0; s < G_N_ELEMENTS(sizes); s++)
    for (guint r = 0; r < G_N_ELEMENTS(ranges); r++)
      for (guint shape = 0; shape < 3; shape++) {
        gsize n = sizes[s];
        g_autofree guint32 *v = g_new(guint32, n + 1);
        g_autofree guint32 *want = g_new(guint32, n + 1);
        g_autofree guint32 *tmp = g_new(guint32, n + 1);
        for (gsize i = 0; i < n; i++)
          v[i] = ranges[r] == G_MAXUINT32 ? g_rand_int(rand)
                                          : (guint32)g_rand_int_range(rand, 0, (gint32)ranges[r]);
        if (shape > 0) {
          qsort(v, n, sizeof *v, brief_compare_u32);
          if (shape == 2)
            for (gsize i = 0; i < n / 2; i++) {
              guint32 t = v[i];
              v[i] = v[n - 1 - i];
              v[n - 1 - i] = t;
            }
        }
        if (n > 0)
          memcpy(want, v, n * sizeof *v);
        qsort(want, n, sizeof *want, brief_compare_u32);
        brief_sort_u32(v, n, (s + r) % 2 ? tmp : NULL);
        assert_cmpmem(v, n * sizeof *v, want, n * sizeof *want);
      }
}

/* brief_u64map_intern() against a GHashTable: keys that differ only in
 * one half, growth from the smallest table, values kept. */
static void
test_u64map(void)
{
  for (gsize expected = 0; expected <= 100000; expected += 100000) {
    g_autoptr(GHashTable) ref = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    g_autoptr(GRand) rand = g_rand_new_with_seed(7);
    BriefU64Map m;

    brief_u64map_init(&m, expected);
    for (guint k = 0; k < 60000; k++) {
      guint64 key =
          ((guint64)g_rand_int_range(rand, 0, 300) << 32) | (guint32)g_rand_int_range(rand, 0, 300);
      gboolean added = FALSE;
      guint32 value = brief_u64map_intern(&m, key, k, &added);
      gpointer known = g_hash_table_lookup(ref, &key);
      if (known == NULL) {
        g_assert_true(added);
        g_assert_cmpuint(value, ==, k);
        g_hash_table_insert(ref, g_memdup2(&key, sizeof key), GUINT_TO_POINTER(k + 1));
      } else {
        g_assert_false(added);
        g_assert_cmpuint(value, ==, GPOINTER_TO_UINT(known) - 1);
      }
    }
    g_assert_cmpuint(m.len, ==, g_hash_table_size(ref));
    g_assert_cmpuint(m.len, >, 40000); /* most of the 90,000 possible keys */
    brief_u64map_clear(&m);
    g_assert_null(m.slots);
  }
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/util/check-utf8/base-offset", test_check_utf8_base_offset);
  g_test_add_func("/util/read-file", test_read_file);
  g_test_add_func("/util/read-file/limit", test_read_file_limit);
  g_test_add_func("/util/read-file/total", test_read_file_total);
  g_test_add_func("/util/read-file/dev-zero", test_read_file_dev_zero);
  g_test_add_func("/util/read-file/fifo", test_read_file_fifo);
  g_test_add_func("/util/format-bytes", test_format_bytes);
  g_test_add_func("/util/collapse-space", test_collapse_space);
  g_test_add_func("/util/count-words", test_count_words);
  g_test_add_func("/util/write", test_write_file_atomic);
  g_test_add_func("/util/write/missing-dir", test_write_file_atomic_missing_dir);
  g_test_add_func("/util/write/onto-dir", test_write_file_atomic_into_directory_path);
  g_test_add_func("/util/printable", test_printable);
  g_test_add_func("/util/io-errors", test_io_errors);
  g_test_add_func("/util/gunzip", test_gunzip);
  g_test_add_func("/util/sort-u32", test_sort_u32);
  g_test_add_func("/util/u64map", test_u64map);
  return g_test_run();
}
