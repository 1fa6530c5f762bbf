/* SPDX-License-Identifier: BSD-3-Clause */
/* BriefOutput and brief_write_file(): a regular file replaced atomically
 * through a hidden temporary file, a FIFO or character device written
 * through, anything else refused; the temporary file removed on SIGHUP,
 * SIGINT and SIGTERM. */
#define _XOPEN_SOURCE 700 /* lstat, realpath, fchown, SA_RESETHAND, O_CLOEXEC */
#include "brief-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- removing the temporary file on a signal ------------------------------------ */

/* A handler is installed for a signal only while some write is in progress
 * and only when the signal's action is the default one (the process would
 * die anyway): an application's own handler, an ignored signal, or a
 * signal it waits for is never touched.  The handler unlinks the armed
 * temporary files, the default action comes back (SA_RESETHAND) and the
 * signal is raised again, so the process dies of it as it would have. */
#define CLEANUP_SLOTS 8

static const int cleanup_signals[] = {SIGHUP, SIGINT, SIGTERM};
#define N_CLEANUP_SIGNALS G_N_ELEMENTS(cleanup_signals)

static char cleanup_path[CLEANUP_SLOTS][PATH_MAX];
static gint cleanup_armed[CLEANUP_SLOTS]; /* read by the handler (atomic) */
static gboolean cleanup_taken[CLEANUP_SLOTS];
static gboolean cleanup_installed[N_CLEANUP_SIGNALS];
static guint cleanup_users;
static GMutex cleanup_lock;

static void
cleanup_handler(int sig)
{
  int saved = errno;

  for (int i = 0; i < CLEANUP_SLOTS; i++)
    if (g_atomic_int_get(&cleanup_armed[i]))
      unlink(cleanup_path[i]);
  /* SA_RESETHAND restored the default action; the signal stays blocked
   * until this handler returns, then ends the process. */
  raise(sig);
  errno = saved;
}

static void
cleanup_install(void)
{
  struct sigaction sa;

  memset(&sa, 0, sizeof sa);
  sa.sa_handler = cleanup_handler;
  sa.sa_flags = (int)SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  for (guint i = 0; i < N_CLEANUP_SIGNALS; i++)
    sigaddset(&sa.sa_mask, cleanup_signals[i]);
  for (guint i = 0; i < N_CLEANUP_SIGNALS; i++) {
    struct sigaction old;
    cleanup_installed[i] = FALSE;
    if (sigaction(cleanup_signals[i], NULL, &old) != 0 || (old.sa_flags & SA_SIGINFO) ||
        old.sa_handler != SIG_DFL)
      continue;
    cleanup_installed[i] = sigaction(cleanup_signals[i], &sa, NULL) == 0;
  }
}

static void
cleanup_uninstall(void)
{
  for (guint i = 0; i < N_CLEANUP_SIGNALS; i++) {
    struct sigaction cur;
    if (!cleanup_installed[i] || sigaction(cleanup_signals[i], NULL, &cur) != 0)
      continue;
    /* Put the default back only if nobody replaced our handler meanwhile. */
    if (!(cur.sa_flags & SA_SIGINFO) && cur.sa_handler == cleanup_handler) {
      struct sigaction dfl;
      memset(&dfl, 0, sizeof dfl);
      dfl.sa_handler = SIG_DFL;
      sigemptyset(&dfl.sa_mask);
      sigaction(cleanup_signals[i], &dfl, NULL);
    }
    cleanup_installed[i] = FALSE;
  }
}

/* Start a write: the handlers in place, a slot for the temporary file's
 * name (-1 when all are taken: the file is then only hidden). */
static int
cleanup_begin(void)
{
  int slot = -1;

  g_mutex_lock(&cleanup_lock);
  if (cleanup_users++ == 0)
    cleanup_install();
  for (int i = 0; i < CLEANUP_SLOTS && slot < 0; i++)
    if (!cleanup_taken[i]) {
      cleanup_taken[i] = TRUE;
      slot = i;
    }
  g_mutex_unlock(&cleanup_lock);
  return slot;
}

static void
cleanup_arm(int slot, const char *tmp)
{
  if (slot < 0 || strlen(tmp) >= PATH_MAX)
    return;
  memcpy(cleanup_path[slot], tmp, strlen(tmp) + 1);
  g_atomic_int_set(&cleanup_armed[slot], 1);
}

static void
cleanup_end(int slot)
{
  g_mutex_lock(&cleanup_lock);
  if (slot >= 0) {
    g_atomic_int_set(&cleanup_armed[slot], 0);
    cleanup_taken[slot] = FALSE;
  }
  if (--cleanup_users == 0)
    cleanup_uninstall();
  g_mutex_unlock(&cleanup_lock);
}

/* ---- writing -------------------------------------------------------------------- */

static gboolean
fail(GError **error, const char *path, int errsv)
{
  g_autofree char *reason = g_strdup(g_strerror(errsv));

  /* "permission denied", in the style of brief's own messages. */
  reason[0] = g_ascii_tolower(reason[0]);
  g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_OUTPUT, "%s: %s", path, reason);
  return FALSE;
}

static gboolean
write_all(int fd, const char *data, gsize len)
{
  while (len > 0) {
    ssize_t n = write(fd, data, MIN(len, (gsize)G_MAXSSIZE));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      if (n == 0)
        errno = EIO;
      return FALSE;
    }
    data += n;
    len -= (gsize)n;
  }
  return TRUE;
}

/* `.NAME.XXXXXX` beside `target`: hidden, so directory readers skip it. */
char *
brief_write_temp_template(const char *target)
{
  g_autofree char *dir = g_path_get_dirname(target);
  g_autofree char *base = g_path_get_basename(target);

  /* Leave room for the dot and the suffix within NAME_MAX. */
  if (strlen(base) > 200)
    base[200] = '\0';
  return g_strdup_printf("%s%s.%s.XXXXXX", dir, G_DIR_SEPARATOR_S, base);
}

/* The new file takes the old one's permissions (and, where allowed, owner
 * and group); a new target gets 0666 less the umask, as a shell's `>`. */
static gboolean
keep_mode(int fd, const struct stat *old)
{
  if (old == NULL)
    return TRUE;
  if ((old->st_uid != geteuid() || old->st_gid != getegid()) &&
      fchown(fd, old->st_uid, old->st_gid) != 0 && fchown(fd, (uid_t)-1, old->st_gid) != 0) {
    /* Not allowed: the file is ours, as any new file would be. */
  }
  return fchmod(fd, old->st_mode & 0777) == 0;
}

static void
sync_directory(const char *target)
{
  g_autofree char *dir = g_path_get_dirname(target);
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  /* Best effort: the rename is done either way. */
  if (fd >= 0) {
    (void)fsync(fd);
    close(fd);
  }
}

/* ---- an output being written ---------------------------------------------------- */

struct _BriefOutput {
  char *shown;  /* the path the caller gave, for messages */
  char *target; /* the file the temporary one replaces (a link's target) */
  char *tmp;    /* the temporary file; NULL when not replacing */
  FILE *stream; /* standard output or error; NULL otherwise */
  int fd;       /* the temporary file or the FIFO/device; -1 for a stream */
  int slot;     /* cleanup slot of the temporary file */
};

static BriefOutput *
output_new(const char *shown)
{
  BriefOutput *o = g_new0(BriefOutput, 1);

  o->shown = g_strdup(shown);
  o->fd = -1;
  o->slot = -1;
  return o;
}

/* Open a hidden temporary file beside `target`, with the permissions of
 * `old` (NULL: a new file). */
static BriefOutput *
open_replace(const char *shown, const char *target, const struct stat *old, GError **error)
{
  BriefOutput *o = output_new(shown);
  int errsv;

  o->target = g_strdup(target);
  o->tmp = brief_write_temp_template(target);
  o->slot = cleanup_begin();
  o->fd = g_mkstemp_full(o->tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (o->fd < 0) {
    errsv = errno;
    g_clear_pointer(&o->tmp, g_free);
    brief_output_free(o);
    fail(error, shown, errsv);
    return NULL;
  }
  cleanup_arm(o->slot, o->tmp);
  if (!keep_mode(o->fd, old)) {
    errsv = errno;
    brief_output_free(o);
    fail(error, shown, errsv);
    return NULL;
  }
  return o;
}

/* A FIFO or character device: opened as it is (no O_CREAT, no O_TRUNC);
 * a FIFO's open waits for a reader, as a shell's would. */
static BriefOutput *
open_through(const char *path, GError **error)
{
  BriefOutput *o;
  struct stat st;
  int fd;

  do
    fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    fail(error, path, errno);
    return NULL;
  }
  if (fstat(fd, &st) != 0 || !(S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
    close(fd);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_OUTPUT, "%s: replaced while being opened", path);
    return NULL;
  }
  o = output_new(path);
  o->fd = fd;
  return o;
}

static BriefOutput *
open_stream(FILE *stream, const char *name)
{
  BriefOutput *o = output_new(name);

  o->stream = stream;
  return o;
}

BriefOutput *
brief_output_open(const char *path, GError **error)
{
  g_autofree char *real = NULL;
  struct stat st;

  g_return_val_if_fail(path != NULL, NULL);

  if (strcmp(path, "-") == 0 || strcmp(path, "/dev/stdout") == 0)
    return open_stream(stdout, "standard output");
  if (strcmp(path, "/dev/stderr") == 0)
    return open_stream(stderr, "standard error");
  if (lstat(path, &st) != 0) {
    if (errno != ENOENT) {
      fail(error, path, errno);
      return NULL;
    }
    return open_replace(path, path, NULL, error);
  }
  if (S_ISLNK(st.st_mode)) {
    /* Follow the link: the file it points to is replaced in its own
     * directory and the link stays. */
    real = realpath(path, NULL);
    if (real == NULL && errno == ENOENT) {
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_OUTPUT,
                  "%s: symbolic link to a file that does not exist", path);
      return NULL;
    }
    if (real == NULL || stat(real, &st) != 0) {
      fail(error, path, errno);
      return NULL;
    }
  }
  if (S_ISREG(st.st_mode))
    return open_replace(path, real ? real : path, &st, error);
  if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))
    return open_through(path, error);
  g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_OUTPUT, "%s: %s", path,
              S_ISDIR(st.st_mode) ? "is a directory"
                                  : "not a regular file, FIFO or character device");
  return NULL;
}

gboolean
brief_output_write(BriefOutput *output, const char *data, gsize len, GError **error)
{
  g_return_val_if_fail(output != NULL, FALSE);
  g_return_val_if_fail(data != NULL || len == 0, FALSE);

  if (output->stream != NULL) {
    /* Flushed at once: a reader down a pipe sees each piece as written. */
    if (fwrite(data, 1, len, output->stream) != len || fflush(output->stream) != 0)
      return fail(error, output->shown, errno);
    return TRUE;
  }
  if (!write_all(output->fd, data, len))
    return fail(error, output->shown, errno);
  return TRUE;
}

/* Sync the temporary file and rename it over the target. */
static int
commit_replace(BriefOutput *o)
{
  int errsv = 0;

  if (fsync(o->fd) != 0)
    errsv = errno;
  if (close(o->fd) != 0 && errsv == 0 && errno != EINTR)
    errsv = errno;
  o->fd = -1;
  if (errsv == 0 && rename(o->tmp, o->target) != 0)
    errsv = errno;
  if (errsv == 0) {
    g_clear_pointer(&o->tmp, g_free); /* renamed: nothing left to remove */
    sync_directory(o->target);
  }
  return errsv;
}

gboolean
brief_output_close(BriefOutput *output, GError **error)
{
  int errsv = 0;

  g_return_val_if_fail(output != NULL, FALSE);

  if (output->stream != NULL) {
    if (fflush(output->stream) != 0)
      errsv = errno;
  } else if (output->tmp != NULL) {
    errsv = commit_replace(output);
  } else {
    if (close(output->fd) != 0 && errno != EINTR)
      errsv = errno;
    output->fd = -1;
  }
  if (errsv != 0)
    fail(error, output->shown, errsv);
  brief_output_free(output);
  return errsv == 0;
}

void
brief_output_free(BriefOutput *output)
{
  if (output == NULL)
    return;
  if (output->fd >= 0)
    close(output->fd);
  if (output->tmp != NULL)
    unlink(output->tmp);
  if (output->target != NULL)
    cleanup_end(output->slot);
  g_free(output->shown);
  g_free(output->target);
  g_free(output->tmp);
  g_free(output);
}

gboolean
brief_write_file(const char *path, const char *data, gsize len, GError **error)
{
  BriefOutput *o;

  g_return_val_if_fail(path != NULL, FALSE);
  g_return_val_if_fail(data != NULL || len == 0, FALSE);

  o = brief_output_open(path, error);
  if (o == NULL)
    return FALSE;
  if (!brief_output_write(o, data, len, error)) {
    brief_output_free(o);
    return FALSE;
  }
  return brief_output_close(o, error);
}
