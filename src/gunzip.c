/* SPDX-License-Identifier: BSD-3-Clause */
/* gzip-compressed inputs (page.html.gz, day.jsonl.gz), decompressed with
 * GIO's zlib converter, never past a limit: a small file that inflates to
 * gigabytes stops at the limit like /dev/zero does. */
#include "brief-private.h"

#include <gio/gio.h>
#include <string.h>

gboolean
brief_is_gzip(const char *data, gsize len)
{
  return len >= 2 && (guchar)data[0] == 0x1F && (guchar)data[1] == 0x8B;
}

/* Grow `out` to hold at least `need` bytes (plus a NUL), at most `max` + 1. */
static void
grow(GByteArray *out, gsize need, gsize max)
{
  gsize cap = MAX(out->len, 4096);

  while (cap < need)
    cap *= 2;
  g_byte_array_set_size(out, (guint)MIN(cap, max + 2));
}

char *
brief_gunzip(const char *name, const char *data, gsize len, gsize max, gsize *out_len,
             GError **error)
{
  g_autoptr(GZlibDecompressor) z = g_zlib_decompressor_new(G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autoptr(GByteArray) out = g_byte_array_new();
  gsize in_pos = 0, n = 0;

  if (max == 0 || max > G_MAXUINT - 2)
    max = G_MAXUINT - 2;
  for (;;) {
    gsize read = 0, written = 0;
    g_autoptr(GError) local = NULL;
    GConverterResult r;
    if (out->len < n + 65536)
      grow(out, n + 65536, max);
    if (n > max) {
      g_autofree char *shown = brief_format_bytes(max);
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT,
                  "%s: larger than the input limit of %s (max-input-bytes) when decompressed",
                  name, shown);
      return NULL;
    }
    r = g_converter_convert(G_CONVERTER(z), data + in_pos, len - in_pos, out->data + n,
                            out->len - n, G_CONVERTER_INPUT_AT_END, &read, &written, &local);
    if (r == G_CONVERTER_ERROR || (r != G_CONVERTER_FINISHED && read == 0 && written == 0)) {
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s: damaged gzip data", name);
      return NULL;
    }
    in_pos += read;
    n += written;
    /* Members one after another (cat a.gz b.gz) are one file, as for
     * gzip -d; anything else after a member ends the data. */
    if (r == G_CONVERTER_FINISHED && brief_is_gzip(data + in_pos, len - in_pos))
      g_converter_reset(G_CONVERTER(z));
    else if (r == G_CONVERTER_FINISHED)
      break;
  }
  if (n > max) {
    g_autofree char *shown = brief_format_bytes(max);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_LIMIT,
                "%s: larger than the input limit of %s (max-input-bytes) when decompressed", name,
                shown);
    return NULL;
  }
  *out_len = n;
  g_byte_array_set_size(out, (guint)(n + 1));
  out->data[n] = '\0';
  return (char *)g_byte_array_free(g_steal_pointer(&out), FALSE);
}
