/* SPDX-License-Identifier: BSD-3-Clause */
/* Formatting shared by the renderers. */
#include "render-private.h"

#include "brief-private.h"

#include <string.h>

void
brief_wrap_append(GString *out, const char *text, guint width, const char *first_indent,
                  const char *indent)
{
  g_auto(GStrv) words = g_strsplit(text, " ", -1);
  guint col = 0;
  gboolean line_empty = TRUE;

  g_string_append(out, first_indent);
  col = (guint)g_utf8_strlen(first_indent, -1);
  for (char **w = words; *w != NULL; w++) {
    guint wl = (guint)g_utf8_strlen(*w, -1);
    if (**w == '\0')
      continue;
    if (!line_empty && col + 1 + wl > width) {
      g_string_append_c(out, '\n');
      g_string_append(out, indent);
      col = (guint)g_utf8_strlen(indent, -1);
      line_empty = TRUE;
    }
    if (!line_empty) {
      g_string_append_c(out, ' ');
      col++;
    }
    for (const char *c = *w; *c; c++)
      g_string_append_c(out, *c == BRIEF_WRAP_GLUE[0] ? ' ' : *c);
    col += wl;
    line_empty = FALSE;
  }
  g_string_append_c(out, '\n');
}

/* The character at `p` (at most `end`) as text may hold it: its length in
 * *len, and what to append instead of it in *instead, or NULL to append it
 * as it is.  Control characters (C0, DEL, C1) and U+2028/9 reach no
 * terminal and no page: the white-space ones (tab, line breaks) become a
 * space, the others (ESC, BEL, ...) are dropped.  A byte that is no UTF-8
 * becomes U+FFFD. */
static void
text_char(const char *p, const char *end, gsize *len, const char **instead)
{
  gunichar c = g_utf8_get_char_validated(p, end - p);

  if (c == (gunichar)-1 || c == (gunichar)-2) {
    *len = 1;
    *instead = "\xEF\xBF\xBD";
    return;
  }
  *len = (gsize)(g_utf8_next_char(p) - p);
  if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85 || c == 0x2028 ||
      c == 0x2029)
    *instead = " ";
  else if (brief_unichar_is_control(c))
    *instead = "";
  else
    *instead = NULL;
}

void
brief_text_append_len(GString *out, const char *s, gsize n)
{
  const char *p = s, *end = s + n;

  while (p < end) {
    gsize len;
    const char *instead;
    text_char(p, end, &len, &instead);
    if (instead)
      g_string_append(out, instead);
    else
      g_string_append_len(out, p, (gssize)len);
    p += len;
  }
}

void
brief_text_append(GString *out, const char *s)
{
  brief_text_append_len(out, s, strlen(s));
}

char *
brief_text_escape(const char *s)
{
  GString *out = g_string_sized_new(strlen(s) + 1);

  brief_text_append(out, s);
  return g_string_free(out, FALSE);
}

static void
md_append(GString *out, const char *s, gboolean line_start)
{
  g_autofree char *text = brief_text_escape(s);

  for (const char *p = text; *p; p++) {
    if (strchr("\\`*_[]<>|", *p) != NULL || (*p == '#' && p == text && line_start))
      g_string_append_c(out, '\\');
    g_string_append_c(out, *p);
  }
}

void
brief_md_append(GString *out, const char *s)
{
  md_append(out, s, TRUE);
}

void
brief_md_append_inline(GString *out, const char *s)
{
  md_append(out, s, FALSE);
}

void
brief_md_url_append(GString *out, const char *url)
{
  /* Inside <...> a Markdown link target ends at '>' and may not hold a
   * line break; percent-encoding what could end it, and the control
   * characters, keeps the link a link and the terminal quiet. */
  g_string_append_c(out, '<');
  for (const guchar *p = (const guchar *)url; *p; p++) {
    gboolean c1 = p[0] == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0;
    gboolean sep = p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9);
    guint n = c1 ? 2 : sep ? 3 : (*p <= 0x20 || *p == 0x7F || strchr("<>\\", *p)) ? 1 : 0;
    if (n == 0) {
      g_string_append_c(out, (char)*p);
      continue;
    }
    for (guint k = 0; k < n; k++)
      g_string_append_printf(out, "%%%02X", p[k]);
    p += n - 1;
  }
  g_string_append_c(out, '>');
}

char *
brief_md_escape(const char *s)
{
  GString *out = g_string_sized_new(strlen(s) + 8);

  brief_md_append(out, s);
  return g_string_free(out, FALSE);
}

void
brief_html_append(GString *out, const char *s)
{
  g_autofree char *text = brief_text_escape(s);

  for (const char *p = text; *p; p++) {
    switch (*p) {
    case '&': g_string_append(out, "&amp;"); break;
    case '<': g_string_append(out, "&lt;"); break;
    case '>': g_string_append(out, "&gt;"); break;
    case '"': g_string_append(out, "&quot;"); break;
    case '\'': g_string_append(out, "&#39;"); break;
    default: g_string_append_c(out, *p);
    }
  }
}

char *
brief_sentence_date_label(const BriefArticle *a, int year, int month, int day, const char *space)
{
  if (a->year == 0 || year == 0 || (a->year == year && a->month == month && a->day == day))
    return NULL;
  if (a->year != year)
    return g_strdup_printf("%d%s%.3s%s%d", a->day, space, brief_month_name(a->month), space,
                           a->year);
  return g_strdup_printf("%d%s%.3s", a->day, space, brief_month_name(a->month));
}
