/* SPDX-License-Identifier: BSD-3-Clause */
/* The floor of a summarizer's work: read every file, split it into words,
 * case-fold them and stem them with Snowball (once per distinct surface
 * form), and count the stems.  Nothing else: no sentences, no vectors, no
 * graph.  bench/speed reports brief's time as a multiple of this program's
 * on the same input in the same run.
 *
 *   brief-floor [--language NAME] PATH...
 *
 * PATH is a file or a directory (its regular files, not recursively).
 * Prints files, bytes, words, distinct surface forms and distinct stems. */
#include <glib.h>
#include <libstemmer.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  struct sb_stemmer *stemmer;
  GHashTable *memo;  /* raw word -> stem id + 1 */
  GHashTable *stems; /* stem -> id + 1 */
  guint64 *counts;
  gsize n_counts;
  guint64 files, bytes, words;
} Floor;

static guint
stem_id(Floor *f, const char *raw, gsize len)
{
  g_autofree char *folded = g_utf8_casefold(raw, (gssize)len);
  const sb_symbol *stem =
      sb_stemmer_stem(f->stemmer, (const sb_symbol *)folded, (int)strlen(folded));
  char *key = g_strndup((const char *)stem, (gsize)sb_stemmer_length(f->stemmer));
  gpointer v = g_hash_table_lookup(f->stems, key);
  guint id;

  if (v != NULL) {
    g_free(key);
    return GPOINTER_TO_UINT(v) - 1;
  }
  id = g_hash_table_size(f->stems);
  g_hash_table_insert(f->stems, key, GUINT_TO_POINTER(id + 1));
  if (id >= f->n_counts) {
    gsize n = MAX(1024, f->n_counts * 2);
    f->counts = g_renew(guint64, f->counts, n);
    memset(f->counts + f->n_counts, 0, (n - f->n_counts) * sizeof *f->counts);
    f->n_counts = n;
  }
  return id;
}

static gboolean
is_word_char(const char *p)
{
  gunichar c;

  if ((guchar)*p < 0x80)
    return g_ascii_isalnum(*p);
  c = g_utf8_get_char(p);
  return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

static void
count_words(Floor *f, const char *text, gsize len)
{
  const char *p = text, *end = text + len;
  char buf[256];

  while (p < end) {
    const char *w = p;
    gsize wl;
    gpointer v;
    guint id;

    if (!is_word_char(p)) {
      p = (guchar)*p < 0x80 ? p + 1 : g_utf8_next_char(p);
      continue;
    }
    while (p < end && is_word_char(p))
      p = (guchar)*p < 0x80 ? p + 1 : g_utf8_next_char(p);
    wl = (gsize)(p - w);
    if (wl >= sizeof buf)
      wl = sizeof buf - 1;
    memcpy(buf, w, wl);
    buf[wl] = '\0';
    v = g_hash_table_lookup(f->memo, buf);
    if (v != NULL) {
      id = GPOINTER_TO_UINT(v) - 1;
    } else {
      id = stem_id(f, buf, wl);
      g_hash_table_insert(f->memo, g_strdup(buf), GUINT_TO_POINTER(id + 1));
    }
    f->counts[id]++;
    f->words++;
  }
}

static gboolean
read_one(Floor *f, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents(path, &data, &len, &error)) {
    fprintf(stderr, "brief-floor: %s\n", error->message);
    return FALSE;
  }
  f->files++;
  f->bytes += len;
  count_words(f, data, len);
  return TRUE;
}

static int
compare_names(gconstpointer a, gconstpointer b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static gboolean
read_path(Floor *f, const char *path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test(path, G_FILE_TEST_IS_DIR))
    return read_one(f, path);
  dir = g_dir_open(path, 0, NULL);
  if (dir == NULL) {
    fprintf(stderr, "brief-floor: %s: cannot open the directory\n", path);
    return FALSE;
  }
  names = g_ptr_array_new_with_free_func(g_free);
  while ((name = g_dir_read_name(dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add(names, g_build_filename(path, name, NULL));
  g_ptr_array_sort(names, compare_names);
  for (guint i = 0; i < names->len; i++)
    if (g_file_test(names->pdata[i], G_FILE_TEST_IS_REGULAR) && !read_one(f, names->pdata[i]))
      return FALSE;
  return TRUE;
}

int
main(int argc, char **argv)
{
  const char *language = "english";
  Floor f = {0};
  int first = 1, status = 0;

  if (argc > 2 && strcmp(argv[1], "--language") == 0) {
    language = argv[2];
    first = 3;
  }
  if (first >= argc) {
    fprintf(stderr, "usage: brief-floor [--language NAME] PATH...\n");
    return 2;
  }
  f.stemmer = sb_stemmer_new(language, "UTF_8");
  if (f.stemmer == NULL) {
    fprintf(stderr, "brief-floor: no Snowball stemmer for '%s'\n", language);
    return 2;
  }
  f.memo = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  f.stems = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  for (int i = first; i < argc && status == 0; i++)
    if (!read_path(&f, argv[i]))
      status = 1;
  printf("files %" G_GUINT64_FORMAT ", bytes %" G_GUINT64_FORMAT ", words %" G_GUINT64_FORMAT
         ", surface forms %u, stems %u\n",
         f.files, f.bytes, f.words, g_hash_table_size(f.memo), g_hash_table_size(f.stems));
  g_hash_table_unref(f.memo);
  g_hash_table_unref(f.stems);
  g_free(f.counts);
  sb_stemmer_delete(f.stemmer);
  return status;
}
