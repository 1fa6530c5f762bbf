/* SPDX-License-Identifier: BSD-3-Clause */
/* The render layer: one renderer file per format, each rendering both a
 * summary and a daily briefing (render-text.c, render-json.c,
 * render-html.c), shared formatting in render-common.c, the public
 * dispatchers in render.c.  Renderers read summaries and dailies; neither
 * calls back into them.  (transfer full) for every returned string. */
#ifndef BRIEF_RENDER_PRIVATE_H
#define BRIEF_RENDER_PRIVATE_H

#include <brief/brief.h>

#include "json-writer-private.h" /* BriefJson */

G_BEGIN_DECLS

/* Column at which text renderings wrap. */
#define BRIEF_TEXT_WIDTH 78

/* render-text.c: text, or Markdown when `markdown`; plain is the selected
 * sentences, one per line. */
char *brief_render_summary_text(const BriefSummary *s, gboolean markdown);
char *brief_render_summary_plain(const BriefSummary *s);
char *brief_render_daily_text(const BriefDaily *d, gboolean markdown);
char *brief_render_daily_plain(const BriefDaily *d);

/* render-json.c; _to: the summary's object written into `j` (a batch line
 * holds it). */
char *brief_render_summary_json(const BriefSummary *s);
void brief_render_summary_json_to(BriefJson *j, const BriefSummary *s);
char *brief_render_daily_json(const BriefDaily *d);

/* render-html.c: one self-contained document. */
char *brief_render_summary_html(const BriefSummary *s);
char *brief_render_daily_html(const BriefDaily *d);

/* render-common.c: one escaping function per output kind.  Every name,
 * title, URL and sentence that comes from the input goes through the one
 * of its output: text (and plain), Markdown or HTML.  (JSON is escaped by
 * its writer, json-writer.c.) */

/* Text: append `s` (`n` bytes) without what could drive a terminal or break
 * a line: control characters (C0, DEL, C1) and U+2028/9 are dropped, the
 * white-space ones (tab, line breaks) becoming a space; a byte that is no
 * UTF-8 becomes U+FFFD. */
void brief_text_append_len(GString *out, const char *s, gsize n);
void brief_text_append(GString *out, const char *s);

/* `s` as brief_text_append() appends it. */
char *brief_text_escape(const char *s);

/* Markdown: append `s` cleaned as text, with what Markdown would read as
 * markup backslash-escaped. */
void brief_md_append(GString *out, const char *s);

/* The same, for text that goes on a line after something else: a '#'
 * opens no heading there. */
void brief_md_append_inline(GString *out, const char *s);

/* `s` as brief_md_append() appends it. */
char *brief_md_escape(const char *s);

/* Markdown: append `url` as a link target, "<...>", with what could end
 * the target or the line, and every control character, percent-encoded.
 * Only for web URLs. */
void brief_md_url_append(GString *out, const char *url);

/* HTML: append `s` cleaned as text, with & < > " ' as references (safe in
 * element content and in quoted attribute values). */
void brief_html_append(GString *out, const char *s);

/* A space that brief_wrap_append() never breaks a line at; it is printed
 * as a space.  (Escaped text holds no control character, so no input can
 * bring one.) */
#define BRIEF_WRAP_GLUE "\x1f"

/* Append `text` to `out` wrapped at `width` columns, every line prefixed
 * with `indent` (the first with `first_indent`). */
void brief_wrap_append(GString *out, const char *text, guint width, const char *first_indent,
                       const char *indent);

/* The date a sentence of article `a` carries in a briefing dated
 * `year`-`month`-`day`: "14 Nov", with the year when it is another
 * ("30 Dec 2003"), its words joined by `space`; NULL when the article is
 * undated, the briefing has no date (year 0) or both are the same day. */
char *brief_sentence_date_label(const BriefArticle *a, int year, int month, int day,
                                const char *space);

G_END_DECLS

#endif /* BRIEF_RENDER_PRIVATE_H */
