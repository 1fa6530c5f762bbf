/* SPDX-License-Identifier: BSD-3-Clause */
/* JSON Lines: one article object per line.  Each line is checked before
 * json-glib parses it, for what json-glib would take but an article must not
 * hold (deep nesting, \u0000, a second value), and its strings after. */
#include "cluster-private.h"

#include "brief-private.h"

#include <json-glib/json-glib.h>
#include <string.h>

/* An article is a flat object: more nesting than this is not an article,
 * and json-glib's recursive parser must never see thousands of levels. */
#define JSON_MAX_DEPTH 64

/* Before json-glib sees a line: one JSON value and nothing after it, nesting
 * at most JSON_MAX_DEPTH deep, no \u0000 (a C string would end there). */
gboolean
brief_jsonl_check_line(const char *where, const char *p, gsize len, GError **error)
{
  const char *end = p + len, *q = p;
  guint depth = 0;
  gboolean in_string = FALSE, started = FALSE;

  while (q < end && g_ascii_isspace(*q))
    q++;
  for (; q < end; q++) {
    char c = *q;
    if (in_string) {
      if (c == '\\' && q + 1 < end) {
        if (q[1] == 'u' && end - q >= 6 && strncmp(q + 2, "0000", 4) == 0) {
          g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE,
                      "%s: NUL character (\\u0000) in a string", where);
          return FALSE;
        }
        q++;
      } else if (c == '"') {
        in_string = FALSE;
        if (depth == 0)
          break;
      }
      continue;
    }
    if (c == '"') {
      in_string = TRUE;
      started = TRUE;
    } else if (c == '{' || c == '[') {
      if (++depth > JSON_MAX_DEPTH) {
        g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE,
                    "%s: malformed JSON: nested more than %d levels deep", where, JSON_MAX_DEPTH);
        return FALSE;
      }
      started = TRUE;
    } else if (c == '}' || c == ']') {
      if (depth > 0 && --depth == 0)
        break;
    } else if (!g_ascii_isspace(c)) {
      started = TRUE;
    }
  }
  /* Anything after the first complete value is a second value. */
  if (started && depth == 0 && !in_string && q < end) {
    const char *r = q + 1;
    while (r < end && g_ascii_isspace(*r))
      r++;
    if (r < end) {
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE,
                  "%s: malformed JSON: more than one value on the line (byte %" G_GSIZE_FORMAT ")",
                  where, (gsize)(r - p));
      return FALSE;
    }
  }
  return TRUE;
}

/* A decoded string must be UTF-8 too: "\udc00" (a lone surrogate) decodes
 * to bytes that are not. */
static gboolean
check_json_string(const char *where, const char *member, const char *value, GError **error)
{
  if (value != NULL && !g_utf8_validate(value, -1, NULL)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING,
                "%s: \"%s\" is not valid UTF-8 once decoded (a lone surrogate escape?)", where,
                member);
    return FALSE;
  }
  return TRUE;
}

static gboolean
json_string_member(JsonObject *o, const char *member, const char **out, const char *where,
                   GError **error)
{
  JsonNode *n = json_object_get_member(o, member);

  *out = NULL;
  if (n == NULL || JSON_NODE_HOLDS_NULL(n))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_STRING) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s: \"%s\" must be a string", where,
                member);
    return FALSE;
  }
  *out = json_node_get_string(n);
  return check_json_string(where, member, *out, error);
}

/* A member other tools fill in other ways (an "author" list or object):
 * read when it is a string, ignored when it is anything else. */
static gboolean
json_optional_string_member(JsonObject *o, const char *member, const char **out, const char *where,
                            GError **error)
{
  JsonNode *n = json_object_get_member(o, member);

  *out = NULL;
  if (n == NULL || !JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_STRING)
    return TRUE;
  return json_string_member(o, member, out, where, error);
}

/* "cluster": a story label, a string or an integer. */
static gboolean
json_cluster_member(JsonObject *o, const char **out, const char *where, GError **error)
{
  JsonNode *n = json_object_get_member(o, "cluster");

  *out = NULL;
  if (n == NULL || JSON_NODE_HOLDS_NULL(n))
    return TRUE;
  if (JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_STRING) {
    if (!check_json_string(where, "cluster", json_node_get_string(n), error))
      return FALSE;
    *out = g_strdup(json_node_get_string(n));
    return TRUE;
  }
  if (JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_INT64) {
    *out = g_strdup_printf("%" G_GINT64_FORMAT, json_node_get_int(n));
    return TRUE;
  }
  g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE,
              "%s: \"cluster\" must be a string or an integer", where);
  return FALSE;
}

/* The string members of an article object. */
typedef struct {
  const char *text, *title, *source, *date, *url, *id, *author;
} Members;

static gboolean
json_string_members(JsonObject *o, Members *m, const char *where, GError **error)
{
  return json_string_member(o, "text", &m->text, where, error) &&
         json_string_member(o, "title", &m->title, where, error) &&
         json_string_member(o, "source", &m->source, where, error) &&
         json_string_member(o, "date", &m->date, where, error) &&
         json_string_member(o, "url", &m->url, where, error) &&
         json_string_member(o, "id", &m->id, where, error) &&
         json_optional_string_member(o, "author", &m->author, where, error);
}

/* json-glib's "<data>:1:13: Parse error: scanner: unexpected character `,'"
 * in brief's style: "WHERE: malformed JSON at column 13: unexpected
 * character ','". */
void
brief_jsonl_set_parse_error(GError **error, const char *where, const char *message)
{
  g_autoptr(GString) reason = g_string_new(message);
  g_autofree char *shown = NULL, *column = NULL;
  char *p;

  if (g_str_has_prefix(reason->str, "<data>:")) {
    guint64 line, col = 0;
    char *end = NULL;

    line = g_ascii_strtoull(reason->str + 7, &end, 10);
    if (end != NULL && *end == ':')
      col = g_ascii_strtoull(end + 1, &end, 10);
    if (line > 0 && col > 0 && end != NULL && g_str_has_prefix(end, ": ")) {
      column = g_strdup_printf(" at column %" G_GUINT64_FORMAT, col);
      g_string_erase(reason, 0, end + 2 - reason->str);
    }
  }
  for (const char *const *drop = (const char *const[]){"Parse error: ", "scanner: ", NULL}; *drop;
       drop++)
    if (g_str_has_prefix(reason->str, *drop))
      g_string_erase(reason, 0, (gssize)strlen(*drop));
  for (p = reason->str; *p; p++)
    if (*p == '`')
      *p = '\'';
  shown = brief_printable_dup(reason->str, -1, 80);
  g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s: malformed JSON%s: %s", where,
              column ? column : "", shown);
}

gboolean
brief_jsonl_read_article(GPtrArray *out, JsonObject *o, const char *name, guint line,
                         const char *where, GError **error)
{
  Members m;
  BriefArticle *a;

  if (!json_string_members(o, &m, where, error))
    return FALSE;
  if (m.text == NULL) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s: missing \"text\"", where);
    return FALSE;
  }
  /* Named `where` while its fields are set, so that their messages say where. */
  a = brief_article_append(out, where);
  if (!json_cluster_member(o, &a->cluster, where, error))
    return FALSE;
  a->line = line;
  a->text = g_strdup(m.text);
  a->text_len = strlen(m.text);
  if ((m.title && !brief_article_set_field(a, "title", m.title, 0, error)) ||
      (m.source && !brief_article_set_field(a, "source", m.source, 0, error)) ||
      (m.url && !brief_article_set_field(a, "url", m.url, 0, error)) ||
      (m.id && !brief_article_set_field(a, "id", m.id, 0, error)) ||
      (m.author && !brief_article_set_field(a, "author", m.author, 0, error)) ||
      (m.date && !brief_article_set_field(a, "date", m.date, 0, error)))
    return FALSE;
  if (strcmp(name, where) != 0) {
    g_free((char *)a->name);
    a->name = g_strdup(name);
  }
  brief_article_date_from_text(a);
  return TRUE;
}

/* The article of line number `line` (`len` bytes at `text`), named `where`
 * ("name:line"). */
static gboolean
read_json_line(GPtrArray *out, JsonParser *parser, const char *where, guint line, const char *text,
               gsize len, GError **error)
{
  g_autoptr(GError) local = NULL;
  JsonNode *root;

  if (!brief_jsonl_check_line(where, text, len, error))
    return FALSE;
  if (!json_parser_load_from_data(parser, text, (gssize)len, &local)) {
    brief_jsonl_set_parse_error(error, where, local->message);
    return FALSE;
  }
  root = json_parser_get_root(parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT(root)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s: expected a JSON object", where);
    return FALSE;
  }
  return brief_jsonl_read_article(out, json_node_get_object(root), where, line, where, error);
}

static gboolean
is_space_only(const char *line, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace(line[i]))
      return FALSE;
  return TRUE;
}

gboolean
brief_reader_jsonl(GPtrArray *out, const char *name, const char *data, gsize len, GError **error)
{
  g_autoptr(JsonParser) parser = NULL;
  const char *p = data, *end = data + len;
  guint line = 0;

  /* The whole input at once, so every line is valid UTF-8 without NUL. */
  if (!brief_check_utf8(name, data, len, 0, error))
    return FALSE;
  parser = json_parser_new();
  while (p < end) {
    const char *start = p, *eol = memchr(p, '\n', (gsize)(end - p));
    gsize ll = eol ? (gsize)(eol - p) : (gsize)(end - p);
    g_autofree char *where = NULL;

    line++;
    p = eol ? eol + 1 : end;
    if (ll > 0 && start[ll - 1] == '\r')
      ll--;
    if (is_space_only(start, ll))
      continue; /* blank lines are allowed */
    {
      /* Messages stay one printable line whatever the name holds. */
      g_autofree char *shown = brief_printable_dup(name, -1, 0);
      where = g_strdup_printf("%s:%u", shown, line);
    }
    if (!read_json_line(out, parser, where, line, start, ll, error))
      return FALSE;
  }
  return TRUE;
}
