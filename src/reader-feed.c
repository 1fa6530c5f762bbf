/* SPDX-License-Identifier: BSD-3-Clause */
/* Feeds: RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0.  Each item is an
 * article: its title, its link, its date (pubDate, dc:date, published,
 * updated), the channel's title as its source, and its body from
 * content:encoded or Atom content, else description or summary, read as
 * HTML.  Items with the same link are one article.
 *
 * libxml2 reads the XML without fetching anything (no DTD, no external
 * entity) and without substituting entities; only text and CDATA nodes
 * are read, so an entity is never expanded into an article. */
#include "cluster-private.h"

#include "brief-private.h"
#include "dates-private.h"
#include "html-private.h"

#include <libxml/parser.h>
#include <string.h>

#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_ATOM "http://www.w3.org/2005/Atom"

/* A feed has at most this many items read. */
#define MAX_ITEMS 10000

typedef struct {
  const char *name; /* the file, for messages and article names */
  char *source;     /* the channel's title */
  GHashTable *links;
  guint n_items;
} Feed;

static gboolean
is_named(xmlNodePtr node, const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         strcmp((const char *)node->name, name) == 0;
}

static gboolean
in_ns(xmlNodePtr node, const char *href)
{
  return node->ns != NULL && node->ns->href != NULL && strcmp((const char *)node->ns->href, href) == 0;
}

/* The text and CDATA under `node`, entities left out. */
static void
gather(xmlNodePtr node, GString *s, guint depth)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content != NULL)
      g_string_append(s, (const char *)c->content);
    else if (c->type == XML_ELEMENT_NODE && depth < BRIEF_HTML_MAX_DEPTH)
      gather(c, s, depth + 1);
  }
}

/* The text under `node` as valid UTF-8: libxml2 keeps the bytes of a feed
 * that is not UTF-8 when it recovers from the error. */
static char *
text_of(xmlNodePtr node)
{
  g_autoptr(GString) s = g_string_new(NULL);

  gather(node, s, 0);
  return g_utf8_make_valid(s->str, (gssize)s->len);
}

/* The first child called `name` (in namespace `ns`, NULL: any). */
static xmlNodePtr
child(xmlNodePtr node, const char *name, const char *ns)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (is_named(c, name) && (ns == NULL || in_ns(c, ns)))
      return c;
  return NULL;
}

/* The body of an Atom text construct by its type: "text" (the default)
 * as it is, "html" escaped markup, "xhtml" markup in the feed. */
static char *
atom_text(xmlNodePtr node)
{
  xmlChar *type = xmlGetProp(node, (const xmlChar *)"type");
  g_autofree char *raw = NULL;
  char *out;

  if (type != NULL && strcmp((const char *)type, "xhtml") == 0) {
    g_autoptr(GArray) blocks = brief_html_blocks(node);
    out = brief_html_blocks_join(blocks);
  } else {
    raw = text_of(node);
    out = type == NULL || strcmp((const char *)type, "text") == 0
              ? brief_collapse_space(raw, strlen(raw))
              : brief_html_fragment_text(raw, strlen(raw));
  }
  xmlFree(type);
  return out;
}

/* The item's body as text: the full content where the feed has it. */
static char *
item_body(xmlNodePtr item, gboolean atom)
{
  static const char *const rss[] = {"encoded", "description", NULL};
  static const char *const atom_names[] = {"content", "summary", NULL};

  for (const char *const *n = atom ? atom_names : rss; *n; n++) {
    xmlNodePtr c = child(item, *n, strcmp(*n, "encoded") == 0 ? NS_CONTENT : NULL);
    char *text;
    if (c == NULL)
      continue;
    if (atom) {
      text = atom_text(c);
    } else {
      g_autofree char *raw = text_of(c);
      text = brief_html_fragment_text(raw, strlen(raw));
    }
    if (*text != '\0')
      return text;
    g_free(text);
  }
  return NULL;
}

static char *
item_link_raw(xmlNodePtr item, gboolean atom)
{
  if (!atom) {
    xmlNodePtr l = child(item, "link", NULL), g = child(item, "guid", NULL);
    g_autofree char *link = l ? text_of(l) : NULL;
    if (link != NULL && brief_is_web_url(g_strstrip(link)))
      return g_steal_pointer(&link);
    if (g != NULL) {
      char *guid = g_strstrip(text_of(g));
      if (brief_is_web_url(guid))
        return guid;
      g_free(guid);
    }
    return NULL;
  }
  for (xmlNodePtr c = item->children; c != NULL; c = c->next) {
    xmlChar *rel, *href;
    char *out = NULL;
    if (!is_named(c, "link"))
      continue;
    rel = xmlGetProp(c, (const xmlChar *)"rel");
    href = xmlGetProp(c, (const xmlChar *)"href");
    if ((rel == NULL || strcmp((const char *)rel, "alternate") == 0) && href != NULL &&
        brief_is_web_url((const char *)href))
      out = g_utf8_make_valid((const char *)href, -1);
    xmlFree(rel);
    xmlFree(href);
    if (out != NULL)
      return out;
  }
  return NULL;
}

/* The item's web address as its article holds it (white space collapsed,
 * brief_article_set_field()), so that links differing only in white space
 * are one article; NULL when it has none. */
static char *
item_link(xmlNodePtr item, gboolean atom)
{
  g_autofree char *link = item_link_raw(item, atom);

  return link != NULL ? brief_collapse_space(link, strlen(link)) : NULL;
}

/* The first of the item's date elements that reads as a date. */
static char *
item_date(xmlNodePtr item)
{
  static const char *const names[] = {"pubDate", "date", "published", "updated", "issued",
                                      "modified", NULL};

  for (const char *const *n = names; *n; n++) {
    xmlNodePtr c = child(item, *n, NULL);
    char *d;
    if (c == NULL)
      continue;
    d = g_strstrip(text_of(c));
    if (brief_parse_date(d, NULL, NULL, NULL, NULL))
      return d;
    g_free(d);
  }
  return NULL;
}

static char *
item_author(xmlNodePtr item, gboolean atom)
{
  xmlNodePtr c = atom ? child(item, "author", NULL) : child(item, "creator", NS_DC);

  if (atom && c != NULL)
    c = child(c, "name", NULL);
  if (c == NULL && !atom)
    c = child(item, "author", NULL);
  return c != NULL ? g_strstrip(text_of(c)) : NULL;
}

static void
set_field(BriefArticle *a, const char *key, const char *value)
{
  if (value != NULL && !brief_article_set_field(a, key, value, 0, NULL))
    g_warn_if_reached();
}

static void
read_item(GPtrArray *out, Feed *feed, xmlNodePtr item, gboolean atom)
{
  g_autofree char *link = item_link(item, atom), *date = item_date(item);
  g_autofree char *author = item_author(item, atom), *title = NULL, *name = NULL;
  char *body;
  xmlNodePtr t = child(item, "title", NULL);
  BriefArticle *a;

  feed->n_items++;
  if (link != NULL && g_hash_table_contains(feed->links, link))
    return;
  body = item_body(item, atom);
  if (body == NULL)
    return;
  if (link != NULL)
    g_hash_table_add(feed->links, g_strdup(link));
  name = g_strdup_printf("%s#%u", feed->name, feed->n_items);
  a = brief_article_append(out, name);
  a->item = feed->n_items;
  a->text = body;
  a->text_len = strlen(body);
  if (t != NULL)
    title = atom ? atom_text(t) : text_of(t);
  set_field(a, "title", title);
  set_field(a, "source", feed->source);
  set_field(a, "url", link);
  set_field(a, "author", author);
  set_field(a, "date", date);
  brief_article_date_from_text(a);
}

/* Read the items among the children of `parent` (RSS channel, RSS 1.0
 * root, Atom feed). */
static void
read_items(GPtrArray *out, Feed *feed, xmlNodePtr parent, const char *item_name, gboolean atom)
{
  for (xmlNodePtr c = parent->children; c != NULL && feed->n_items < MAX_ITEMS; c = c->next)
    if (is_named(c, item_name))
      read_item(out, feed, c, atom);
}

/* FALSE when the root is no feed. */
static gboolean
read_feed(GPtrArray *out, Feed *feed, xmlNodePtr root)
{
  xmlNodePtr channel;

  if (is_named(root, "feed")) {
    xmlNodePtr t = child(root, "title", NULL);
    feed->source = t ? g_strstrip(text_of(t)) : NULL;
    read_items(out, feed, root, "entry", TRUE);
    return TRUE;
  }
  if (!is_named(root, "rss") && !is_named(root, "RDF"))
    return FALSE;
  channel = child(root, "channel", NULL);
  if (channel != NULL) {
    xmlNodePtr t = child(channel, "title", NULL);
    feed->source = t ? g_strstrip(text_of(t)) : NULL;
    read_items(out, feed, channel, "item", FALSE);
  }
  if (is_named(root, "RDF"))
    read_items(out, feed, root, "item", FALSE);
  return TRUE;
}

/* "malformed XML at line 3: reason" of a libxml2 error. (transfer full) */
static char *
describe_error(const xmlError *e)
{
  g_autofree char *valid = NULL, *line = NULL, *msg = NULL;

  if (e == NULL || e->message == NULL)
    return g_strdup("malformed XML");
  /* The message may quote bytes of the input and span two lines. */
  valid = g_utf8_make_valid(e->message, -1);
  line = brief_collapse_space(valid, strlen(valid));
  msg = brief_printable_dup(line, -1, 100);
  return g_strdup_printf("malformed XML at line %d: %s", e->line, msg);
}

/* libxml2 2.12 made the error its handlers get const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError ErrorArg;
#else
typedef xmlError ErrorArg;
#endif

/* What the error handler keeps of a parse: its first fatal error (one
 * that makes the document not well-formed).  The last one
 * (xmlCtxtGetLastError()) is often only a consequence of it: "Extra
 * content at the end of the document" lines after a tag closed out of
 * order. */
typedef struct {
  xmlParserCtxtPtr ctxt; /* the parse's context */
  char *first;           /* "malformed XML at line 3: ..." */
} ParseErrors;

/* The error handler: `user` is the parser context, or one libxml2 makes
 * to parse an entity's text, which inherits its _private (the
 * ParseErrors).  Errors of the latter count lines in the entity's text;
 * the entity's reference is reported again in the document, with its
 * line. */
static void
keep_first_error(void *user, ErrorArg *e)
{
  xmlParserCtxtPtr ctxt = user;
  ParseErrors *errors = ctxt != NULL ? ctxt->_private : NULL;

  if (errors != NULL && errors->ctxt == ctxt && errors->first == NULL && e != NULL &&
      e->level == XML_ERR_FATAL)
    errors->first = describe_error(e);
}

/* A one-line reason for a parse that was not well-formed:
 * "malformed XML at line 3: ...". (transfer full) */
static char *
xml_error(xmlParserCtxtPtr ctxt, const ParseErrors *errors)
{
  if (errors->first != NULL)
    return g_strdup(errors->first);
  return describe_error(xmlCtxtGetLastError(ctxt));
}

gboolean
brief_reader_feed(GPtrArray *out, const char *name, const char *data, gsize len, GError **error)
{
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                      XML_PARSE_RECOVER | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  g_autofree char *shown = brief_printable_dup(name, -1, 0);
  Feed feed = {name, NULL, g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL), 0};
  xmlDocPtr doc;
  xmlNodePtr root;
  gboolean ok = TRUE;
  ParseErrors errors = {ctxt, NULL};

  if (ctxt == NULL)
    g_error("out of memory");
  ctxt->sax->serror = keep_first_error; /* called with ctxt->userData, the context */
  ctxt->_private = &errors;
  doc = xmlCtxtReadMemory(ctxt, data, (int)MIN(len, (gsize)G_MAXINT), NULL, NULL, options);
  root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (root == NULL || !read_feed(out, &feed, root)) {
    g_autofree char *why = root == NULL ? xml_error(ctxt, &errors) : NULL;
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s: %s", shown,
                why ? why : "not an RSS or Atom feed");
    ok = FALSE;
  } else if (!ctxt->wellFormed) {
    g_autofree char *why = xml_error(ctxt, &errors);
    g_warning("%s: %s; read the items before it", shown, why);
  }
  if (ok && feed.n_items == 0)
    g_warning("%s: a feed without items; skipped", shown);
  xmlFreeDoc(doc);
  xmlFreeParserCtxt(ctxt);
  g_free(errors.first);
  g_hash_table_unref(feed.links);
  g_free(feed.source);
  return ok;
}
