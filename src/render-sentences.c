/* SPDX-License-Identifier: BSD-3-Clause */
/* The sentences of a cluster as the splitter sees them (brief sentences). */
#include "render-private.h"

#include "json-writer-private.h"

static void
sentence_json(BriefJson *j, const BriefArticle *art, const BriefSpan *sp)
{
  g_autofree char *text = g_strndup(art->text + sp->start, sp->end - sp->start);

  brief_json_begin_object(j);
  brief_json_member_string(j, "article", art->name);
  brief_json_member_int(j, "paragraph", sp->paragraph);
  brief_json_member_int(j, "start", (gint64)(sp->start + art->text_offset));
  brief_json_member_int(j, "end", (gint64)(sp->end + art->text_offset));
  brief_json_member_string(j, "text", text);
  brief_json_end_object(j);
}

/* One line per sentence: inner white space becomes one space; control
 * characters (an escape sequence in the article) are dropped, as text. */
static void
sentence_line(GString *out, const BriefArticle *art, const BriefSpan *sp)
{
  GString *line = g_string_sized_new(sp->end - sp->start + 1);
  gboolean space = FALSE, any = FALSE;

  brief_text_append_len(line, art->text + sp->start, sp->end - sp->start);
  for (gsize k = 0; k < line->len; k++) {
    if (line->str[k] == ' ') {
      space = TRUE;
      continue;
    }
    if (space && any)
      g_string_append_c(out, ' ');
    space = FALSE;
    any = TRUE;
    g_string_append_c(out, line->str[k]);
  }
  g_string_append_c(out, '\n');
  g_string_free(line, TRUE);
}

char *
brief_cluster_sentences_to_string(const BriefCluster *cluster, const BriefSplitter *splitter,
                                  BriefFormat format)
{
  GString *out;
  BriefJson j;

  g_return_val_if_fail(cluster != NULL && splitter != NULL, NULL);
  out = g_string_new(NULL);
  brief_json_init(&j, out);
  if (format == BRIEF_FORMAT_JSON)
    brief_json_begin_array(&j);
  for (guint a = 0; a < brief_cluster_get_n_articles(cluster); a++) {
    const BriefArticle *art = brief_cluster_get_article(cluster, a);
    g_autoptr(GArray) spans = brief_splitter_split(splitter, art->text, (gssize)art->text_len);
    for (guint i = 0; i < spans->len; i++) {
      const BriefSpan *sp = &g_array_index(spans, BriefSpan, i);
      if (format == BRIEF_FORMAT_JSON)
        sentence_json(&j, art, sp);
      else
        sentence_line(out, art, sp);
    }
  }
  if (format == BRIEF_FORMAT_JSON) {
    brief_json_end_array(&j);
    g_string_append_c(out, '\n');
  }
  return g_string_free(out, FALSE);
}
