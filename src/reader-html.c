/* SPDX-License-Identifier: BSD-3-Clause */
/* A saved web page as an article: its metadata and its main text
 * (html-meta.c, html-body.c). */
#include "cluster-private.h"

#include "brief-private.h"
#include "html-private.h"

#include <string.h>

/* The JSON-LD articleBody replaces the text of the markup that holds less
 * than this share of its word pairs and is shorter. */
#define BODY_MIN_COVER 0.5

/* The text of a JSON-LD articleBody: of its markup when it has some, else
 * a paragraph for each line (all lines parsed at once: a body of many
 * short lines must not cost a parse each). (transfer full) */
static char *
ld_body_text(const char *body)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) html = NULL;

  if (strchr(body, '<') != NULL)
    return brief_html_fragment_text(body, strlen(body));
  lines = g_strsplit(body, "\n", -1);
  html = g_string_new(NULL);
  for (char **l = lines; *l; l++)
    g_string_append_printf(html, "<p>%s</p>", *l);
  return brief_html_fragment_text(html->str, html->len);
}

/* The pairs of words one after the other in `text`, in lower case
 * ("the pier", "pier reopened"), as a set. */
static GHashTable *
word_pairs(const char *text)
{
  GHashTable *pairs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *low = g_utf8_strdown(text, -1);
  g_autofree char *prev = NULL;
  const char *p = low;

  for (;;) {
    const char *start;
    char *word;
    while (*p && !g_unichar_isalnum(g_utf8_get_char(p)))
      p = g_utf8_next_char(p);
    start = p;
    while (*p && g_unichar_isalnum(g_utf8_get_char(p)))
      p = g_utf8_next_char(p);
    if (p == start)
      break;
    word = g_strndup(start, (gsize)(p - start));
    if (prev != NULL)
      g_hash_table_add(pairs, g_strconcat(prev, " ", word, NULL));
    g_free(prev);
    prev = word;
  }
  return pairs;
}

/* The share of the word pairs of `body` that `text` holds too. */
static double
coverage(const char *text, const char *body)
{
  g_autoptr(GHashTable) have = word_pairs(text);
  g_autoptr(GHashTable) want = word_pairs(body);
  GHashTableIter iter;
  gpointer pair;
  guint n = 0;

  if (g_hash_table_size(want) == 0)
    return 1.0;
  g_hash_table_iter_init(&iter, want);
  while (g_hash_table_iter_next(&iter, &pair, NULL))
    if (g_hash_table_contains(have, pair))
      n++;
  return (double)n / (double)g_hash_table_size(want);
}

/* Set the fields of `a` from `meta`; dates were checked when read. */
static void
set_fields(BriefArticle *a, const BriefHtmlMeta *meta)
{
  const char *keys[] = {"title", "source", "url", "author", "date"};
  const char *values[] = {meta->title, meta->source, meta->url, meta->author, meta->date};

  for (guint i = 0; i < G_N_ELEMENTS(keys); i++)
    if (values[i] != NULL && !brief_article_set_field(a, keys[i], values[i], 0, NULL))
      g_warn_if_reached();
}

/* Longest text of an error page or a consent wall: an article is longer. */
#define NOT_ARTICLE_MAX_CHARS 1500

/* Whether `low` (lower case) holds one of `phrases`. */
static gboolean
holds_any(const char *low, const char *const *phrases)
{
  for (guint i = 0; phrases[i] != NULL; i++)
    if (strstr(low, phrases[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* What a short page is instead of an article, or NULL: an error page
 * ("Page not found", a 404 in its title or opening words), or a wall that
 * asks for consent to cookies before the article: the site speaks of its
 * own cookies ("We and our partners use cookies") and asks ("Accept all",
 * "Manage preferences"); a news story about consent rules quotes the
 * buttons but not the site.  Servers send both with status 200. */
static const char *
not_an_article(const char *title, const char *text)
{
  static const char *const errors[] = {"page not found", "404 not found", "error 404",
                                       "404 error", "page does not exist", "page you requested",
                                       "page you are looking for", "page you were looking for",
                                       "page cannot be found", "page could not be found", NULL};
  /* The site speaks of itself, and asks. */
  static const char *const ours[] = {"we and our partners", "we and our vendors",
                                     "we use cookies", "this site uses cookies",
                                     "this website uses cookies", "our partners use cookies",
                                     NULL};
  static const char *const asks[] = {"accept all", "reject all", "manage preferences",
                                     "manage your preferences", "cookie settings",
                                     "your privacy choices", "i agree", "accept cookies", NULL};
  g_autofree char *low = NULL, *low_title = NULL, *opening = NULL;

  if (g_utf8_strlen(text, -1) > NOT_ARTICLE_MAX_CHARS)
    return NULL;
  low = g_ascii_strdown(text, -1);
  low_title = title != NULL ? g_ascii_strdown(title, -1) : g_strdup("");
  opening = g_strndup(low, 200);
  if (holds_any(low_title, errors) || holds_any(opening, errors) ||
      (strstr(low_title, "404") != NULL && strstr(low_title, "not found") != NULL))
    return "an error page";
  if (holds_any(low, ours) && holds_any(low, asks))
    return "a cookie consent page";
  return NULL;
}

gboolean
brief_reader_html(GPtrArray *out, const char *name, const char *data, gsize len, GError **error)
{
  htmlDocPtr doc;
  BriefHtmlMeta meta;
  char *text;
  const char *what = NULL;
  BriefArticle *a;

  if (!brief_xml_load(error)) {
    g_autofree char *shown = brief_printable_dup(name, -1, 0);
    g_prefix_error(error, "%s: ", shown);
    return FALSE;
  }
  if (!brief_markup_check(name, data, len, FALSE, NULL, error))
    return FALSE;
  doc = brief_html_parse(data, len, NULL);
  brief_html_meta_read(doc, &meta);
  text = brief_html_main_text(doc, meta.title);
  xmlFreeDoc(doc);
  /* A page whose body the browser would build with a script may still
   * give its article in JSON-LD; so may a page whose markup gave other
   * text (a site's notice), shorter than the articleBody and holding
   * little of it. */
  if (meta.body != NULL) {
    char *body = ld_body_text(meta.body);
    if (*body != '\0' &&
        (text == NULL || (strlen(text) < strlen(body) && coverage(text, body) < BODY_MIN_COVER))) {
      g_free(text);
      text = body;
    } else {
      g_free(body);
    }
  }
  if (text == NULL || (what = not_an_article(meta.title, text)) != NULL) {
    g_autofree char *shown = brief_printable_dup(name, -1, 0);
    if (what != NULL)
      brief_warning("%s: no article found in the page (%s); skipped", shown, what);
    else
      brief_warning("%s: no article found in the page; skipped", shown);
    g_free(text);
    brief_html_meta_clear(&meta);
    return TRUE;
  }
  a = brief_article_append(out, name);
  a->text = text;
  a->text_len = strlen(text);
  set_fields(a, &meta);
  brief_html_meta_clear(&meta);
  brief_article_date_from_text(a);
  return TRUE;
}
