/* SPDX-License-Identifier: BSD-3-Clause */
/* Text, Markdown and plain renderings of summaries and daily briefings. */
#include "render-private.h"

#include "brief-private.h"
#include "daily-private.h"
#include "summary-private.h"

#include <string.h>

static const char *
article_label(const BriefArticle *a)
{
  const char *slash;

  if (a->source)
    return a->source;
  slash = strrchr(a->name, '/');
  return slash ? slash + 1 : a->name;
}

/* Number the cited articles in order of first citation. */
static guint *
cite_numbers(const BriefSummary *s, guint *n_cited)
{
  guint n_articles = brief_cluster_get_n_articles(s->cluster);
  guint *num = g_new0(guint, n_articles);
  guint next = 0;

  if (s->headline_selected >= 0) {
    const BriefSelection *h = &g_array_index(s->selected, BriefSelection, s->headline_selected);
    num[h->article] = ++next;
  }
  for (guint i = 0; i < s->selected->len; i++) {
    const BriefSelection *x = &g_array_index(s->selected, BriefSelection, i);
    if (num[x->article] == 0)
      num[x->article] = ++next;
  }
  *n_cited = next;
  return num;
}

static void
append_source(GString *out, const BriefArticle *a, guint number, gboolean markdown)
{
  g_autofree char *label =
      markdown ? brief_md_escape(article_label(a)) : brief_text_escape(article_label(a));
  g_autofree char *title =
      a->title ? (markdown ? brief_md_escape(a->title) : brief_text_escape(a->title)) : NULL;
  g_autofree char *line = NULL;
  GString *l = g_string_new(NULL);

  if (markdown)
    g_string_append_printf(l, "%u. **%s**", number, label);
  else
    g_string_append_printf(l, "[%u] %s", number, label);
  if (title) {
    if (markdown && brief_is_web_url(a->url)) {
      g_string_append_printf(l, ", [%s](", title);
      brief_md_url_append(l, a->url);
      g_string_append_c(l, ')');
    } else {
      g_string_append_printf(l, ", \xE2\x80\x9C%s\xE2\x80\x9D", title);
    }
  }
  if (a->year != 0) {
    g_autofree char *d = g_strdup_printf("%d %s %d", a->day, brief_month_name(a->month), a->year);
    g_string_append_printf(l, ", %s", d);
  }
  /* Only web addresses are shown: a "javascript:" URL is no source. */
  if (brief_is_web_url(a->url) && !(markdown && title)) {
    g_string_append(l, ", ");
    if (markdown)
      brief_md_url_append(l, a->url);
    else
      brief_text_append(l, a->url);
  }
  line = g_string_free(l, FALSE);
  if (markdown)
    g_string_append_printf(out, "%s\n", line);
  else
    brief_wrap_append(out, line, BRIEF_TEXT_WIDTH, "", "    ");
}

/* A sentence's source marker: "[2]", or "[2, 14 Nov]" for a sentence of
 * another day than the briefing's; `space` between its words. */
static char *
source_marker(const BriefSummary *s, const BriefSelection *x, guint number, const char *space)
{
  const BriefArticle *a = brief_cluster_get_article(s->cluster, x->article);
  g_autofree char *label =
      brief_sentence_date_label(a, s->has_date ? s->year : 0, s->month, s->day, space);

  return label ? g_strdup_printf("[%u,%s%s]", number, space, label)
               : g_strdup_printf("[%u]", number);
}

char *
brief_render_summary_text(const BriefSummary *s, gboolean markdown)
{
  GString *out = g_string_new(NULL);
  guint n_cited = 0;
  g_autofree guint *num = cite_numbers(s, &n_cited);
  g_autofree char *date = s->has_date ? brief_format_long_date(s->year, s->month, s->day) : NULL;
  g_autofree char *headline = NULL;
  guint n_articles = brief_cluster_get_n_articles(s->cluster);

  if (s->headline_selected >= 0) {
    const BriefSelection *h = &g_array_index(s->selected, BriefSelection, s->headline_selected);
    g_autofree char *clean = brief_text_escape(s->headline);
    g_autofree char *marker =
        source_marker(s, h, num[h->article], markdown ? " " : BRIEF_WRAP_GLUE);
    headline = g_strdup_printf("%s %s", clean, marker);
  } else {
    headline = brief_text_escape(s->headline);
  }

  if (markdown) {
    g_autofree char *h = brief_md_escape(headline);
    g_string_append_printf(out, "# %s\n\n", h);
    if (date)
      g_string_append_printf(out, "*%s*\n\n", date);
  } else {
    if (date)
      g_string_append_printf(out, "%s\n\n", date);
    brief_wrap_append(out, headline, BRIEF_TEXT_WIDTH, "", "");
    g_string_append_c(out, '\n');
  }

  for (guint i = 0; i < s->selected->len; i++) {
    const BriefSelection *x = &g_array_index(s->selected, BriefSelection, i);
    g_autofree char *line = NULL;
    if ((gint)i == s->headline_selected)
      continue; /* already the headline */
    if (markdown) {
      g_autofree char *t = brief_md_escape(x->text);
      g_autofree char *marker = source_marker(s, x, num[x->article], " ");
      g_string_append_printf(out, "- %s %s\n", t, marker);
    } else {
      g_autofree char *t = brief_text_escape(x->text);
      g_autofree char *marker = source_marker(s, x, num[x->article], BRIEF_WRAP_GLUE);
      line = g_strdup_printf("%s %s", t, marker);
      brief_wrap_append(out, line, BRIEF_TEXT_WIDTH, "- ", "  ");
    }
  }

  if (markdown)
    g_string_append_printf(out, "\n## Sources\n\n");
  else
    g_string_append_printf(out, "\nSources (%u of %u article%s):\n", n_cited, n_articles,
                           n_articles == 1 ? "" : "s");
  for (guint c = 1; c <= n_cited; c++)
    for (guint a = 0; a < n_articles; a++)
      if (num[a] == c)
        append_source(out, brief_cluster_get_article(s->cluster, a), c, markdown);
  if (markdown)
    g_string_append_printf(out, "\n%u of %u article%s cited.\n", n_cited, n_articles,
                           n_articles == 1 ? "" : "s");
  return g_string_free(out, FALSE);
}

/* The selected sentences, one per line. */
static void
append_plain(GString *out, const BriefSummary *s)
{
  for (guint i = 0; i < s->selected->len; i++) {
    brief_text_append(out, g_array_index(s->selected, BriefSelection, i).text);
    g_string_append_c(out, '\n');
  }
}

char *
brief_render_summary_plain(const BriefSummary *s)
{
  GString *out = g_string_new(NULL);

  append_plain(out, s);
  return g_string_free(out, FALSE);
}

/* ---- daily briefings ------------------------------------------------------ */

static BriefStory *
story_at(const BriefDaily *d, guint i)
{
  return g_ptr_array_index(d->stories, i);
}

/* The story's sentences in reading order, without the one shown as its
 * headline, joined into one paragraph, escaped for text or Markdown; a
 * sentence of another day than the briefing's followed by its date,
 * "[14 Nov]" (kept on one line in text). */
static char *
story_body(const BriefDaily *d, const BriefSummary *sum, gboolean markdown)
{
  GString *out = g_string_new(NULL);

  for (guint i = 0; i < sum->selected->len; i++) {
    const BriefSelection *x = &g_array_index(sum->selected, BriefSelection, i);
    const BriefArticle *a = brief_cluster_get_article(sum->cluster, x->article);
    g_autofree char *label = NULL;
    if ((gint)i == sum->headline_selected)
      continue;
    label = brief_sentence_date_label(a, d->has_date ? d->year : 0, d->month, d->day_of_month,
                                      markdown ? " " : BRIEF_WRAP_GLUE);
    if (out->len > 0)
      g_string_append_c(out, ' ');
    if (markdown && out->len == 0)
      brief_md_append(out, x->text);
    else if (markdown)
      brief_md_append_inline(out, x->text);
    else
      brief_text_append(out, x->text);
    if (label)
      g_string_append_printf(out, " [%s]", label);
  }
  return g_string_free(out, FALSE);
}

/* The date a story's headline carries when it is a selected sentence of
 * another day than the briefing's; NULL otherwise. */
static char *
headline_label(const BriefDaily *d, const BriefSummary *sum, const char *space)
{
  const BriefSelection *h;

  if (sum->headline_selected < 0)
    return NULL;
  h = &g_array_index(sum->selected, BriefSelection, sum->headline_selected);
  return brief_sentence_date_label(brief_cluster_get_article(sum->cluster, h->article),
                                   d->has_date ? d->year : 0, d->month, d->day_of_month, space);
}

static void
story_markdown(GString *out, const BriefDaily *d, guint rank)
{
  const BriefStory *st = story_at(d, rank - 1);
  g_autofree char *body = story_body(d, st->summary, TRUE);
  g_autofree char *count = brief_story_count_to_string(st);
  g_autofree char *days = brief_story_dup_days(st);
  g_autoptr(GPtrArray) sources = brief_story_dup_sources(d, st);
  g_autofree char *label = headline_label(d, st->summary, " ");

  g_string_append_printf(out, "## %u. ", rank);
  brief_md_append(out, st->summary->headline);
  if (label)
    g_string_append_printf(out, " [%s]", label);
  g_string_append(out, "\n\n");
  if (days)
    g_string_append_printf(out, "*%s*\n\n", days);
  if (*body) {
    g_string_append(out, body);
    g_string_append(out, "\n\n");
  }
  g_string_append_printf(out, "*%s*", count);
  for (guint k = 0; k < sources->len; k++) {
    const BriefSource *src = g_ptr_array_index(sources, k);
    g_string_append(out, k == 0 ? ": " : ", ");
    if (src->url) {
      g_string_append_c(out, '[');
      brief_md_append(out, src->name);
      g_string_append(out, "](");
      brief_md_url_append(out, src->url);
      g_string_append_c(out, ')');
    } else {
      brief_md_append(out, src->name);
    }
  }
  g_string_append_c(out, '\n');
}

static void
story_text(GString *out, const BriefDaily *d, guint rank)
{
  const BriefStory *st = story_at(d, rank - 1);
  g_autofree char *body = story_body(d, st->summary, FALSE);
  g_autoptr(GPtrArray) sources = brief_story_dup_sources(d, st);
  g_autofree char *headline = brief_text_escape(st->summary->headline);
  g_autofree char *label = headline_label(d, st->summary, BRIEF_WRAP_GLUE);
  g_autofree char *head = label ? g_strdup_printf("%u. %s [%s]", rank, headline, label)
                                : g_strdup_printf("%u. %s", rank, headline);
  g_autofree char *count = brief_story_count_to_string(st);
  g_autofree char *days = brief_story_dup_days(st);
  g_autoptr(GString) line = g_string_new(count);

  brief_wrap_append(out, head, BRIEF_TEXT_WIDTH, "", "   ");
  if (days)
    g_string_append_printf(out, "   %s\n", days);
  if (*body) {
    g_string_append_c(out, '\n');
    brief_wrap_append(out, body, BRIEF_TEXT_WIDTH, "   ", "   ");
  }
  g_string_append_c(out, '\n');
  for (guint k = 0; k < sources->len; k++) {
    const BriefSource *src = g_ptr_array_index(sources, k);
    g_string_append(line, k == 0 ? ": " : ", ");
    brief_text_append(line, src->name);
  }
  brief_wrap_append(out, line->str, BRIEF_TEXT_WIDTH, "   ", "   ");
  for (guint k = 0; k < sources->len; k++) {
    const BriefSource *src = g_ptr_array_index(sources, k);
    if (src->url) {
      g_string_append(out, "   ");
      brief_text_append(out, src->url);
      g_string_append_c(out, '\n');
    }
  }
}

char *
brief_render_daily_text(const BriefDaily *d, gboolean markdown)
{
  GString *out = g_string_new(NULL);
  g_autofree char *raw_title = brief_daily_dup_title(d);
  g_autofree char *title = brief_text_escape(raw_title);
  g_autofree char *footer = brief_daily_dup_footer(d);

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
    g_string_append_c(out, '\n');
    if (markdown)
      story_markdown(out, d, i + 1);
    else
      story_text(out, d, i + 1);
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
    if (i > 0)
      g_string_append_c(out, '\n');
    append_plain(out, story_at(d, i)->summary);
  }
  return g_string_free(out, FALSE);
}
