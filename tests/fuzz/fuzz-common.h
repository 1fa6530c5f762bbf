/* SPDX-License-Identifier: BSD-3-Clause */
/* What the fuzz targets share: an invariant check that aborts (so that
 * libFuzzer and the replay test both see the failure) with a message, the
 * log setup, the error check, settings read from the input's first bytes,
 * and a temporary file for the readers that take a path. */
#ifndef BRIEF_FUZZ_COMMON_H
#define BRIEF_FUZZ_COMMON_H

#include <brief/brief.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

G_NORETURN G_GNUC_PRINTF(3, 4) static void fail(const char *file, int line, const char *format, ...)
{
  va_list ap;

  fprintf(stderr, "%s:%d: invariant broken: ", file, line);
  va_start(ap, format);
  vfprintf(stderr, format, ap);
  va_end(ap);
  fputc('\n', stderr);
  abort();
}

#define CHECK(cond, ...)                                                                           \
  do {                                                                                             \
    if (G_UNLIKELY(!(cond)))                                                                       \
      fail(__FILE__, __LINE__, __VA_ARGS__);                                                       \
  } while (0)

/* Warnings about input ("no sentences; left out") are expected and would
 * only slow the fuzzer down. */
static inline void
fuzz_drop_log(const char *domain, GLogLevelFlags level, const char *message, gpointer user_data)
{
}

/* Quiet warnings; a g_return_if_fail() reached from input is a bug, never an
 * input error, so criticals abort.  Does its work on the first call only,
 * so a target calls it at the top of every input. */
static inline void
fuzz_setup_logs(void)
{
  static gboolean done;

  if (done)
    return;
  g_log_set_handler(
      "brief", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG,
      fuzz_drop_log, NULL);
  g_log_set_always_fatal(G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  done = TRUE;
}

static inline gboolean
fuzz_is_control(gunichar c)
{
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

/* Failure sets one BRIEF_ERROR with a one-line UTF-8 message free of
 * control characters; success sets none. */
static inline void
fuzz_check_result(gboolean ok, const GError *error, const char *what)
{
  if (ok) {
    CHECK(error == NULL, "%s succeeded but set an error: %s", what, error->message);
    return;
  }
  CHECK(error != NULL, "%s failed without an error", what);
  CHECK(error->domain == BRIEF_ERROR, "%s: error outside BRIEF_ERROR (%s): %s", what,
        g_quark_to_string(error->domain), error->message);
  CHECK(error->message != NULL && error->message[0] != '\0', "%s: empty error message", what);
  CHECK(g_utf8_validate(error->message, -1, NULL), "%s: error message is not UTF-8", what);
  for (const char *p = error->message; *p; p = g_utf8_next_char(p))
    CHECK(!fuzz_is_control(g_utf8_get_char(p)),
          "%s: control character U+%04X at byte %td of the error message: %s", what,
          g_utf8_get_char(p), p - error->message, error->message);
}

/* The input, consumed from the front: settings bytes first, then text.
 * Past the end every byte reads as 0, so short inputs get the defaults. */
typedef struct {
  const uint8_t *data;
  size_t size;
} FuzzInput;

static inline uint8_t
fuzz_byte(FuzzInput *in)
{
  uint8_t b = 0;

  if (in->size > 0) {
    b = in->data[0];
    in->data++;
    in->size--;
  }
  return b;
}

/* The next `n` bytes (fewer at the end) as a new NUL-terminated string. */
static inline char *
fuzz_take_string(FuzzInput *in, size_t n)
{
  char *s;

  if (n > in->size)
    n = in->size;
  s = g_strndup((const char *)in->data, n);
  in->data += n;
  in->size -= n;
  return s;
}

/* An exact-size copy of the rest of the input, not NUL-terminated, so that
 * AddressSanitizer catches a read past the end.  malloc(), not g_malloc():
 * the empty input must be a pointer, not NULL.  Free with free(). */
static inline char *
fuzz_copy_rest(const FuzzInput *in)
{
  char *copy = malloc(in->size > 0 ? in->size : 1);

  CHECK(copy != NULL, "out of memory (%zu bytes)", in->size);
  if (in->size > 0)
    memcpy(copy, in->data, in->size);
  return copy;
}

static char *fuzz_temp_file;

static inline void
fuzz_remove_temp(void)
{
  if (fuzz_temp_file != NULL)
    g_unlink(fuzz_temp_file);
}

/* Write `len` bytes to this process's temporary file (made once, removed
 * at exit) and return its path, for the readers that take a path. */
static inline const char *
fuzz_write_temp(const void *data, size_t len)
{
  GError *error = NULL;

  if (fuzz_temp_file == NULL) {
    int fd = g_file_open_tmp("brief-fuzz-XXXXXX", &fuzz_temp_file, &error);
    CHECK(fd >= 0, "temporary file: %s", error->message);
    close(fd);
    atexit(fuzz_remove_temp);
  }
  /* Rewritten in place: no fsync and no rename per input (and not
   * g_file_set_contents_full(), which in GLib 2.74 does not truncate). */
  FILE *fp = fopen(fuzz_temp_file, "wb");
  CHECK(fp != NULL && (len == 0 || fwrite(data, 1, len, fp) == len) && fclose(fp) == 0,
        "temporary file %s: cannot write", fuzz_temp_file);
  return fuzz_temp_file;
}

#endif
