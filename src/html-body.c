/* SPDX-License-Identifier: BSD-3-Clause */
/* The main text of a page.
 *
 * 1. What is never article text goes: navigation, asides, forms, media,
 *    hidden elements, and elements whose class or id names boilerplate
 *    (comments, share bars, related links, newsletter boxes, cookie
 *    banners, captions, bylines) unless they hold most of the page's text.
 * 2. Each block of text (paragraph, heading, list item) is judged: a "good"
 *    block is long enough, mostly not link text, and reads as prose.  Its
 *    length is added to its element and every ancestor.
 * 3. From <body> down, while one child holds most of the good text of its
 *    parent, go into that child: the article's container.
 * 4. The container's blocks from its first good block to its last are the
 *    article, less link lists and lines every page repeats; headings and
 *    lists between good blocks stay. */
#include "html-private.h"

#include "brief-private.h"

#include <string.h>

/* A good block: at least this many characters outside links... */
#define GOOD_MIN_CHARS 50
/* ...and at most this share of it link text. */
#define GOOD_MAX_LINKS 0.3
/* A kept block: at most this share of link text. */
#define KEEP_MAX_LINKS 0.5
/* Go into a child holding more than this share of its parent's good text. */
#define DESCEND_SHARE 0.7
/* A boilerplate-named element is kept when it holds this share of the
 * page's good text (a whole-page wrapper called "has-sidebar"). */
#define KEEP_NAMED_SHARE 0.5
/* Less good text than this: no article. */
#define MIN_ARTICLE_CHARS 200

/* ---- names ------------------------------------------------------------------------ */

static gboolean
in_list(const char *word, gsize len, const char *const *list)
{
  for (const char *const *w = list; *w; w++)
    if (strlen(*w) == len && memcmp(word, *w, len) == 0)
      return TRUE;
  return FALSE;
}

/* Whether a word of the class or id attribute of `node` is in `list`
 * (words: runs of letters and digits, lower case). */
static gboolean
names_word(xmlNodePtr node, const char *const *list)
{
  static const char *const attrs[] = {"class", "id", NULL};

  for (const char *const *a = attrs; *a; a++) {
    const char *v = brief_html_attr(node, *a);
    g_autofree char *low = NULL;
    const char *p;
    if (v == NULL || *v == '\0')
      continue;
    low = g_ascii_strdown(v, -1);
    for (p = low; *p;) {
      const char *s = p;
      while (g_ascii_isalnum(*p))
        p++;
      if (p > s && in_list(s, (gsize)(p - s), list))
        return TRUE;
      while (*p && !g_ascii_isalnum(*p))
        p++;
    }
  }
  return FALSE;
}

static const char *const boilerplate_words[] = {
    "comment", "comments", "disqus", "share", "sharing", "sharebar", "social", "socials",
    "related", "recommended", "recommendations", "newsletter", "subscribe", "subscription",
    "signup", "promo", "ad", "ads", "advert", "advertisement", "advertising", "adslot", "dfp",
    "sponsor", "sponsored", "sidebar", "cookie", "cookies", "consent", "gdpr", "banner", "footer",
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "byline", "caption",
    "credit", "credits", "tags", "popup", "modal", "outbrain", "taboola", "widget", "toolbar",
    "paywall", "popular", "trending", "readmore", "pagination", "pager", "hidden", "masthead",
    "topbar", "subnav", "login", "signin", "author", "bio", "rail", "newsletters", "most",
    "skip", "sr", "sronly", "visuallyhidden", "screenreader", "print", "timestamp", NULL};

static const char *const article_words[] = {
    "article", "articlebody", "content", "story", "storybody", "body", "entry", "post", "main",
    "text", "blog", NULL};

static const char *const dropped_roles[] = {
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu",
    "menubar", "toolbar", "alert", "alertdialog", "tablist", NULL};

static const char *const dropped_tags[] = {
    "nav", "aside", "footer", "header", "figure", "figcaption", "form", "button", "select",
    "textarea", "input", "label", "dialog", "menu", "address", NULL};

static gboolean
is_hidden(xmlNodePtr node)
{
  const char *style = brief_html_attr(node, "style"), *aria = brief_html_attr(node, "aria-hidden");
  const char *role = brief_html_attr(node, "role");
  g_autofree char *low = style ? g_ascii_strdown(style, -1) : NULL;

  if (brief_html_attr(node, "hidden") != NULL || (aria && g_ascii_strcasecmp(aria, "true") == 0))
    return TRUE;
  if (role != NULL && in_list(role, strlen(role), dropped_roles))
    return TRUE;
  if (low != NULL) {
    g_autofree char *tight = g_strdup(low);
    char *o = tight;
    for (const char *p = low; *p; p++)
      if (*p != ' ')
        *o++ = *p;
    *o = '\0';
    if (strstr(tight, "display:none") || strstr(tight, "visibility:hidden"))
      return TRUE;
  }
  return FALSE;
}

/* ---- weights ---------------------------------------------------------------------- */

static gsize
weight_of(xmlNodePtr node)
{
  return GPOINTER_TO_SIZE(node->_private);
}

static void
clear_weights(xmlNodePtr node, guint depth)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE) {
      c->_private = NULL;
      if (depth < BRIEF_HTML_MAX_DEPTH)
        clear_weights(c, depth + 1);
    }
}

static gboolean
is_good(const BriefHtmlBlock *b)
{
  guint own = b->chars - b->link_chars;

  if (own < GOOD_MIN_CHARS || b->link_chars > GOOD_MAX_LINKS * b->chars)
    return FALSE;
  /* Prose: a sentence ends in it, or it is long. */
  return strpbrk(b->text, ".!?") != NULL || own >= 150;
}

/* Add each good block's length to its element and the element's
 * ancestors up to `root`; return the total. */
static gsize
weigh(xmlNodePtr root, GArray *blocks)
{
  gsize total = 0;

  root->_private = NULL;
  clear_weights(root, 0);
  for (guint i = 0; i < blocks->len; i++) {
    const BriefHtmlBlock *b = &g_array_index(blocks, BriefHtmlBlock, i);
    if (!is_good(b) || b->node == NULL)
      continue;
    total += b->chars;
    for (xmlNodePtr n = b->node; n != NULL; n = n->parent) {
      if (n->type == XML_ELEMENT_NODE)
        n->_private = GSIZE_TO_POINTER(weight_of(n) + b->chars);
      if (n == root)
        break;
    }
  }
  return total;
}

/* ---- pruning ------------------------------------------------------------------------ */

static void
drop(xmlNodePtr node)
{
  xmlUnlinkNode(node);
  xmlFreeNode(node);
}

/* Remove what is never article text: by tag and visibility always, by
 * name when it holds less than `keep` good characters.  Weights must be
 * current. */
static void
prune(xmlNodePtr node, gsize keep, guint depth)
{
  xmlNodePtr c = node->children, next;

  for (; c != NULL; c = next) {
    const char *name = brief_html_name(c);
    next = c->next;
    if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE) {
      drop(c);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE)
      continue;
    if ((in_list(name, strlen(name), dropped_tags) && weight_of(c) < keep) || is_hidden(c) ||
        (weight_of(c) < keep && names_word(c, boilerplate_words) &&
         !names_word(c, article_words))) {
      drop(c);
      continue;
    }
    if (depth < BRIEF_HTML_MAX_DEPTH)
      prune(c, keep, depth + 1);
  }
}

/* ---- the container ------------------------------------------------------------------ */

static xmlNodePtr
container(xmlNodePtr root)
{
  xmlNodePtr node = root;

  for (guint depth = 0; depth < BRIEF_HTML_MAX_DEPTH; depth++) {
    xmlNodePtr best = NULL;
    for (xmlNodePtr c = node->children; c != NULL; c = c->next)
      if (c->type == XML_ELEMENT_NODE && (best == NULL || weight_of(c) > weight_of(best)))
        best = c;
    if (best == NULL || (double)weight_of(best) <= DESCEND_SHARE * (double)weight_of(node))
      break;
    node = best;
  }
  return node;
}

/* Lines many pages put among the paragraphs of an article. */
static gboolean
is_filler(const BriefHtmlBlock *b)
{
  static const char *const lines[] = {
      "advertisement", "advertisement:", "ad", "story continues below advertisement",
      "continue reading", "continue reading below", "read more", "read more:", "related:",
      "related", "share", "share this", "share this article", "share this story", "sponsored",
      "skip advertisement", "supported by", "loading...", "loading", NULL};
  g_autofree char *low = NULL;

  if (b->chars > 40)
    return FALSE;
  low = g_utf8_strdown(b->text, -1);
  return in_list(low, strlen(low), lines);
}

static gboolean
is_kept(const BriefHtmlBlock *b)
{
  return b->link_chars <= KEEP_MAX_LINKS * b->chars && !is_filler(b);
}

/* The text of the container's blocks from its first good block to its
 * last, the title left out. */
static char *
article_text(xmlNodePtr node, const char *title)
{
  g_autoptr(GArray) blocks = brief_html_blocks(node);
  g_autoptr(GString) s = g_string_new(NULL);
  guint first = blocks->len, last = 0;

  for (guint i = 0; i < blocks->len; i++)
    if (is_good(&g_array_index(blocks, BriefHtmlBlock, i))) {
      first = MIN(first, i);
      last = i;
    }
  for (guint i = first; i <= last && i < blocks->len; i++) {
    const BriefHtmlBlock *b = &g_array_index(blocks, BriefHtmlBlock, i);
    if (!is_kept(b) || (title != NULL && g_utf8_collate(b->text, title) == 0))
      continue;
    if (s->len > 0)
      g_string_append(s, "\n\n");
    g_string_append(s, b->text);
  }
  return s->len > 0 ? g_strdup(s->str) : NULL;
}

char *
brief_html_main_text(htmlDocPtr doc, const char *title)
{
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL, body;
  gsize total;

  if (root == NULL)
    return NULL;
  body = brief_html_find(root, "body");
  if (body == NULL)
    body = root;
  {
    g_autoptr(GArray) blocks = brief_html_blocks(body);
    total = weigh(body, blocks);
  }
  prune(body, (gsize)(KEEP_NAMED_SHARE * (double)total) + 1, 0);
  {
    g_autoptr(GArray) blocks = brief_html_blocks(body);
    total = weigh(body, blocks);
  }
  if (total < MIN_ARTICLE_CHARS)
    return NULL;
  return article_text(container(body), title);
}
