/* SPDX-License-Identifier: BSD-3-Clause */
/* What is not prose in an article: captions, datelines, bylines,
 * quotation pieces (noise.c). */
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

/* A byline or credit line ("By John Smith", "Reporting by ..."). */
gboolean brief_noise_is_byline(const char *sentence, gsize len);

G_END_DECLS

#endif /* BRIEF_NOISE_PRIVATE_H */
