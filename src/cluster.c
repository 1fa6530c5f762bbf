/* SPDX-License-Identifier: BSD-3-Clause */
/* A cluster of articles: read from files, directories (one level of story
 * subdirectories with brief_cluster_add_tree()) or memory, each input by
 * the reader of its format. */
#include "cluster-private.h"

#include "brief-private.h"
#include "config-private.h"
#include "dates-private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

struct _BriefCluster {
  GPtrArray *articles;    /* BriefArticle*, owned */
  BriefReadLimits limits; /* of the files read into it */
  GHashTable *by_url;     /* url -> index + 1 of the article added with it;
                             made when the first article with a URL is added */
  GPtrArray *replaced;    /* feed items a page took the place of: kept until
                             the cluster is freed, as brief_cluster_get_article()
                             promised */
};

static BriefArticle *
article_copy(const BriefArticle *a)
{
  BriefArticle *copy = g_new0(BriefArticle, 1);

  *copy = *a;
  copy->name = g_strdup(a->name);
  copy->id = g_strdup(a->id);
  copy->title = g_strdup(a->title);
  copy->source = g_strdup(a->source);
  copy->url = g_strdup(a->url);
  copy->author = g_strdup(a->author);
  copy->cluster = g_strdup(a->cluster);
  copy->text = g_strndup(a->text, a->text_len);
  return copy;
}

/* ---- the cluster ------------------------------------------------------------ */

BriefCluster *
brief_cluster_new(void)
{
  BriefCluster *c = g_new0(BriefCluster, 1);

  c->articles = g_ptr_array_new_with_free_func(brief_article_free);
  brief_cluster_set_limits(c, NULL);
  return c;
}

void
brief_cluster_set_limits(BriefCluster *cluster, const BriefConfig *config)
{
  g_autoptr(BriefConfig) defaults = NULL;

  g_return_if_fail(cluster != NULL);
  if (config == NULL)
    config = defaults = brief_config_new();
  cluster->limits.max_file = config->max_input_bytes;
  cluster->limits.max_total = config->max_total_bytes;
  cluster->limits.n_threads = brief_config_get_n_threads(config);
}

void
brief_cluster_free(BriefCluster *cluster)
{
  if (cluster == NULL)
    return;
  g_ptr_array_unref(cluster->articles);
  if (cluster->by_url != NULL)
    g_hash_table_unref(cluster->by_url);
  if (cluster->replaced != NULL)
    g_ptr_array_unref(cluster->replaced);
  g_free(cluster);
}

BriefCluster *
brief_cluster_new_subset(const BriefCluster *cluster, const guint *indices, guint n)
{
  BriefCluster *c;

  g_return_val_if_fail(cluster != NULL && (indices != NULL || n == 0), NULL);
  c = brief_cluster_new();
  /* The limits, but nothing read yet. */
  c->limits = cluster->limits;
  c->limits.used = 0;
  for (guint i = 0; i < n; i++) {
    g_return_val_if_fail(indices[i] < cluster->articles->len, c);
    g_ptr_array_add(c->articles, article_copy(g_ptr_array_index(cluster->articles, indices[i])));
  }
  return c;
}

BriefCluster *
brief_cluster_new_view(const BriefCluster *cluster, const guint *indices, guint n)
{
  BriefCluster *c;

  g_return_val_if_fail(cluster != NULL && (indices != NULL || n == 0), NULL);
  c = g_new0(BriefCluster, 1);
  c->articles = g_ptr_array_sized_new(n); /* borrowed: no free function */
  c->limits = cluster->limits;
  c->limits.used = 0;
  for (guint i = 0; i < n; i++) {
    g_return_val_if_fail(indices[i] < cluster->articles->len, c);
    g_ptr_array_add(c->articles, g_ptr_array_index(cluster->articles, indices[i]));
  }
  return c;
}

guint
brief_cluster_get_n_articles(const BriefCluster *cluster)
{
  g_return_val_if_fail(cluster != NULL, 0);
  return cluster->articles->len;
}

const BriefArticle *
brief_cluster_get_article(const BriefCluster *cluster, guint index)
{
  g_return_val_if_fail(cluster != NULL, NULL);
  g_return_val_if_fail(index < cluster->articles->len, NULL);
  return g_ptr_array_index(cluster->articles, index);
}

gboolean
brief_briefing_date(const char *date_option, const BriefCluster *cluster, int *year, int *month,
                    int *day)
{
  const BriefArticle *newest[2] = {NULL, NULL}; /* given, found in the text */
  gint best[2] = {0, 0};                          /* their brief_day_key() */
  const BriefArticle *a;
  guint n;

  if (date_option != NULL)
    return brief_parse_date(date_option, year, month, day, NULL);
  n = brief_cluster_get_n_articles(cluster);
  for (guint i = 0; i < n; i++) {
    const BriefArticle *b = brief_cluster_get_article(cluster, i);
    guint kind = b->date_in_text ? 1 : 0;
    gint key = b->year != 0 ? brief_day_key(b->year, b->month, b->day) : 0;
    if (key > best[kind]) {
      best[kind] = key;
      newest[kind] = b;
    }
  }
  /* A date the article gives (a header, a JSON member) beats one found in
   * a text, which may be a date the story looks ahead to ("elections on
   * January 9").  Days are compared as written: 23:30 at UTC-5 on 8 May is
   * older than 9 May. */
  a = newest[0] != NULL ? newest[0] : newest[1];
  if (a == NULL)
    return FALSE;
  *year = a->year;
  *month = a->month;
  *day = a->day;
  return TRUE;
}

/* Whether a query parameter only says where a reader came from (a feed,
 * a newsletter, a social network): the page is the same without it. */
static gboolean
is_tracking_param(const char *param, gsize len)
{
  static const char *const names[] = {"fbclid", "gclid", "mc_cid", "mc_eid", "ocid", NULL};

  if (len >= 4 && g_ascii_strncasecmp(param, "utm_", 4) == 0)
    return TRUE;
  for (guint i = 0; names[i] != NULL; i++)
    if (strlen(names[i]) == len && g_ascii_strncasecmp(param, names[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* The key under which `url` names an article: one page whatever the
 * scheme (http or https), the case of the host, a default port, a
 * fragment, a slash at the end of the path or the parameters that track
 * where the reader came from (utm_source, fbclid, ...).  A feed's link
 * often carries "?utm_source=rss" where the page's canonical address does
 * not.  Not a web address that GLib can parse: as it is.  (transfer full) */
static char *
url_key(const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse(url, G_URI_FLAGS_ENCODED, NULL);
  g_autoptr(GString) key = NULL;
  g_autofree char *host = NULL;
  const char *path, *query;
  gsize path_len;
  gint port;

  if (uri == NULL || g_uri_get_host(uri) == NULL)
    return g_strdup(url);
  host = g_ascii_strdown(g_uri_get_host(uri), -1);
  port = g_uri_get_port(uri);
  key = g_string_new("//");
  g_string_append(key, host);
  if (port > 0 && port != 80 && port != 443)
    g_string_append_printf(key, ":%d", port);
  path = g_uri_get_path(uri);
  path_len = strlen(path);
  while (path_len > 0 && path[path_len - 1] == '/')
    path_len--;
  g_string_append_len(key, path, (gssize)path_len);
  query = g_uri_get_query(uri);
  for (char sep = '?'; query != NULL && *query != '\0';) {
    const char *end = strchr(query, '&'), *eq;
    gsize len = end != NULL ? (gsize)(end - query) : strlen(query);
    eq = memchr(query, '=', len);
    if (len > 0 && !is_tracking_param(query, eq != NULL ? (gsize)(eq - query) : len)) {
      g_string_append_c(key, sep);
      g_string_append_len(key, query, (gssize)len);
      sep = '&';
    }
    query = end != NULL ? end + 1 : NULL;
  }
  return g_string_free(g_steal_pointer(&key), FALSE);
}

/* The index of the article of `cluster` added with the address of key
 * `key`, or -1. */
static gint
url_index(BriefCluster *cluster, const char *key)
{
  gpointer v;

  if (cluster->by_url == NULL) {
    cluster->by_url = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < cluster->articles->len; i++) {
      const BriefArticle *a = g_ptr_array_index(cluster->articles, i);
      char *k = a->url != NULL ? url_key(a->url) : NULL;
      if (k != NULL && !g_hash_table_contains(cluster->by_url, k))
        g_hash_table_insert(cluster->by_url, k, GUINT_TO_POINTER(i + 1));
      else
        g_free(k);
    }
  }
  v = g_hash_table_lookup(cluster->by_url, key);
  return v != NULL ? (gint)GPOINTER_TO_UINT(v) - 1 : -1;
}

/* Put `a` (owned) in the place of article `at` of `cluster`; the article
 * it replaces is kept until the cluster is freed (a caller may hold it). */
static void
replace_article(BriefCluster *cluster, guint at, BriefArticle *a)
{
  BriefArticle *old = g_ptr_array_index(cluster->articles, at);

  cluster->articles->pdata[at] = a;
  if (cluster->replaced == NULL)
    cluster->replaced = g_ptr_array_new_with_free_func(brief_article_free);
  g_ptr_array_add(cluster->replaced, old);
}

/* Add `a` (owned) to `cluster`.  A feed item and a page or article with
 * the same address (by url_key()) are one article: the page, which holds
 * the whole text, is kept, whichever came first; of two feed items with
 * the same fragment (or none) the first.  Two pages or articles with one
 * address both stay. */
static void
add_article(BriefCluster *cluster, BriefArticle *a)
{
  g_autofree char *key = a->url != NULL ? url_key(a->url) : NULL;
  const char *fragment = a->url != NULL ? strchr(a->url, '#') : NULL;
  /* An item's key with its fragment: the posts of a live page. */
  g_autofree char *post = key != NULL && a->item > 0 && fragment != NULL
                              ? g_strconcat(key, fragment, NULL)
                              : NULL;
  gint at = key != NULL ? url_index(cluster, key) : -1;
  BriefArticle *old = at >= 0 ? g_ptr_array_index(cluster->articles, at) : NULL;

  /* Two items of a live blog's feed link to posts of one page
   * ("live#post-1", "live#post-2"): two articles, and the same post seen
   * again is one. */
  if (old != NULL && a->item > 0 && old->item > 0 &&
      g_strcmp0(strchr(old->url, '#'), fragment) != 0) {
    if (post != NULL && g_hash_table_contains(cluster->by_url, post)) {
      brief_article_free(a);
      return;
    }
    old = NULL;
  }
  if (old != NULL && a->item > 0) {
    brief_article_free(a);
    return;
  }
  if (old != NULL && old->item > 0) {
    replace_article(cluster, (guint)at, a);
    return;
  }
  if (key != NULL && at < 0)
    g_hash_table_insert(cluster->by_url, g_steal_pointer(&key),
                        GUINT_TO_POINTER(cluster->articles->len + 1));
  if (post != NULL && !g_hash_table_contains(cluster->by_url, post))
    g_hash_table_insert(cluster->by_url, g_steal_pointer(&post),
                        GUINT_TO_POINTER(cluster->articles->len + 1));
  g_ptr_array_add(cluster->articles, a);
}

/* Move the articles of `from` to the end of `cluster`. */
static void
move_articles(BriefCluster *cluster, GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    add_article(cluster, g_steal_pointer(&from->pdata[i]));
  g_ptr_array_set_size(from, 0);
}

void
brief_cluster_take_articles(BriefCluster *cluster, GPtrArray *articles)
{
  move_articles(cluster, articles);
}

/* ---- reading ------------------------------------------------------------------ */

/* Decompress gzip `*data` into `*inflated`: at most max-input-bytes, and
 * the decompressed bytes (not the compressed ones read) count towards
 * max-total-bytes. */
static gboolean
inflate(const char *name, const char **data, gsize *len, char **inflated, BriefReadLimits *limits,
        GError **error)
{
  g_autofree char *shown = brief_printable_dup(name, -1, 0);
  gsize n = 0, used;

  *inflated = brief_gunzip(shown, *data, *len, limits->max_file, &n, error);
  if (*inflated == NULL)
    return FALSE;
  used = limits->used >= *len ? limits->used - *len + n : n;
  if (limits->max_total > 0 && used > limits->max_total) {
    brief_set_limit_error(error, shown, "max-total-bytes", limits->max_total);
    g_clear_pointer(inflated, g_free);
    return FALSE;
  }
  limits->used = used;
  *data = *inflated;
  *len = n;
  return TRUE;
}

/* Warn that the input of `local` is skipped for it; TRUE. */
static gboolean
skip_for(const GError *local)
{
  brief_warning("%s; skipped", local->message);
  return TRUE;
}

/* Read `data` with the reader its name and content call for; an input
 * that is no article is skipped with a warning, and so, unless the format
 * was given, is XML that turns out to be no feed.  gzip data is
 * decompressed first, within `limits`.  With `in_folder` (a file found in
 * a directory, not named) and no format given, a page or feed that cannot
 * be read (markup past repair or past the element limit) and damaged gzip
 * data are skipped with a warning too: a day's folder of fetched pages
 * must not lose its briefing to one bad download. */
static gboolean
read_data(GPtrArray *out, const char *name, const char *data, gsize len, BriefInputFormat format,
          BriefReadLimits *limits, gboolean in_folder, GError **error)
{
  const char *why = NULL;
  g_autofree char *inflated = NULL;
  g_autoptr(GError) local = NULL;
  BriefReaderFunc reader;
  gboolean lenient = in_folder && format == BRIEF_INPUT_AUTO;

  if (brief_is_gzip(data, len) && !inflate(name, &data, &len, &inflated, limits, &local)) {
    if (lenient && g_error_matches(local, BRIEF_ERROR, BRIEF_ERROR_PARSE))
      return skip_for(local);
    g_propagate_error(error, g_steal_pointer(&local));
    return FALSE;
  }
  reader = brief_reader_for(name, data, len, format, &why);
  if (reader == NULL) {
    g_autofree char *shown = brief_printable_dup(name, -1, 0);
    brief_warning("%s: %s; skipped", shown, why);
    return TRUE;
  }
  if (reader(out, name, data, len, &local))
    return TRUE;
  if (format == BRIEF_INPUT_AUTO && reader == brief_reader_feed &&
      g_error_matches(local, BRIEF_ERROR, BRIEF_ERROR_PARSE))
    return skip_for(local);
  if (lenient && (reader == brief_reader_feed || reader == brief_reader_html) &&
      (g_error_matches(local, BRIEF_ERROR, BRIEF_ERROR_PARSE) ||
       g_error_matches(local, BRIEF_ERROR, BRIEF_ERROR_LIMIT)))
    return skip_for(local);
  g_propagate_error(error, g_steal_pointer(&local));
  return FALSE;
}

gboolean
brief_cluster_add_data(BriefCluster *cluster, const char *name, const char *data, gsize len,
                       BriefInputFormat format, GError **error)
{
  g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func(brief_article_free);
  BriefReadLimits limits = {0, 0, 0, 0};

  g_return_val_if_fail(cluster != NULL && name != NULL, FALSE);
  g_return_val_if_fail(data != NULL || len == 0, FALSE);

  limits.max_file = cluster->limits.max_file;
  if (!read_data(tmp, name, data ? data : "", len, format, &limits, FALSE, error))
    return FALSE;
  move_articles(cluster, tmp);
  return TRUE;
}

static gboolean
read_file(GPtrArray *out, const char *path, BriefInputFormat format, BriefReadLimits *limits,
          gboolean in_folder, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  const char *name = strcmp(path, "-") == 0 ? "standard input" : path;

  data = brief_read_bytes(path, limits, &len, error);
  if (data == NULL)
    return FALSE;
  return read_data(out, name, data, len, format, limits, in_folder, error);
}

static gint
compare_names(gconstpointer a, gconstpointer b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* BRIEF_ERROR_EMPTY: directory `path` holds nothing to read. */
static void
set_no_files_error(GError **error, const char *path)
{
  g_autofree char *shown = brief_printable_dup(path, -1, 0);

  g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "%s: no article files in directory", shown);
}

/* A file of a directory listing and its size (0 unless a regular file). */
typedef struct {
  char *path;
  gsize size;
} Listed;

static gint
compare_listed(gconstpointer a, gconstpointer b)
{
  return strcmp(((const Listed *)a)->path, ((const Listed *)b)->path);
}

static void
listed_clear(gpointer p)
{
  g_free(((Listed *)p)->path);
}

/* The regular, non-hidden files of `dir` with their sizes (and, when `dirs`
 * is not NULL, its subdirectories), sorted by name.  BRIEF_ERROR_EMPTY
 * when there is nothing to read. */
static gboolean
list_directory(const char *path, GArray *files, GPtrArray *dirs, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GDir) dir = g_dir_open(path, 0, &local);
  const char *entry;

  if (dir == NULL) {
    brief_set_file_error(error, path, local);
    return FALSE;
  }
  while ((entry = g_dir_read_name(dir)) != NULL) {
    GStatBuf st;
    Listed f = {NULL, 0};
    if (entry[0] == '.')
      continue;
    f.path = g_build_filename(path, entry, NULL);
    if (g_stat(f.path, &st) != 0) {
      g_free(f.path);
    } else if (S_ISREG(st.st_mode)) {
      f.size = (gsize)st.st_size;
      g_array_append_val(files, f);
    } else if (dirs != NULL && S_ISDIR(st.st_mode)) {
      g_ptr_array_add(dirs, f.path);
    } else {
      g_free(f.path);
    }
  }
  if (files->len == 0 && (dirs == NULL || dirs->len == 0)) {
    set_no_files_error(error, path);
    return FALSE;
  }
  g_array_sort(files, compare_listed);
  if (dirs != NULL)
    g_ptr_array_sort(dirs, compare_names);
  return TRUE;
}

/* A file of a directory as a worker read it: its articles, its warnings,
 * its error, and the bytes it adds to the run's total. */
typedef struct {
  const char *path;
  GPtrArray *articles;
  GPtrArray *warnings;
  GError *error;
  gboolean read; /* its bytes were read (else `error` says why not) */
  gsize raw;     /* bytes read */
  char *gzip;    /* they were gzip data: kept, to be inflated in turn */
} FileRead;

typedef struct {
  FileRead *files;
  BriefInputFormat format;
  gsize max_file;
} ReadJob;

/* Read file i of the job as read_file() would with no total limit; the
 * total is settled afterwards, in order, by settle_file().  gzip data is
 * kept to be inflated then: what it inflates to is not known from the
 * size of the file, and a window must not hold more than the total
 * allows. */
static void
read_one(guint worker, guint i, gpointer data)
{
  ReadJob *job = data;
  FileRead *f = &job->files[i];
  BriefReadLimits limits = {job->max_file, 0, 0, 0};
  g_autofree char *bytes = NULL;
  GPtrArray *saved;

  (void)worker;
  f->articles = g_ptr_array_new_with_free_func(brief_article_free);
  f->warnings = g_ptr_array_new_with_free_func(g_free);
  saved = brief_warnings_to(f->warnings);
  bytes = brief_read_bytes(f->path, &limits, &f->raw, &f->error);
  f->read = bytes != NULL;
  if (f->read && brief_is_gzip(bytes, f->raw))
    f->gzip = g_steal_pointer(&bytes);
  else if (f->read)
    read_data(f->articles, f->path, bytes, f->raw, job->format, &limits, TRUE, &f->error);
  brief_warnings_to(saved);
}

static void
file_read_clear(FileRead *f)
{
  g_clear_pointer(&f->articles, g_ptr_array_unref);
  g_clear_pointer(&f->warnings, g_ptr_array_unref);
  g_clear_error(&f->error);
  g_clear_pointer(&f->gzip, g_free);
}

/* Take what a worker read of file `f` as if read_file() had read it now,
 * within `limits`: the error a read within the total would have met
 * instead, else the file's warnings given, its articles appended to `out`
 * and its bytes counted, then its own error if it had one.  gzip data the
 * worker kept is inflated and read now.  (One case differs: a file larger
 * than what is left of the total whose read fails gives the read's error,
 * where read_file() would not have read it and named the limit.) */
static gboolean
settle_file(GPtrArray *out, FileRead *f, BriefReadLimits *limits, BriefInputFormat format,
            GError **error)
{
  const char *tunable;
  gsize shown, room = brief_read_room(limits, &tunable, &shown);

  /* Reading stops at the total when less of it is left than a file may hold. */
  if (strcmp(tunable, "max-total-bytes") == 0 &&
      (f->read ? f->raw > room : g_error_matches(f->error, BRIEF_ERROR, BRIEF_ERROR_LIMIT))) {
    brief_set_limit_error(error, f->path, tunable, shown);
    return FALSE;
  }
  for (guint w = 0; w < f->warnings->len; w++)
    g_warning("%s", (const char *)g_ptr_array_index(f->warnings, w));
  if (f->read)
    limits->used += f->raw;
  if (f->gzip != NULL)
    return read_data(out, f->path, f->gzip, f->raw, format, limits, TRUE, error);
  if (f->error != NULL) {
    g_propagate_error(error, g_steal_pointer(&f->error));
    return FALSE;
  }
  g_ptr_array_extend_and_steal(out, g_steal_pointer(&f->articles));
  return TRUE;
}

/* Files read at once hold at most this many bytes together (one larger
 * file is read alone), and at most 256 files. */
#define READ_WINDOW_BYTES (8u << 20)
#define READ_WINDOW_FILES 256u

/* The files of `files` from `from` that are read at once: as many as fit
 * in the window. */
static guint
window_end(const GArray *files, guint from)
{
  gsize bytes = 0;
  guint to = from;

  while (to < files->len && to - from < READ_WINDOW_FILES) {
    gsize size = g_array_index(files, Listed, to).size;
    if (to > from && bytes + size > READ_WINDOW_BYTES)
      break;
    bytes += size;
    to++;
  }
  return to;
}

/* Read the files of directory `path` in name order; with `dirs`, list its
 * subdirectories there instead of skipping them.  With threads, files are
 * read and parsed on up to limits->n_threads of them, a window of files
 * at a time, then taken in name order: the articles, warnings, errors and
 * limits are those of reading them one after another, as one thread does. */
static gboolean
read_directory(GPtrArray *out, const char *path, GPtrArray *dirs, BriefInputFormat format,
               BriefReadLimits *limits, GError **error)
{
  g_autoptr(GArray) files = g_array_new(FALSE, FALSE, sizeof(Listed));
  gboolean ok = TRUE;

  g_array_set_clear_func(files, listed_clear);
  if (!list_directory(path, files, dirs, error))
    return FALSE;
  if (limits->n_threads <= 1) {
    for (guint i = 0; ok && i < files->len; i++)
      ok = read_file(out, g_array_index(files, Listed, i).path, format, limits, TRUE, error);
    return ok;
  }
  for (guint from = 0; ok && from < files->len;) {
    guint to = window_end(files, from), n = to - from;
    g_autofree FileRead *window = g_new0(FileRead, n);
    ReadJob job = {window, format, limits->max_file};

    for (guint i = 0; i < n; i++)
      window[i].path = g_array_index(files, Listed, from + i).path;
    brief_parallel_for(n, limits->n_threads, read_one, &job);
    for (guint i = 0; i < n; i++) {
      ok = ok && settle_file(out, &window[i], limits, format, error);
      file_read_clear(&window[i]);
    }
    from = to;
  }
  return ok;
}

/* "-" is standard input, even when a directory has that name. */
static gboolean
is_directory(const char *path)
{
  return strcmp(path, "-") != 0 && g_file_test(path, G_FILE_TEST_IS_DIR);
}

/* FALSE with BRIEF_ERROR_IO naming why `path` cannot be looked at: a
 * symbolic link loop is no missing file. */
static gboolean
path_exists(const char *path, GError **error)
{
  GStatBuf st;
  int saved;
  g_autofree char *shown = NULL;

  if (g_stat(path, &st) == 0)
    return TRUE;
  saved = errno;
  shown = brief_printable_dup(path, -1, 0);
  if (saved == ENOENT || saved == ENOTDIR)
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: no such file or directory", shown);
  else if (saved == ELOOP)
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: too many levels of symbolic links", shown);
  else
    brief_set_io_error(error, path, saved);
  return FALSE;
}

/* What brief_cluster_add_path() reads, appended to `out`. */
static gboolean
read_path(GPtrArray *out, const char *path, BriefInputFormat format, BriefReadLimits *limits,
          GError **error)
{
  if (is_directory(path))
    return read_directory(out, path, NULL, format, limits, error);
  if (strcmp(path, "-") != 0 && !path_exists(path, error))
    return FALSE;
  return read_file(out, path, format, limits, FALSE, error);
}

gboolean
brief_cluster_add_path(BriefCluster *cluster, const char *path, BriefInputFormat format,
                       GError **error)
{
  g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func(brief_article_free);

  g_return_val_if_fail(cluster != NULL && path != NULL, FALSE);

  if (!read_path(tmp, path, format, &cluster->limits, error))
    return FALSE;
  move_articles(cluster, tmp);
  return TRUE;
}

/* The articles of story folder `dir`, labelled with its path unless their
 * input gave them a label: the path, not the bare name, so that "day/1"
 * does not meet the JSON label 1 of another feed.  An empty folder is
 * skipped with a warning. */
static gboolean
read_story_folder(GPtrArray *out, const char *dir, BriefInputFormat format, BriefReadLimits *limits,
                  GError **error)
{
  g_autoptr(GError) local = NULL;
  guint from = out->len;

  if (!read_path(out, dir, format, limits, &local)) {
    if (g_error_matches(local, BRIEF_ERROR, BRIEF_ERROR_EMPTY)) {
      g_ptr_array_set_size(out, (gint)from);
      g_warning("%s; skipped", local->message);
      return TRUE;
    }
    g_propagate_error(error, g_steal_pointer(&local));
    return FALSE;
  }
  for (guint i = from; i < out->len; i++) {
    BriefArticle *a = g_ptr_array_index(out, i);
    if (a->cluster == NULL)
      a->cluster = g_strdup(dir);
  }
  return TRUE;
}

gboolean
brief_cluster_add_tree(BriefCluster *cluster, const char *path, BriefInputFormat format,
                       GError **error)
{
  g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func(brief_article_free);
  g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func(g_free);

  g_return_val_if_fail(cluster != NULL && path != NULL, FALSE);

  if (!is_directory(path))
    return brief_cluster_add_path(cluster, path, format, error);
  if (!read_directory(tmp, path, dirs, format, &cluster->limits, error))
    return FALSE;
  for (guint d = 0; d < dirs->len; d++)
    if (!read_story_folder(tmp, g_ptr_array_index(dirs, d), format, &cluster->limits, error))
      return FALSE;
  if (tmp->len == 0) {
    set_no_files_error(error, path);
    return FALSE;
  }
  move_articles(cluster, tmp);
  return TRUE;
}
