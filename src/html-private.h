/* SPDX-License-Identifier: BSD-3-Clause */
/* Web pages and feeds: parsing with libxml2 (html-doc.c), the text of a
 * tree (html-text.c), a page's metadata (html-meta.c), its main text
 * (html-body.c), and what the page and feed readers share. */
#ifndef BRIEF_HTML_PRIVATE_H
#define BRIEF_HTML_PRIVATE_H

#include "xml-private.h"

#include <brief/brief.h>

G_BEGIN_DECLS

/* Elements nested deeper than this are not looked into: a page of 10,000
 * nested <div>s costs neither stack nor time. */
#define BRIEF_HTML_MAX_DEPTH 256

/* ---- markup-limits.c ------------------------------------------------------------ */

/* A start tag keeps at most this many attributes: libxml2 2.9 compares
 * each new attribute of a tag with all the ones before it. */
#define BRIEF_MARKUP_MAX_ATTRS 256
/* A page or a feed holds at most this many elements, comments,
 * processing instructions and declarations (about 200 MB of libxml2 tree
 * at the most). */
#define BRIEF_MARKUP_MAX_TAGS 500000

/* FALSE with BRIEF_ERROR_LIMIT naming `name` when `data` holds more than
 * BRIEF_MARKUP_MAX_TAGS elements; `*over_attrs` (may be NULL) tells
 * whether a start tag has more than BRIEF_MARKUP_MAX_ATTRS attributes.
 * `xml` (a feed): <script> and <style> hold markup, not raw text, and the
 * attributes of a DTD's <!ATTLIST>s count together, as defaults of every
 * tag of their element. */
gboolean brief_markup_check(const char *name, const char *data, gsize len, gboolean xml,
                            gboolean *over_attrs, GError **error);

/* Blank (with spaces) the attributes of each start tag past the first
 * BRIEF_MARKUP_MAX_ATTRS, in place; `xml`: and the <!ATTLIST>s past them. */
void brief_markup_cap_attrs(char *data, gsize len, gboolean xml);

/* ---- html-doc.c ------------------------------------------------------------ */

/* The charset of a page, as the HTML standard's prescan finds it: a byte
 * order mark, else a <meta charset> or http-equiv Content-Type in the first
 * 4 KiB, else UTF-8 when the bytes are valid UTF-8, else windows-1252.
 * ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do.
 * (transfer full) */
char *brief_html_charset(const char *data, gsize len);

/* libxml2 reports some errors to its generic handler, on standard error,
 * whatever a parse's options say (an encoding that fails in the middle of
 * a feed: "encoding error : input conversion failed ...", or "Memory
 * allocation failed"); brief reports its own.  brief_xml_quiet() drops
 * them on this thread until brief_xml_restore() puts back the handler it
 * saved in `saved`. */
typedef struct {
  xmlGenericErrorFunc func;
  void *ctx;
} BriefXmlErrors;

void brief_xml_quiet(BriefXmlErrors *saved);
void brief_xml_restore(const BriefXmlErrors *saved);

/* Parse a page or fragment (`len` bytes in `charset`, NULL: found by
 * brief_html_charset()) into a tree, never fetching anything.  NULL only
 * when libxml2 gives up (no memory) or cannot be loaded (the readers call
 * brief_xml_load() first and report that). */
htmlDocPtr brief_html_parse(const char *data, gsize len, const char *charset);

/* The lower-case local name of an element ("div"), "" for other nodes. */
const char *brief_html_name(xmlNodePtr node);

/* Whether `node` is an element called `name` (lower case). */
gboolean brief_html_is(xmlNodePtr node, const char *name);

/* An attribute's value, or NULL. (borrowed from the tree) */
const char *brief_html_attr(xmlNodePtr node, const char *name);

/* The first element called `name` under `node` (itself included), depth
 * first, or NULL. */
xmlNodePtr brief_html_find(xmlNodePtr node, const char *name);

/* ---- html-text.c ----------------------------------------------------------- */

/* One block of text: a paragraph, a heading, a list item. */
typedef struct {
  char *text;        /* white space collapsed, UTF-8 */
  guint link_chars;  /* characters of it inside links */
  guint chars;       /* characters of it */
  const char *tag;   /* the block element it came from ("p", "h2", "li"),
                        "" when none */
  xmlNodePtr node;   /* that element (or the node walked) */
} BriefHtmlBlock;

/* The blocks of text under `node`, in document order, in a new array of
 * BriefHtmlBlock (its free function frees them).  Elements that never hold
 * reading text (scripts, styles, forms, media) are skipped. */
GArray *brief_html_blocks(xmlNodePtr node);

/* The blocks joined into one text, paragraphs separated by a blank line.
 * (transfer full) */
char *brief_html_blocks_join(GArray *blocks);

/* The text of an HTML fragment (a feed item's body), paragraphs separated
 * by a blank line; "" when it holds none. (transfer full) */
char *brief_html_fragment_text(const char *html, gsize len);

/* The text under `node` as one line, white space collapsed. (transfer full) */
char *brief_html_inline_text(xmlNodePtr node);

/* ---- html-meta.c ----------------------------------------------------------- */

/* What a page says about its article. Strings are NULL when absent. */
typedef struct {
  char *title, *source, *url, *author, *date;
  char *body;      /* JSON-LD articleBody */
} BriefHtmlMeta;

/* Read the metadata of a page: JSON-LD (NewsArticle and its kin), Open
 * Graph and other <meta> tags, <link rel=canonical>, <time datetime>,
 * <title>.  Dates are kept only when brief_parse_date() reads them. */
void brief_html_meta_read(htmlDocPtr doc, BriefHtmlMeta *meta);
void brief_html_meta_clear(BriefHtmlMeta *meta);

/* ---- html-body.c ----------------------------------------------------------- */

/* The main text of a page: boilerplate removed (it edits `doc`), the
 * article's blocks joined; `title` (may be NULL) is dropped from its
 * start.  NULL when the page holds no article. (transfer full) */
char *brief_html_main_text(htmlDocPtr doc, const char *title);

/* The text of an HTML fragment that is an article's body (a feed item's
 * content): the same boilerplate removed as from a page (share bars,
 * figures and their captions, related links, bylines, lines of page
 * furniture), every other block kept, `title` (may be NULL) left out.
 * NULL when nothing is left or the blocks are teasers. (transfer full) */
char *brief_html_fragment_main_text(const char *html, gsize len, const char *title);

G_END_DECLS

#endif /* BRIEF_HTML_PRIVATE_H */
