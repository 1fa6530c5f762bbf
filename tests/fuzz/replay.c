/* SPDX-License-Identifier: BSD-3-Clause */
/* Replay a fuzz target over its corpus without libFuzzer, so the seeds and
 * the regression inputs run under plain CTest and in the sanitizer build.
 *
 *   fuzz-<target>-replay [FILE|DIRECTORY]...
 *
 * Each argument is an input file or a directory of them (every regular,
 * non-hidden file, in name order).  Without arguments the corpus is
 * $G_TEST_SRCDIR/fuzz/corpus/<target>, with G_TEST_SRCDIR the tests/ folder
 * as for the other tests.  The target aborts on a broken invariant; the
 * driver fails when an input cannot be read or nothing was replayed.
 *
 * Link with exactly one fuzz-<target>.c; BRIEF_FUZZ_TARGET names it.
 */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef BRIEF_FUZZ_TARGET
#error "BRIEF_FUZZ_TARGET must name the fuzz target (tests/CMakeLists.txt)"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static gboolean
replay_file(const char *path, guint *n_inputs)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;
  uint8_t *copy;

  if (!g_file_get_contents(path, &contents, &len, &error)) {
    fprintf(stderr, "replay: %s\n", error->message);
    return FALSE;
  }
  /* Name the input before running it: a crash report then says which. */
  printf("%s (%zu bytes)\n", path, (size_t)len);
  fflush(stdout);
  /* libFuzzer hands over exactly `size` bytes; so does this copy, without
   * the NUL g_file_get_contents() adds, so an over-read is caught. */
  copy = malloc(len);
  if (copy == NULL && len > 0) {
    fprintf(stderr, "replay: %s: out of memory\n", path);
    return FALSE;
  }
  if (len > 0)
    memcpy(copy, contents, len);
  LLVMFuzzerTestOneInput(copy, len);
  free(copy);
  (*n_inputs)++;
  return TRUE;
}

static gint
compare_names(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static gboolean
replay_path(const char *path, guint *n_inputs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test(path, G_FILE_TEST_IS_DIR))
    return replay_file(path, n_inputs);
  dir = g_dir_open(path, 0, &error);
  if (dir == NULL) {
    fprintf(stderr, "replay: %s\n", error->message);
    return FALSE;
  }
  names = g_ptr_array_new_with_free_func(g_free);
  while ((name = g_dir_read_name(dir)) != NULL) {
    g_autofree char *full = g_build_filename(path, name, NULL);
    if (name[0] != '.' && g_file_test(full, G_FILE_TEST_IS_REGULAR))
      g_ptr_array_add(names, g_steal_pointer(&full));
  }
  /* Name order: the same run every time. */
  g_ptr_array_sort(names, compare_names);
  for (guint i = 0; i < names->len; i++)
    if (!replay_file(g_ptr_array_index(names, i), n_inputs))
      return FALSE;
  return TRUE;
}

int
main(int argc, char **argv)
{
  guint n_inputs = 0;

  if (argc > 1 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
    printf("Usage: %s [FILE|DIRECTORY]...\n"
           "Run the %s fuzz target over inputs (default: "
           "$G_TEST_SRCDIR/fuzz/corpus/%s).\n",
           argv[0], BRIEF_FUZZ_TARGET, BRIEF_FUZZ_TARGET);
    return EXIT_SUCCESS;
  }
  if (argc > 1) {
    for (int i = 1; i < argc; i++)
      if (!replay_path(argv[i], &n_inputs))
        return EXIT_FAILURE;
  } else {
    const char *srcdir = g_getenv("G_TEST_SRCDIR");
    g_autofree char *corpus = NULL;
    if (srcdir == NULL) {
      fprintf(stderr, "replay: give a corpus directory or set G_TEST_SRCDIR to tests/\n");
      return EXIT_FAILURE;
    }
    corpus = g_build_filename(srcdir, "fuzz", "corpus", BRIEF_FUZZ_TARGET, NULL);
    if (!replay_path(corpus, &n_inputs))
      return EXIT_FAILURE;
  }
  if (n_inputs == 0) {
    fprintf(stderr, "replay: no inputs: a run over nothing proves nothing\n");
    return EXIT_FAILURE;
  }
  printf("%s: %u inputs replayed, no invariant broken\n", BRIEF_FUZZ_TARGET, n_inputs);
  return EXIT_SUCCESS;
}
