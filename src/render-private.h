/* SPDX-License-Identifier: BSD-3-Clause */
/* The render layer: one renderer file per format, each rendering both a
 * summary and a daily briefing (render-text.c, render-json.c,
 * render-html.c), shared formatting in render-common.c, the public
 * dispatchers in render.c.  Renderers read summaries and dailies; neither
 * calls back into them.  (transfer full) for every returned string. */
#ifndef BRIEF_RENDER_PRIVATE_H
#define BRIEF_RENDER_PRIVATE_H

#include <brief/brief.h>

G_BEGIN_DECLS

/* Column at which text renderings wrap. */
#define BRIEF_TEXT_WIDTH 78

/* render-text.c: text, or Markdown when `markdown`; plain is the selected
 * sentences, one per line. */
char *brief_render_summary_text(const BriefSummary *s, gboolean markdown);
char *brief_render_summary_plain(const BriefSummary *s);
char *brief_render_daily_text(const BriefDaily *d, gboolean markdown);
char *brief_render_daily_plain(const BriefDaily *d);

/* render-json.c */
char *brief_render_summary_json(const BriefSummary *s);
char *brief_render_daily_json(const BriefDaily *d);

/* render-html.c: one self-contained document. */
char *brief_render_summary_html(const BriefSummary *s);
char *brief_render_daily_html(const BriefDaily *d);

/* render-common.c */

/* Append `s` with what Markdown would read as markup backslash-escaped. */
void brief_md_append(GString *out, const char *s);

/* `s` escaped as by brief_md_append(). */
char *brief_md_escape(const char *s);

/* Append `text` to `out` wrapped at `width` columns, every line prefixed
 * with `indent` (the first with `first_indent`). */
void brief_wrap_append(GString *out, const char *text, guint width, const char *first_indent,
                       const char *indent);

G_END_DECLS

#endif /* BRIEF_RENDER_PRIVATE_H */
