/* SPDX-License-Identifier: BSD-3-Clause */
/* What the article readers and the cluster share (cluster.c, article.c,
 * reader-*.c). */
#ifndef BRIEF_CLUSTER_PRIVATE_H
#define BRIEF_CLUSTER_PRIVATE_H

#include <brief/brief.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* ---- readers (reader-*.c) ------------------------------------------------ */

/* A reader parses one input: `data` holds `len` bytes (not necessarily
 * NUL-terminated) named `name` in messages and in the articles' names.  It
 * checks the encoding itself, and appends each article it reads to `out`
 * with brief_article_append().  On failure it sets `error` and returns
 * FALSE; articles it already appended stay in `out`, and the caller throws
 * `out` away.  One reader per file: reader-text.c, reader-jsonl.c. */
typedef gboolean (*BriefReaderFunc)(GPtrArray *out, const char *name, const char *data, gsize len,
                                    GError **error);

/* One article per input: an optional header block of `Key: value` lines
 * (Title, Source, Date, URL, Id), a blank line, then the body. */
gboolean brief_reader_text(GPtrArray *out, const char *name, const char *data, gsize len,
                           GError **error);

/* JSON Lines: one article object per line ("text" required; "title",
 * "source", "date", "url", "id", "cluster"); blank lines are skipped. */
gboolean brief_reader_jsonl(GPtrArray *out, const char *name, const char *data, gsize len,
                            GError **error);

/* A saved web page (reader-html.c): its metadata and main text.  A page
 * without an article is skipped with a warning. */
gboolean brief_reader_html(GPtrArray *out, const char *name, const char *data, gsize len,
                           GError **error);

/* An RSS or Atom feed (reader-feed.c): one article per item with a body;
 * items with the same link are one article. */
gboolean brief_reader_feed(GPtrArray *out, const char *name, const char *data, gsize len,
                           GError **error);

/* The reader of an input (input-kind.c): the one of `format`, or for
 * BRIEF_INPUT_AUTO the one the name's extension and the first bytes agree
 * on.  NULL when the input is no article (a script, a README, an image),
 * with `*why` a short reason for the warning. */
BriefReaderFunc brief_reader_for(const char *name, const char *data, gsize len,
                                 BriefInputFormat format, const char **why);

/* What the batch reader (batch.c) shares with the JSON Lines one. */

/* Before json-glib sees a line: one JSON value and nothing after it, nested
 * at most 64 deep, no \u0000.  BRIEF_ERROR_PARSE naming `where`. */
gboolean brief_jsonl_check_line(const char *where, const char *p, gsize len, GError **error);

/* BRIEF_ERROR_PARSE "WHERE: malformed JSON at column N: reason" from
 * json-glib's message. */
void brief_jsonl_set_parse_error(GError **error, const char *where, const char *message);

/* The article of the JSON object `o`, appended to `out`: named `name`, its
 * line `line`; messages name `where`. */
gboolean brief_jsonl_read_article(GPtrArray *out, JsonObject *o, const char *name, guint line,
                                  const char *where, GError **error);

/* ---- articles (article.c) ------------------------------------------------- */

/* Frees an article and its strings: the free function of every array of
 * articles. */
void brief_article_free(gpointer article);

/* A new article named `name` (copied), appended to `out`, which owns it. */
BriefArticle *brief_article_append(GPtrArray *out, const char *name);

/* Set the field `key` (title, source, url, id or date, in any case; other
 * keys are ignored) from `value`: white space collapsed and control
 * characters dropped; a value left empty by that is ignored.  A date must parse (brief_parse_date()) or BRIEF_ERROR_PARSE is
 * set naming the article and, when > 0, the header `line`. */
gboolean brief_article_set_field(BriefArticle *a, const char *key, const char *value, guint line,
                                 GError **error);

/* Without a date from its header, an article is dated by the first date
 * written in its text. */
void brief_article_date_from_text(BriefArticle *a);

/* ---- the cluster (cluster.c) ---------------------------------------------- */

/* The date of a briefing: `date_option` (YYYY-MM-DD) when given, else the
 * newest dated article of `cluster`, a date an article gives before one
 * found in a text; FALSE when there is neither. */
gboolean brief_briefing_date(const char *date_option, const BriefCluster *cluster, int *year,
                             int *month, int *day);

/* A cluster of the articles `indices` of `cluster`, in that order,
 * borrowed, not copied: `cluster` must outlive it, and freeing it frees
 * none of them.  brief_cluster_new_subset() without the copies, for a
 * part of a cluster read inside the library. */
BriefCluster *brief_cluster_new_view(const BriefCluster *cluster, const guint *indices, guint n);

/* Move the articles of `articles` (BriefArticle*, emptied) to the end of
 * `cluster`. */
void brief_cluster_take_articles(BriefCluster *cluster, GPtrArray *articles);

G_END_DECLS

#endif /* BRIEF_CLUSTER_PRIVATE_H */
