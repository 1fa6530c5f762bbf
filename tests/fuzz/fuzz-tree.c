/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: the directory reader (cluster.c): a folder of files,
 * and one level of story folders, read file after file on one thread and,
 * on several, a window of files at a time taken in name order.
 *
 * The input is a folder described byte by byte: a settings byte (threads,
 * format, tree or flat, limits), then up to 24 entries, each a place byte
 * (top level, story folder "a" or "b", or an empty story folder), a name of
 * up to 15 bytes ('/' and NUL made '_'; a leading '.' makes a hidden file)
 * and a body of up to 4 KiB.  The folder is written to this process's
 * temporary directory and read with brief_cluster_add_tree() or
 * brief_cluster_add_path():
 *  - on one thread (read_file() on each file in turn) and on 2 to 4 (the
 *    windows): the same outcome, the same error message, the same warnings
 *    in the same order, the same articles byte for byte
 *    (brief_cluster_articles_to_string(), JSON);
 *  - a failure sets one BRIEF_ERROR of a reading kind and adds nothing;
 *  - every article is named by a path inside the folder, never a hidden
 *    file.  (What each reader makes of a file is checked by the targets
 *    of the readers.)
 * The limits are small (max-input-bytes 64 to 4,096, max-total-bytes 256
 * to 65,536) so that they are met often, by plain and by gzip data.  (24
 * files of 4 KiB fill no window: tests/test-cluster.c reads 600 files.)
 */
#include "brief-private.h"
#include "cluster-private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_MAX_INPUT (128 * 1024)
#define MAX_ENTRIES    24
#define MAX_NAME       15
#define MAX_BODY       4096

#include "fuzz-common.h"
#include "../test-files.h" /* rm_tree() */

static gboolean
same_string(const char *a, const char *b)
{
  return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* The warnings of the read under way, in the order they were given; the
 * handler may be called from any thread. */
static GPtrArray *warnings;
static GMutex warnings_lock;

static void
keep_warning(const char *domain, GLogLevelFlags level, const char *message, gpointer user_data)
{
  (void)domain;
  (void)level;
  (void)user_data;
  g_mutex_lock(&warnings_lock);
  if (warnings != NULL)
    g_ptr_array_add(warnings, g_strdup(message));
  g_mutex_unlock(&warnings_lock);
}

static char *root; /* this process's folder, made once, emptied per input */

/* Empty the folder for the next input. */
static void
remove_root(void)
{
  rm_tree(root);
  g_mkdir(root, 0700);
}

static void
remove_root_at_exit(void)
{
  rm_tree(root);
}

static const char *
fuzz_root(void)
{
  if (root == NULL) {
    GError *error = NULL;
    root = g_dir_make_tmp("brief-fuzz-tree-XXXXXX", &error);
    CHECK(root != NULL, "temporary folder: %s", error->message);
    atexit(remove_root_at_exit);
    g_log_set_handler("brief", G_LOG_LEVEL_WARNING, keep_warning, NULL);
  }
  return root;
}

/* A name from the input: '/' and NUL become '_'; "." and ".." become "_". */
static char *
take_name(FuzzInput *in)
{
  char *name = fuzz_take_string(in, (fuzz_byte(in) % MAX_NAME) + 1);

  for (char *p = name; *p; p++)
    if (*p == '/')
      *p = '_';
  if (name[0] == '\0' || strcmp(name, ".") == 0 || strcmp(name, "..") == 0) {
    g_free(name);
    name = g_strdup("_");
  }
  return name;
}

/* Write the folder the input describes under the root. */
static void
write_tree(FuzzInput *in)
{
  for (guint e = 0; e < MAX_ENTRIES && in->size > 0; e++) {
    guint8 place = fuzz_byte(in) % 4;
    g_autofree char *name = take_name(in);
    gsize high = fuzz_byte(in), len = ((high << 8) | fuzz_byte(in)) % (MAX_BODY + 1);
    static const char *const folders[] = {NULL, "a", "b", "c"};
    g_autofree char *dir =
        folders[place] ? g_build_filename(root, folders[place], NULL) : g_strdup(root);
    g_autofree char *path = g_build_filename(dir, name, NULL);
    const char *body = (const char *)in->data;

    len = MIN(len, in->size);
    in->data += len;
    in->size -= len;
    g_mkdir(dir, 0700);
    /* An empty story folder; a folder's name taken by a file; a file's
     * name taken by a folder. */
    if (place == 3 || !g_file_test(dir, G_FILE_TEST_IS_DIR) ||
        g_file_test(path, G_FILE_TEST_IS_DIR))
      continue;
    CHECK(g_file_set_contents(path, body, (gssize)len, NULL), "cannot write %s", path);
  }
}

typedef struct {
  gboolean ok;
  char *message;  /* the error's, or NULL */
  char *articles; /* JSON Lines of the articles */
  GPtrArray *warnings;
} Outcome;

static void
outcome_clear(Outcome *o)
{
  g_free(o->message);
  g_free(o->articles);
  g_ptr_array_unref(o->warnings);
}

/* Every article is named by a path inside the root, not a hidden file. */
static void
check_articles(const BriefCluster *cluster)
{
  gsize n = strlen(root);

  for (guint i = 0; i < brief_cluster_get_n_articles(cluster); i++) {
    const BriefArticle *a = brief_cluster_get_article(cluster, i);
    const char *base;
    CHECK(a->name != NULL && strncmp(a->name, root, n) == 0 && a->name[n] == '/',
          "article %u named outside the folder: %s", i, a->name ? a->name : "(null)");
    base = strrchr(a->name, '/') + 1;
    CHECK(base[0] != '.', "article %u from a hidden file: %s", i, a->name);
    CHECK(a->text != NULL && strlen(a->text) == a->text_len, "%s: text_len is not its length",
          a->name);
  }
}

static Outcome
read_tree(BriefConfig *config, guint threads, gboolean tree, BriefInputFormat format)
{
  g_autoptr(BriefCluster) cluster = brief_cluster_new();
  g_autoptr(GError) error = NULL;
  g_autofree char *n = g_strdup_printf("%u", threads);
  Outcome o = {FALSE, NULL, NULL, g_ptr_array_new_with_free_func(g_free)};

  CHECK(brief_config_set(config, "threads", n, NULL), "threads %u", threads);
  brief_cluster_set_limits(cluster, config);
  g_mutex_lock(&warnings_lock);
  warnings = o.warnings;
  g_mutex_unlock(&warnings_lock);
  o.ok = tree ? brief_cluster_add_tree(cluster, root, format, &error)
              : brief_cluster_add_path(cluster, root, format, &error);
  g_mutex_lock(&warnings_lock);
  warnings = NULL;
  g_mutex_unlock(&warnings_lock);
  fuzz_check_result(o.ok, error, tree ? "add_tree" : "add_path");
  if (!o.ok) {
    CHECK(error->code == BRIEF_ERROR_IO || error->code == BRIEF_ERROR_ENCODING ||
              error->code == BRIEF_ERROR_PARSE || error->code == BRIEF_ERROR_EMPTY ||
              error->code == BRIEF_ERROR_LIMIT,
          "error code %d: %s", error->code, error->message);
    CHECK(brief_cluster_get_n_articles(cluster) == 0, "articles added by a read that failed");
    o.message = g_strdup(error->message);
  }
  check_articles(cluster);
  o.articles = brief_cluster_articles_to_string(cluster, BRIEF_FORMAT_JSON);
  return o;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const char *const max_input[] = {"64", "300", "1024", "4096"};
  static const char *const max_total[] = {"256", "2048", "8192", "65536"};
  static const BriefInputFormat formats[] = {BRIEF_INPUT_AUTO, BRIEF_INPUT_AUTO, BRIEF_INPUT_AUTO,
                                             BRIEF_INPUT_AUTO, BRIEF_INPUT_TEXT, BRIEF_INPUT_JSONL,
                                             BRIEF_INPUT_HTML, BRIEF_INPUT_FEED};
  g_autoptr(BriefConfig) config = brief_config_new();
  FuzzInput in = {data, size};
  guint8 settings, limits;
  guint threads;
  gboolean tree;
  BriefInputFormat format;
  Outcome one, many;

  fuzz_setup_logs();
  if (size > FUZZ_MAX_INPUT)
    return 0;
  fuzz_root();
  settings = fuzz_byte(&in);
  limits = fuzz_byte(&in);
  threads = 2 + settings % 3;
  tree = (settings >> 2) & 1;
  format = formats[(settings >> 3) % G_N_ELEMENTS(formats)];
  CHECK(brief_config_set(config, "max-input-bytes", max_input[limits % 4], NULL), "limits");
  CHECK(brief_config_set(config, "max-total-bytes", max_total[(limits >> 2) % 4], NULL), "limits");
  remove_root();
  write_tree(&in);

  one = read_tree(config, 1, tree, format);
  many = read_tree(config, threads, tree, format);
  CHECK(one.ok == many.ok, "1 thread %s, %u threads %s", one.ok ? "read" : "failed", threads,
        many.ok ? "read" : "failed");
  CHECK(same_string(one.message, many.message), "errors differ: '%s' and '%s'", one.message,
        many.message);
  CHECK(one.warnings->len == many.warnings->len, "%u warnings on 1 thread, %u on %u",
        one.warnings->len, many.warnings->len, threads);
  for (guint w = 0; w < one.warnings->len; w++)
    CHECK(strcmp(g_ptr_array_index(one.warnings, w), g_ptr_array_index(many.warnings, w)) == 0,
          "warning %u differs: '%s' and '%s'", w, (char *)g_ptr_array_index(one.warnings, w),
          (char *)g_ptr_array_index(many.warnings, w));
  CHECK(strcmp(one.articles, many.articles) == 0, "articles differ on 1 and %u threads", threads);
  outcome_clear(&one);
  outcome_clear(&many);
  return 0;
}
