/* SPDX-License-Identifier: BSD-3-Clause */
/* What a page says about its article, from the most explicit source to the
 * least: JSON-LD (schema.org NewsArticle and its kin), then Open Graph and
 * other <meta> tags, <link rel=canonical>, <time datetime>, <title>. */
#include "html-private.h"

#include "brief-private.h"
#include "cluster-private.h"
#include "dates-private.h"

#include <json-glib/json-glib.h>
#include <string.h>

/* Scripts of JSON-LD larger than this are not read. */
#define MAX_JSON_LD (1024 * 1024)

/* What was found, each field from the best source so far. */
typedef struct {
  GHashTable *metas; /* lower-case name or property -> first content */
  char *canonical, *title_element, *time_element, *h1;
  BriefHtmlMeta ld; /* from JSON-LD */
} Found;

static void
set_once(char **slot, const char *value)
{
  if (*slot == NULL && value != NULL) {
    char *v = brief_collapse_space(value, strlen(value));
    if (*v != '\0')
      *slot = v;
    else
      g_free(v);
  }
}

/* ---- JSON-LD ---------------------------------------------------------------------- */

static gboolean
is_article_type(const char *type)
{
  static const char *const types[] = {
      "NewsArticle",      "Article",           "ReportageNewsArticle", "AnalysisNewsArticle",
      "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
      "LiveBlogPosting",  "Report",            "TechArticle",         "ScholarlyArticle",
      "SocialMediaPosting", "SatiricalArticle", "AdvertiserContentArticle", NULL};

  if (g_str_has_prefix(type, "http://schema.org/") || g_str_has_prefix(type, "https://schema.org/"))
    type = strrchr(type, '/') + 1;
  for (const char *const *t = types; *t; t++)
    if (strcmp(type, *t) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_article_type(JsonObject *o)
{
  JsonNode *t = json_object_get_member(o, "@type");

  if (t != NULL && JSON_NODE_HOLDS_VALUE(t) && json_node_get_value_type(t) == G_TYPE_STRING)
    return is_article_type(json_node_get_string(t));
  if (t != NULL && JSON_NODE_HOLDS_ARRAY(t)) {
    JsonArray *a = json_node_get_array(t);
    for (guint i = 0; i < json_array_get_length(a); i++) {
      JsonNode *e = json_array_get_element(a, i);
      if (JSON_NODE_HOLDS_VALUE(e) && json_node_get_value_type(e) == G_TYPE_STRING &&
          is_article_type(json_node_get_string(e)))
        return TRUE;
    }
  }
  return FALSE;
}

/* A string, or NULL. */
static const char *
ld_text(JsonNode *n)
{
  if (n == NULL || !JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string(n);
}

/* A member, or the first element of an array member; NULL. */
static JsonNode *
ld_member(JsonObject *o, const char *member)
{
  JsonNode *n = json_object_get_member(o, member);

  if (n != NULL && JSON_NODE_HOLDS_ARRAY(n) && json_array_get_length(json_node_get_array(n)) > 0)
    n = json_array_get_element(json_node_get_array(n), 0);
  return n;
}

/* The node of `graph` (may be NULL) whose "@id" is `id`, or NULL. */
static JsonObject *
ld_lookup(JsonArray *graph, const char *id)
{
  for (guint i = 0; graph != NULL && id != NULL && i < json_array_get_length(graph); i++) {
    JsonNode *e = json_array_get_element(graph, i);
    if (JSON_NODE_HOLDS_OBJECT(e) &&
        g_strcmp0(ld_text(json_object_get_member(json_node_get_object(e), "@id")), id) == 0)
      return json_node_get_object(e);
  }
  return NULL;
}

/* The name of a thing: a string, the "name" of an object, or the "name" of
 * the node of `graph` an object refers to by "@id" ({"@id":
 * "https://example.com/#organization"}); never an "@id" itself. */
static const char *
ld_name(JsonNode *n, JsonArray *graph)
{
  JsonObject *o, *ref;
  const char *name;

  if (n == NULL || !JSON_NODE_HOLDS_OBJECT(n))
    return ld_text(n);
  o = json_node_get_object(n);
  name = ld_text(ld_member(o, "name"));
  if (name != NULL)
    return name;
  ref = ld_lookup(graph, ld_text(json_object_get_member(o, "@id")));
  return ref != NULL && ref != o ? ld_text(ld_member(ref, "name")) : NULL;
}

/* A web address: a string member, or the "@id" or "url" of an object
 * member; NULL when it is none. */
static const char *
ld_url(JsonObject *o, const char *member)
{
  JsonNode *n = ld_member(o, member);
  const char *v = ld_text(n);

  if (v == NULL && n != NULL && JSON_NODE_HOLDS_OBJECT(n)) {
    v = ld_text(json_object_get_member(json_node_get_object(n), "@id"));
    if (!brief_is_web_url(v))
      v = ld_text(ld_member(json_node_get_object(n), "url"));
  }
  return brief_is_web_url(v) ? v : NULL;
}

/* The names of "author": a string, an object, or a list of them, joined
 * with ", ". (transfer full, NULL when none) */
static char *
ld_authors(JsonObject *o, JsonArray *graph)
{
  JsonNode *n = json_object_get_member(o, "author");
  JsonArray *list = n != NULL && JSON_NODE_HOLDS_ARRAY(n) ? json_node_get_array(n) : NULL;
  guint len = list != NULL ? json_array_get_length(list) : (n != NULL ? 1u : 0u);
  g_autoptr(GString) s = g_string_new(NULL);

  for (guint i = 0; i < len && i < 8; i++) {
    const char *name = ld_name(list != NULL ? json_array_get_element(list, i) : n, graph);
    if (name != NULL && *name != '\0')
      g_string_append_printf(s, "%s%s", s->len ? ", " : "", name);
  }
  return s->len > 0 ? g_strdup(s->str) : NULL;
}

/* The fields of the article `o`; `graph` (may be NULL) the @graph it is
 * in. */
static void
ld_take_article(JsonObject *o, JsonArray *graph, BriefHtmlMeta *ld)
{
  g_autofree char *authors = ld_authors(o, graph);
  const char *date = ld_text(ld_member(o, "datePublished"));

  set_once(&ld->title, ld_name(ld_member(o, "headline"), NULL));
  set_once(&ld->title, ld_name(ld_member(o, "name"), NULL));
  if (date == NULL || !brief_parse_date(date, NULL, NULL, NULL, NULL))
    date = ld_text(ld_member(o, "dateCreated"));
  if (date != NULL && brief_parse_date(date, NULL, NULL, NULL, NULL))
    set_once(&ld->date, date);
  set_once(&ld->author, authors);
  set_once(&ld->source, ld_name(ld_member(o, "publisher"), graph));
  set_once(&ld->url, ld_url(o, "url"));
  set_once(&ld->url, ld_url(o, "mainEntityOfPage"));
  if (ld->body == NULL && ld_text(ld_member(o, "articleBody")) != NULL)
    ld->body = g_strdup(ld_text(ld_member(o, "articleBody")));
}

/* Look through a JSON-LD value for the first article object; `graph` is
 * the @graph it is in (NULL: none). */
static void
ld_search(JsonNode *n, JsonArray *graph, BriefHtmlMeta *ld, guint depth)
{
  JsonNode *g;

  if (n == NULL || depth > 8 || ld->title != NULL)
    return;
  if (JSON_NODE_HOLDS_ARRAY(n)) {
    JsonArray *a = json_node_get_array(n);
    for (guint i = 0; i < json_array_get_length(a); i++)
      ld_search(json_array_get_element(a, i), graph, ld, depth + 1);
  } else if (JSON_NODE_HOLDS_OBJECT(n)) {
    JsonObject *o = json_node_get_object(n);
    if (has_article_type(o)) {
      ld_take_article(o, graph, ld);
      return;
    }
    g = json_object_get_member(o, "@graph");
    ld_search(g, g != NULL && JSON_NODE_HOLDS_ARRAY(g) ? json_node_get_array(g) : graph, ld,
              depth + 1);
    ld_search(json_object_get_member(o, "mainEntity"), graph, ld, depth + 1);
  }
}

static void
read_json_ld(xmlNodePtr script, BriefHtmlMeta *ld)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = NULL;
  gsize len;

  if (ld->title != NULL || script->children == NULL)
    return;
  {
    xmlChar *content = xmlNodeGetContent(script);
    if (content == NULL)
      return;
    text = g_strdup((const char *)content);
    xmlFree(content);
  }
  g_strstrip(text);
  len = strlen(text);
  /* One value, at most 64 deep: json-glib's parser recurses. */
  if (len == 0 || len > MAX_JSON_LD || !brief_jsonl_check_line("", text, len, NULL))
    return;
  parser = json_parser_new_immutable();
  if (json_parser_load_from_data(parser, text, (gssize)len, NULL))
    ld_search(json_parser_get_root(parser), NULL, ld, 0);
}

/* ---- the tree ------------------------------------------------------------------------ */

static void
read_meta(xmlNodePtr node, Found *f)
{
  const char *key = brief_html_attr(node, "property");
  const char *content = brief_html_attr(node, "content");

  if (key == NULL)
    key = brief_html_attr(node, "name");
  if (key == NULL)
    key = brief_html_attr(node, "itemprop");
  if (key != NULL && content != NULL && *content != '\0') {
    char *k = g_ascii_strdown(key, -1);
    if (!g_hash_table_contains(f->metas, k))
      g_hash_table_insert(f->metas, k, g_strdup(content));
    else
      g_free(k);
  }
}

static void
read_element(xmlNodePtr node, Found *f)
{
  const char *name = brief_html_name(node);

  if (strcmp(name, "meta") == 0) {
    read_meta(node, f);
  } else if (strcmp(name, "link") == 0) {
    const char *rel = brief_html_attr(node, "rel"), *href = brief_html_attr(node, "href");
    if (rel != NULL && g_ascii_strcasecmp(rel, "canonical") == 0 && href != NULL &&
        brief_is_web_url(href))
      set_once(&f->canonical, href);
  } else if (strcmp(name, "script") == 0) {
    const char *type = brief_html_attr(node, "type");
    if (type != NULL && g_ascii_strcasecmp(type, "application/ld+json") == 0)
      read_json_ld(node, &f->ld);
  } else if (strcmp(name, "title") == 0 && f->title_element == NULL) {
    f->title_element = brief_html_inline_text(node);
  } else if (strcmp(name, "h1") == 0 && f->h1 == NULL) {
    f->h1 = brief_html_inline_text(node);
  } else if (strcmp(name, "time") == 0 && f->time_element == NULL) {
    const char *dt = brief_html_attr(node, "datetime");
    if (dt != NULL && brief_parse_date(dt, NULL, NULL, NULL, NULL))
      f->time_element = g_strdup(dt);
  }
}

static void
scan(xmlNodePtr node, Found *f, guint depth)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    read_element(c, f);
    if (depth < BRIEF_HTML_MAX_DEPTH)
      scan(c, f, depth + 1);
  }
}

/* ---- choosing ---------------------------------------------------------------------- */

static const char *
first_meta(Found *f, const char *const *keys, gboolean (*valid)(const char *))
{
  for (const char *const *k = keys; *k; k++) {
    const char *v = g_hash_table_lookup(f->metas, *k);
    if (v != NULL && *v != '\0' && (valid == NULL || valid(v)))
      return v;
  }
  return NULL;
}

static gboolean
is_date(const char *v)
{
  return brief_parse_date(v, NULL, NULL, NULL, NULL);
}

static gboolean
is_not_url(const char *v)
{
  return strstr(v, "://") == NULL;
}

/* Whether the tail of a title names the site `site` (either holds the
 * other, in any case: "WSJ" and "WSJ.com"). */
static gboolean
names_site(const char *tail, const char *site)
{
  g_autofree char *t = g_utf8_casefold(tail, -1), *s = g_utf8_casefold(site, -1);

  return *t != '\0' && *s != '\0' && (strstr(t, s) != NULL || strstr(s, t) != NULL);
}

/* "Headline - Site" or "Headline | Site": the headline, when the rest
 * names the site; with `loose` (a <title> element, which most sites end
 * with their name) also when the rest is at most three words. (transfer
 * full) */
static char *
strip_site(const char *title, const char *site, gboolean loose)
{
  static const char *const seps[] = {" | ", " - ", " – ", " — ", " :: ", " · ", NULL};

  for (const char *const *s = seps; *s; s++) {
    const char *at = g_strrstr(title, *s);
    const char *rest = at ? at + strlen(*s) : NULL;
    if (at == NULL || at == title)
      continue;
    if ((site != NULL && names_site(rest, site)) ||
        (loose && brief_count_words(rest, strlen(rest)) <= 3))
      return g_strndup(title, (gsize)(at - title));
  }
  return g_strdup(title);
}

/* The title: JSON-LD's headline, Open Graph's or Twitter's title, the
 * <title> element, the first <h1>; the site's name cut off. */
static void
choose_title(Found *f, BriefHtmlMeta *meta)
{
  static const char *const title_keys[] = {"og:title", "twitter:title", "headline", NULL};
  const char *v = f->ld.title ? f->ld.title : first_meta(f, title_keys, NULL);
  g_autofree char *t = NULL;

  if (v != NULL)
    t = strip_site(v, meta->source, FALSE);
  else if (f->title_element != NULL)
    t = strip_site(f->title_element, meta->source, TRUE);
  else if (f->h1 != NULL)
    t = g_strdup(f->h1);
  set_once(&meta->title, t);
}

/* "www.example.com" of an address, without "www.". (transfer full) */
static char *
host_of(const char *url)
{
  const char *p = strstr(url, "://"), *end;

  if (p == NULL)
    return NULL;
  p += 3;
  end = p + strcspn(p, "/?#:");
  if (g_ascii_strncasecmp(p, "www.", 4) == 0)
    p += 4;
  return end > p ? g_ascii_strdown(p, end - p) : NULL;
}

/* The address a browser writes at the top of a page it saves (the "mark
 * of the web"), "<!-- saved from url=(0042)https://example.com/a.html
 * -->", as brief's own fetch script does too: the page's address when
 * the page names none itself.  Looked for in the comments before the
 * first element and at the start of the root element.  (transfer full) */
static char *
saved_from(htmlDocPtr doc)
{
  xmlNodePtr root = xmlDocGetRootElement(doc);
  xmlNodePtr lists[] = {doc->children, root != NULL ? root->children : NULL};

  for (guint l = 0; l < G_N_ELEMENTS(lists); l++)
    for (xmlNodePtr n = lists[l]; n != NULL && n->type != XML_ELEMENT_NODE; n = n->next) {
      const char *c = (const char *)n->content, *end;
      g_autofree char *url = NULL;
      if (n->type != XML_COMMENT_NODE || c == NULL)
        continue;
      while (g_ascii_isspace(*c))
        c++;
      if (!g_str_has_prefix(c, "saved from url=(") || (c = strchr(c, ')')) == NULL)
        continue;
      for (end = ++c; *end != '\0' && !g_ascii_isspace(*end);)
        end++;
      url = g_strndup(c, (gsize)(end - c));
      if (brief_is_web_url(url))
        return g_steal_pointer(&url);
    }
  return NULL;
}

static void
choose(Found *f, BriefHtmlMeta *meta)
{
  static const char *const site_keys[] = {"og:site_name", "application-name", "publisher", NULL};
  static const char *const url_keys[] = {"og:url", NULL};
  static const char *const date_keys[] = {
      "article:published_time", "datepublished", "og:article:published_time", "pubdate",
      "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
      "sailthru.date", "parsely-pub-date", "article.published", "published_time", NULL};
  static const char *const author_keys[] = {"author", "article:author", "byl", "dc.creator",
                                            "parsely-author", NULL};
  const char *v;

  meta->body = g_steal_pointer(&f->ld.body);
  set_once(&meta->source, first_meta(f, site_keys, NULL));
  set_once(&meta->source, f->ld.source);
  choose_title(f, meta);
  set_once(&meta->url, f->canonical);
  set_once(&meta->url, f->ld.url);
  if ((v = first_meta(f, url_keys, NULL)) != NULL && brief_is_web_url(v))
    set_once(&meta->url, v);
  set_once(&meta->date, f->ld.date);
  set_once(&meta->date, first_meta(f, date_keys, is_date));
  set_once(&meta->date, f->time_element);
  set_once(&meta->author, f->ld.author);
  v = first_meta(f, author_keys, is_not_url);
  if (v != NULL && g_ascii_strncasecmp(v, "by ", 3) == 0)
    v += 3;
  set_once(&meta->author, v);
  if (meta->source == NULL && meta->url != NULL)
    meta->source = host_of(meta->url);
}

void
brief_html_meta_read(htmlDocPtr doc, BriefHtmlMeta *meta)
{
  Found f = {0};

  memset(meta, 0, sizeof *meta);
  if (doc == NULL)
    return;
  f.metas = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  scan((xmlNodePtr)doc, &f, 0);
  choose(&f, meta);
  if (meta->url == NULL) {
    g_autofree char *saved = saved_from(doc);
    set_once(&meta->url, saved);
    if (meta->source == NULL && meta->url != NULL)
      meta->source = host_of(meta->url);
  }
  g_hash_table_unref(f.metas);
  g_free(f.canonical);
  g_free(f.title_element);
  g_free(f.time_element);
  g_free(f.h1);
  brief_html_meta_clear(&f.ld);
}

void
brief_html_meta_clear(BriefHtmlMeta *meta)
{
  g_clear_pointer(&meta->title, g_free);
  g_clear_pointer(&meta->source, g_free);
  g_clear_pointer(&meta->url, g_free);
  g_clear_pointer(&meta->author, g_free);
  g_clear_pointer(&meta->date, g_free);
  g_clear_pointer(&meta->body, g_free);
}
