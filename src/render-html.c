/* SPDX-License-Identifier: BSD-3-Clause */
/* HTML briefings: one self-contained document for e-mail clients and
 * phones.  Inline styles only (many mail clients drop <style> blocks), no
 * scripts, nothing loaded from elsewhere: links are plain <a href>. */
#include "render-private.h"

#include "brief-private.h"
#include "config-private.h"
#include "daily-private.h"
#include "summary-private.h"

#include <string.h>

#define PAGE                                                                                       \
  "max-width:640px;margin:0 auto;padding:24px 16px;"                                               \
  "font-family:Georgia,'Times New Roman',serif;color:#1b1b1b;line-height:1.5"
#define CARD                                                                                       \
  "background:#ffffff;border:1px solid #e3e1da;border-radius:6px;"                                 \
  "padding:16px 20px;margin:0 0 16px 0"
#define H1   "font-size:26px;line-height:1.25;margin:0 0 4px 0;font-weight:bold"
#define DATE "font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#5c5c5c;margin:0 0 20px 0"
#define H2   "font-size:19px;line-height:1.3;margin:0 0 8px 0"
#define BODY "font-size:16px;margin:0 0 10px 0"
#define SRC  "font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#5c5c5c;margin:0"
#define LINK "color:#1a4f9c"
#define DAYS "font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#5c5c5c;margin:0 0 8px 0"
#define MARK                                                                                       \
  "font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#5c5c5c;white-space:nowrap"
#define FOOT "font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#77756f;margin:8px 0 0 0"

static void
link(GString *out, const char *text, const char *url)
{
  if (brief_is_web_url(url)) {
    g_string_append(out, "<a href=\"");
    brief_html_append(out, url);
    g_string_append(out, "\" style=\"" LINK "\">");
    brief_html_append(out, text);
    g_string_append(out, "</a>");
  } else {
    brief_html_append(out, text);
  }
}

/* The document up to its content: <head>, then the page's heading and its
 * date line (when there is a date). */
static void
document_start(GString *out, const char *title, const char *heading, const char *date)
{
  g_string_append(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>");
  brief_html_append(out, title);
  g_string_append(out, "</title>\n</head>\n<body style=\"margin:0;padding:0;background:#f4f3ef\">\n"
                       "<div style=\"" PAGE "\">\n");
  g_string_append(out, "<h1 style=\"" H1 "\">");
  brief_html_append(out, heading);
  g_string_append(out, "</h1>\n");
  if (date) {
    g_string_append(out, "<p style=\"" DATE "\">");
    brief_html_append(out, date);
    g_string_append(out, "</p>\n");
  }
}

static void
document_end(GString *out)
{
  g_string_append(out, "</div>\n</body>\n</html>\n");
}

/* The date of a sentence of `sum` from another day than `year`-`month`-
 * `day`, " [14 Nov]" after it, on one line. */
static void
date_mark(GString *out, const BriefSummary *sum, const BriefSelection *x, int year, int month,
          int day)
{
  g_autofree char *label = brief_sentence_date_label(
      brief_cluster_get_article(sum->cluster, x->article), year, month, day, " ");

  if (label)
    g_string_append_printf(out, " <span style=\"" MARK "\">[%s]</span>", label);
}

/* The story's sentences but its headline, as one paragraph. */
static void
story_body_html(GString *out, const BriefDaily *d, const BriefSummary *sum)
{
  gboolean any = FALSE;

  for (guint k = 0; k < sum->selected->len; k++) {
    const BriefSelection *x = &g_array_index(sum->selected, BriefSelection, k);
    if ((gint)k == sum->headline_selected)
      continue;
    if (!any)
      g_string_append(out, "<p style=\"" BODY "\">");
    else
      g_string_append_c(out, ' ');
    brief_html_append(out, x->text);
    date_mark(out, sum, x, d->has_date ? d->year : 0, d->month, d->day_of_month);
    any = TRUE;
  }
  if (any)
    g_string_append(out, "</p>\n");
}

static void
story_html(GString *out, const BriefDaily *d, guint rank)
{
  const BriefStory *st = g_ptr_array_index(d->stories, rank - 1);
  g_autoptr(GPtrArray) sources = brief_story_dup_sources(d, st);
  g_autofree char *count = brief_story_count_to_string(st);

  const BriefSummary *sum = st->summary;
  g_autofree char *days = brief_story_dup_days(st);

  g_string_append(out, "<div style=\"" CARD "\">\n<h2 style=\"" H2 "\">");
  g_string_append_printf(out, "%u. ", rank);
  brief_html_append(out, sum->headline);
  if (sum->headline_selected >= 0)
    date_mark(out, sum, &g_array_index(sum->selected, BriefSelection, sum->headline_selected),
              d->has_date ? d->year : 0, d->month, d->day_of_month);
  g_string_append(out, "</h2>\n");
  if (days) {
    g_string_append(out, "<p style=\"" DAYS "\">");
    brief_html_append(out, days);
    g_string_append(out, "</p>\n");
  }
  story_body_html(out, d, sum);
  g_string_append(out, "<p style=\"" SRC "\">");
  brief_html_append(out, count);
  for (guint k = 0; k < sources->len; k++) {
    const BriefSource *src = g_ptr_array_index(sources, k);
    g_string_append(out, k == 0 ? ": " : ", ");
    link(out, src->name, src->url);
  }
  g_string_append(out, "</p>\n</div>\n");
}

char *
brief_render_daily_html(const BriefDaily *d)
{
  GString *out = g_string_new(NULL);
  g_autofree char *title = brief_daily_dup_title(d);
  g_autofree char *footer = brief_daily_dup_footer(d);
  g_autofree char *date =
      d->has_date ? brief_format_long_date(d->year, d->month, d->day_of_month) : NULL;

  document_start(out, title, d->config->title, date);
  for (guint i = 0; i < d->stories->len; i++)
    story_html(out, d, i + 1);
  g_string_append(out, "<p style=\"" FOOT "\">");
  brief_html_append(out, footer);
  g_string_append(out, "</p>\n");
  document_end(out);
  return g_string_free(out, FALSE);
}

char *
brief_render_summary_html(const BriefSummary *s)
{
  GString *out = g_string_new(NULL);
  guint n_articles = brief_cluster_get_n_articles(s->cluster);
  g_autofree char *date = s->has_date ? brief_format_long_date(s->year, s->month, s->day) : NULL;
  g_autofree gboolean *cited = g_new0(gboolean, n_articles);
  g_autofree char *day_label = NULL, *heading = NULL;

  /* A headline that is a selected sentence of another day says so. */
  if (s->headline_selected >= 0) {
    const BriefSelection *h = &g_array_index(s->selected, BriefSelection, s->headline_selected);
    day_label = brief_sentence_date_label(brief_cluster_get_article(s->cluster, h->article),
                                          s->has_date ? s->year : 0, s->month, s->day, " ");
  }
  heading = day_label ? g_strdup_printf("%s [%s]", s->headline, day_label) : g_strdup(s->headline);
  document_start(out, s->headline, heading, date);
  g_string_append(out, "<div style=\"" CARD "\">\n");
  for (guint i = 0; i < s->selected->len; i++) {
    const BriefSelection *x = &g_array_index(s->selected, BriefSelection, i);
    cited[x->article] = TRUE;
    if ((gint)i == s->headline_selected)
      continue;
    g_string_append(out, "<p style=\"" BODY "\">");
    brief_html_append(out, x->text);
    date_mark(out, s, x, s->has_date ? s->year : 0, s->month, s->day);
    g_string_append(out, "</p>\n");
  }
  g_string_append(out, "<p style=\"" SRC "\">Sources: ");
  for (guint a = 0, k = 0; a < n_articles; a++) {
    const BriefArticle *art = brief_cluster_get_article(s->cluster, a);
    g_autofree char *outlet = NULL;
    const char *label;
    if (!cited[a])
      continue;
    outlet = brief_article_dup_outlet(art);
    label = art->title ? art->title : outlet ? outlet : art->name;
    if (k++ > 0)
      g_string_append(out, ", ");
    link(out, label, art->url);
  }
  g_string_append(out, "</p>\n</div>\n");
  document_end(out);
  return g_string_free(out, FALSE);
}
