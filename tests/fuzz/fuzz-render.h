/* SPDX-License-Identifier: BSD-3-Clause */
/* Checks of rendered output that fuzz-pipeline.c and fuzz-daily.c share:
 * every format is UTF-8, ends in a newline, holds no control character
 * (JSON: no raw C0), and HTML holds only the renderer's own tags and web
 * links.  Include after fuzz-common.h. */
#ifndef BRIEF_FUZZ_RENDER_H
#define BRIEF_FUZZ_RENDER_H

static const BriefFormat formats[] = {
    BRIEF_FORMAT_TEXT,  BRIEF_FORMAT_MARKDOWN, BRIEF_FORMAT_JSON,
    BRIEF_FORMAT_PLAIN, BRIEF_FORMAT_HTML,
};

static const char *const format_names[] = {"text", "markdown", "json", "plain", "html"};

/* Every tag is one the HTML renderer writes, so everything from the input
 * was escaped, and every link goes to a web address. */
static void
check_html(const char *html)
{
  static const char *const tags[] = {"!DOCTYPE", "html", "head", "meta", "title", "body", "div",
                                     "h1",       "h2",   "p",    "a",    "span",  NULL};

  for (const char *p = strchr(html, '<'); p != NULL; p = strchr(p + 1, '<')) {
    const char *q = p[1] == '/' ? p + 2 : p + 1;
    gsize n = 0;
    gboolean known = FALSE;
    while (g_ascii_isalnum(q[n]) || q[n] == '!')
      n++;
    for (const char *const *t = tags; *t != NULL && !known; t++)
      known = strlen(*t) == n && strncmp(q, *t, n) == 0;
    CHECK(known && (q[n] == '>' || q[n] == ' '), "HTML: markup from the input at byte %td: %.60s",
          p - html, p);
  }
  /* Links are written "<a href=\"...": "<" is escaped everywhere else, so
   * this finds the links and only them (an address may end in "href="). */
  for (const char *p = strstr(html, "<a href=\""); p != NULL; p = strstr(p + 1, "<a href=\"")) {
    const char *url = p + strlen("<a href=\"");
    CHECK(g_ascii_strncasecmp(url, "http://", 7) == 0 ||
              g_ascii_strncasecmp(url, "https://", 8) == 0,
          "HTML: link to something else than a web address: %.60s", url);
  }
}

static void
check_output(const char *out, guint fi, const char *what)
{
  gsize len;

  CHECK(out != NULL, "%s %s: NULL", what, format_names[fi]);
  len = strlen(out);
  CHECK(g_utf8_validate(out, (gssize)len, NULL), "%s %s: not UTF-8", what, format_names[fi]);
  CHECK(len > 0 && out[len - 1] == '\n', "%s %s: does not end in a newline", what,
        format_names[fi]);
  for (const char *p = out; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    /* JSON escapes C0 controls; the other formats must have none at all. */
    gboolean bad =
        formats[fi] == BRIEF_FORMAT_JSON ? c < 0x20 && c != '\n' : fuzz_is_control(c) && c != '\n';
    CHECK(!bad, "%s %s: control character U+%04X at byte %td", what, format_names[fi], c, p - out);
  }
  if (formats[fi] == BRIEF_FORMAT_HTML)
    check_html(out);
}

#endif
