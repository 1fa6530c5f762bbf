/* SPDX-License-Identifier: BSD-3-Clause */
/* What is not prose in an article: captions, datelines, bylines,
 * quotation pieces and quotations over several sentences (noise.c). */
#ifndef BRIEF_NOISE_PRIVATE_H
#define BRIEF_NOISE_PRIVATE_H

#include <brief/brief.h>

G_BEGIN_DECLS

/* A paragraph that is a photo caption or credit ("Pictured: ...",
 * "Photo: REUTERS/...", "(AP Photo/...)"). */
gboolean brief_noise_is_caption(const char *para, gsize len);

/* A paragraph that does not end like prose (no closing punctuation): a
 * headline, a subhead or a caption that lost its full stop. */
gboolean brief_noise_is_unterminated(const char *para, gsize len);

/* Bytes of a leading dateline ("WASHINGTON (AP) _ ", "( — December 15,
 * 2015) — ") at the start of `sentence`; 0 when there is none. */
gsize brief_noise_dateline_length(const char *sentence, gsize len);

/* A sentence that opens a quotation it does not close, or closes one it
 * did not open: one piece of a quotation that runs over several sentences,
 * which reads wrongly on its own. */
gboolean brief_noise_is_quote_fragment(const char *sentence, gsize len);

/* What part of a quotation that runs over several sentences a sentence
 * is (flags: a sentence can close one and open the next). */
enum {
  BRIEF_QUOTE_OPENS = 1 << 0,  /* opens it and does not close it */
  BRIEF_QUOTE_INSIDE = 1 << 1, /* lies between its first and last sentence */
  BRIEF_QUOTE_CLOSES = 1 << 2, /* closes it (and usually says who spoke) */
};

/* parts[i] for each of the `n` sentences `spans` of `text` (in text
 * order, as brief_splitter_split() gives them): 0, or the BRIEF_QUOTE_*
 * flags of the quotations over several sentences that it belongs to.
 * Straight, curly (double and single) and ``TeX'' quotations each pair
 * with their own style; one that continues into the next paragraph (or
 * line) may reopen there without having closed; one that is not closed
 * by the end of its paragraph (or of a paragraph that reopens it), or
 * that a second opening mark of its style cuts short, is no quotation
 * and marks nothing.  Apostrophes (don’t, Kerry’s) and inch marks (5'10")
 * are no quotation marks. */
void brief_noise_quote_parts(const char *text, const BriefSpan *spans, guint n, guint8 *parts);

/* A byline or credit line ("By John Smith", "Reporting by ..."). */
gboolean brief_noise_is_byline(const char *sentence, gsize len);

G_END_DECLS

#endif /* BRIEF_NOISE_PRIVATE_H */
