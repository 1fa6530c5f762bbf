/* Text, Markdown and plain renderings of a briefing. */
#include "brief-private.h"

#include <string.h>

#define TEXT_WIDTH 78

static const char *const month_names[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};
static const char *const weekday_names[7] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

char *
brief_format_long_date(int year, int month, int day)
{
  GDate d;

  g_date_clear(&d, 1);
  g_date_set_dmy(&d, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
  return g_strdup_printf("%s, %d %s %d", weekday_names[g_date_get_weekday(&d) - 1], day,
                         month_names[month - 1], year);
}

void
brief_wrap_append(GString *out, const char *text, guint width, const char *first_indent,
                  const char *indent)
{
  g_auto(GStrv) words = g_strsplit(text, " ", -1);
  guint col = 0;
  gboolean line_empty = TRUE;

  g_string_append(out, first_indent);
  col = (guint)g_utf8_strlen(first_indent, -1);
  for (char **w = words; *w != NULL; w++) {
    guint wl = (guint)g_utf8_strlen(*w, -1);
    if (**w == '\0')
      continue;
    if (!line_empty && col + 1 + wl > width) {
      g_string_append_c(out, '\n');
      g_string_append(out, indent);
      col = (guint)g_utf8_strlen(indent, -1);
      line_empty = TRUE;
    }
    if (!line_empty) {
      g_string_append_c(out, ' ');
      col++;
    }
    g_string_append(out, *w);
    col += wl;
    line_empty = FALSE;
  }
  g_string_append_c(out, '\n');
}

/* Backslash-escape what Markdown would read as markup. */
static char *
md_escape(const char *s)
{
  GString *out = g_string_sized_new(strlen(s) + 8);

  brief_md_append(out, s);
  return g_string_free(out, FALSE);
}

void
brief_md_append(GString *out, const char *s)
{
  for (const char *p = s; *p; p++) {
    if (strchr("\\`*_[]<>|", *p) != NULL || (*p == '#' && p == s))
      g_string_append_c(out, '\\');
    g_string_append_c(out, *p);
  }
}

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
  g_autofree char *label = markdown ? md_escape(article_label(a)) : g_strdup(article_label(a));
  g_autofree char *title = a->title ? (markdown ? md_escape(a->title) : g_strdup(a->title)) : NULL;
  g_autofree char *line = NULL;
  GString *l = g_string_new(NULL);

  if (markdown)
    g_string_append_printf(l, "%u. **%s**", number, label);
  else
    g_string_append_printf(l, "[%u] %s", number, label);
  if (title) {
    if (markdown && brief_is_web_url(a->url)) {
      g_string_append_printf(l, ", [%s](", title);
      brief_append_md_url(l, a->url);
      g_string_append_c(l, ')');
    } else {
      g_string_append_printf(l, ", \xE2\x80\x9C%s\xE2\x80\x9D", title);
    }
  }
  if (a->year != 0) {
    g_autofree char *d = g_strdup_printf("%d %s %d", a->day, month_names[a->month - 1], a->year);
    g_string_append_printf(l, ", %s", d);
  }
  /* Only web addresses are shown: a "javascript:" URL is no source. */
  if (brief_is_web_url(a->url) && !(markdown && title)) {
    g_string_append(l, ", ");
    if (markdown)
      brief_append_md_url(l, a->url);
    else
      g_string_append(l, a->url);
  }
  line = g_string_free(l, FALSE);
  if (markdown)
    g_string_append_printf(out, "%s\n", line);
  else
    brief_wrap_append(out, line, TEXT_WIDTH, "", "    ");
}

char *
brief_render_text(const BriefSummary *s, gboolean markdown)
{
  GString *out = g_string_new(NULL);
  guint n_cited = 0;
  g_autofree guint *num = cite_numbers(s, &n_cited);
  g_autofree char *date = s->has_date ? brief_format_long_date(s->year, s->month, s->day) : NULL;
  g_autofree char *headline = NULL;
  guint n_articles = brief_cluster_get_n_articles(s->cluster);

  if (s->headline_selected >= 0) {
    const BriefSelection *h = &g_array_index(s->selected, BriefSelection, s->headline_selected);
    headline = g_strdup_printf("%s [%u]", s->headline, num[h->article]);
  } else {
    headline = g_strdup(s->headline);
  }

  if (markdown) {
    g_autofree char *h = md_escape(headline);
    g_string_append_printf(out, "# %s\n\n", h);
    if (date)
      g_string_append_printf(out, "*%s*\n\n", date);
  } else {
    if (date)
      g_string_append_printf(out, "%s\n\n", date);
    brief_wrap_append(out, headline, TEXT_WIDTH, "", "");
    g_string_append_c(out, '\n');
  }

  for (guint i = 0; i < s->selected->len; i++) {
    const BriefSelection *x = &g_array_index(s->selected, BriefSelection, i);
    g_autofree char *line = NULL;
    if ((gint)i == s->headline_selected)
      continue; /* already the headline */
    if (markdown) {
      g_autofree char *t = md_escape(x->text);
      g_string_append_printf(out, "- %s [%u]\n", t, num[x->article]);
    } else {
      line = g_strdup_printf("%s [%u]", x->text, num[x->article]);
      brief_wrap_append(out, line, TEXT_WIDTH, "- ", "  ");
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

char *
brief_render_plain(const BriefSummary *s)
{
  GString *out = g_string_new(NULL);

  for (guint i = 0; i < s->selected->len; i++)
    g_string_append_printf(out, "%s\n", g_array_index(s->selected, BriefSelection, i).text);
  return g_string_free(out, FALSE);
}
