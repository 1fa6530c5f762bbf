/* SPDX-License-Identifier: BSD-3-Clause */
/* What the fuzz targets share: an invariant check that aborts (so that
 * libFuzzer and the replay test both see the failure) with a message. */
#ifndef BRIEF_FUZZ_COMMON_H
#define BRIEF_FUZZ_COMMON_H

#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

G_NORETURN G_GNUC_PRINTF(3, 4) static void
fail(const char *file, int line, const char *format, ...)
{
  va_list ap;

  fprintf(stderr, "%s:%d: invariant broken: ", file, line);
  va_start(ap, format);
  vfprintf(stderr, format, ap);
  va_end(ap);
  fputc('\n', stderr);
  abort();
}

#define CHECK(cond, ...)                                                                  \
  do {                                                                                    \
    if (G_UNLIKELY(!(cond)))                                                              \
      fail(__FILE__, __LINE__, __VA_ARGS__);                                              \
  } while (0)

#endif
