/* SPDX-License-Identifier: BSD-3-Clause */
/* Articles as the readers build them: allocated, appended to the array
 * being read, their header fields set and their date found. */
#include "cluster-private.h"

#include "brief-private.h"
#include "dates-private.h"

#include <string.h>

void
brief_article_free(gpointer article)
{
  BriefArticle *a = article;

  if (a == NULL)
    return;
  g_free((char *)a->name);
  g_free((char *)a->id);
  g_free((char *)a->title);
  g_free((char *)a->source);
  g_free((char *)a->url);
  g_free((char *)a->author);
  g_free((char *)a->cluster);
  g_free((char *)a->text);
  g_free(a);
}

BriefArticle *
brief_article_append(GPtrArray *out, const char *name)
{
  BriefArticle *a = g_new0(BriefArticle, 1);

  a->name = g_strdup(name);
  g_ptr_array_add(out, a);
  return a;
}

static gboolean
set_date(BriefArticle *a, const char *value, guint line, GError **error)
{
  g_autofree char *shown = NULL, *name = NULL;

  if (brief_parse_date(value, &a->year, &a->month, &a->day, &a->timestamp))
    return TRUE;
  shown = brief_printable_dup(value, -1, 80);
  name = brief_printable_dup(a->name, -1, 0);
  if (line > 0)
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE,
                "%s:%u: invalid date '%s' (expected ISO 8601 or RFC 2822)", name, line, shown);
  else
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE,
                "%s: invalid date '%s' (expected ISO 8601 or RFC 2822)", name, shown);
  return FALSE;
}

gboolean
brief_article_set_field(BriefArticle *a, const char *key, const char *value, guint line,
                        GError **error)
{
  char **slot = NULL;

  if (g_ascii_strcasecmp(key, "title") == 0)
    slot = (char **)&a->title;
  else if (g_ascii_strcasecmp(key, "source") == 0)
    slot = (char **)&a->source;
  else if (g_ascii_strcasecmp(key, "url") == 0)
    slot = (char **)&a->url;
  else if (g_ascii_strcasecmp(key, "id") == 0)
    slot = (char **)&a->id;
  else if (g_ascii_strcasecmp(key, "author") == 0)
    slot = (char **)&a->author;
  else if (g_ascii_strcasecmp(key, "date") == 0)
    return set_date(a, value, line, error);
  if (slot != NULL) {
    /* A value that shows nothing once its white space and control
     * characters are gone (" ", "\u0085") is no value either. */
    char *v = brief_collapse_space(value, strlen(value));
    if (*v == '\0') {
      g_free(v);
      return TRUE;
    }
    g_free(*slot);
    *slot = v;
  }
  return TRUE;
}

void
brief_article_date_from_text(BriefArticle *a)
{
  if (a->year == 0 && brief_find_text_date(a->text, a->text_len, &a->year, &a->month, &a->day)) {
    a->timestamp = brief_day_timestamp(a->year, a->month, a->day);
    a->date_in_text = TRUE;
  }
}
