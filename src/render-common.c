/* SPDX-License-Identifier: BSD-3-Clause */
/* Formatting shared by the renderers. */
#include "render-private.h"

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
    g_string_append(out, *w);
    col += wl;
    line_empty = FALSE;
  }
  g_string_append_c(out, '\n');
}

void
brief_md_append(GString *out, const char *s)
{
  for (const char *p = s; *p; p++) {
    if (strchr("\\`*_[]<>|", *p) != NULL || (*p == '#' && p == s))
      g_string_append_c(out, '\\');
    g_string_append_c(out, *p);
  }
}

char *
brief_md_escape(const char *s)
{
  GString *out = g_string_sized_new(strlen(s) + 8);

  brief_md_append(out, s);
  return g_string_free(out, FALSE);
}
