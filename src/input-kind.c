/* SPDX-License-Identifier: BSD-3-Clause */
/* Which reader an input gets.  With a format given, that one.  Otherwise
 * the file name's extension proposes and the first bytes confirm: a page
 * must hold markup, a feed an <rss>, <rdf:RDF> or <feed> element; a file
 * of another kind (a script, a README, an image, a program) is no article
 * and is skipped with a warning by the caller. */
#include "cluster-private.h"

#include <string.h>

typedef enum {
  SNIFF_NONE,  /* not markup */
  SNIFF_HTML,  /* a page */
  SNIFF_FEED,  /* RSS or Atom */
  SNIFF_XML,   /* other XML */
  SNIFF_OTHER, /* markup, but no page: a fragment, SGML */
} Sniffed;

/* How much of the start of a file the sniffing looks at. */
#define SNIFF_BYTES 4096

static gboolean
has_word(const char *low, const char *word)
{
  return strstr(low, word) != NULL;
}

/* The first start tag `tag` ("<rss") of `low`: the name must end there,
 * at white space, ">", "/" or the end of what is sniffed, so that
 * "<feedback>" or "<rssUrl>" is not taken for a feed.  NULL when none. */
static const char *
find_tag(const char *low, const char *tag)
{
  gsize n = strlen(tag);

  for (const char *p = strstr(low, tag); p != NULL; p = strstr(p + n, tag))
    if (p[n] == '\0' || p[n] == '>' || p[n] == '/' || g_ascii_isspace(p[n]))
      return p;
  return NULL;
}

/* How far into an XML prolog the first element is looked for. */
#define PROLOG_MAX_BYTES (1024 * 1024)

/* The end of `token` from `p` (before `end`), or NULL. */
static const char *
after(const char *p, const char *end, const char *token)
{
  const char *at = g_strstr_len(p, end - p, token);

  return at != NULL ? at + strlen(token) : NULL;
}

/* The offset of the first element of `data`, past the XML declaration,
 * processing instructions, comments and a DOCTYPE with its internal
 * subset (a feed may open with a long DTD or comment); 0 when there is
 * none to skip or the prolog does not end within PROLOG_MAX_BYTES. */
static gsize
prolog_end(const char *data, gsize len)
{
  const char *p = data, *end = data + MIN(len, PROLOG_MAX_BYTES);

  if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  for (;;) {
    while (p < end && g_ascii_isspace(*p))
      p++;
    if (end - p >= 2 && memcmp(p, "<?", 2) == 0)
      p = after(p, end, "?>");
    else if (end - p >= 4 && memcmp(p, "<!--", 4) == 0)
      p = after(p, end, "-->");
    else if (end - p >= 9 && g_ascii_strncasecmp(p, "<!doctype", 9) == 0) {
      const char *open = memchr(p, '[', (gsize)(end - p));
      const char *close = memchr(p, '>', (gsize)(end - p));
      if (open != NULL && (close == NULL || open < close))
        p = after(open, end, "]");
      p = p != NULL ? after(p, end, ">") : NULL;
    } else
      return (gsize)(p - data);
    if (p == NULL)
      return 0;
  }
}

/* What markup, if any, the first SNIFF_BYTES of `data` start with. */
static Sniffed
sniff_window(const char *data, gsize len)
{
  g_autofree char *low = NULL;
  gsize i = 0, n = MIN(len, SNIFF_BYTES);
  const char *rss, *html;

  if (n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < n && g_ascii_isspace(data[i]))
    i++;
  if (i >= n || data[i] != '<')
    return SNIFF_NONE;
  low = g_ascii_strdown(data + i, (gssize)(n - i));
  /* The NUL a file may hold ends the copy: sniffing sees what is before it. */
  rss = find_tag(low, "<rss");
  if (rss == NULL)
    rss = find_tag(low, "<rdf:rdf");
  if (rss == NULL)
    rss = find_tag(low, "<feed");
  if (rss == NULL)
    rss = find_tag(low, "<atom:feed");
  html = strstr(low, "<html");
  if (html == NULL)
    html = strstr(low, "<!doctype html");
  if (rss != NULL && (html == NULL || rss < html))
    return SNIFF_FEED;
  /* TREC and DUC documents (<DOC><DOCNO>...<TEXT>) are read as text, as
   * they always were. */
  if (html == NULL && (g_str_has_prefix(low, "<doc>") || g_str_has_prefix(low, "<doc ")))
    return SNIFF_OTHER;
  if (html != NULL || has_word(low, "<head") || has_word(low, "<body") || has_word(low, "<div") ||
      has_word(low, "<p>") || has_word(low, "<article"))
    return SNIFF_HTML;
  return g_str_has_prefix(low, "<?xml") ? SNIFF_XML : SNIFF_OTHER;
}

/* What markup, if any, `data` starts with: its first SNIFF_BYTES, else
 * those from its first element on, past a prolog longer than that. */
static Sniffed
sniff_markup(const char *data, gsize len)
{
  Sniffed kind = sniff_window(data, len);
  gsize start;

  if (kind == SNIFF_FEED || kind == SNIFF_HTML)
    return kind;
  start = prolog_end(data, len);
  if (start + 1 < SNIFF_BYTES)
    return kind;
  return sniff_window(data + start, len - start) == SNIFF_FEED ? SNIFF_FEED : kind;
}

/* Whether `data` is a whole HTML document: its first tag, after a byte
 * order mark and white space, is <!DOCTYPE html> or <html>.  A page saved
 * under a text file's name is still a page; a text that only holds a tag
 * somewhere is not. */
static gboolean
starts_as_page(const char *data, gsize len)
{
  gsize i = 0;

  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace(data[i]))
    i++;
  return (len - i >= 14 && g_ascii_strncasecmp(data + i, "<!doctype html", 14) == 0) ||
         (len - i >= 6 && g_ascii_strncasecmp(data + i, "<html", 5) == 0 &&
          (data[i + 5] == '>' || g_ascii_isspace(data[i + 5])));
}

/* The first bytes of a common binary format: images, archives, PDF, ELF.
 * A signature of printable characters counts only with what follows it
 * ("GIF89a", "%PDF-"; "BZh9" and the block magic "1AY&SY"; "RIFF", a
 * size, "WAVE"): an article may start "RIFFE LAKE, Wash. (AP)". */
static gboolean
has_magic(const char *data, gsize len)
{
  static const struct {
    const char *magic;
    gsize len;
  } magics[] = {{"\x89PNG", 4},   {"\xFF\xD8\xFF", 3},     {"GIF87a", 6},     {"GIF89a", 6},
                {"%PDF-", 5},     {"\x1F\x8B", 2},         {"PK\x03\x04", 4}, {"\x7F" "ELF", 4},
                {"\xFD" "7zXZ", 5}, {"\x28\xB5\x2F\xFD", 4}};
  static const char *const riff_kinds[] = {"WAVE", "WEBP", "AVI ", NULL};

  for (guint i = 0; i < G_N_ELEMENTS(magics); i++)
    if (len >= magics[i].len && memcmp(data, magics[i].magic, magics[i].len) == 0)
      return TRUE;
  if (len >= 10 && memcmp(data, "BZh", 3) == 0 && data[3] >= '1' && data[3] <= '9' &&
      memcmp(data + 4, "1AY&SY", 6) == 0)
    return TRUE;
  for (const char *const *k = riff_kinds; len >= 12 && *k; k++)
    if (memcmp(data, "RIFF", 4) == 0 && memcmp(data + 8, *k, 4) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_nul(const char *data, gsize len)
{
  return memchr(data, '\0', MIN(len, SNIFF_BYTES)) != NULL;
}

static gboolean
in_list(const char *word, const char *const *list)
{
  for (const char *const *w = list; *w; w++)
    if (g_ascii_strcasecmp(word, *w) == 0)
      return TRUE;
  return FALSE;
}

/* The extension of the base name of `name` ("" when none; "html" for
 * "page.html.gz", whose data was decompressed before), and whether the
 * base name is one a project gives its documents (README, LICENSE).
 * (transfer full) */
static char *
extension(const char *name, gboolean *project_file)
{
  static const char *const projects[] = {
      "readme", "license", "licence", "copying", "changelog", "authors", "contributing",
      "install", "makefile", "cmakelists", "manifest", NULL};
  const char *base = strrchr(name, '/');
  g_autofree char *stem = NULL;
  char *dot;

  stem = g_strdup(base ? base + 1 : name);
  dot = strrchr(stem, '.');
  if (dot != NULL && dot > stem && g_ascii_strcasecmp(dot, ".gz") == 0) {
    *dot = '\0';
    dot = strrchr(stem, '.');
  }
  if (dot != NULL && dot > stem)
    *dot++ = '\0';
  else
    dot = NULL;
  *project_file = in_list(stem, projects);
  return g_strdup(dot ? dot : "");
}

static const char *const page_exts[] = {"html", "htm", "xhtml", "shtml", "php", "asp",
                                        "aspx", "jsp", NULL};
static const char *const feed_exts[] = {"xml", "rss", "atom", "rdf", NULL};
static const char *const jsonl_exts[] = {"jsonl", "ndjson", NULL};
static const char *const text_exts[] = {"txt", "text", NULL};
static const char *const other_exts[] = {
    "md",  "markdown", "rst", "adoc", "org", "sh",   "bash", "zsh",  "fish", "py",   "pl",
    "rb",  "js",       "mjs", "ts",   "css", "c",    "h",    "cc",   "cpp",  "hpp",  "go",
    "rs",  "java",     "lua",  "json", "yaml", "yml", "toml", "ini",  "cfg",  "conf",
    "csv", "tsv",      "log", "png",  "jpg",  "jpeg", "gif", "svg",  "webp", "ico",  "bmp",
    "pdf", "gz",       "bz2", "xz",   "zst",  "zip",  "tar", "tgz",  "7z",   "doc",  "docx",
    "odt", "xls",      "xlsx", "ppt", "exe",  "so",   "o",   "a",    "dll",  "mp3",  "mp4",
    "wav", "ogg",      "webm", "mov", "deb",  "rpm",  "patch", "diff", "in", "cmake", "mk",
    "bak",  "swp",  "tmp",  "part", "pid",  "lock", NULL};

BriefReaderFunc
brief_reader_for(const char *name, const char *data, gsize len, BriefInputFormat format,
                 const char **why)
{
  static const BriefReaderFunc given[] = {NULL, brief_reader_text, brief_reader_jsonl,
                                          brief_reader_html, brief_reader_feed};
  gboolean project = FALSE;
  g_autofree char *ext = extension(name, &project);
  Sniffed kind;

  *why = NULL;
  if (format != BRIEF_INPUT_AUTO && (guint)format < G_N_ELEMENTS(given))
    return given[format];
  /* A file named as an article whose bytes are not text gets the error of
   * its reader, naming the byte; any other is skipped. */
  /* A page in UTF-16 (with its byte order mark, which html-doc.c reads). */
  if (len >= 2 && (memcmp(data, "\xFF\xFE", 2) == 0 || memcmp(data, "\xFE\xFF", 2) == 0) &&
      in_list(ext, page_exts))
    return brief_reader_html;
  if (has_magic(data, len) ||
      (!in_list(ext, text_exts) && !in_list(ext, jsonl_exts) && has_nul(data, len))) {
    *why = "binary data";
    return NULL;
  }
  if (len >= 2 && data[0] == '#' && data[1] == '!') {
    *why = "a script";
    return NULL;
  }
  if (project || in_list(ext, other_exts)) {
    *why = project ? "a project file" : "not an article file";
    return NULL;
  }
  if (in_list(ext, jsonl_exts))
    return brief_reader_jsonl;
  if (in_list(ext, text_exts))
    return starts_as_page(data, len) ? brief_reader_html : brief_reader_text;
  kind = sniff_markup(data, len);
  if (kind == SNIFF_FEED)
    return brief_reader_feed;
  if (kind == SNIFF_HTML || ((kind == SNIFF_XML || kind == SNIFF_OTHER) && in_list(ext, page_exts)))
    return brief_reader_html;
  if (kind == SNIFF_XML || in_list(ext, feed_exts)) {
    *why = "no RSS or Atom feed";
    return NULL;
  }
  if (in_list(ext, page_exts)) {
    *why = "no HTML in it";
    return NULL;
  }
  return brief_reader_text;
}
