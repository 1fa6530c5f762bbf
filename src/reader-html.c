/* SPDX-License-Identifier: BSD-3-Clause */
/* A saved web page as an article: its metadata and its main text
 * (html-meta.c, html-body.c). */
#include "cluster-private.h"

#include "brief-private.h"
#include "html-private.h"

#include <string.h>

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

gboolean
brief_reader_html(GPtrArray *out, const char *name, const char *data, gsize len, GError **error)
{
  htmlDocPtr doc;
  BriefHtmlMeta meta;
  char *text;
  BriefArticle *a;

  if (!brief_markup_check(name, data, len, FALSE, NULL, error))
    return FALSE;
  doc = brief_html_parse(data, len, NULL);
  brief_html_meta_read(doc, &meta);
  text = brief_html_main_text(doc, meta.title);
  xmlFreeDoc(doc);
  /* A page whose body the browser would build with a script may still
   * give its article in JSON-LD. */
  if (text == NULL && meta.body != NULL) {
    text = brief_html_fragment_text(meta.body, strlen(meta.body));
    if (*text == '\0')
      g_clear_pointer(&text, g_free);
  }
  if (text == NULL) {
    g_autofree char *shown = brief_printable_dup(name, -1, 0);
    g_warning("%s: no article found in the page; skipped", shown);
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
