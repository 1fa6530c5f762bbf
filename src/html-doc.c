/* SPDX-License-Identifier: BSD-3-Clause */
/* Pages into trees: the charset found as a browser finds it, the bytes made
 * UTF-8, libxml2's HTML parser (which recovers from any markup and never
 * fetches anything), and small helpers to look at the tree. */
#include "html-private.h"

#include <errno.h>
#include <string.h>

/* ---- charset ------------------------------------------------------------------ */

/* Charset names that mean windows-1252 on the web. */
static gboolean
means_windows_1252(const char *name)
{
  static const char *const names[] = {"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii",
                                      "ascii", "cp1252", "windows-1252", "x-cp1252",
                                      "iso_8859-1", NULL};

  for (const char *const *n = names; *n; n++)
    if (g_ascii_strcasecmp(name, *n) == 0)
      return TRUE;
  return FALSE;
}

/* The value after "charset=" in `p` .. `end`, copied into `out` (size
 * `size`); FALSE when there is none. */
static gboolean
charset_value(const char *p, const char *end, char *out, gsize size)
{
  gsize n = 0;

  while (p < end && (*p == ' ' || *p == '"' || *p == '\'' || *p == '='))
    p++;
  while (p < end && n + 1 < size &&
         (g_ascii_isalnum(*p) || *p == '-' || *p == '_' || *p == '.' || *p == ':'))
    out[n++] = *p++;
  out[n] = '\0';
  return n > 0;
}

/* The charset a <meta> tag in the first 4 KiB declares, or FALSE. */
static gboolean
declared_charset(const char *data, gsize len, char *out, gsize size)
{
  const char *end, *p = data;

  /* The 4 KiB a browser looks at start after the mark of the page's
   * address a saver wrote on its first line ("<!-- saved from url=..."). */
  if (len > 20 && memcmp(data, "<!-- saved from url=", 20) == 0) {
    const char *close = g_strstr_len(data, (gssize)MIN(len, 8192), "-->");
    if (close != NULL)
      p = close + 3;
  }
  end = p + MIN(len - (gsize)(p - data), 4096);
  while (p < end) {
    const char *tag = g_strstr_len(p, end - p, "<"), *close, *cs;
    if (tag == NULL || end - tag < 6)
      return FALSE;
    p = tag + 1;
    if (g_ascii_strncasecmp(p, "meta", 4) != 0)
      continue;
    close = memchr(p, '>', (gsize)(end - p));
    if (close == NULL)
      return FALSE;
    for (cs = p; cs + 8 <= close; cs++)
      if (g_ascii_strncasecmp(cs, "charset", 7) == 0 && charset_value(cs + 7, close, out, size))
        return TRUE;
    p = close;
  }
  return FALSE;
}

/* The charset iconv should read for a label, as the WHATWG Encoding
 * standard maps labels to the supersets browsers decode: a GB2312 page may
 * hold GBK characters, a Shift_JIS page Microsoft's extensions. */
static const char *
superset_of(const char *label)
{
  static const struct {
    const char *label, *charset;
  } map[] = {
      {"gb2312", "GB18030"},       {"gbk", "GB18030"},       {"x-gbk", "GB18030"},
      {"chinese", "GB18030"},      {"csgb2312", "GB18030"},  {"euc-kr", "CP949"},
      {"ks_c_5601-1987", "CP949"}, {"korean", "CP949"},      {"shift_jis", "CP932"},
      {"sjis", "CP932"},           {"x-sjis", "CP932"},      {"ms_kanji", "CP932"},
      {"windows-31j", "CP932"},    {"iso-8859-9", "CP1254"}, {"latin5", "CP1254"},
      {"tis-620", "CP874"},        {"iso-8859-11", "CP874"}, {"big5", "BIG5-HKSCS"},
  };

  for (guint i = 0; i < G_N_ELEMENTS(map); i++)
    if (g_ascii_strcasecmp(label, map[i].label) == 0)
      return map[i].charset;
  return label;
}

/* Whether bytes that declare no charset are UTF-8 with a few stray bytes
 * rather than a single-byte charset: at least four valid multi-byte
 * sequences for each invalid byte. */
static gboolean
mostly_utf8(const char *data, gsize len)
{
  const char *p = data, *end = data + len;
  gsize valid = 0, invalid = 0;

  while (p < end) {
    const char *bad;
    if (g_utf8_validate(p, end - p, &bad))
      break;
    for (const char *q = p; q < bad; q++)
      valid += ((guchar)*q & 0xC0) == 0xC0;
    invalid++;
    p = bad + 1;
  }
  for (const char *q = p; q < end; q++)
    valid += ((guchar)*q & 0xC0) == 0xC0;
  return invalid == 0 || valid >= 4 * invalid;
}

char *
brief_html_charset(const char *data, gsize len)
{
  char name[40];

  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
    return g_strdup("UTF-8");
  if (len >= 2 && memcmp(data, "\xFE\xFF", 2) == 0)
    return g_strdup("UTF-16BE");
  if (len >= 2 && memcmp(data, "\xFF\xFE", 2) == 0)
    return g_strdup("UTF-16LE");
  if (declared_charset(data, len, name, sizeof name)) {
    if (means_windows_1252(name))
      return g_strdup("windows-1252");
    /* A page that says UTF-16 in ASCII bytes is not UTF-16. */
    if (g_ascii_strcasecmp(name, "utf8") == 0 || g_ascii_strncasecmp(name, "utf-16", 6) == 0)
      return g_strdup("UTF-8");
    return g_ascii_strup(superset_of(name), -1);
  }
  return g_strdup(mostly_utf8(data, len) ? "UTF-8" : "windows-1252");
}

/* ---- to UTF-8 ------------------------------------------------------------------- */

/* windows-1252's 0x80-0x9F; the five unassigned bytes map to themselves as
 * the HTML standard says (C1 controls, dropped later as control text). */
static const gunichar cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* The character of windows-1252 byte `c`. */
static gunichar
cp1252_char(guchar c)
{
  return c >= 0x80 && c < 0xA0 ? cp1252_high[c - 0x80] : c;
}

static char *
from_windows_1252(const char *data, gsize len, gsize *out_len)
{
  GString *s = g_string_sized_new(len + len / 8 + 1);

  for (gsize i = 0; i < len; i++) {
    guchar c = (guchar)data[i];
    if (c < 0x80)
      g_string_append_c(s, (char)c);
    else
      g_string_append_unichar(s, cp1252_char(c));
  }
  *out_len = s->len;
  return g_string_free(s, FALSE);
}

/* UTF-8 `data` with each byte that is no part of valid UTF-8 read as
 * windows-1252: a page that says UTF-8 but holds Latin-1 letters ("Caf\xE9")
 * keeps them ("Café") instead of losing them to U+FFFD, and so do the stray
 * bytes of a page pasted together from both. */
static char *
utf8_repaired(const char *data, gsize len, gsize *out_len)
{
  GString *s = g_string_sized_new(len + 1);
  const char *p = data, *end = data + len, *bad;

  while (!g_utf8_validate(p, end - p, &bad)) {
    guchar c = (guchar)*bad;
    g_string_append_len(s, p, bad - p);
    if (c == '\0')
      g_string_append_c(s, ' ');
    else
      g_string_append_unichar(s, cp1252_char(c));
    p = bad + 1;
  }
  g_string_append_len(s, p, end - p);
  *out_len = s->len;
  return g_string_free(s, FALSE);
}

/* `data` in `charset` as UTF-8, each byte iconv cannot read a U+FFFD (one
 * bad byte spoils one character, not the page); NULL when iconv does not
 * know the charset. */
static char *
convert_lossy(const char *data, gsize len, const char *charset, gsize *out_len)
{
  GIConv cd = g_iconv_open("UTF-8", charset);
  GString *out;
  char buf[4096];

  if (cd == (GIConv)-1)
    return NULL;
  out = g_string_sized_new(len + len / 2 + 1);
  while (len > 0) {
    char *in = (char *)data, *o = buf;
    gsize in_left = len, out_left = sizeof buf;
    gsize r = g_iconv(cd, &in, &in_left, &o, &out_left);
    g_string_append_len(out, buf, (gssize)(sizeof buf - out_left));
    if (r == (gsize)-1 && errno != E2BIG) {
      /* EILSEQ: a byte it cannot read; EINVAL: a character cut at the end. */
      g_string_append(out, "\xEF\xBF\xBD");
      in_left = errno == EINVAL ? 0 : in_left - 1;
      in = errno == EINVAL ? in : in + 1;
      g_iconv(cd, NULL, NULL, NULL, NULL);
    }
    data = in;
    len = in_left;
  }
  g_iconv_close(cd);
  *out_len = out->len;
  return g_string_free(out, FALSE);
}

/* `data` in `charset` as valid UTF-8 without NUL bytes (each becomes a
 * space) and without a byte order mark. */
static char *
to_utf8(const char *data, gsize len, const char *charset, gsize *out_len)
{
  char *out = NULL;
  gsize n = 0;

  if (g_ascii_strcasecmp(charset, "UTF-8") == 0) {
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
      data += 3;
      len -= 3;
    }
    out = utf8_repaired(data, len, &n);
  } else if (g_ascii_strcasecmp(charset, "windows-1252") == 0) {
    out = from_windows_1252(data, len, &n);
  } else {
    out = convert_lossy(data, len, charset, &n);
    if (out == NULL || !g_utf8_validate(out, (gssize)n, NULL)) {
      g_free(out);
      out = from_windows_1252(data, len, &n);
    }
  }
  for (gsize i = 0; i < n; i++)
    if (out[i] == '\0')
      out[i] = ' ';
  if (n >= 3 && memcmp(out, "\xEF\xBB\xBF", 3) == 0)
    memset(out, ' ', 3);
  *out_len = n;
  return out;
}

static void
drop_error(void *ctx G_GNUC_UNUSED, const char *msg G_GNUC_UNUSED, ...)
{
}

void
brief_xml_quiet(BriefXmlErrors *saved)
{
  saved->func = xmlGenericError;
  saved->ctx = xmlGenericErrorContext;
  xmlSetGenericErrorFunc(NULL, drop_error);
}

void
brief_xml_restore(const BriefXmlErrors *saved)
{
  xmlSetGenericErrorFunc(saved->ctx, saved->func);
}

/* libxml2 with the handlers of this thread set by brief_xml_quiet(). */
static htmlDocPtr
read_quietly(const char *text, int n, int options)
{
  BriefXmlErrors saved;
  htmlDocPtr doc;

  brief_xml_quiet(&saved);
  doc = htmlReadMemory(text, n, NULL, "UTF-8", options);
  brief_xml_restore(&saved);
  return doc;
}

/* Blank each "<![CDATA[" section of HTML `s` up to the first '>', as a
 * browser reads it: a bogus comment, no text (libxml2's HTML parser keeps
 * it as text).  Not when a '<' comes first: a script's "//<![CDATA[" runs
 * to its "</script>", which must stay. */
static void
blank_cdata(char *s, gsize n)
{
  static const char open[] = "<![CDATA[";
  char *p = s, *end = s + n, *gt = NULL;

  while (p < end && (p = g_strstr_len(p, end - p, open)) != NULL) {
    char *lt;
    /* The first '>' after p, looked for again only once p has passed it:
     * linear whatever the input. */
    if (gt == NULL || gt < p) {
      gt = memchr(p, '>', (gsize)(end - p));
      if (gt == NULL)
        return;
    }
    lt = memchr(p + 1, '<', (gsize)(gt - p - 1));
    if (lt != NULL) {
      p = lt;
      continue;
    }
    memset(p, ' ', (gsize)(gt - p + 1));
    p = gt + 1;
  }
}

htmlDocPtr
brief_html_parse(const char *data, gsize len, const char *charset)
{
  g_autofree char *utf8 = NULL, *found = NULL;
  gsize n = 0;
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
  const char *text;
  htmlDocPtr doc;
  xmlNodePtr root;

  if (!brief_xml_load(NULL))
    return NULL;
  if (charset == NULL)
    charset = found = brief_html_charset(data, len);
  utf8 = to_utf8(data, len, charset, &n);
  brief_markup_cap_attrs(utf8, n, FALSE);
  blank_cdata(utf8, n);
  if (n > G_MAXINT)
    n = G_MAXINT;
  text = n > 0 ? utf8 : " ";
  n = MAX(n, 1);
  /* A page in its <html> element is read as written, nothing implied.
   * Without that root (a feed item's body, a page that starts with a
   * <meta>) libxml2 2.9 puts all that follows the first top-level element
   * inside it, where an <img> or a <meta> hides it: such input is read
   * again with the implied <html> and <body> around it. */
  doc = read_quietly(text, (int)n, options | HTML_PARSE_NOIMPLIED);
  root = doc != NULL ? xmlDocGetRootElement(doc) : NULL;
  if (root == NULL || brief_html_is(root, "html"))
    return doc;
  xmlFreeDoc(doc);
  return read_quietly(text, (int)n, options);
}

/* ---- looking at the tree ----------------------------------------------------------- */

const char *
brief_html_name(xmlNodePtr node)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || node->name == NULL)
    return "";
  return (const char *)node->name;
}

gboolean
brief_html_is(xmlNodePtr node, const char *name)
{
  return strcmp(brief_html_name(node), name) == 0;
}

const char *
brief_html_attr(xmlNodePtr node, const char *name)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;
  for (xmlAttrPtr a = node->properties; a != NULL; a = a->next)
    if (a->name != NULL && g_ascii_strcasecmp((const char *)a->name, name) == 0) {
      xmlNodePtr t = a->children;
      return t != NULL && t->type == XML_TEXT_NODE && t->content != NULL
                 ? (const char *)t->content
                 : "";
    }
  return NULL;
}

static xmlNodePtr
find_at(xmlNodePtr node, const char *name, guint depth)
{
  if (brief_html_is(node, name))
    return node;
  if (depth >= BRIEF_HTML_MAX_DEPTH)
    return NULL;
  for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
    xmlNodePtr hit;
    if (c->type != XML_ELEMENT_NODE)
      continue;
    hit = find_at(c, name, depth + 1);
    if (hit != NULL)
      return hit;
  }
  return NULL;
}

xmlNodePtr
brief_html_find(xmlNodePtr node, const char *name)
{
  return node != NULL ? find_at(node, name, 0) : NULL;
}
