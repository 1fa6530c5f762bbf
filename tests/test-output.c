/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/output.c: what brief_write_file() does with each kind
 * of target (regular file, none, FIFO, character device, symbolic link,
 * directory, socket), file modes, its messages, and its temporary file when
 * the process is killed or signalled in the middle of a write.  (The plain
 * atomic-replace cases are in test-util.c.) */
#define _GNU_SOURCE /* fork, mkfifo, lstat, setrlimit, sigaction, sockets */
#include "brief-private.h"
#include "test-files.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

static gint
compare_names(gconstpointer a, gconstpointer b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in `dir`, sorted, joined by spaces. */
static char *
list_dir(const char *dir)
{
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const char *name;

  g_assert_nonnull(d);
  while ((name = g_dir_read_name(d)) != NULL)
    g_ptr_array_add(names, g_strdup(name));
  g_ptr_array_sort(names, compare_names);
  g_ptr_array_add(names, NULL);
  return g_strjoinv(" ", (char **)names->pdata);
}

static char *
read_back(const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_assert_true(g_file_get_contents(path, &data, NULL, &error));
  g_assert_no_error(error);
  return data;
}

static void
assert_output_error(GError *error, const char *path, const char *reason)
{
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_OUTPUT);
  if (!g_str_has_prefix(error->message, path) || strstr(error->message, reason) == NULL)
    g_error("message '%s' does not name '%s' with '%s'", error->message, path, reason);
  /* Never the temporary file. */
  g_assert_null(strstr(error->message, "XXXXXX"));
}

static void
test_temp_name_hidden(void)
{
  g_autofree char *tmpl = brief_write_temp_template("some/dir/out.txt");
  g_autofree char *bare = brief_write_temp_template("out.txt");
  g_autofree char *longname = g_strnfill(250, 'a');
  g_autofree char *cut = brief_write_temp_template(longname);

  g_assert_cmpstr(tmpl, ==, "some/dir/.out.txt.XXXXXX");
  g_assert_cmpstr(bare, ==, "./.out.txt.XXXXXX");
  /* Within NAME_MAX (255) however long the target's name. */
  g_assert_cmpuint(strlen(cut) - 2, <=, 255);
  g_assert_true(g_str_has_suffix(cut, ".XXXXXX"));
}

static void
test_modes(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *kept = g_build_filename(dir, "kept.txt", NULL);
  g_autofree char *fresh = g_build_filename(dir, "new.txt", NULL);
  g_autoptr(GError) error = NULL;
  struct stat st;
  mode_t mask = umask(022);

  /* An existing file keeps its permissions. */
  write_file(dir, "kept.txt", "old", -1);
  g_assert_cmpint(chmod(kept, 0640), ==, 0);
  g_assert_true(brief_write_file(kept, "new", 3, &error));
  g_assert_no_error(error);
  g_assert_cmpint(lstat(kept, &st), ==, 0);
  g_assert_cmpint(st.st_mode & 07777, ==, 0640);
  /* A new one gets 0666 less the umask, as a shell's `>`. */
  g_assert_true(brief_write_file(fresh, "new", 3, &error));
  g_assert_cmpint(lstat(fresh, &st), ==, 0);
  g_assert_cmpint(st.st_mode & 07777, ==, 0644);
  umask(mask);
  rm_tree(dir);
}

typedef struct {
  const char *path;
  char *data;
} FifoReader;

static gpointer
read_fifo(gpointer p)
{
  FifoReader *r = p;

  /* Opening blocks until brief_write_file() opens the other end. */
  r->data = read_back(r->path);
  return NULL;
}

static void
test_fifo(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *fifo = g_build_filename(dir, "fifo", NULL);
  g_autoptr(GError) error = NULL;
  FifoReader r = {fifo, NULL};
  GThread *reader;
  struct stat st;

  g_assert_cmpint(mkfifo(fifo, 0600), ==, 0);
  reader = g_thread_new("fifo-reader", read_fifo, &r);
  g_assert_true(brief_write_file(fifo, "through the pipe\n", 17, &error));
  g_assert_no_error(error);
  g_thread_join(reader);
  g_assert_cmpstr(r.data, ==, "through the pipe\n");
  /* Still a FIFO, and nothing else beside it. */
  g_assert_cmpint(lstat(fifo, &st), ==, 0);
  g_assert_true(S_ISFIFO(st.st_mode));
  {
    g_autofree char *names = list_dir(dir);
    g_assert_cmpstr(names, ==, "fifo");
  }
  g_free(r.data);
  rm_tree(dir);
}

static void
test_dev_null(void)
{
  g_autoptr(GError) error = NULL;
  struct stat before, after;

  g_assert_cmpint(lstat("/dev/null", &before), ==, 0);
  g_assert_true(S_ISCHR(before.st_mode));
  g_assert_true(brief_write_file("/dev/null", "gone\n", 5, &error));
  g_assert_no_error(error);
  g_assert_cmpint(lstat("/dev/null", &after), ==, 0);
  g_assert_true(S_ISCHR(after.st_mode));
  g_assert_cmpuint(after.st_ino, ==, before.st_ino);
  g_assert_cmpuint(after.st_rdev, ==, before.st_rdev);
  g_assert_cmpint(after.st_mode, ==, before.st_mode);
}

static void
test_symlink(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *real_dir = g_build_filename(dir, "real", NULL);
  g_autofree char *target = g_build_filename(real_dir, "target.txt", NULL);
  g_autofree char *link = g_build_filename(dir, "link.txt", NULL);
  g_autofree char *dangling = g_build_filename(dir, "dangling.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL, *points_to = NULL, *names = NULL, *real_names = NULL;
  struct stat st;

  g_assert_cmpint(g_mkdir(real_dir, 0700), ==, 0);
  write_file(real_dir, "target.txt", "old", -1);
  g_assert_cmpint(chmod(target, 0604), ==, 0);
  g_assert_cmpint(symlink("real/target.txt", link), ==, 0);
  /* The file the link points to is replaced; the link stays. */
  g_assert_true(brief_write_file(link, "new", 3, &error));
  g_assert_no_error(error);
  g_assert_cmpint(lstat(link, &st), ==, 0);
  g_assert_true(S_ISLNK(st.st_mode));
  points_to = g_file_read_link(link, NULL);
  g_assert_cmpstr(points_to, ==, "real/target.txt");
  data = read_back(target);
  g_assert_cmpstr(data, ==, "new");
  g_assert_cmpint(lstat(target, &st), ==, 0);
  g_assert_cmpint(st.st_mode & 07777, ==, 0604);
  /* A link to nothing is refused, and nothing is created. */
  g_assert_cmpint(symlink("real/missing.txt", dangling), ==, 0);
  g_assert_false(brief_write_file(dangling, "x", 1, &error));
  assert_output_error(error, dangling, "symbolic link to a file that does not exist");
  names = list_dir(dir);
  real_names = list_dir(real_dir);
  g_assert_cmpstr(names, ==, "dangling.txt link.txt real");
  g_assert_cmpstr(real_names, ==, "target.txt");
  rm_tree(dir);
}

static void
test_refused(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *sub = g_build_filename(dir, "sub", NULL);
  g_autofree char *sock_path = g_build_filename(dir, "sock", NULL);
  g_autofree char *loop = g_build_filename(dir, "loop", NULL);
  g_autoptr(GError) error = NULL;
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);

  /* A directory. */
  g_assert_cmpint(g_mkdir(sub, 0700), ==, 0);
  g_assert_false(brief_write_file(sub, "x", 1, &error));
  assert_output_error(error, sub, "is a directory");
  g_clear_error(&error);
  /* A socket: neither a file, a FIFO nor a character device. */
  g_assert_cmpint(fd, >=, 0);
  g_assert_cmpuint(strlen(sock_path), <, sizeof addr.sun_path);
  memcpy(addr.sun_path, sock_path, strlen(sock_path) + 1);
  g_assert_cmpint(bind(fd, (struct sockaddr *)&addr, sizeof addr), ==, 0);
  g_assert_false(brief_write_file(sock_path, "x", 1, &error));
  assert_output_error(error, sock_path, "not a regular file, FIFO or character device");
  g_clear_error(&error);
  close(fd);
  /* A link to itself. */
  g_assert_cmpint(symlink("loop", loop), ==, 0);
  g_assert_false(brief_write_file(loop, "x", 1, &error));
  assert_output_error(error, loop, "symbolic links");
  {
    g_autofree char *names = list_dir(dir);
    g_assert_cmpstr(names, ==, "loop sock sub");
  }
  rm_tree(dir);
}

/* ---- in a child process --------------------------------------------------------- */

/* What the child does when its file grows past RLIMIT_FSIZE, that is in
 * the middle of writing the temporary file. */
static int raise_on_full = 0;

static void
on_file_full(int sig)
{
  (void)sig;
  raise(raise_on_full);
}

/* Fork; the child writes `len` bytes to `path` with a file size limit of
 * 64 KiB, and raises `sig` on hitting it (0: the write fails with EFBIG).
 * The child exits 0 when brief_write_file() failed naming `path`. */
static int
child_write(const char *path, gsize len, int sig)
{
  int status = 0;
  pid_t pid;

  fflush(NULL);
  pid = fork();
  g_assert_cmpint(pid, >=, 0);
  if (pid == 0) {
    struct rlimit fsize = {64 * 1024, 64 * 1024}, core = {0, 0};
    struct sigaction sa = {0};
    GError *error = NULL;
    char *data = g_malloc0(len);

    setrlimit(RLIMIT_CORE, &core);
    setrlimit(RLIMIT_FSIZE, &fsize);
    raise_on_full = sig;
    sa.sa_handler = sig ? on_file_full : SIG_IGN;
    sigaction(SIGXFSZ, &sa, NULL);
    if (brief_write_file(path, data, len, &error))
      _exit(1);
    _exit(g_str_has_prefix(error->message, path) && strstr(error->message, "XXXXXX") == NULL ? 0
                                                                                             : 2);
  }
  g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
  return status;
}

static guint
n_articles(const char *dir)
{
  g_autoptr(BriefCluster) cluster = brief_cluster_new();
  g_autoptr(GError) error = NULL;

  g_assert_true(brief_cluster_add_path(cluster, dir, BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  return brief_cluster_get_n_articles(cluster);
}

static void
test_killed(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *out = g_build_filename(dir, "out.txt", NULL);
  g_autofree char *names = NULL;
  int status;

  write_file(dir, "article.txt", "An article.", -1);
  /* kill -9 in the middle of the write: the hidden temporary file stays
   * (nothing can remove it), the target is never made... */
  status = child_write(out, 1024 * 1024, SIGKILL);
  g_assert_true(WIFSIGNALED(status));
  g_assert_cmpint(WTERMSIG(status), ==, SIGKILL);
  names = list_dir(dir);
  g_assert_true(g_str_has_prefix(names, ".out.txt."));
  g_assert_true(g_str_has_suffix(names, " article.txt"));
  g_assert_cmpuint(strlen(names), ==, strlen(".out.txt.XXXXXX article.txt"));
  /* ...and reading the directory skips it. */
  g_assert_cmpuint(n_articles(dir), ==, 1);
  rm_tree(dir);
}

static void
test_signalled(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *out = g_build_filename(dir, "out.txt", NULL);
  int signals[] = {SIGTERM, SIGINT, SIGHUP};

  write_file(dir, "out.txt", "old", -1);
  for (guint i = 0; i < G_N_ELEMENTS(signals); i++) {
    int status = child_write(out, 1024 * 1024, signals[i]);
    g_autofree char *names = list_dir(dir);
    g_autofree char *data = read_back(out);

    /* The child died of the signal, and the temporary file is gone. */
    g_assert_true(WIFSIGNALED(status));
    g_assert_cmpint(WTERMSIG(status), ==, signals[i]);
    g_assert_cmpstr(names, ==, "out.txt");
    g_assert_cmpstr(data, ==, "old");
  }
  rm_tree(dir);
}

static void
test_write_fails(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *out = g_build_filename(dir, "out.txt", NULL);
  g_autofree char *names = NULL, *data = NULL;
  int status;

  /* A full disk (here: the file size limit): the old file stays, the
   * temporary one goes, the message names the target. */
  write_file(dir, "out.txt", "old", -1);
  status = child_write(out, 1024 * 1024, 0);
  g_assert_true(WIFEXITED(status));
  g_assert_cmpint(WEXITSTATUS(status), ==, 0);
  names = list_dir(dir);
  data = read_back(out);
  g_assert_cmpstr(names, ==, "out.txt");
  g_assert_cmpstr(data, ==, "old");
  rm_tree(dir);
}

static void
test_unwritable_dir(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *locked = g_build_filename(dir, "locked", NULL);
  g_autofree char *out = g_build_filename(locked, "out.txt", NULL);
  g_autofree char *names = NULL;
  int status = 0;
  pid_t pid;

  g_assert_cmpint(g_mkdir(locked, 0755), ==, 0);
  g_assert_cmpint(chmod(dir, 0755), ==, 0);
  g_assert_cmpint(chmod(locked, 0555), ==, 0);
  fflush(NULL);
  pid = fork();
  g_assert_cmpint(pid, >=, 0);
  if (pid == 0) {
    GError *error = NULL;
    /* Root may write anywhere: become nobody first. */
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
      _exit(3);
    if (brief_write_file(out, "x", 1, &error))
      _exit(1);
    _exit(error->code == BRIEF_ERROR_OUTPUT && g_str_has_prefix(error->message, out) &&
                  strstr(error->message, "permission denied") != NULL
              ? 0
              : 2);
  }
  g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
  g_assert_true(WIFEXITED(status));
  g_assert_cmpint(WEXITSTATUS(status), ==, 0);
  names = list_dir(locked);
  g_assert_cmpstr(names, ==, "");
  g_assert_cmpint(chmod(locked, 0755), ==, 0);
  rm_tree(dir);
}

/* The handlers are there only during a write, and only for signals whose
 * action was the default: an application's own stay as they are. */
static void
on_term(int sig)
{
  (void)sig;
}

static void
test_handlers_restored(void)
{
  g_autofree char *dir = make_tmp_dir();
  g_autofree char *out = g_build_filename(dir, "out.txt", NULL);
  struct sigaction own = {0}, saved_term, saved_int, cur;

  own.sa_handler = on_term;
  sigaction(SIGTERM, &own, &saved_term);
  signal(SIGINT, SIG_IGN);
  sigaction(SIGINT, NULL, &saved_int);
  g_assert_true(brief_write_file(out, "x", 1, NULL));
  sigaction(SIGTERM, NULL, &cur);
  g_assert_true(cur.sa_handler == on_term);
  sigaction(SIGINT, NULL, &cur);
  g_assert_true(cur.sa_handler == SIG_IGN);
  sigaction(SIGHUP, NULL, &cur);
  g_assert_true(cur.sa_handler == SIG_DFL);
  sigaction(SIGTERM, &saved_term, NULL);
  signal(SIGINT, SIG_DFL);
  rm_tree(dir);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/output/temp-name-hidden", test_temp_name_hidden);
  g_test_add_func("/output/modes", test_modes);
  g_test_add_func("/output/fifo", test_fifo);
  g_test_add_func("/output/dev-null", test_dev_null);
  g_test_add_func("/output/symlink", test_symlink);
  g_test_add_func("/output/refused", test_refused);
  g_test_add_func("/output/killed", test_killed);
  g_test_add_func("/output/signalled", test_signalled);
  g_test_add_func("/output/write-fails", test_write_fails);
  g_test_add_func("/output/unwritable-dir", test_unwritable_dir);
  g_test_add_func("/output/handlers-restored", test_handlers_restored);
  return g_test_run();
}
