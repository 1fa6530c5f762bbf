/* SPDX-License-Identifier: BSD-3-Clause */
/* The lines of a batch file, read in chunks within a bound on each line. */
#define _XOPEN_SOURCE 700 /* O_CLOEXEC */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define CHUNK (64 * 1024)

static gboolean
io_error(GError **error, const char *name, int e)
{
  g_autofree char *reason = g_strdup(g_strerror(e));
  g_autofree char *shown = brief_printable_dup(name, -1, 0);

  /* "no such file or directory", in the style of brief's own messages. */
  reason[0] = g_ascii_tolower(reason[0]);
  g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: %s", shown, reason);
  return FALSE;
}

gboolean
brief_cli_lines_open(BriefCliLines *r, const char *path, gsize max, GError **error)
{
  memset(r, 0, sizeof *r);
  r->fd = -1;
  if (strcmp(path, "-") == 0) {
    r->fd = STDIN_FILENO;
    r->name = g_strdup("standard input");
  } else {
    do
      r->fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    while (r->fd < 0 && errno == EINTR);
    if (r->fd < 0)
      return io_error(error, path, errno);
    r->name = g_strdup(path);
  }
  r->max = max;
  r->buf = g_malloc(CHUNK);
  r->line = g_string_sized_new(MIN(max + 1, (gsize)CHUNK));
  return TRUE;
}

void
brief_cli_lines_clear(BriefCliLines *r)
{
  if (r->fd > STDIN_FILENO)
    close(r->fd);
  r->fd = -1;
  g_clear_pointer(&r->name, g_free);
  g_clear_pointer(&r->buf, g_free);
  if (r->line != NULL)
    g_string_free(r->line, TRUE);
  r->line = NULL;
}

/* Refill the buffer; FALSE at the end or on failure (error set). */
static gboolean
fill(BriefCliLines *r, GError **error)
{
  ssize_t n;

  r->offset += r->buf_len;
  r->buf_len = r->buf_pos = 0;
  do
    n = read(r->fd, r->buf, CHUNK);
  while (n < 0 && errno == EINTR);
  if (n < 0)
    return io_error(error, r->name, errno);
  if (n == 0)
    r->eof = TRUE;
  r->buf_len = (gsize)n;
  return n > 0;
}

/* Append buf[pos, pos + n) to the line, past `max` only counting. */
static gboolean
take(BriefCliLines *r, gsize n, GError **error)
{
  const char *p = r->buf + r->buf_pos;
  const char *nul = memchr(p, '\0', n);

  if (nul != NULL) {
    g_autofree char *shown = brief_printable_dup(r->name, -1, 0);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING,
                "%s: NUL byte at byte %" G_GUINT64_FORMAT " (not a text file?)", shown,
                r->offset + (guint64)(nul - r->buf));
    return FALSE;
  }
  if (r->line->len <= r->max)
    g_string_append_len(r->line, p, (gssize)MIN(n, r->max + 1 - r->line->len));
  r->buf_pos += n;
  return TRUE;
}

static gboolean
is_blank(const GString *s)
{
  for (gsize i = 0; i < s->len; i++)
    if (!g_ascii_isspace(s->str[i]))
      return FALSE;
  return TRUE;
}

/* One line, whatever it holds; FALSE at the end (nothing read) or on
 * failure. */
static gboolean
read_line(BriefCliLines *r, GError **error)
{
  gboolean any = FALSE;

  g_string_truncate(r->line, 0);
  for (;;) {
    const char *eol;
    gsize n;
    if (r->buf_pos == r->buf_len && (r->eof || !fill(r, error)))
      return any && (error == NULL || *error == NULL) && r->eof;
    n = r->buf_len - r->buf_pos;
    eol = memchr(r->buf + r->buf_pos, '\n', n);
    any = TRUE;
    if (!take(r, eol ? (gsize)(eol - (r->buf + r->buf_pos)) : n, error))
      return FALSE;
    if (eol != NULL) {
      r->buf_pos++; /* the line break */
      return TRUE;
    }
  }
}

gboolean
brief_cli_lines_next(BriefCliLines *r, const char **data, gsize *len, guint64 *line_no,
                     GError **error)
{
  for (;;) {
    GError *local = NULL;
    if (!read_line(r, &local)) {
      if (local != NULL)
        g_propagate_error(error, local);
      return FALSE;
    }
    r->line_no++;
    if (r->line->len > 0 && r->line->len <= r->max && r->line->str[r->line->len - 1] == '\r')
      g_string_truncate(r->line, r->line->len - 1);
    if (is_blank(r->line))
      continue;
    *data = r->line->str;
    *len = r->line->len;
    *line_no = r->line_no;
    return TRUE;
  }
}
