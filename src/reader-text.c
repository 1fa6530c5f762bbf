/* SPDX-License-Identifier: BSD-3-Clause */
/* The text format: one article per file, with an optional header block of
 * `Key: value` lines (Title, Source, Date, URL, Id) ended by a blank line. */
#include "cluster-private.h"

#include "brief-private.h"

#include <string.h>

static gboolean
is_header_key(const char *line, gsize len, gsize *key_len)
{
  gsize i = 0;

  while (i < len && (g_ascii_isalnum(line[i]) || line[i] == '-' || line[i] == '_'))
    i++;
  if (i == 0 || i >= len || line[i] != ':' || !g_ascii_isalpha(line[0]))
    return FALSE;
  *key_len = i;
  return TRUE;
}

/* Only white space: a blank line, as for the sentence splitter. */
static gboolean
is_blank(const char *line, gsize len)
{
  /* The same white space as the splitter's blank lines, vertical tab too. */
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace(line[i]) && line[i] != '\v')
      return FALSE;
  return TRUE;
}

static gboolean
is_known_key(const char *key, gsize len)
{
  static const char *const keys[] = {"title", "source", "date", "url", "id", "author", NULL};
  const char *const *k;

  for (k = keys; *k; k++)
    if (strlen(*k) == len && g_ascii_strncasecmp(key, *k, len) == 0)
      return TRUE;
  return FALSE;
}

/* The number of lines of the header block at the top of `data`: leading
 * `Key: value` lines up to a blank line, at least one of them a key brief
 * knows; 0 when there is none and everything is body text. */
static guint
count_header_lines(const char *data, gsize len)
{
  const char *p = data, *end = data + len;
  gboolean known = FALSE;
  guint n_lines = 0;

  while (p < end) {
    const char *eol = memchr(p, '\n', (gsize)(end - p));
    gsize ll = (eol ? (gsize)(eol - p) : (gsize)(end - p)), kl = 0;
    if (is_blank(p, ll))
      break;
    if (ll > 0 && p[ll - 1] == '\r')
      ll--;
    if (!is_header_key(p, ll, &kl))
      return 0;
    if (is_known_key(p, kl))
      known = TRUE;
    n_lines++;
    if (eol == NULL) {
      p = end;
      break;
    }
    p = eol + 1;
  }
  if (!known || p >= end)
    return 0; /* no blank line after it: a one-paragraph text, not a header */
  return n_lines;
}

/* Take the fields of the header block and set `body_offset` to where the
 * body starts, after the blank line that ends the header. */
static gboolean
parse_header(BriefArticle *a, const char *data, gsize len, gsize *body_offset, GError **error)
{
  const char *p = data, *end = data + len, *eol;
  guint n_lines = count_header_lines(data, len);

  *body_offset = 0;
  if (n_lines == 0)
    return TRUE;
  for (guint line = 1; line <= n_lines; line++) {
    gsize ll, kl = 0;
    eol = memchr(p, '\n', (gsize)(end - p));
    ll = (gsize)(eol - p);
    if (ll > 0 && p[ll - 1] == '\r')
      ll--;
    is_header_key(p, ll, &kl);
    g_autofree char *key = g_strndup(p, kl);
    g_autofree char *value = g_strndup(p + kl + 1, ll - kl - 1);
    g_strstrip(value);
    if (!brief_article_set_field(a, key, value, line, error))
      return FALSE;
    p = eol + 1;
  }
  eol = memchr(p, '\n', (gsize)(end - p));
  p = eol ? eol + 1 : end;
  *body_offset = (gsize)(p - data);
  return TRUE;
}

gboolean
brief_reader_text(GPtrArray *out, const char *name, const char *data, gsize len, GError **error)
{
  BriefArticle *a;
  gsize off = 0, body = 0;

  if (!brief_check_utf8(name, data, len, 0, error))
    return FALSE;
  a = brief_article_append(out, name);
  /* A byte order mark is not text. */
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
    off = 3;
  if (!parse_header(a, data + off, len - off, &body, error))
    return FALSE;
  off += body;
  a->text = g_strndup(data + off, len - off);
  a->text_len = len - off;
  a->text_offset = off;
  brief_article_date_from_text(a);
  return TRUE;
}
