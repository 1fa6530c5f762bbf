/* SPDX-License-Identifier: BSD-3-Clause */
/* The reading text of a tree, as blocks: each paragraph, heading, list item
 * or table cell one block, its white space collapsed, with how much of it
 * is link text (what tells a paragraph from a menu). */
#include "html-private.h"

#include "brief-private.h"

#include <string.h>

/* Elements whose content is never reading text. */
static gboolean
is_skipped(const char *name)
{
  static const char *const names[] = {
      "script", "style",  "noscript", "template", "svg",    "math",   "canvas", "iframe",
      "object", "embed",  "video",    "audio",    "source", "track",  "img",    "picture",
      "map",    "button", "input",    "select",   "option", "textarea", "head", "title",
      "meta",   "link",   "base",     "param",    "datalist", "dialog", "frameset", "frame",
      NULL};

  return g_strv_contains(names, name);
}

/* Elements that begin and end a block of text. */
static gboolean
is_block_name(const char *name)
{
  static const char *const names[] = {
      "p",       "div",     "section", "article",  "main",   "header",     "footer", "aside",
      "nav",     "h1",      "h2",      "h3",       "h4",     "h5",         "h6",     "ul",
      "ol",      "li",      "dl",      "dt",       "dd",     "blockquote", "pre",    "table",
      "thead",   "tbody",   "tfoot",   "tr",       "td",     "th",         "caption", "figure",
      "figcaption", "hr",   "br",      "form",     "fieldset", "legend",   "address", "center",
      "details", "summary", "body",    "html",     "menu",   "hgroup",     "label",  NULL};

  return g_strv_contains(names, name);
}

typedef struct {
  GArray *blocks;
  GString *cur;
  guint chars, link_chars;
  const char *tag;
  xmlNodePtr node;
  guint in_link;
} Walk;

static void
block_clear(gpointer p)
{
  g_free(((BriefHtmlBlock *)p)->text);
}

static void
flush(Walk *w, xmlNodePtr next)
{
  if (w->cur->len > 0 && w->cur->str[w->cur->len - 1] == ' ') {
    g_string_truncate(w->cur, w->cur->len - 1);
    w->chars--;
  }
  if (w->cur->len > 0) {
    BriefHtmlBlock b = {g_strndup(w->cur->str, w->cur->len), w->link_chars, w->chars, w->tag,
                        w->node};
    g_array_append_val(w->blocks, b);
  }
  g_string_truncate(w->cur, 0);
  w->chars = w->link_chars = 0;
  w->tag = brief_html_name(next);
  w->node = next;
}

/* Append the characters of a text node, white space collapsed, control
 * characters dropped.  A page's tree is UTF-8 (brief_html_parse()), but
 * libxml2's XML parser keeps the bytes of a feed that is not (an Atom
 * xhtml body): they become U+FFFD and are dropped too. */
static void
add_text(Walk *w, const char *text)
{
  g_autofree char *valid = NULL;

  if (!g_utf8_validate(text, -1, NULL))
    text = valid = g_utf8_make_valid(text, -1);
  for (const char *p = text; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    gboolean space = g_unichar_isspace(c) || c == 0xA0;
    if (space) {
      if (w->cur->len == 0 || w->cur->str[w->cur->len - 1] == ' ')
        continue;
      g_string_append_c(w->cur, ' ');
    } else if (brief_unichar_is_control(c) || c == 0xFFFD || c == 0xAD || c == 0x200B) {
      continue;
    } else {
      g_string_append_len(w->cur, p, g_utf8_next_char(p) - p);
    }
    w->chars++;
    if (w->in_link > 0)
      w->link_chars++;
  }
}

/* Walk the children of `node`, whose text belongs to the block `block`. */
static void
walk(Walk *w, xmlNodePtr node, xmlNodePtr block, guint depth)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
    const char *name;
    gboolean is_block, link;

    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content != NULL) {
      add_text(w, (const char *)c->content);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE || depth >= BRIEF_HTML_MAX_DEPTH)
      continue;
    name = brief_html_name(c);
    if (is_skipped(name))
      continue;
    is_block = is_block_name(name);
    link = strcmp(name, "a") == 0 && brief_html_attr(c, "href") != NULL;
    if (is_block)
      flush(w, c);
    w->in_link += link ? 1u : 0u;
    walk(w, c, is_block ? c : block, depth + 1);
    w->in_link -= link ? 1u : 0u;
    if (is_block)
      flush(w, block);
  }
}

GArray *
brief_html_blocks(xmlNodePtr node)
{
  Walk w = {0};

  w.blocks = g_array_new(FALSE, FALSE, sizeof(BriefHtmlBlock));
  g_array_set_clear_func(w.blocks, block_clear);
  w.cur = g_string_new(NULL);
  if (node != NULL) {
    w.node = node;
    w.tag = brief_html_name(node);
    walk(&w, node, node, 0);
  }
  flush(&w, NULL);
  g_string_free(w.cur, TRUE);
  return w.blocks;
}

char *
brief_html_blocks_join(GArray *blocks)
{
  GString *s = g_string_new(NULL);

  for (guint i = 0; i < blocks->len; i++) {
    const BriefHtmlBlock *b = &g_array_index(blocks, BriefHtmlBlock, i);
    if (s->len > 0)
      g_string_append(s, "\n\n");
    g_string_append(s, b->text);
  }
  return g_string_free(s, FALSE);
}

char *
brief_html_fragment_text(const char *html, gsize len)
{
  htmlDocPtr doc = brief_html_parse(html, len, "UTF-8");
  g_autoptr(GArray) blocks = brief_html_blocks((xmlNodePtr)doc);
  char *text = brief_html_blocks_join(blocks);

  xmlFreeDoc(doc);
  return text;
}

char *
brief_html_inline_text(xmlNodePtr node)
{
  g_autoptr(GArray) blocks = brief_html_blocks(node);
  GString *s = g_string_new(NULL);

  for (guint i = 0; i < blocks->len; i++) {
    if (s->len > 0)
      g_string_append_c(s, ' ');
    g_string_append(s, g_array_index(blocks, BriefHtmlBlock, i).text);
  }
  return g_string_free(s, FALSE);
}
