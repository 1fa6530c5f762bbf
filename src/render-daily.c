/* Daily briefings as text, Markdown, JSON and plain sentences. */
#include "brief-private.h"

#include <string.h>

#define TEXT_WIDTH 78

static BriefStory *
story_at(const BriefDaily *d, guint i)
{
  return g_ptr_array_index(d->stories, i);
}

char *
brief_daily_title(const BriefDaily *d)
{
  g_autofree char *date = d->has_date ? brief_format_long_date(d->year, d->month, d->dayn) : NULL;

  return date ? g_strdup_printf("%s: %s", d->title, date) : g_strdup(d->title);
}

/* The story's sentences in reading order, without the one shown as its
 * headline, joined into one paragraph. */
static char *
story_body(const BriefSummary *sum)
{
  GString *out = g_string_new(NULL);

  for (guint i = 0; i < sum->selected->len; i++) {
    if ((gint)i == sum->headline_selected)
      continue;
    if (out->len > 0)
      g_string_append_c(out, ' ');
    g_string_append(out, g_array_index(sum->selected, BriefSelection, i).text);
  }
  return g_string_free(out, FALSE);
}

GPtrArray *
brief_story_sources(const BriefDaily *d, const BriefStory *st)
{
  /* One entry per outlet: its name and the first web address of its
   * articles. */
  GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);

  for (guint i = 0; i < st->n_indices; i++) {
    const BriefArticle *a = brief_cluster_get_article(d->day, st->indices[i]);
    g_autofree char *outlet = brief_article_outlet(a);
    gboolean seen = FALSE;
    if (outlet == NULL)
      continue;
    for (guint k = 0; k < out->len; k++) {
      char **e = g_ptr_array_index(out, k);
      if (g_ascii_strcasecmp(e[0], outlet) == 0) {
        seen = TRUE;
        if (e[1][0] == '\0' && brief_is_web_url(a->url)) {
          g_free(e[1]);
          e[1] = g_strdup(a->url);
        }
      }
    }
    if (!seen) {
      char **e = g_new0(char *, 3);
      e[0] = g_steal_pointer(&outlet);
      e[1] = g_strdup(brief_is_web_url(a->url) ? a->url : "");
      g_ptr_array_add(out, e);
    }
  }
  return out;
}

/* "3 sources", "1 source, 2 articles", "2 articles". */
char *
brief_story_count(const BriefStory *st)
{
  if (st->n_outlets == 0)
    return g_strdup_printf("%u article%s", st->n_indices, st->n_indices == 1 ? "" : "s");
  if (st->n_indices > st->n_outlets)
    return g_strdup_printf("%u source%s, %u articles", st->n_outlets, st->n_outlets == 1 ? "" : "s",
                           st->n_indices);
  return g_strdup_printf("%u source%s", st->n_outlets, st->n_outlets == 1 ? "" : "s");
}

char *
brief_daily_footer(const BriefDaily *d)
{
  guint n_articles = brief_cluster_get_n_articles(d->day);
  GString *f = g_string_new(NULL);

  g_string_append_printf(f, "%u article%s", n_articles, n_articles == 1 ? "" : "s");
  if (d->n_outlets > 0)
    g_string_append_printf(f, " from %u source%s", d->n_outlets, d->n_outlets == 1 ? "" : "s");
  if (d->stories->len < d->n_found)
    g_string_append_printf(f, ", %u of %u stories", d->stories->len, d->n_found);
  else
    g_string_append_printf(f, ", %u stor%s", d->n_found, d->n_found == 1 ? "y" : "ies");
  g_string_append_c(f, '.');
  return g_string_free(f, FALSE);
}

char *
brief_render_daily_text(const BriefDaily *d, gboolean markdown)
{
  GString *out = g_string_new(NULL);
  g_autofree char *title = brief_daily_title(d);
  g_autofree char *footer = brief_daily_footer(d);

  if (markdown) {
    g_string_append(out, "# ");
    brief_md_append(out, title);
    g_string_append(out, "\n");
  } else {
    g_string_append_printf(out, "%s\n", title);
    for (glong i = g_utf8_strlen(title, -1); i > 0; i--)
      g_string_append_c(out, '=');
    g_string_append_c(out, '\n');
  }
  for (guint i = 0; i < d->stories->len; i++) {
    const BriefStory *st = story_at(d, i);
    g_autofree char *body = story_body(st->summary);
    g_autofree char *count = brief_story_count(st);
    g_autoptr(GPtrArray) sources = brief_story_sources(d, st);
    g_autofree char *head = g_strdup_printf("%u. %s", i + 1, st->summary->headline);

    g_string_append_c(out, '\n');
    if (markdown) {
      g_string_append_printf(out, "## %u. ", i + 1);
      brief_md_append(out, st->summary->headline);
      g_string_append(out, "\n\n");
      if (*body) {
        brief_md_append(out, body);
        g_string_append(out, "\n\n");
      }
      g_string_append_printf(out, "*%s*", count);
      for (guint k = 0; k < sources->len; k++) {
        char **e = g_ptr_array_index(sources, k);
        g_string_append(out, k == 0 ? ": " : ", ");
        if (e[1][0]) {
          g_string_append_c(out, '[');
          brief_md_append(out, e[0]);
          g_string_append(out, "](");
          brief_append_md_url(out, e[1]);
          g_string_append_c(out, ')');
        } else {
          brief_md_append(out, e[0]);
        }
      }
      g_string_append_c(out, '\n');
    } else {
      brief_wrap_append(out, head, TEXT_WIDTH, "", "   ");
      if (*body) {
        g_string_append_c(out, '\n');
        brief_wrap_append(out, body, TEXT_WIDTH, "   ", "   ");
      }
      g_string_append_c(out, '\n');
      {
        GString *line = g_string_new(count);
        for (guint k = 0; k < sources->len; k++) {
          char **e = g_ptr_array_index(sources, k);
          g_string_append(line, k == 0 ? ": " : ", ");
          g_string_append(line, e[0]);
        }
        brief_wrap_append(out, line->str, TEXT_WIDTH, "   ", "   ");
        g_string_free(line, TRUE);
      }
      for (guint k = 0; k < sources->len; k++) {
        char **e = g_ptr_array_index(sources, k);
        if (e[1][0])
          g_string_append_printf(out, "   %s\n", e[1]);
      }
    }
  }
  if (markdown)
    g_string_append_printf(out, "\n---\n\n%s\n", footer);
  else
    g_string_append_printf(out, "\n--\n%s\n", footer);
  return g_string_free(out, FALSE);
}

char *
brief_render_daily_plain(const BriefDaily *d)
{
  GString *out = g_string_new(NULL);

  for (guint i = 0; i < d->stories->len; i++) {
    const BriefSummary *sum = story_at(d, i)->summary;
    if (i > 0)
      g_string_append_c(out, '\n');
    for (guint k = 0; k < sum->selected->len; k++)
      g_string_append_printf(out, "%s\n", g_array_index(sum->selected, BriefSelection, k).text);
  }
  return g_string_free(out, FALSE);
}

char *
brief_render_daily_json(const BriefDaily *d)
{
  GString *out = g_string_new(NULL);
  BriefJson j;
  g_autofree char *title = brief_daily_title(d);
  const BriefConfig *c = &story_at(d, 0)->summary->config;

  brief_json_init(&j, out);
  brief_json_begin_object(&j);
  brief_json_member_string(&j, "brief_version", brief_version());
  brief_json_member_string(&j, "title", title);
  brief_json_key(&j, "date");
  if (d->has_date) {
    g_autofree char *s = g_strdup_printf("%04d-%02d-%02d", d->year, d->month, d->dayn);
    brief_json_string(&j, s);
  } else {
    brief_json_null(&j);
  }
  brief_json_member_int(&j, "articles", brief_cluster_get_n_articles(d->day));
  brief_json_member_int(&j, "sources", d->n_outlets);
  brief_json_member_int(&j, "stories_found", d->n_found);
  brief_json_key(&j, "stories");
  brief_json_begin_array(&j);
  for (guint i = 0; i < d->stories->len; i++) {
    const BriefStory *st = story_at(d, i);
    const BriefSummary *sum = st->summary;
    g_autoptr(GPtrArray) sources = brief_story_sources(d, st);
    brief_json_begin_object(&j);
    brief_json_member_int(&j, "rank", i + 1);
    brief_json_member_string(&j, "headline", sum->headline);
    brief_json_member_int(&j, "n_articles", st->n_indices);
    brief_json_member_int(&j, "n_sources", st->n_outlets);
    brief_json_key(&j, "sources");
    brief_json_begin_array(&j);
    for (guint k = 0; k < sources->len; k++) {
      char **e = g_ptr_array_index(sources, k);
      brief_json_begin_object(&j);
      brief_json_member_string(&j, "name", e[0]);
      brief_json_member_string(&j, "url", e[1][0] ? e[1] : NULL);
      brief_json_end_object(&j);
    }
    brief_json_end_array(&j);
    brief_json_key(&j, "articles");
    brief_json_begin_array(&j);
    for (guint k = 0; k < st->n_indices; k++) {
      const BriefArticle *a = brief_cluster_get_article(d->day, st->indices[k]);
      brief_json_begin_object(&j);
      brief_json_member_int(&j, "index", st->indices[k]);
      brief_json_member_string(&j, "name", a->name);
      brief_json_member_string(&j, "title", a->title);
      brief_json_member_string(&j, "source", a->source);
      brief_json_member_string(&j, "url", a->url);
      brief_json_end_object(&j);
    }
    brief_json_end_array(&j);
    brief_json_key(&j, "summary");
    brief_json_begin_array(&j);
    for (guint k = 0; k < sum->selected->len; k++) {
      const BriefSelection *x = &g_array_index(sum->selected, BriefSelection, k);
      brief_json_begin_object(&j);
      brief_json_member_string(&j, "text", x->text);
      /* The article's index in the day, not in the story. */
      brief_json_member_int(&j, "article", st->indices[x->article]);
      brief_json_member_int(&j, "sentence", x->index);
      brief_json_member_int(&j, "start", (gint64)x->start);
      brief_json_member_int(&j, "end", (gint64)x->end);
      brief_json_key(&j, "score");
      brief_json_double(&j, x->score, 6);
      brief_json_member_int(&j, "rank", x->rank);
      brief_json_key(&j, "headline");
      brief_json_bool(&j, (gint)k == sum->headline_selected);
      brief_json_end_object(&j);
    }
    brief_json_end_array(&j);
    brief_json_end_object(&j);
  }
  brief_json_end_array(&j);
  brief_json_key(&j, "options");
  brief_json_begin_object(&j);
  brief_json_member_string(&j, "language", c->language);
  brief_json_member_string(&j, "idf", c->idf_path ? c->idf_path : "the day's articles");
  brief_json_member_int(&j, "words_per_story", c->budget_words);
  brief_json_member_int(&j, "sentences_per_story", c->budget_sentences);
  brief_json_member_int(&j, "max_stories", d->config.max_stories);
  brief_json_member_int(&j, "min_articles", d->config.min_articles);
  brief_json_key(&j, "story_threshold");
  brief_json_double(&j, d->config.story_threshold, 6);
  brief_json_end_object(&j);
  brief_json_end_object(&j);
  g_string_append_c(out, '\n');
  return g_string_free(out, FALSE);
}
