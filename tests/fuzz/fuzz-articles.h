/* SPDX-License-Identifier: BSD-3-Clause */
/* Checks that fuzz-html.c and fuzz-feed.c share: the articles a page or a
 * feed gives, and what brief_cluster_articles_to_string() makes of them
 * (brief extract's text, JSON Lines and web addresses), with two round
 * trips: the JSON members are the article's fields, and a single article
 * in the text format reads back as the same article.  Include after
 * fuzz-common.h. */
#ifndef BRIEF_FUZZ_ARTICLES_H
#define BRIEF_FUZZ_ARTICLES_H

#include <json-glib/json-glib.h>

/* brief extract's three formats: text, json, urls. */
static const BriefFormat article_formats[] = {BRIEF_FORMAT_TEXT, BRIEF_FORMAT_JSON,
                                              BRIEF_FORMAT_PLAIN};
static const char *const article_format_names[] = {"text", "json", "urls"};

/* Text as the page and feed readers make it: UTF-8, no control character,
 * its only white space single spaces between words, and paragraphs
 * separated by one blank line ("\n\n"), none empty.  `body` allows the
 * paragraph breaks; a field (title, source, ...) is one line. */
static void
check_clean_text(const char *s, gboolean body, const char *what)
{
  gsize len = strlen(s);

  CHECK(g_utf8_validate(s, (gssize)len, NULL), "%s: not UTF-8", what);
  CHECK(len > 0, "%s: empty", what);
  CHECK(s[0] != ' ' && s[0] != '\n' && s[len - 1] != ' ' && s[len - 1] != '\n',
        "%s: white space at either end: '%.60s'", what, s);
  for (const char *p = s; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    gsize at = (gsize)(p - s);
    if (c == ' ') {
      CHECK(p[1] != ' ' && p[1] != '\n', "%s: a space before white space at byte %zu", what, at);
    } else if (c == '\n') {
      /* "\n\n" between paragraphs, never a third, never by a space */
      CHECK(body, "%s: a line break at byte %zu", what, at);
      CHECK(p[1] == '\n' && p[2] != '\n' && p[2] != ' ' && (p == s || p[-1] != '\n'),
            "%s: a line break that is not one blank line at byte %zu", what, at);
      p++;
    } else {
      CHECK(!fuzz_is_control(c) && !g_unichar_isspace(c),
            "%s: U+%04X at byte %zu (control or white space)", what, c, at);
    }
  }
}

/* Optional fields are NULL or clean one-line text. */
static void
check_field(const char *value, const char *what)
{
  if (value != NULL)
    check_clean_text(value, FALSE, what);
}

/* A new cluster that reads at most 1 MiB an input: gzip data inflates to
 * no more, so a small input cannot cost the fuzzer much. */
static BriefCluster *
small_cluster(void)
{
  static BriefConfig *config;
  BriefCluster *cluster = brief_cluster_new();

  if (config == NULL) {
    g_autoptr(GError) error = NULL;
    config = brief_config_new();
    CHECK(brief_config_set(config, "max-input-bytes", "1048576", &error), "settings: %s",
          error->message);
  }
  brief_cluster_set_limits(cluster, config);
  return cluster;
}

static void
check_article(const BriefArticle *a, const char *name)
{
  CHECK(a->name != NULL && strcmp(a->name, name) == 0, "article named '%s', not '%s'",
        a->name ? a->name : "(null)", name);
  CHECK(a->text != NULL && strlen(a->text) == a->text_len, "%s: text_len %zu is not its length",
        name, a->text_len);
  check_clean_text(a->text, TRUE, "article text");
  check_field(a->title, "title");
  check_field(a->source, "source");
  check_field(a->url, "url");
  check_field(a->author, "author");
  CHECK(a->url == NULL || g_ascii_strncasecmp(a->url, "http://", 7) == 0 ||
            g_ascii_strncasecmp(a->url, "https://", 8) == 0,
        "%s: url that is no web address: %.60s", name, a->url);
  CHECK(a->id == NULL && a->cluster == NULL && a->line == 0 && a->text_offset == 0,
        "%s: id, cluster, line or text offset set", name);
  if (a->year == 0)
    CHECK(a->month == 0 && a->day == 0 && a->timestamp == 0 && !a->date_in_text,
          "%s: half a date (%d-%d-%d)", name, a->year, a->month, a->day);
  else
    CHECK(g_date_valid_dmy((GDateDay)a->day, (GDateMonth)a->month, (GDateYear)a->year),
          "%s: impossible date %d-%d-%d", name, a->year, a->month, a->day);
}

/* Whether two optional strings are equal. */
static gboolean
same_string(const char *a, const char *b)
{
  return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* JSON Lines: one object per article, its members the article's fields
 * and the date as given (null when none was or it came from the text). */
static void
check_json(const BriefCluster *cluster, const char *out)
{
  g_auto(GStrv) lines = g_strsplit(out, "\n", -1);
  guint n = brief_cluster_get_n_articles(cluster);

  if (n == 0) {
    CHECK(*out == '\0', "json: output without articles");
    return;
  }
  CHECK(g_strv_length(lines) == n + 1 && lines[n][0] == '\0', "json: %u lines for %u articles",
        g_strv_length(lines) - 1, n);
  for (guint i = 0; i < n; i++) {
    const BriefArticle *a = brief_cluster_get_article(cluster, i);
    g_autoptr(JsonParser) parser = json_parser_new();
    g_autoptr(GError) error = NULL;
    g_autofree char *date = NULL;
    const char *names[] = {"name", "title", "source", "url", "author", "text", "date"};
    JsonObject *o;

    CHECK(json_parser_load_from_data(parser, lines[i], -1, &error), "json line %u: %s", i + 1,
          error->message);
    CHECK(JSON_NODE_HOLDS_OBJECT(json_parser_get_root(parser)), "json line %u: no object", i + 1);
    o = json_node_get_object(json_parser_get_root(parser));
    if (a->year != 0 && !a->date_in_text)
      date = g_strdup_printf("%04d-%02d-%02d", a->year, a->month, a->day);
    const char *values[] = {a->name, a->title, a->source, a->url, a->author, a->text, date};
    CHECK(json_object_get_size(o) == G_N_ELEMENTS(names), "json line %u: %u members", i + 1,
          json_object_get_size(o));
    for (guint k = 0; k < G_N_ELEMENTS(names); k++) {
      JsonNode *m = json_object_get_member(o, names[k]);
      const char *v = m != NULL && !JSON_NODE_HOLDS_NULL(m) ? json_node_get_string(m) : NULL;
      CHECK(m != NULL && same_string(v, values[k]), "json line %u: %s does not round-trip", i + 1,
            names[k]);
    }
  }
}

/* urls: the web address of each article that has one, once, in order. */
static void
check_urls(const BriefCluster *cluster, const char *out)
{
  g_autoptr(GString) want = g_string_new(NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);

  for (guint i = 0; i < brief_cluster_get_n_articles(cluster); i++) {
    const BriefArticle *a = brief_cluster_get_article(cluster, i);
    if (a->url != NULL && g_hash_table_add(seen, (char *)a->url))
      g_string_append_printf(want, "%s\n", a->url);
  }
  CHECK(strcmp(out, want->str) == 0, "urls: '%.80s' instead of '%.80s'", out, want->str);
}

/* One article in the text format reads back (reader-text.c) as the same
 * article: fields, date and body, paragraph breaks included. */
static void
check_text_round_trip(const BriefArticle *a, const char *out)
{
  g_autoptr(BriefCluster) back = small_cluster();
  g_autoptr(GError) error = NULL;
  const BriefArticle *b;
  g_autofree char *body = NULL;

  CHECK(brief_cluster_add_data(back, "back.txt", out, strlen(out), BRIEF_INPUT_TEXT, &error),
        "text: does not read back: %s", error->message);
  CHECK(brief_cluster_get_n_articles(back) == 1, "text: %u articles read back",
        brief_cluster_get_n_articles(back));
  b = brief_cluster_get_article(back, 0);
  CHECK(same_string(a->title, b->title) && same_string(a->source, b->source) &&
            same_string(a->url, b->url) && same_string(a->author, b->author),
        "text: a field does not read back (title '%s')", b->title ? b->title : "(null)");
  CHECK(a->year == b->year && a->month == b->month && a->day == b->day &&
            a->date_in_text == b->date_in_text,
        "text: date %d-%d-%d read back as %d-%d-%d", a->year, a->month, a->day, b->year, b->month,
        b->day);
  body = g_strdup(b->text);
  g_strstrip(body);
  CHECK(strcmp(body, a->text) == 0, "text: the body does not read back: '%.80s'", body);
}

/* Render the cluster in brief extract's three formats and check each. */
static void
check_rendered(const BriefCluster *cluster)
{
  guint n = brief_cluster_get_n_articles(cluster);

  for (guint fi = 0; fi < G_N_ELEMENTS(article_formats); fi++) {
    g_autofree char *out = brief_cluster_articles_to_string(cluster, article_formats[fi]);
    const char *what = article_format_names[fi];
    gsize len;

    CHECK(out != NULL, "%s: NULL", what);
    len = strlen(out);
    CHECK(g_utf8_validate(out, (gssize)len, NULL), "%s: not UTF-8", what);
    CHECK(len == 0 || out[len - 1] == '\n', "%s: does not end in a newline", what);
    for (const char *p = out; *p; p = g_utf8_next_char(p)) {
      gunichar c = g_utf8_get_char(p);
      CHECK(c == '\n' || !fuzz_is_control(c), "%s: control character U+%04X at byte %td", what, c,
            p - out);
    }
    if (article_formats[fi] == BRIEF_FORMAT_JSON)
      check_json(cluster, out);
    else if (article_formats[fi] == BRIEF_FORMAT_PLAIN)
      check_urls(cluster, out);
    else if (n == 1)
      check_text_round_trip(brief_cluster_get_article(cluster, 0), out);
    else
      CHECK((len == 0) == (n == 0), "text: %zu bytes for %u articles", len, n);
  }
}

#endif
