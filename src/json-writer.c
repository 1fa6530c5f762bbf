/* SPDX-License-Identifier: BSD-3-Clause */
/* A small streaming JSON writer.  json-glib parses brief's input, but its
 * generator prints doubles with 17 significant digits ("0.82684500000000005");
 * briefings want fixed, readable, byte-stable numbers, so output is written
 * here. */
#include "json-writer-private.h"

#include <math.h>
#include <string.h>

void
brief_json_init(BriefJson *j, GString *out)
{
  memset(j, 0, sizeof *j);
  j->out = out;
  j->first = TRUE;
}

void
brief_json_init_compact(BriefJson *j, GString *out)
{
  brief_json_init(j, out);
  j->compact = TRUE;
}

static void
newline(BriefJson *j)
{
  if (j->compact)
    return;
  g_string_append_c(j->out, '\n');
  for (guint i = 0; i < j->depth; i++)
    g_string_append(j->out, "  ");
}

/* Separator and indentation before a value or a key. */
static void
before_item(BriefJson *j)
{
  if (j->after_key) {
    j->after_key = FALSE;
    return;
  }
  if (j->depth == 0)
    return;
  if (!j->first)
    g_string_append_c(j->out, ',');
  newline(j);
  j->first = FALSE;
}

static void
open_container(BriefJson *j, char c)
{
  before_item(j);
  g_string_append_c(j->out, c);
  j->depth++;
  j->first = TRUE;
}

static void
close_container(BriefJson *j, char c)
{
  gboolean empty = j->first;

  g_return_if_fail(j->depth > 0);
  j->depth--;
  if (!empty)
    newline(j);
  g_string_append_c(j->out, c);
  j->first = FALSE;
}

void
brief_json_begin_object(BriefJson *j)
{
  open_container(j, '{');
}

void
brief_json_end_object(BriefJson *j)
{
  close_container(j, '}');
}

void
brief_json_begin_array(BriefJson *j)
{
  open_container(j, '[');
}

void
brief_json_end_array(BriefJson *j)
{
  close_container(j, ']');
}

static void
append_escaped(GString *out, const char *s)
{
  g_string_append_c(out, '"');
  for (const char *p = s; *p; p++) {
    guchar c = (guchar)*p;
    switch (c) {
    case '"': g_string_append(out, "\\\""); break;
    case '\\': g_string_append(out, "\\\\"); break;
    case '\n': g_string_append(out, "\\n"); break;
    case '\r': g_string_append(out, "\\r"); break;
    case '\t': g_string_append(out, "\\t"); break;
    case '\b': g_string_append(out, "\\b"); break;
    case '\f': g_string_append(out, "\\f"); break;
    default:
      if (c < 0x20 || c == 0x7F)
        g_string_append_printf(out, "\\u%04x", c);
      else if (c == 0xC2 && (guchar)p[1] >= 0x80 && (guchar)p[1] < 0xA0) {
        /* C1 controls (U+0080-U+009F) are valid JSON but drive terminals. */
        g_string_append_printf(out, "\\u%04x", (guchar)p[1]);
        p++;
      } else if (c == 0xE2 && (guchar)p[1] == 0x80 &&
                 ((guchar)p[2] == 0xA8 || (guchar)p[2] == 0xA9)) {
        /* U+2028 and U+2029 are valid JSON but end a line in JavaScript. */
        g_string_append_printf(out, "\\u%04x", (guchar)p[2] == 0xA8 ? 0x2028 : 0x2029);
        p += 2;
      } else
        g_string_append_c(out, (char)c);
    }
  }
  g_string_append_c(out, '"');
}

void
brief_json_key(BriefJson *j, const char *key)
{
  before_item(j);
  append_escaped(j->out, key);
  g_string_append(j->out, j->compact ? ":" : ": ");
  j->after_key = TRUE;
}

void
brief_json_string(BriefJson *j, const char *value)
{
  before_item(j);
  if (value)
    append_escaped(j->out, value);
  else
    g_string_append(j->out, "null");
}

void
brief_json_int(BriefJson *j, gint64 value)
{
  before_item(j);
  g_string_append_printf(j->out, "%" G_GINT64_FORMAT, value);
}

void
brief_json_double(BriefJson *j, double value, int decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char fmt[16];

  before_item(j);
  if (!isfinite(value)) {
    g_string_append(j->out, "null");
    return;
  }
  if (decimals < 0) {
    /* Six significant digits, exponent when small: "1e-06". */
    g_string_append(j->out, g_ascii_formatd(buf, sizeof buf, "%g", value));
    return;
  }
  g_snprintf(fmt, sizeof fmt, "%%.%df", decimals);
  /* g_ascii_formatd: a '.' whatever the locale. */
  g_string_append(j->out, g_ascii_formatd(buf, sizeof buf, fmt, value));
}

void
brief_json_bool(BriefJson *j, gboolean value)
{
  before_item(j);
  g_string_append(j->out, value ? "true" : "false");
}

void
brief_json_null(BriefJson *j)
{
  before_item(j);
  g_string_append(j->out, "null");
}

void
brief_json_member_string(BriefJson *j, const char *key, const char *value)
{
  brief_json_key(j, key);
  brief_json_string(j, value);
}

void
brief_json_member_int(BriefJson *j, const char *key, gint64 value)
{
  brief_json_key(j, key);
  brief_json_int(j, value);
}

void
brief_json_member_double(BriefJson *j, const char *key, double value, int decimals)
{
  brief_json_key(j, key);
  brief_json_double(j, value, decimals);
}

void
brief_json_member_bool(BriefJson *j, const char *key, gboolean value)
{
  brief_json_key(j, key);
  brief_json_bool(j, value);
}

void
brief_json_double_shortest(BriefJson *j, double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  before_item(j);
  if (!isfinite(value)) {
    g_string_append(j->out, "null");
    return;
  }
  /* %.17g always reads back exactly; fewer digits usually do. */
  for (int digits = 1; digits <= 17; digits++) {
    char format[8];
    g_snprintf(format, sizeof format, "%%.%dg", digits);
    g_ascii_formatd(buf, sizeof buf, format, value);
    if (g_ascii_strtod(buf, NULL) == value)
      break;
  }
  g_string_append(j->out, buf);
  /* A reader should still see a fractional number: 95.0, not 95. */
  if (strpbrk(buf, ".eE") == NULL)
    g_string_append(j->out, ".0");
}

void
brief_json_member_double_shortest(BriefJson *j, const char *key, double value)
{
  brief_json_key(j, key);
  brief_json_double_shortest(j, value);
}
