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

#include <string.h>

#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_RSS1 "http://purl.org/rss/1.0/"

/* A feed has at most this many items read. */
#define MAX_ITEMS 10000

typedef struct {
  const char *name; /* the file, for messages and article names */
  const char *ns;   /* the namespace of the feed's own elements; NULL: none */
  gboolean atom;
  char *source;     /* the channel's title */
  char *base;       /* the channel's or feed's web address, for relative links */
  GHashTable *links;
  guint n_items, n_empty;
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
  return node->ns != NULL && node->ns->href != NULL && href != NULL &&
         strcmp((const char *)node->ns->href, href) == 0;
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

/* The first child called `name` in namespace `ns`. */
static xmlNodePtr
child(xmlNodePtr node, const char *name, const char *ns)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (is_named(c, name) && in_ns(c, ns))
      return c;
  return NULL;
}

/* Whether `node` is an element called `name` in the feed's own
 * vocabulary: no namespace for RSS 2.0; RSS 1.0's or none for RSS 1.0;
 * Atom's or none for Atom.  An <itunes:title> or <atom:link> in an RSS
 * item is none of the item's own. */
static gboolean
is_own(const Feed *feed, xmlNodePtr node, const char *name)
{
  return is_named(node, name) && (node->ns == NULL || in_ns(node, feed->ns));
}

/* The first child of `node` that is_own() calls `name`. */
static xmlNodePtr
own(const Feed *feed, xmlNodePtr node, const char *name)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (is_own(feed, c, name))
      return c;
  return NULL;
}

/* The text of a body given as escaped HTML, read as a page's article is
 * (boilerplate removed), or all of its text when that leaves nothing;
 * without WordPress's closing line "The post TITLE appeared first on
 * SITE.", which its feeds add to every item. */
static char *
body_text(const char *html, const char *title)
{
  char *text = brief_html_fragment_main_text(html, strlen(html), title);
  char *last;

  if (text == NULL)
    return brief_html_fragment_text(html, strlen(html));
  last = g_strrstr(text, "\n\n");
  last = last != NULL ? last + 2 : text;
  if (g_str_has_prefix(last, "The post ") && strstr(last, " appeared first on ") != NULL &&
      strchr(last, '\n') == NULL)
    *(last == text ? text : last - 2) = '\0';
  return text;
}

/* The text of an Atom text construct by its type: "text" (the default)
 * as it is, "html" escaped markup, "xhtml" markup in the feed.  An
 * item's `body` is read as an article, `title` (may be NULL) left out. */
static char *
atom_text(xmlNodePtr node, gboolean body, const char *title)
{
  xmlChar *type = xmlGetProp(node, (const xmlChar *)"type");
  g_autofree char *raw = NULL;
  char *out;
  gboolean xhtml = type != NULL && strcmp((const char *)type, "xhtml") == 0;

  if (xhtml && body) {
    /* The markup in the feed, written out and read as any HTML body. */
    xmlBufferPtr buf = xmlBufferCreate();
    for (xmlNodePtr c = node->children; c != NULL; c = c->next)
      xmlNodeDump(buf, node->doc, c, 0, 0);
    out = body_text((const char *)xmlBufferContent(buf), title);
    xmlBufferFree(buf);
  } else if (xhtml) {
    g_autoptr(GArray) blocks = brief_html_blocks(node);
    out = brief_html_blocks_join(blocks);
  } else {
    raw = text_of(node);
    out = type == NULL || strcmp((const char *)type, "text") == 0
              ? brief_collapse_space(raw, strlen(raw))
          : body ? body_text(raw, title)
                 : brief_html_fragment_text(raw, strlen(raw));
  }
  xmlFree(type);
  return out;
}

/* The item's body as text: the full content where the feed has it;
 * `title` (may be NULL) left out. */
static char *
item_body(const Feed *feed, xmlNodePtr item, const char *title)
{
  xmlNodePtr full = feed->atom ? own(feed, item, "content") : child(item, "encoded", NS_CONTENT);
  xmlNodePtr brief = own(feed, item, feed->atom ? "summary" : "description");
  xmlNodePtr both[] = {full, brief};

  for (guint i = 0; i < G_N_ELEMENTS(both); i++) {
    xmlNodePtr c = both[i];
    char *text;
    if (c == NULL)
      continue;
    if (feed->atom) {
      text = atom_text(c, TRUE, title);
    } else {
      g_autofree char *raw = text_of(c);
      text = body_text(raw, title);
    }
    if (*text != '\0')
      return text;
    g_free(text);
  }
  return NULL;
}

/* `href` as an absolute web address: as it is, or resolved against the
 * `base` (xml:base, the channel's link); NULL when it is no web address. */
static char *
web_address(const char *href, const char *base)
{
  g_autofree char *valid = g_utf8_make_valid(href, -1);
  g_autofree char *stripped = g_strstrip(g_strdup(valid));
  char *resolved;

  if (*stripped == '\0')
    return NULL;
  if (brief_is_web_url(stripped))
    return g_steal_pointer(&stripped);
  if (base == NULL || !brief_is_web_url(base) || g_str_has_prefix(stripped, "javascript:"))
    return NULL;
  resolved = g_uri_resolve_relative(base, stripped, G_URI_FLAGS_NONE, NULL);
  if (resolved != NULL && brief_is_web_url(resolved))
    return resolved;
  g_free(resolved);
  return NULL;
}

/* The base of relative addresses under `node`: its xml:base (inherited),
 * else the feed's. (transfer full) */
static char *
base_of(const Feed *feed, xmlNodePtr node)
{
  xmlChar *b = xmlNodeGetBase(node->doc, node);
  char *out = NULL;

  if (b != NULL)
    out = web_address((const char *)b, feed->base);
  xmlFree(b);
  return out != NULL ? out : g_strdup(feed->base);
}

/* An Atom element's first <link> that is the alternate one (rel missing
 * or "alternate", in any case). */
static char *
atom_link(const Feed *feed, xmlNodePtr node, const char *base)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
    xmlChar *rel, *href;
    char *out = NULL;
    if (!is_own(feed, c, "link"))
      continue;
    rel = xmlGetProp(c, (const xmlChar *)"rel");
    href = xmlGetProp(c, (const xmlChar *)"href");
    if ((rel == NULL || g_ascii_strcasecmp((const char *)rel, "alternate") == 0) && href != NULL)
      out = web_address((const char *)href, base);
    xmlFree(rel);
    xmlFree(href);
    if (out != NULL)
      return out;
  }
  return NULL;
}

/* The web address of an element's text (an RSS <link>, a <guid>, an
 * Atom <id>), or NULL. */
static char *
text_address(xmlNodePtr node, const char *base)
{
  g_autofree char *text = node != NULL ? text_of(node) : NULL;

  return text != NULL ? web_address(text, base) : NULL;
}

/* An RSS <guid> as a web address: only an absolute one that is not
 * marked isPermaLink="false" (then it is a name, not an address). */
static char *
guid_address(xmlNodePtr guid)
{
  xmlChar *perma = guid != NULL ? xmlGetProp(guid, (const xmlChar *)"isPermaLink") : NULL;
  gboolean name_only = perma != NULL && g_ascii_strcasecmp((const char *)perma, "false") == 0;

  xmlFree(perma);
  return guid != NULL && !name_only ? text_address(guid, NULL) : NULL;
}

static char *
item_link_raw(const Feed *feed, xmlNodePtr item)
{
  g_autofree char *base = base_of(feed, item);
  char *link;

  if (feed->atom) {
    link = atom_link(feed, item, base);
    return link != NULL ? link : text_address(own(feed, item, "id"), base);
  }
  link = text_address(own(feed, item, "link"), base);
  return link != NULL ? link : guid_address(own(feed, item, "guid"));
}

/* The item's web address as its article holds it (white space collapsed,
 * brief_article_set_field()), so that links differing only in white space
 * are one article; NULL when it has none. */
static char *
item_link(const Feed *feed, xmlNodePtr item)
{
  g_autofree char *link = item_link_raw(feed, item);

  return link != NULL ? brief_collapse_space(link, strlen(link)) : NULL;
}

/* The first of the item's date elements that reads as a date: RSS
 * pubDate, Dublin Core date, Atom published and updated (Atom 0.3: issued,
 * modified). */
static char *
item_date(const Feed *feed, xmlNodePtr item)
{
  static const char *const names[] = {"pubDate", "date", "published", "updated", "issued",
                                      "modified", NULL};

  for (const char *const *n = names; *n; n++) {
    xmlNodePtr c = strcmp(*n, "date") == 0 ? child(item, "date", NS_DC) : own(feed, item, *n);
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
item_author(const Feed *feed, xmlNodePtr item)
{
  xmlNodePtr c = feed->atom ? own(feed, item, "author") : child(item, "creator", NS_DC);

  if (feed->atom && c != NULL)
    c = own(feed, c, "name");
  if (c == NULL && !feed->atom)
    c = own(feed, item, "author");
  return c != NULL ? g_strstrip(text_of(c)) : NULL;
}

static void
set_field(BriefArticle *a, const char *key, const char *value)
{
  if (value != NULL && !brief_article_set_field(a, key, value, 0, NULL))
    g_warn_if_reached();
}

/* An item's title as text. (transfer full, NULL when none) */
static char *
item_title(const Feed *feed, xmlNodePtr item)
{
  xmlNodePtr t = own(feed, item, "title");

  if (t == NULL)
    return NULL;
  return feed->atom ? atom_text(t, FALSE, NULL) : g_strstrip(text_of(t));
}

static void
read_item(GPtrArray *out, Feed *feed, xmlNodePtr item)
{
  g_autofree char *link = item_link(feed, item), *date = item_date(feed, item);
  g_autofree char *author = item_author(feed, item), *title = item_title(feed, item);
  g_autofree char *name = NULL;
  char *body;
  BriefArticle *a;

  feed->n_items++;
  if (link != NULL && g_hash_table_contains(feed->links, link))
    return;
  body = item_body(feed, item, title);
  /* An item of a title and a link only (many feeds): its title is its
   * text, so that its link is kept and a page read with it replaces it.
   * The text as the title field shows it: white space collapsed, control
   * characters dropped (a title of "&#x85;" is none). */
  if (body == NULL && title != NULL) {
    body = brief_collapse_space(title, strlen(title));
    if (*body == '\0')
      g_clear_pointer(&body, g_free);
  }
  if (body == NULL) {
    feed->n_empty++;
    return;
  }
  if (link != NULL)
    g_hash_table_add(feed->links, g_strdup(link));
  name = g_strdup_printf("%s#%u", feed->name, feed->n_items);
  a = brief_article_append(out, name);
  a->item = feed->n_items;
  a->text = body;
  a->text_len = strlen(body);
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
read_items(GPtrArray *out, Feed *feed, xmlNodePtr parent, const char *item_name)
{
  for (xmlNodePtr c = parent->children; c != NULL && feed->n_items < MAX_ITEMS; c = c->next)
    if (is_own(feed, c, item_name))
      read_item(out, feed, c);
}

/* The channel's (or Atom feed's) title and address. */
static void
read_channel(Feed *feed, xmlNodePtr channel)
{
  xmlNodePtr t = own(feed, channel, "title");

  if (t != NULL)
    feed->source = feed->atom ? atom_text(t, FALSE, NULL) : g_strstrip(text_of(t));
  feed->base = feed->atom ? atom_link(feed, channel, NULL)
                          : text_address(own(feed, channel, "link"), NULL);
}

/* FALSE when the root is no feed. */
static gboolean
read_feed(GPtrArray *out, Feed *feed, xmlNodePtr root)
{
  xmlNodePtr channel;

  if (is_named(root, "feed")) {
    feed->atom = TRUE;
    feed->ns = in_ns(root, NS_ATOM) ? NS_ATOM : NULL;
    read_channel(feed, root);
    read_items(out, feed, root, "entry");
    return TRUE;
  }
  if (!is_named(root, "rss") && !is_named(root, "RDF"))
    return FALSE;
  if (is_named(root, "RDF"))
    feed->ns = NS_RSS1;
  channel = own(feed, root, "channel");
  if (channel != NULL) {
    read_channel(feed, channel);
    read_items(out, feed, channel, "item");
  }
  if (is_named(root, "RDF"))
    read_items(out, feed, root, "item");
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

/* HTML's named entities (&nbsp; &eacute; &mdash;), which feeds use and XML
 * does not know (libxml2 drops them, and a character or two after them),
 * as numeric references; the five of XML are left.  NULL when there is
 * none. (transfer full) */
static GString *
numeric_entities(const char *data, gsize len)
{
  GString *out = NULL;
  gsize done = 0;

  for (const char *p = memchr(data, '&', len); p != NULL;
       p = memchr(p + 1, '&', len - (gsize)(p + 1 - data))) {
    char name[33];
    gsize n = 0;
    const htmlEntityDesc *e;
    while (n < 32 && p + 1 + n < data + len && g_ascii_isalnum(p[1 + n]))
      n++;
    if (n == 0 || n == 32 || p + 1 + n >= data + len || p[1 + n] != ';')
      continue;
    memcpy(name, p + 1, n);
    name[n] = '\0';
    if (strcmp(name, "amp") == 0 || strcmp(name, "lt") == 0 || strcmp(name, "gt") == 0 ||
        strcmp(name, "quot") == 0 || strcmp(name, "apos") == 0 ||
        (e = htmlEntityLookup((const xmlChar *)name)) == NULL)
      continue;
    if (out == NULL)
      out = g_string_sized_new(len + 64);
    g_string_append_len(out, data + done, (gssize)((gsize)(p - data) - done));
    g_string_append_printf(out, "&#%u;", e->value);
    done = (gsize)(p - data) + n + 2;
  }
  if (out != NULL)
    g_string_append_len(out, data + done, (gssize)(len - done));
  return out;
}

/* The bytes libxml2 gets: within the limit of elements, HTML's entities
 * made numeric, no start tag with more attributes than libxml2 handles
 * fast.  `*copy` holds them when they differ from `data`. */
static gboolean
prepare(const char *name, const char **data, gsize *len, GString **copy, GError **error)
{
  gboolean over = FALSE;

  if (!brief_markup_check(name, *data, *len, TRUE, &over, error))
    return FALSE;
  *copy = numeric_entities(*data, *len);
  if (over && *copy == NULL)
    *copy = g_string_new_len(*data, (gssize)*len);
  if (*copy == NULL)
    return TRUE;
  if (over)
    brief_markup_cap_attrs((*copy)->str, (*copy)->len, TRUE);
  *data = (*copy)->str;
  *len = (*copy)->len;
  return TRUE;
}

gboolean
brief_reader_feed(GPtrArray *out, const char *name, const char *data, gsize len, GError **error)
{
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                      XML_PARSE_RECOVER | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  g_autofree char *shown = brief_printable_dup(name, -1, 0);
  g_autoptr(GString) copy = NULL;
  Feed feed = {0};
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  xmlNodePtr root;
  gboolean ok = TRUE;
  ParseErrors errors = {NULL, NULL};
  BriefXmlErrors quiet;

  if (!brief_xml_load(error)) {
    g_prefix_error(error, "%s: ", shown);
    return FALSE;
  }
  if (!prepare(name, &data, &len, &copy, error))
    return FALSE;
  ctxt = xmlNewParserCtxt();
  if (ctxt == NULL)
    g_error("out of memory");
  errors.ctxt = ctxt;
  feed.name = name;
  feed.links = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  ctxt->sax->serror = keep_first_error; /* called with ctxt->userData, the context */
  ctxt->_private = &errors;
  brief_xml_quiet(&quiet);
  doc = xmlCtxtReadMemory(ctxt, data, (int)MIN(len, (gsize)G_MAXINT), NULL, NULL, options);
  brief_xml_restore(&quiet);
  root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (root == NULL || !read_feed(out, &feed, root)) {
    g_autofree char *why = root == NULL ? xml_error(ctxt, &errors) : NULL;
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s: %s", shown,
                why ? why : "not an RSS or Atom feed");
    ok = FALSE;
  } else if (!ctxt->wellFormed) {
    g_autofree char *why = xml_error(ctxt, &errors);
    brief_warning("%s: %s; read what could be read", shown, why);
  }
  if (ok && feed.n_items == 0)
    brief_warning("%s: a feed without items; skipped", shown);
  else if (ok && feed.n_empty > 0)
    brief_warning("%s: %u of %u items without a title or text; left out", shown, feed.n_empty,
                  feed.n_items);
  xmlFreeDoc(doc);
  xmlFreeParserCtxt(ctxt);
  g_free(errors.first);
  g_hash_table_unref(feed.links);
  g_free(feed.source);
  g_free(feed.base);
  return ok;
}
