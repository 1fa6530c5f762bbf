/* SPDX-License-Identifier: BSD-3-Clause */
/* The articles of a cluster as brief read them (brief extract): what a
 * page or a feed gave, in the text format brief reads back, as JSON Lines,
 * or as the list of their addresses. */
#include "render-private.h"

#include "brief-private.h"
#include "json-writer-private.h"

#include <string.h>

/* The given date as YYYY-MM-DD; NULL when none was given (a date found
 * in the text is a guess, not what the page said). (transfer full) */
static char *
given_date(const BriefArticle *a)
{
  if (a->year == 0 || a->date_in_text)
    return NULL;
  return g_strdup_printf("%04d-%02d-%02d", a->year, a->month, a->day);
}

static void
article_json(GString *out, const BriefArticle *a)
{
  g_autofree char *date = given_date(a);
  BriefJson j;

  brief_json_init_compact(&j, out);
  brief_json_begin_object(&j);
  brief_json_member_string(&j, "name", a->name);
  brief_json_member_string(&j, "title", a->title);
  brief_json_member_string(&j, "date", date);
  brief_json_member_string(&j, "source", a->source);
  brief_json_member_string(&j, "url", a->url);
  brief_json_member_string(&j, "author", a->author);
  brief_json_member_string(&j, "text", a->text);
  brief_json_end_object(&j);
  g_string_append_c(out, '\n');
}

static void
header_line(GString *out, const char *key, const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf(out, "%s: ", key);
  brief_text_append(out, value);
  g_string_append_c(out, '\n');
}

/* The body with its line breaks kept (brief_text_append_len() makes a
 * line break a space, which would run the paragraphs together); each line
 * is cleaned as any text. */
static void
body_append(GString *out, const char *text, gsize len)
{
  const char *p = text, *end = text + len;

  while (p < end) {
    const char *eol = memchr(p, '\n', (gsize)(end - p));
    brief_text_append_len(out, p, (gsize)((eol ? eol : end) - p));
    if (eol == NULL)
      break;
    g_string_append_c(out, '\n');
    p = eol + 1;
  }
}

/* The text format of reader-text.c: a header block, a blank line, the
 * body, its paragraphs separated by blank lines. */
static void
article_text(GString *out, const BriefArticle *a)
{
  g_autofree char *date = given_date(a);

  if (out->len > 0)
    g_string_append_c(out, '\n');
  header_line(out, "Title", a->title);
  header_line(out, "Source", a->source);
  header_line(out, "Date", date);
  header_line(out, "URL", a->url);
  header_line(out, "Author", a->author);
  g_string_append_c(out, '\n');
  body_append(out, a->text, a->text_len);
  g_string_append_c(out, '\n');
}

char *
brief_cluster_articles_to_string(const BriefCluster *cluster, BriefFormat format)
{
  GString *out = g_string_new(NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);

  g_return_val_if_fail(cluster != NULL, NULL);
  for (guint i = 0; i < brief_cluster_get_n_articles(cluster); i++) {
    const BriefArticle *a = brief_cluster_get_article(cluster, i);
    if (format == BRIEF_FORMAT_JSON) {
      article_json(out, a);
    } else if (format == BRIEF_FORMAT_PLAIN) {
      if (a->url == NULL || !brief_is_web_url(a->url) || !g_hash_table_add(seen, (char *)a->url))
        continue;
      brief_text_append(out, a->url);
      g_string_append_c(out, '\n');
    } else {
      article_text(out, a);
    }
  }
  return g_string_free(out, FALSE);
}
