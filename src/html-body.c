/* SPDX-License-Identifier: BSD-3-Clause */
/* The main text of a page.
 *
 * 1. Each block of text (paragraph, heading, list item) is judged: a
 *    "good" block is long enough, mostly not link text, and reads as
 *    prose.  It weighs its length times the number of good blocks in its
 *    run (good blocks one after another, up to RUN_CAP): an article's
 *    paragraphs outweigh teasers, each alone between a link and a date.
 *    The weight is added to the block's element and every ancestor.
 * 2. What is never article text goes: navigation, asides, forms, figures
 *    and captions, hidden elements, and elements whose class or id names
 *    boilerplate (comments, share bars, related links, newsletter boxes,
 *    cookie banners, captions, bylines; also glued: "commentlist"),
 *    unless they, with their siblings of the same class, hold half the
 *    page's weight.  The weights are taken again.
 * 3. From <body> down, while one child element holds most of its parent's
 *    weight and holds blocks rather than being one, go into that child:
 *    the article's container.
 * 4. The container's blocks are the article, less link lists, bylines,
 *    captions that end with a credit, a slideshow's counters and the
 *    labels of the page's furniture ("Advertisement", "Share").  There
 *    is none when they are teasers: good blocks each alone under a link,
 *    no two in a row (a home page). */
#include "html-private.h"

#include "brief-private.h"

#include <string.h>

/* A good block: at least this many characters outside links... */
#define GOOD_MIN_CHARS 50
/* ...and at most this share of it link text. */
#define GOOD_MAX_LINKS 0.3
/* A kept block: at most this share of link text. */
#define KEEP_MAX_LINKS 0.7
/* Go into a child holding more than this share of its parent's good text. */
#define DESCEND_SHARE 0.7
/* A boilerplate-named element is kept when it holds this share of the
 * page's good text (a whole-page wrapper called "has-sidebar"). */
#define KEEP_NAMED_SHARE 0.5
/* A good block weighs its length times the good blocks in its run, at
 * most this many. */
#define RUN_CAP 4
/* Good blocks, each alone under a link, from this many on: teasers, no
 * article. */
#define MIN_TEASERS 3
/* Less good text than this: no article. */
#define MIN_ARTICLE_CHARS 200

/* ---- names ------------------------------------------------------------------------ */

/* Words that a class name glues to a word of boilerplate, before or after
 * it ("commentlist", "relatedposts", "rightrail", "adunit"): the parts and
 * places of a page's furniture.  No word here makes an English word with
 * one of boilerplate ("shareholder" has no "holder" here). */
static const char *const part_words[] = {
    "list",      "lists",   "box",     "area",     "block", "blocks",  "wrap",   "wrapper",
    "container", "section", "module",  "panel",    "bar",   "tools",   "link",   "links",
    "post",      "posts",   "article", "articles", "story", "stories", "item",   "items",
    "count",     "form",    "button",  "buttons",  "btn",   "title",   "header", "heading",
    "top",       "bottom",  "left",    "right",    "side",  "main",    "site",   "page",
    "inner",     "outer",   "content", "label",    "icon",  "icons",   "unit",   "slot",
    "zone",      "logo",    "text",    NULL};

/* Words of boilerplate that also end English words ("topmost",
 * "leftmost"): never half of a compound. */
static const char *const suffix_words[] = {"most", NULL};

static gboolean
in_list(const char *word, gsize len, const char *const *list)
{
  for (const char *const *w = list; *w; w++)
    if (strlen(*w) == len && memcmp(word, *w, len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_compound_half(const char *word, gsize len, const char *const *list)
{
  return in_list(word, len, list) && !in_list(word, len, suffix_words);
}

/* Longest word is_compound() looks into: two words of the lists glued
 * are shorter, and a longer one would cost a split at each byte. */
#define COMPOUND_MAX_LEN 32

/* Whether `word` is two words glued, one of `list` and the other of
 * `list` or a part word: of boilerplate "commentlist", "relatedposts",
 * "rightrail", but not "commentary", "shared", "mostpopular" or
 * "topmost". */
static gboolean
is_compound(const char *word, gsize len, const char *const *list)
{
  if (len > COMPOUND_MAX_LEN)
    return FALSE;
  for (gsize i = 2; i + 2 <= len; i++) {
    const char *tail = word + i;
    gboolean head_bp = is_compound_half(word, i, list);
    gboolean tail_bp = is_compound_half(tail, len - i, list);
    if ((head_bp && (tail_bp || in_list(tail, len - i, part_words))) ||
        (tail_bp && in_list(word, i, part_words)))
      return TRUE;
  }
  return FALSE;
}

/* Whether a word of the class or id attribute of `node` is in `list`
 * (words: runs of letters and digits, lower case), or, with `compounds`,
 * is a compound of a word of `list` (is_compound()). */
static gboolean
names_word(xmlNodePtr node, const char *const *list, gboolean compounds)
{
  static const char *const attrs[] = {"class", "id", NULL};

  for (const char *const *a = attrs; *a; a++) {
    const char *v = brief_html_attr(node, *a);
    g_autofree char *low = NULL;
    const char *p;
    if (v == NULL || *v == '\0')
      continue;
    low = g_ascii_strdown(v, -1);
    /* Words end at anything not a letter or digit, and inside camelCase
     * ("newsCaption": "news", "caption"). */
    for (p = low; *p;) {
      const char *s = p;
      while (g_ascii_isalnum(*p) && (p == s || !g_ascii_isupper(v[p - low])))
        p++;
      if (p > s &&
          (in_list(s, (gsize)(p - s), list) || (compounds && is_compound(s, (gsize)(p - s), list))))
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
  if (role != NULL && g_strv_contains(dropped_roles, role))
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

/* A sentence end of another script: 。！？ (CJK), । (Devanagari), ؟ ۔
 * (Arabic, Urdu). */
static gboolean
has_sentence_end(const char *text)
{
  static const char *const ends[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F",
                                     "\xE0\xA5\xA4", "\xD8\x9F", "\xDB\x94", NULL};

  for (const char *const *e = ends; *e; e++)
    if (strstr(text, *e) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_good(const BriefHtmlBlock *b)
{
  guint own = b->chars - b->link_chars;

  if (own < GOOD_MIN_CHARS || b->link_chars > GOOD_MAX_LINKS * b->chars)
    return FALSE;
  /* Prose: a sentence ends in it, or it is long. */
  return strpbrk(b->text, ".!?") != NULL || has_sentence_end(b->text) || own >= 150;
}

/* Whether a block that is not good ends a run of good blocks: link
 * lines, and short lines that are no heading (a date between teasers). */
static gboolean
breaks_run(const BriefHtmlBlock *b)
{
  gboolean heading = b->tag[0] == 'h' && b->tag[1] >= '1' && b->tag[1] <= '6' && !b->tag[2];

  return b->link_chars > KEEP_MAX_LINKS * b->chars || (!heading && b->chars < GOOD_MIN_CHARS);
}

/* The weight of each block: a good block's length times the length of the
 * run of good blocks it stands in (at most RUN_CAP), so that an article's
 * paragraphs, one after another, outweigh as much text in teasers, each
 * alone between its link and its date; 0 for the others. */
static void
run_weights(GArray *blocks, gsize *weights)
{
  guint start = 0, n_good = 0;

  for (guint i = 0; i <= blocks->len; i++) {
    const BriefHtmlBlock *b = i < blocks->len ? &g_array_index(blocks, BriefHtmlBlock, i) : NULL;
    if (b != NULL && is_good(b)) {
      n_good++;
      weights[i] = b->chars;
      continue;
    }
    if (b == NULL || breaks_run(b)) {
      for (guint k = start; k < i; k++)
        weights[k] *= MIN(n_good, RUN_CAP);
      start = i + 1;
      n_good = 0;
    }
    if (b != NULL)
      weights[i] = 0;
  }
}

/* Add each block's weight to its element and the element's ancestors up
 * to `root`; return the total. */
static gsize
weigh(xmlNodePtr root, GArray *blocks)
{
  g_autofree gsize *weights = g_new0(gsize, blocks->len + 1);
  gsize total = 0;

  root->_private = NULL;
  clear_weights(root, 0);
  run_weights(blocks, weights);
  for (guint i = 0; i < blocks->len; i++) {
    const BriefHtmlBlock *b = &g_array_index(blocks, BriefHtmlBlock, i);
    if (weights[i] == 0 || b->node == NULL)
      continue;
    total += weights[i];
    for (xmlNodePtr n = b->node; n != NULL; n = n->parent) {
      if (n->type == XML_ELEMENT_NODE)
        n->_private = GSIZE_TO_POINTER(weight_of(n) + weights[i]);
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

/* The weight of the children of `node` by their class attribute (its
 * whole value): paragraphs side by side that are all called "paywall" or
 * "hidden-print" weigh together. (transfer full) */
static GHashTable *
class_weights(xmlNodePtr node)
{
  GHashTable *weights = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
    const char *v = c->type == XML_ELEMENT_NODE ? brief_html_attr(c, "class") : NULL;
    if (v != NULL && *v != '\0')
      g_hash_table_insert(
          weights, g_strdup(v),
          GSIZE_TO_POINTER(GPOINTER_TO_SIZE(g_hash_table_lookup(weights, v)) + weight_of(c)));
  }
  return weights;
}

/* The weight of `c` and, when its class says how the page shows it
 * rather than what it is ("paywall", "hidden-print"), its siblings of its
 * class; `*classes` (the weight of each class among them) made on first
 * use.  Comments, related links and the like each weigh alone: twelve
 * comments of one class must not outweigh the article together. */
static gsize
class_weight(xmlNodePtr c, GHashTable **classes)
{
  static const char *const gate_words[] = {"paywall", "hidden", "print", "premium",
                                           "subscriber", "locked", NULL};
  const char *v = brief_html_attr(c, "class");

  if (v == NULL || *v == '\0' || !names_word(c, gate_words, FALSE))
    return weight_of(c);
  if (*classes == NULL)
    *classes = class_weights(c->parent);
  return GPOINTER_TO_SIZE(g_hash_table_lookup(*classes, v));
}

/* Whether `c`, of weight `weight`, goes by its name: a word of
 * boilerplate, less than `keep` good characters, and less than a fifth of
 * them or no word of an article. */
static gboolean
is_named_boilerplate(xmlNodePtr c, gsize weight, gsize keep)
{
  return weight < keep && names_word(c, boilerplate_words, TRUE) &&
         (weight < keep / 5 || !names_word(c, article_words, FALSE));
}

/* Whether `node` is, or holds within three levels, a post of a social
 * network embedded in the article (<blockquote class="twitter-tweet">,
 * "instagram-media", "tiktok-embed"): the post is part of the story even
 * when its wrapper is called "social-media-embed". */
static gboolean
is_embedded_post(xmlNodePtr node, guint depth)
{
  static const char *const posts[] = {"tweet", "twitter", "instagram", "tiktok", NULL};

  if (brief_html_is(node, "blockquote") && names_word(node, posts, FALSE))
    return TRUE;
  if (depth >= 3)
    return FALSE;
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && is_embedded_post(c, depth + 1))
      return TRUE;
  return FALSE;
}

/* Remove what is never article text: by tag and visibility always, by
 * name when it and its siblings of its class hold less than `keep` good
 * characters.  Weights must be current. */
static void
prune(xmlNodePtr node, gsize keep, guint depth)
{
  xmlNodePtr c = node->children, next;
  g_autoptr(GHashTable) classes = NULL;

  for (; c != NULL; c = next) {
    const char *name = brief_html_name(c);
    next = c->next;
    if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE) {
      drop(c);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE)
      continue;
    if ((g_strv_contains(dropped_tags, name) && weight_of(c) < keep) || is_hidden(c) ||
        (is_named_boilerplate(c, weight_of(c), keep) &&
         is_named_boilerplate(c, class_weight(c, &classes), keep) && !is_embedded_post(c, 0))) {
      drop(c);
      continue;
    }
    if (depth < BRIEF_HTML_MAX_DEPTH)
      prune(c, keep, depth + 1);
  }
}

/* ---- the container ------------------------------------------------------------------ */

/* Elements that hold blocks rather than being one: where the descent may
 * go.  Custom elements ("amp-story", "bsp-body") count as such. */
static gboolean
is_container(xmlNodePtr node)
{
  static const char *const names[] = {"div", "section", "article", "main", "form", "table",
                                      "tbody", "tr", "td", "th", "center", "body", "details",
                                      "font", NULL};
  const char *name = brief_html_name(node);

  return g_strv_contains(names, name) || strchr(name, '-') != NULL;
}

static xmlNodePtr
container(xmlNodePtr root)
{
  xmlNodePtr node = root;

  for (guint depth = 0; depth < BRIEF_HTML_MAX_DEPTH; depth++) {
    xmlNodePtr best = NULL;
    for (xmlNodePtr c = node->children; c != NULL; c = c->next)
      if (c->type == XML_ELEMENT_NODE && (best == NULL || weight_of(c) > weight_of(best)))
        best = c;
    if (best != NULL && !is_container(best))
      break;
    if (best == NULL || (double)weight_of(best) <= DESCEND_SHARE * (double)weight_of(node))
      break;
    node = best;
  }
  return node;
}

/* Lines many pages put among the paragraphs of an article: labels of
 * controls and of the page's furniture, in lower case. */
static gboolean
is_filler(const BriefHtmlBlock *b)
{
  static const char *const lines[] = {
      "advertisement", "advertisement:", "ad", "story continues below advertisement",
      "continue reading", "continue reading below", "read more", "read more:", "related:",
      "related", "related articles", "related stories", "more stories", "you may also like",
      "you may also like...", "you might also like", "share", "share this", "share this article",
      "share this story", "sharing is caring!", "sponsored", "skip advertisement", "supported by",
      "loading...", "loading", "caption", "close", "comments", "topics", "tags", "breaking news",
      "next", "prev", "previous", "next prev", "facebook", "twitter", "pinterest", "linkedin",
      "whatsapp", "reddit", "email", "print", "tweet", "tell us what you think...", "advert",
      "this slideshow requires javascript.", "don't miss", "most read", "most popular",
      "also read", "also read:", "read also", "read also:", "recommended", "more on this story",
      NULL};
  g_autofree char *low = NULL;

  if (b->chars > 40)
    return FALSE;
  low = g_ascii_strdown(b->text, -1); /* as in any locale */
  return g_strv_contains(lines, low);
}

/* Whether `t` starts with a number or with the name of a month or a
 * weekday, in full or in three letters: "3 October", "Oct. 3", "Friday";
 * not "Mayor". */
static gboolean
starts_with_date_word(const char *t)
{
  static const char *const names[] = {
      "january", "february", "march",  "april",   "may",      "june",   "july",
      "august",  "september", "october", "november", "december", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", NULL};
  gsize n = 0;

  if (g_ascii_isdigit(*t))
    return TRUE;
  while (g_ascii_isalpha(t[n]))
    n++;
  for (guint i = 0; names[i] != NULL; i++)
    if ((n == 3 || n == strlen(names[i])) && n <= strlen(names[i]) &&
        g_ascii_strncasecmp(t, names[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* "By Jane Doe and John Roe", "Posted on 3 October 2025 by Jane Doe",
 * "Published: 3 October 2025": a byline or a dateline of the page, at most
 * eight words (ten for the dated ones), no sentence. */
static gboolean
is_byline(const BriefHtmlBlock *b)
{
  static const char *const dated[] = {"Posted on ", "Posted ", "Published on ", "Published: ",
                                      "Published ", "Updated on ", "Updated: ", "Updated at ",
                                      "Updated ", NULL};
  const char *t = b->text;
  guint max_words = 8;

  if (b->chars > 80)
    return FALSE;
  if (g_str_has_prefix(t, "By ")) {
    if (!g_ascii_isupper(t[3]) || strpbrk(t, ".!?") != NULL)
      return FALSE;
  } else {
    /* A time of day ("1:23 p.m.") or a month's abbreviation ("Oct. 3")
     * is no sentence's end. */
    g_autofree char *plain = g_strdup(t);
    static const char *const dots[] = {"a.m.", "p.m.", "A.M.", "P.M.", NULL};
    for (guint d = 0; dots[d] != NULL; d++)
      for (char *at = strstr(plain, dots[d]); at != NULL; at = strstr(at, dots[d]))
        memset(at, ' ', 4);
    for (char *dot = strchr(plain, '.'); dot != NULL; dot = strchr(dot + 1, '.')) {
      char *w = dot;
      while (w > plain && g_ascii_isalpha(w[-1]))
        w--;
      if ((dot - w == 3 || (dot - w == 4 && g_ascii_strncasecmp(w, "sept", 4) == 0)) &&
          starts_with_date_word(w))
        *dot = ' ';
    }
    if (strpbrk(plain, ".!?") != NULL)
      return FALSE;
    guint i = 0;
    while (dated[i] != NULL && !g_str_has_prefix(t, dated[i]))
      i++;
    /* A date follows: a number, or a month's or a weekday's name. */
    if (dated[i] == NULL || !starts_with_date_word(t + strlen(dated[i])))
      return FALSE;
    max_words = 10;
  }
  return brief_count_words(t, strlen(t)) <= max_words;
}

/* "3 / 12", "3 of 12": a gallery's counter. */
static gboolean
is_counter(const BriefHtmlBlock *b)
{
  const char *p = b->text;
  guint64 n, m;

  if (b->chars > 16 || !g_ascii_isdigit(*p))
    return FALSE;
  n = g_ascii_strtoull(p, (char **)&p, 10);
  while (*p == ' ')
    p++;
  if (*p == '/')
    p++;
  else if (g_str_has_prefix(p, "of "))
    p += 3;
  else
    return FALSE;
  while (*p == ' ')
    p++;
  if (!g_ascii_isdigit(*p))
    return FALSE;
  m = g_ascii_strtoull(p, (char **)&p, 10);
  return *p == '\0' && n >= 1 && n <= m;
}

/* Whether the `len` bytes at `t` are a picture's credit: "Photo: Kate
 * Rowe", "AP Photo/Evan Vucci", "Image credit: NASA", "Photo by Jo Roe";
 * a word of pictures among its first three followed by ':' or '/' (or
 * first, by " by "), at most ten words, no sentence end at its end. */
static gboolean
is_credit(const char *t, gsize len)
{
  static const char *const words[] = {"photo",   "photos",  "photograph", "photography",  "image",
                                      "images",  "picture", "pictures",   "pic",          "credit",
                                      "credits", "foto",    "fotos",      "illustration", NULL};
  g_autofree char *low = g_ascii_strdown(t, (gssize)len);
  const char *p = low, *end = low + len;

  while (end > p && end[-1] == ' ')
    end--;
  if (end == p || strchr(".!?", end[-1]) != NULL || brief_count_words(t, len) > 10)
    return FALSE;
  for (guint w = 0; w < 3 && p < end; w++) {
    const char *s;
    while (p < end && !g_ascii_isalpha(*p))
      p++;
    s = p;
    while (p < end && g_ascii_isalpha(*p))
      p++;
    if (p > s && in_list(s, (gsize)(p - s), words) &&
        ((p < end && (*p == ':' || *p == '/')) ||
         (w == 0 && end - p > 4 && strncmp(p, " by ", 4) == 0)))
      return TRUE;
    while (p < end && *p != ' ')
      p++;
  }
  return FALSE;
}

/* A picture's caption: a block that ends with a credit, in brackets or
 * after its last sentence ("Floats on Harbour Road. Photo: Kate Rowe"). */
static gboolean
is_caption(const BriefHtmlBlock *b)
{
  const char *t = b->text, *tail = t, *p;
  gsize len = strlen(t);

  if (len > 0 && t[len - 1] == ')') {
    tail = strrchr(t, '(');
    return tail != NULL && is_credit(tail + 1, (gsize)(t + len - 1 - (tail + 1)));
  }
  for (p = t; (p = strstr(p, ". ")) != NULL; p += 2)
    tail = p + 2;
  return is_credit(tail, (gsize)(t + len - tail));
}

static gboolean
is_kept(const BriefHtmlBlock *b)
{
  return b->link_chars <= KEEP_MAX_LINKS * b->chars && !is_filler(b) && !is_byline(b) &&
         !is_counter(b) && !is_caption(b);
}

/* Whether the blocks are teasers rather than an article: at least
 * MIN_TEASERS good blocks, no two of them in a row as an article's
 * paragraphs are, a link line (a headline) between every two (a home
 * page's summaries, each under its link). */
static gboolean
is_teaser_list(GArray *blocks)
{
  guint n_good = 0;
  gboolean linked = FALSE; /* a link line since the last good block */

  for (guint i = 0; i < blocks->len; i++) {
    const BriefHtmlBlock *b = &g_array_index(blocks, BriefHtmlBlock, i);
    if (is_good(b)) {
      if (n_good > 0 && !linked)
        return FALSE;
      n_good++;
      linked = FALSE;
    } else if (b->link_chars > KEEP_MAX_LINKS * b->chars) {
      linked = TRUE;
    }
  }
  return n_good >= MIN_TEASERS;
}

/* The text of the container's kept blocks, the title left out; NULL when
 * they are teasers. */
static char *
article_text(xmlNodePtr node, const char *title)
{
  g_autoptr(GArray) blocks = brief_html_blocks(node);
  g_autoptr(GString) s = g_string_new(NULL);

  if (is_teaser_list(blocks))
    return NULL;
  for (guint i = 0; i < blocks->len; i++) {
    const BriefHtmlBlock *b = &g_array_index(blocks, BriefHtmlBlock, i);
    /* The headline is the title, not the body: as the title, or as <h1>. */
    if (!is_kept(b) || (title != NULL && strcmp(b->text, title) == 0) || strcmp(b->tag, "h1") == 0)
      continue;
    if (s->len > 0)
      g_string_append(s, "\n\n");
    g_string_append(s, b->text);
  }
  return s->len > 0 ? g_strdup(s->str) : NULL;
}

/* The <body> of `doc` (else its root element) with what is never
 * article text removed (prune()); NULL when `doc` has no element. */
static xmlNodePtr
pruned_body(htmlDocPtr doc)
{
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL, body;
  g_autoptr(GArray) blocks = NULL;

  if (root == NULL)
    return NULL;
  body = brief_html_find(root, "body");
  if (body == NULL)
    body = root;
  blocks = brief_html_blocks(body);
  prune(body, (gsize)(KEEP_NAMED_SHARE * (double)weigh(body, blocks)) + 1, 0);
  return body;
}

char *
brief_html_main_text(htmlDocPtr doc, const char *title)
{
  xmlNodePtr body = pruned_body(doc);
  g_autoptr(GArray) blocks = NULL;
  gsize good_chars = 0;

  if (body == NULL)
    return NULL;
  /* Weighed again for container(), after the pruning. */
  blocks = brief_html_blocks(body);
  weigh(body, blocks);
  for (guint i = 0; i < blocks->len; i++)
    if (is_good(&g_array_index(blocks, BriefHtmlBlock, i)))
      good_chars += g_array_index(blocks, BriefHtmlBlock, i).chars;
  if (good_chars < MIN_ARTICLE_CHARS)
    return NULL;
  return article_text(container(body), title);
}

char *
brief_html_fragment_main_text(const char *html, gsize len, const char *title)
{
  htmlDocPtr doc = brief_html_parse(html, len, "UTF-8");
  xmlNodePtr body = pruned_body(doc);
  /* The whole fragment is the article: no container to look for, and no
   * least length (a feed's summary may be one sentence). */
  char *text = body != NULL ? article_text(body, title) : NULL;

  xmlFreeDoc(doc);
  return text;
}
