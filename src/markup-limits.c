/* SPDX-License-Identifier: BSD-3-Clause */
/* What makes libxml2 slow or large, found before it parses: a start tag
 * with tens of thousands of attributes (libxml2 2.9 checks each new one
 * against all before it: quadratic, hours on a 32 MiB page) and pages or
 * feeds of millions of tiny elements (a tree node costs a hundred bytes
 * and more: 16 MB of "<p>x</p>" is 790 MB of tree).  One linear pass,
 * quotes respected. */
#include "html-private.h"

#include "brief-private.h"

#include <string.h>

/* The end of the tag name that starts at `p`, or 0 when no white space,
 * '>' or '/' follows the name: "<t;n++)" in a script is no tag. */
static gsize
tag_name_end(const char *data, gsize p, gsize len)
{
  while (p < len && (g_ascii_isalnum(data[p]) || data[p] == ':' || data[p] == '-' ||
                     data[p] == '_' || data[p] == '.'))
    p++;
  if (p < len && !g_ascii_isspace(data[p]) && data[p] != '>' && data[p] != '/')
    return 0;
  return p;
}

/* Where the raw text of a <script> or <style> that starts at `p` ends:
 * at its end tag, or at the end of the data. */
static gsize
skip_raw_text(const char *data, gsize p, gsize len, const char *end_tag)
{
  gsize n = strlen(end_tag);

  for (; p + n <= len; p++) {
    const char *lt = memchr(data + p, '<', len - p);
    if (lt == NULL)
      return len;
    p = (gsize)(lt - data);
    if (p + n <= len && g_ascii_strncasecmp(data + p, end_tag, n) == 0)
      return p;
  }
  return len;
}

/* Skip the start tag whose name ends at `p`; count its attributes, and
 * when `mut` (the same bytes, writable) is given, blank the attributes past
 * the first BRIEF_MARKUP_MAX_ATTRS.  Returns where the tag ends. */
static gsize
start_tag(const char *data, char *mut, gsize p, gsize len, gboolean *over)
{
  guint attrs = 0;
  char quote = 0;
  gboolean space = FALSE;
  gsize blank_from = 0;

  for (; p < len; p++) {
    char c = data[p];
    if (quote != 0) {
      if (c == quote)
        quote = 0;
    } else if (c == '>') {
      break;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (g_ascii_isspace(c)) {
      space = TRUE;
      continue;
    } else if (space && c != '/' && c != '=') {
      if (++attrs == BRIEF_MARKUP_MAX_ATTRS + 1) {
        *over = TRUE;
        blank_from = p;
      }
    }
    space = FALSE;
  }
  if (mut != NULL && blank_from > 0)
    memset(mut + blank_from, ' ', p - blank_from);
  return p;
}

/* An XML DTD's <!ATTLIST> declaration whose name ends at `p`: its words
 * count towards `*declared`, the attributes declared so far, since
 * libxml2 checks the defaults of all declarations for an element with
 * the quadratic check of a tag's attributes.  Past the cap, with `mut`,
 * the declaration is blanked whole.  Returns where it ends. */
static gsize
attlist(const char *data, char *mut, gsize lt, gsize p, gsize len, guint *declared, gboolean *over)
{
  gboolean ignored = FALSE;
  gsize end = start_tag(data, NULL, p, len, &ignored);

  /* Its words, the element's name and the quoted defaults included. */
  for (gsize i = p; i < end; i++)
    if (g_ascii_isspace(data[i]) && i + 1 < end && !g_ascii_isspace(data[i + 1]))
      ++*declared;
  if (*declared > BRIEF_MARKUP_MAX_ATTRS) {
    *over = TRUE;
    if (mut != NULL)
      memset(mut + lt, ' ', MIN(end + 1, len) - lt);
  }
  return end;
}

/* The tags of `data` (start tags, comments, processing instructions,
 * declarations: each a node of libxml2's tree, or more); with `mut`, the
 * attributes past the cap blanked.  `xml`: no raw text in <script> and
 * <style>, and <!ATTLIST>s counted (attlist()). */
static gsize
scan(const char *data, char *mut, gsize len, gboolean xml, gboolean *over)
{
  gsize tags = 0;
  guint declared = 0;

  *over = FALSE;
  for (gsize p = 0; p + 1 < len; p++) {
    const char *lt = memchr(data + p, '<', len - p);
    if (lt == NULL)
      break;
    p = (gsize)(lt - data);
    if (p + 1 < len && (data[p + 1] == '!' || data[p + 1] == '?')) {
      tags++;
      if (xml && len - p >= 9 && memcmp(data + p + 1, "!ATTLIST", 8) == 0)
        p = attlist(data, mut, p, p + 9, len, &declared, over);
      continue;
    }
    if (p + 1 < len && g_ascii_isalpha(data[p + 1])) {
      gsize name = p + 1, end = tag_name_end(data, name, len);
      if (end == 0)
        continue;
      tags++;
      p = start_tag(data, mut, end, len, over);
      if (xml)
        continue;
      if (end - name == 6 && g_ascii_strncasecmp(data + name, "script", 6) == 0)
        p = skip_raw_text(data, p, len, "</script");
      else if (end - name == 5 && g_ascii_strncasecmp(data + name, "style", 5) == 0)
        p = skip_raw_text(data, p, len, "</style");
    }
  }
  return tags;
}

gboolean
brief_markup_check(const char *name, const char *data, gsize len, gboolean xml,
                   gboolean *over_attrs, GError **error)
{
  gboolean over = FALSE;
  gsize tags = scan(data, NULL, len, xml, &over);

  if (over_attrs != NULL)
    *over_attrs = over;
  if (tags > BRIEF_MARKUP_MAX_TAGS) {
    g_autofree char *shown = brief_printable_dup(name, -1, 0);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT,
                "%s: more than %u elements (a page or feed may hold at most that many)", shown,
                (guint)BRIEF_MARKUP_MAX_TAGS);
    return FALSE;
  }
  return TRUE;
}

void
brief_markup_cap_attrs(char *data, gsize len, gboolean xml)
{
  gboolean over;

  scan(data, data, len, xml, &over);
}
