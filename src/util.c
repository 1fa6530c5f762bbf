/* SPDX-License-Identifier: BSD-3-Clause */
#include "brief-private.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

gboolean
brief_check_utf8(const char *name, const char *data, gsize len, gsize base_offset, GError **error)
{
  const char *end = NULL;

  if (!g_utf8_validate_len(data, len, &end)) {
    gsize off = (gsize)(end - data) + base_offset;
    g_autofree char *shown = brief_printable_dup(name, -1, 0);
    if (*end == '\0' && (gsize)(end - data) < len)
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING,
                  "%s: NUL byte at byte %" G_GSIZE_FORMAT " (not a text file?)", shown, off);
    else
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING,
                  "%s: invalid UTF-8 at byte %" G_GSIZE_FORMAT, shown, off);
    return FALSE;
  }
  return TRUE;
}

char *
brief_format_bytes(gsize bytes)
{
  static const char *const units[] = {"KiB", "MiB", "GiB", "TiB"};
  const char *unit = NULL;

  /* A limit is shown in the largest unit that divides it. */
  for (guint i = 0; i < G_N_ELEMENTS(units) && bytes >= 1024 && bytes % 1024 == 0; i++) {
    bytes /= 1024;
    unit = units[i];
  }
  if (unit == NULL)
    return g_strdup_printf("%" G_GSIZE_FORMAT " bytes", bytes);
  return g_strdup_printf("%" G_GSIZE_FORMAT " %s", bytes, unit);
}

gsize
brief_read_room(const BriefReadLimits *limits, const char **tunable, gsize *shown)
{
  /* "No limit" stays far from overflowing max + 1. */
  const gsize none = G_MAXSIZE / 2;
  gsize file = limits->max_file ? MIN(limits->max_file, none) : none;
  gsize left = limits->max_total ? limits->max_total - MIN(limits->used, limits->max_total) : none;

  if (left < file) {
    *tunable = "max-total-bytes";
    *shown = limits->max_total;
    return left;
  }
  *tunable = "max-input-bytes";
  *shown = limits->max_file;
  return file;
}

static GPrivate warning_sink; /* GPtrArray * of this thread, or NULL */

void
brief_warning(const char *format, ...)
{
  GPtrArray *sink = g_private_get(&warning_sink);
  va_list args;
  char *message;

  va_start(args, format);
  message = g_strdup_vprintf(format, args);
  va_end(args);
  if (sink != NULL) {
    g_ptr_array_add(sink, message);
    return;
  }
  g_warning("%s", message);
  g_free(message);
}

GPtrArray *
brief_warnings_to(GPtrArray *sink)
{
  GPtrArray *was = g_private_get(&warning_sink);

  g_private_set(&warning_sink, sink);
  return was;
}

void
brief_set_limit_error(GError **error, const char *name, const char *tunable, gsize limit)
{
  g_autofree char *shown = brief_format_bytes(limit);
  g_autofree char *file = brief_printable_dup(name, -1, 0);

  if (strcmp(tunable, "max-total-bytes") == 0)
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT,
                "%s: the files read add up to more than the limit of %s (%s)", file, shown,
                tunable);
  else
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT, "%s: larger than the input limit of %s (%s)",
                file, shown, tunable);
}

void
brief_set_io_error(GError **error, const char *name, int e)
{
  const char *reason = e == ENOENT ? "no such file or directory" : g_strerror(e);
  g_autofree char *file = brief_printable_dup(name, -1, 0);

  g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: %c%s", file, g_ascii_tolower(reason[0]),
              reason + 1);
}

void
brief_set_file_error(GError **error, const char *name, const GError *file_error)
{
  static const struct {
    gint code;
    int e;
  } codes[] = {
      {G_FILE_ERROR_ACCES, EACCES},   {G_FILE_ERROR_NOENT, ENOENT},
      {G_FILE_ERROR_NOTDIR, ENOTDIR}, {G_FILE_ERROR_LOOP, ELOOP},
      {G_FILE_ERROR_PERM, EPERM},     {G_FILE_ERROR_NAMETOOLONG, ENAMETOOLONG},
      {G_FILE_ERROR_MFILE, EMFILE},   {G_FILE_ERROR_NFILE, ENFILE},
      {G_FILE_ERROR_NOMEM, ENOMEM},
  };
  int e = EIO;

  for (gsize i = 0; file_error->domain == G_FILE_ERROR && i < G_N_ELEMENTS(codes); i++)
    if (codes[i].code == file_error->code)
      e = codes[i].e;
  brief_set_io_error(error, name, e);
}

/* Read `fd` to its end into a buffer of at most `max` + 1 bytes: one byte
 * more than `max` is enough to know the input is too large, so an endless
 * input stops there.  *`over` tells that case from an error. */
static char *
read_fd(int fd, const char *name, gsize max, gsize size_hint, gsize *len, gboolean *over,
        GError **error)
{
  gsize cap = MIN(MAX(size_hint, 65536), max) + 1, n = 0;
  char *buf = g_malloc(cap + 1);

  *over = FALSE;
  for (;;) {
    ssize_t got;
    if (n == cap) {
      if (cap > max) {
        *over = TRUE;
        g_free(buf);
        return NULL;
      }
      cap = cap > max / 2 ? max + 1 : cap * 2;
      buf = g_realloc(buf, cap + 1);
    }
    got = read(fd, buf + n, cap - n);
    if (got < 0 && errno == EINTR)
      continue;
    if (got < 0) {
      brief_set_io_error(error, name, errno);
      g_free(buf);
      return NULL;
    }
    if (got == 0)
      break;
    n += (gsize)got;
  }
  if (n > max) {
    *over = TRUE;
    g_free(buf);
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* Open `path` for reading (`fd` 0 for "-") and tell its size when it is a
 * regular file. */
static int
open_input(const char *path, const char *name, gsize *size, GError **error)
{
  struct stat st;
  int fd = strcmp(path, "-") == 0 ? 0 : g_open(path, O_RDONLY, 0);

  if (fd < 0) {
    brief_set_io_error(error, name, errno);
    return -1;
  }
  *size = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? (gsize)st.st_size : 0;
  return fd;
}

char *
brief_read_file(const char *path, BriefReadLimits *limits, gsize *len, GError **error)
{
  char *data = brief_read_bytes(path, limits, len, error);

  if (data != NULL &&
      !brief_check_utf8(strcmp(path, "-") == 0 ? "standard input" : path, data, *len, 0, error)) {
    limits->used -= *len;
    g_free(data);
    return NULL;
  }
  return data;
}

char *
brief_read_bytes(const char *path, BriefReadLimits *limits, gsize *len, GError **error)
{
  const char *name, *tunable = NULL;
  gsize max, shown = 0, size = 0, n = 0;
  gboolean over = FALSE;
  char *data;
  int fd;

  g_return_val_if_fail(path != NULL && limits != NULL && len != NULL, NULL);

  name = strcmp(path, "-") == 0 ? "standard input" : path;
  max = brief_read_room(limits, &tunable, &shown);
  fd = open_input(path, name, &size, error);
  if (fd < 0)
    return NULL;
  /* A regular file too large is refused before reading it; any other
   * input is read up to the limit. */
  if (size > max) {
    over = TRUE;
    data = NULL;
  } else {
    data = read_fd(fd, name, max, size, &n, &over, error);
  }
  if (fd != 0)
    close(fd);
  if (over)
    brief_set_limit_error(error, name, tunable, shown);
  if (data == NULL)
    return NULL;
  limits->used += n;
  *len = n;
  return data;
}

gboolean
brief_unichar_is_control(gunichar c)
{
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

char *
brief_collapse_space(const char *text, gsize len)
{
  GString *out = g_string_sized_new(len + 1);
  gboolean space = FALSE;
  const char *p = text, *end = text + len;

  while (p < end) {
    gunichar c = g_utf8_get_char(p);
    const char *next = g_utf8_next_char(p);
    if (g_unichar_isspace(c) || c == 0x200B /* zero width space */) {
      space = TRUE;
    } else if (brief_unichar_is_control(c)) {
      /* Control characters (an escape sequence in a title, say) reach no
       * terminal and no page. */
    } else {
      if (space && out->len > 0)
        g_string_append_c(out, ' ');
      space = FALSE;
      g_string_append_len(out, p, next - p);
    }
    p = next;
  }
  return g_string_free(out, FALSE);
}

guint
brief_count_words(const char *text, gsize len)
{
  guint n = 0;
  gboolean in_word = FALSE;
  const char *p = text, *end = text + len;

  while (p < end) {
    gunichar c;
    if ((guchar)*p < 0x80) {
      /* ASCII fast path; the same white space as below. */
      if (g_ascii_isspace(*p)) {
        in_word = FALSE;
      } else if (!in_word) {
        in_word = TRUE;
        n++;
      }
      p++;
      continue;
    }
    c = g_utf8_get_char(p);
    /* The same white space as brief_collapse_space. */
    if (g_unichar_isspace(c) || c == 0x200B) {
      in_word = FALSE;
    } else if (!in_word) {
      in_word = TRUE;
      n++;
    }
    p = g_utf8_next_char(p);
  }
  return n;
}

/* ---- 64-bit integer map --------------------------------------------------------- */

static guint64
mix64(guint64 x)
{
  /* A 64-bit finaliser (xorshift-multiply): spreads both halves of a
   * packed (term, term) pair over the table. */
  x ^= x >> 33;
  x *= G_GUINT64_CONSTANT(0xff51afd7ed558ccd);
  x ^= x >> 33;
  x *= G_GUINT64_CONSTANT(0xc4ceb9fe1a85ec53);
  x ^= x >> 33;
  return x;
}

guint64
brief_bytes_hash(const char *t, gsize len)
{
  guint64 h = (guint64)len * 0x9E3779B97F4A7C15u, w;
  gsize i = 0;

  for (; i + 8 <= len; i += 8) {
    memcpy(&w, t + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDu;
    h ^= h >> 32;
  }
  w = 0;
  memcpy(&w, t + i, len - i);
  h = (h ^ w) * 0xC4CEB9FE1A85EC53u;
  return h ^ (h >> 29);
}

void
brief_u64map_init(BriefU64Map *m, gsize expected)
{
  m->cap = 64;
  while (m->cap * 3 < expected * 4)
    m->cap *= 2;
  m->len = 0;
  m->slots = g_new0(BriefU64Slot, m->cap);
  m->seed = ((guint64)g_random_int() << 32) | g_random_int();
}

void
brief_u64map_clear(BriefU64Map *m)
{
  g_clear_pointer(&m->slots, g_free);
  m->cap = m->len = 0;
}

/* The slot of `key`: its own, or the empty one where it would go. */
static BriefU64Slot *
u64map_slot(const BriefU64Map *m, guint64 key)
{
  gsize mask = m->cap - 1, i = (gsize)mix64(key ^ m->seed) & mask;
  guint32 hi = (guint32)(key >> 32), lo = (guint32)key;

  while (m->slots[i].value1 != 0 && (m->slots[i].hi != hi || m->slots[i].lo != lo))
    i = (i + 1) & mask;
  return &m->slots[i];
}

static void
u64map_grow(BriefU64Map *m)
{
  BriefU64Map bigger = {m->cap * 2, m->len, g_new0(BriefU64Slot, m->cap * 2), m->seed};

  for (gsize i = 0; i < m->cap; i++)
    if (m->slots[i].value1 != 0)
      *u64map_slot(&bigger, ((guint64)m->slots[i].hi << 32) | m->slots[i].lo) = m->slots[i];
  g_free(m->slots);
  *m = bigger;
}

guint32
brief_u64map_intern(BriefU64Map *m, guint64 key, guint32 value, gboolean *added)
{
  BriefU64Slot *s = u64map_slot(m, key);

  g_return_val_if_fail(value < G_MAXUINT32, 0);
  if (added)
    *added = s->value1 == 0;
  if (s->value1 != 0)
    return s->value1 - 1;
  if ((m->len + 1) * 4 > m->cap * 3) {
    u64map_grow(m);
    s = u64map_slot(m, key);
  }
  s->hi = (guint32)(key >> 32);
  s->lo = (guint32)key;
  s->value1 = value + 1;
  m->len++;
  return value;
}

gboolean
brief_is_web_url(const char *url)
{
  return url != NULL && (g_ascii_strncasecmp(url, "http://", 7) == 0 ||
                         g_ascii_strncasecmp(url, "https://", 8) == 0);
}

char *
brief_printable_dup(const char *s, gssize len, gsize max_chars)
{
  g_autofree char *valid = NULL;
  GString *out;
  gsize n = 0;
  const char *p;

  g_return_val_if_fail(s != NULL, NULL);
  valid = g_utf8_make_valid(s, len);
  out = g_string_new(NULL);
  /* Quoted input must not break the one-line message or drive the
   * terminal: control characters are shown as \xNN, the rest is cut. */
  for (p = valid; *p && (max_chars == 0 || n < max_chars); p = g_utf8_next_char(p), n++) {
    gunichar c = g_utf8_get_char(p);
    if (brief_unichar_is_control(c))
      g_string_append_printf(out, "\\x%02X", c);
    else if (c == 0x2028 || c == 0x2029)
      g_string_append_printf(out, "\\u%04X", c);
    else
      g_string_append_len(out, p, g_utf8_next_char(p) - p);
  }
  if (*p != '\0')
    g_string_append(out, "\xE2\x80\xA6");
  return g_string_free(out, FALSE);
}

int
brief_compare_u32(const void *a, const void *b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

  return (x > y) - (x < y);
}

guint
brief_threads_resolve(guint requested)
{
  /* Beyond eight threads the stages gain little and memory grows. */
  return requested ? requested : MIN(g_get_num_processors(), 8u);
}

typedef struct {
  guint worker, n_workers, n_items;
  BriefParallelFunc func;
  gpointer data;
} Worker;

static void
worker_run(const Worker *w)
{
  for (guint i = w->worker; i < w->n_items; i += w->n_workers)
    w->func(w->worker, i, w->data);
}

struct BriefTeam {
  GMutex lock;
  GCond start;       /* a round or the end is posted */
  GCond done;        /* the helpers of the round are done */
  guint n_workers;   /* the caller and its helpers */
  GThread **threads; /* per worker: its helper, NULL when it could not start
                        (and for worker 0, the caller) */
  guint n_started;   /* helpers that run */
  guint round;       /* rounds posted */
  guint busy;        /* helpers still working on the round */
  gboolean quit;
  Worker job; /* the round: func, data, n_items */
};

typedef struct {
  BriefTeam *team;
  guint worker;
} Helper;

/* Worker `worker`'s share of the team's round. */
static void
team_share(const BriefTeam *t, guint worker)
{
  Worker w = t->job;

  w.worker = worker;
  w.n_workers = t->n_workers;
  worker_run(&w);
}

static gpointer
team_helper(gpointer data)
{
  Helper *h = data;
  BriefTeam *t = h->team;
  guint seen = 0;

  g_mutex_lock(&t->lock);
  for (;;) {
    while (t->round == seen && !t->quit)
      g_cond_wait(&t->start, &t->lock);
    if (t->quit)
      break;
    seen = t->round;
    g_mutex_unlock(&t->lock);
    team_share(t, h->worker);
    g_mutex_lock(&t->lock);
    if (--t->busy == 0)
      g_cond_signal(&t->done);
  }
  g_mutex_unlock(&t->lock);
  g_free(h);
  return NULL;
}

BriefTeam *
brief_team_new(guint n_workers)
{
  BriefTeam *t = g_new0(BriefTeam, 1);

  t->n_workers = MAX(1u, n_workers);
  g_mutex_init(&t->lock);
  g_cond_init(&t->start);
  g_cond_init(&t->done);
  t->threads = g_new0(GThread *, t->n_workers);
  for (guint w = 1; w < t->n_workers; w++) {
    Helper *h = g_new(Helper, 1);
    *h = (Helper){t, w};
    t->threads[w] = g_thread_try_new("brief-worker", team_helper, h, NULL);
    if (t->threads[w] != NULL)
      t->n_started++;
    else
      g_free(h);
  }
  return t;
}

void
brief_team_run(BriefTeam *t, guint n_items, BriefParallelFunc func, gpointer data)
{
  t->job = (Worker){0, t->n_workers, n_items, func, data};
  if (t->n_started > 0) {
    g_mutex_lock(&t->lock);
    t->busy = t->n_started;
    t->round++;
    g_cond_broadcast(&t->start);
    g_mutex_unlock(&t->lock);
  }
  team_share(t, 0);
  /* The shares of helpers that could not start. */
  for (guint w = 1; w < t->n_workers; w++)
    if (t->threads[w] == NULL)
      team_share(t, w);
  g_mutex_lock(&t->lock);
  while (t->busy > 0)
    g_cond_wait(&t->done, &t->lock);
  g_mutex_unlock(&t->lock);
}

void
brief_team_free(BriefTeam *t)
{
  if (t == NULL)
    return;
  g_mutex_lock(&t->lock);
  t->quit = TRUE;
  g_cond_broadcast(&t->start);
  g_mutex_unlock(&t->lock);
  for (guint w = 1; w < t->n_workers; w++)
    if (t->threads[w] != NULL)
      g_thread_join(t->threads[w]);
  g_mutex_clear(&t->lock);
  g_cond_clear(&t->start);
  g_cond_clear(&t->done);
  g_free(t->threads);
  g_free(t);
}

void
brief_parallel_for(guint n_items, guint n_threads, BriefParallelFunc func, gpointer data)
{
  BriefTeam *team = brief_team_new(MIN(n_threads, n_items));

  brief_team_run(team, n_items, func, data);
  brief_team_free(team);
}

static const char *const month_names[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};
static const char *const weekday_names[7] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

const char *
brief_month_name(int month)
{
  g_return_val_if_fail(month >= 1 && month <= 12, "");
  return month_names[month - 1];
}

char *
brief_format_long_date(int year, int month, int day)
{
  GDate d;

  g_date_clear(&d, 1);
  g_date_set_dmy(&d, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
  return g_strdup_printf("%s, %d %s %d", weekday_names[g_date_get_weekday(&d) - 1], day,
                         brief_month_name(month), year);
}

void
brief_sort_u32(guint32 *v, gsize n, guint32 *tmp)
{
  guint32 *own = NULL, *src = v, *dst;
  gsize count[256];

  if (n <= 32) {
    for (gsize i = 1; i < n; i++) {
      guint32 x = v[i];
      gsize j = i;
      for (; j > 0 && v[j - 1] > x; j--)
        v[j] = v[j - 1];
      v[j] = x;
    }
    return;
  }
  dst = tmp != NULL ? tmp : (own = g_new(guint32, n));
  for (guint shift = 0; shift < 32; shift += 8) {
    gsize pos = 0;
    memset(count, 0, sizeof count);
    for (gsize i = 0; i < n; i++)
      count[(src[i] >> shift) & 0xFF]++;
    if (count[(src[0] >> shift) & 0xFF] == n)
      continue; /* this byte is the same in every value */
    for (guint b = 0; b < 256; b++) {
      gsize c = count[b];
      count[b] = pos;
      pos += c;
    }
    for (gsize i = 0; i < n; i++)
      dst[count[(src[i] >> shift) & 0xFF]++] = src[i];
    {
      guint32 *t = src;
      src = dst;
      dst = t;
    }
  }
  if (src != v)
    memcpy(v, src, n * sizeof *v);
  g_free(own);
}
