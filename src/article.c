/* Reading articles: text files with an optional header block, JSON Lines,
 * directories of either; and the dates found in them. */
#include "brief-private.h"

#include <json-glib/json-glib.h>
#include <string.h>

struct _BriefCluster {
  GPtrArray *articles; /* BriefArticle*, owned */
};

static void
article_free(gpointer data)
{
  BriefArticle *a = data;

  if (a == NULL)
    return;
  g_free((char *)a->name);
  g_free((char *)a->id);
  g_free((char *)a->title);
  g_free((char *)a->source);
  g_free((char *)a->url);
  g_free((char *)a->cluster);
  g_free((char *)a->text);
  g_free(a);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefArticle, article_free)

BriefCluster *
brief_cluster_new(void)
{
  BriefCluster *c = g_new0(BriefCluster, 1);

  c->articles = g_ptr_array_new_with_free_func(article_free);
  return c;
}

void
brief_cluster_free(BriefCluster *cluster)
{
  if (cluster == NULL)
    return;
  g_ptr_array_unref(cluster->articles);
  g_free(cluster);
}

static char *
dup_or_null(const char *s)
{
  return s ? g_strdup(s) : NULL;
}

BriefCluster *
brief_cluster_new_subset(const BriefCluster *cluster, const guint *indices, guint n)
{
  BriefCluster *c;

  g_return_val_if_fail(cluster != NULL && (indices != NULL || n == 0), NULL);
  c = brief_cluster_new();
  for (guint i = 0; i < n; i++) {
    const BriefArticle *a;
    BriefArticle *copy;
    g_return_val_if_fail(indices[i] < cluster->articles->len, c);
    a = g_ptr_array_index(cluster->articles, indices[i]);
    copy = g_new0(BriefArticle, 1);
    *copy = *a;
    copy->name = dup_or_null(a->name);
    copy->id = dup_or_null(a->id);
    copy->title = dup_or_null(a->title);
    copy->source = dup_or_null(a->source);
    copy->url = dup_or_null(a->url);
    copy->cluster = dup_or_null(a->cluster);
    copy->text = g_strndup(a->text, a->text_len);
    g_ptr_array_add(c->articles, copy);
  }
  return c;
}

guint
brief_cluster_get_n_articles(const BriefCluster *cluster)
{
  g_return_val_if_fail(cluster != NULL, 0);
  return cluster->articles->len;
}

const BriefArticle *
brief_cluster_get_article(const BriefCluster *cluster, guint index)
{
  g_return_val_if_fail(cluster != NULL, NULL);
  g_return_val_if_fail(index < cluster->articles->len, NULL);
  return g_ptr_array_index(cluster->articles, index);
}

/* ---- dates ------------------------------------------------------------------ */

static const char *const month_names[12] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december",
};

gint64
brief_day_timestamp(int year, int month, int day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc(year, month, day, 0, 0, 0);

  return dt ? g_date_time_to_unix(dt) : 0;
}

gboolean
brief_briefing_date(const char *date_option, const BriefCluster *cluster, int *year, int *month,
                    int *day)
{
  gint64 newest = G_MININT64;
  gboolean found = FALSE;

  if (date_option != NULL)
    return brief_parse_date(date_option, year, month, day, NULL);
  for (guint i = 0; i < cluster->articles->len; i++) {
    const BriefArticle *a = g_ptr_array_index(cluster->articles, i);
    if (a->year != 0 && a->timestamp > newest) {
      newest = a->timestamp;
      found = TRUE;
      *year = a->year;
      *month = a->month;
      *day = a->day;
    }
  }
  return found;
}

static gboolean
valid_day(int year, int month, int day)
{
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= g_date_get_days_in_month((GDateMonth)month, (GDateYear)year);
}

/* Month from a name or an abbreviation of at least three letters
 * ("Dec", "Sept", "December"), case-insensitive; 0 if none. */
static int
month_from_word(const char *w, gsize len)
{
  int m;

  if (len < 3)
    return 0;
  for (m = 0; m < 12; m++) {
    gsize full = strlen(month_names[m]);
    if (len <= full && g_ascii_strncasecmp(w, month_names[m], len) == 0 &&
        (len == full || len == 3 || (m == 8 && len == 4)))
      return m + 1;
  }
  return 0;
}

static gboolean
parse_uint(const char **p, int min_digits, int max_digits, int *out)
{
  int n = 0, v = 0;

  while (g_ascii_isdigit(**p) && n < max_digits) {
    v = v * 10 + (**p - '0');
    (*p)++;
    n++;
  }
  if (n < min_digits || g_ascii_isdigit(**p))
    return FALSE;
  *out = v;
  return TRUE;
}

/* parse_uint for text that ends at `end` (not NUL-terminated). */
static gboolean
parse_uint_bounded(const char **p, const char *end, int min_digits, int max_digits, int *out)
{
  int n = 0, v = 0;

  while (*p < end && g_ascii_isdigit(**p) && n < max_digits) {
    v = v * 10 + (**p - '0');
    (*p)++;
    n++;
  }
  if (n < min_digits || (*p < end && g_ascii_isdigit(**p)))
    return FALSE;
  *out = v;
  return TRUE;
}

static void
skip_spaces(const char **p)
{
  while (**p == ' ' || **p == '\t')
    (*p)++;
}

/* Time of day and zone after a date: "10:00", "10:00:00.5Z", "+01:00".
 * Returns the offset to add to midnight UTC, FALSE on garbage. */
static gboolean
parse_time_zone(const char *p, gboolean rfc, gint64 *seconds)
{
  int h = 0, m = 0, s = 0, sign = 0, zh = 0, zm = 0;

  skip_spaces(&p);
  if (*p == '\0') {
    *seconds = 0;
    return TRUE;
  }
  if (!parse_uint(&p, 1, 2, &h) || *p++ != ':' || !parse_uint(&p, 2, 2, &m))
    return FALSE;
  if (*p == ':') {
    p++;
    if (!parse_uint(&p, 2, 2, &s))
      return FALSE;
    if (*p == '.' || *p == ',') {
      p++;
      while (g_ascii_isdigit(*p))
        p++;
    }
  }
  if (h > 23 || m > 59 || s > 60)
    return FALSE;
  skip_spaces(&p);
  if (*p == 'Z' || *p == 'z') {
    p++;
  } else if (*p == '+' || *p == '-') {
    const char *z;
    int v = 0;
    sign = *p == '-' ? -1 : 1;
    z = ++p;
    /* +hhmm (RFC 2822), +hh:mm or +hh (ISO 8601) */
    if (!parse_uint(&p, 2, 4, &v) || (p - z) == 3)
      return FALSE;
    if (p - z == 4) {
      zh = v / 100;
      zm = v % 100;
    } else {
      zh = v;
      if (*p == ':') {
        p++;
        if (!parse_uint(&p, 2, 2, &zm))
          return FALSE;
      }
    }
    if (zh > 23 || zm > 59)
      return FALSE;
  } else if (rfc &&
             (g_ascii_strncasecmp(p, "GMT", 3) == 0 || g_ascii_strncasecmp(p, "UTC", 3) == 0 ||
              g_ascii_strncasecmp(p, "UT", 2) == 0)) {
    while (g_ascii_isalpha(*p))
      p++;
  } else if (rfc && g_ascii_isalpha(*p)) {
    /* Obsolete zone names (EST, PDT...): read as UTC, the day is what counts. */
    while (g_ascii_isalpha(*p))
      p++;
  }
  skip_spaces(&p);
  if (*p != '\0')
    return FALSE;
  *seconds = (gint64)h * 3600 + m * 60 + s - sign * ((gint64)zh * 3600 + zm * 60);
  return TRUE;
}

gboolean
brief_parse_date(const char *s, int *year, int *month, int *day, gint64 *timestamp)
{
  const char *p = s;
  int y = 0, mo = 0, d = 0;
  gint64 secs = 0;
  gboolean rfc = FALSE;

  skip_spaces(&p);
  if (g_ascii_isdigit(p[0]) && g_ascii_isdigit(p[1]) && g_ascii_isdigit(p[2]) &&
      g_ascii_isdigit(p[3]) && p[4] == '-') {
    /* ISO 8601: YYYY-MM-DD[(T| )hh:mm[:ss[.f]][Z|+hh:mm]] */
    if (!parse_uint(&p, 4, 4, &y) || *p++ != '-' || !parse_uint(&p, 2, 2, &mo) || *p++ != '-' ||
        !parse_uint(&p, 2, 2, &d))
      return FALSE;
    if (*p == 'T' || *p == 't')
      p++;
  } else {
    /* RFC 2822: [Day,] DD Mon YYYY [hh:mm[:ss] zone] */
    const char *w = p;
    rfc = TRUE;
    while (g_ascii_isalpha(*p))
      p++;
    if (p > w) {
      if (*p != ',')
        return FALSE;
      p++;
      skip_spaces(&p);
    }
    if (!parse_uint(&p, 1, 2, &d))
      return FALSE;
    skip_spaces(&p);
    w = p;
    while (g_ascii_isalpha(*p))
      p++;
    if (p - w != 3 || (mo = month_from_word(w, 3)) == 0)
      return FALSE;
    skip_spaces(&p);
    if (!parse_uint(&p, 4, 4, &y))
      return FALSE;
  }
  if (!valid_day(y, mo, d) || !parse_time_zone(p, rfc, &secs))
    return FALSE;
  if (year)
    *year = y;
  if (month)
    *month = mo;
  if (day)
    *day = d;
  if (timestamp)
    *timestamp = brief_day_timestamp(y, mo, d) + secs;
  return TRUE;
}

/* Read a written date starting at word `w` (a month name or a day number). */
static gboolean
match_text_date(const char *w, const char *end, int *year, int *month, int *day)
{
  const char *p = w;
  int y = 0, mo = 0, d = 0;

  if (end - p >= 10 && g_ascii_isdigit(p[0]) && p[4] == '-' && p[7] == '-') {
    /* "2015-12-15" */
    if (!parse_uint_bounded(&p, end, 4, 4, &y) || *p++ != '-' ||
        !parse_uint_bounded(&p, end, 2, 2, &mo) || *p++ != '-' ||
        !parse_uint_bounded(&p, end, 2, 2, &d))
      return FALSE;
  } else if (g_ascii_isalpha(*p)) {
    /* "December 15, 2015", "Dec. 15, 2015", "Dec 15 2015" */
    while (p < end && g_ascii_isalpha(*p))
      p++;
    mo = month_from_word(w, (gsize)(p - w));
    if (mo == 0)
      return FALSE;
    if (p < end && *p == '.')
      p++;
    if (p >= end || *p != ' ')
      return FALSE;
    p++;
    if (!parse_uint_bounded(&p, end, 1, 2, &d))
      return FALSE;
    if (p + 1 < end &&
        (g_ascii_strncasecmp(p, "st", 2) == 0 || g_ascii_strncasecmp(p, "nd", 2) == 0 ||
         g_ascii_strncasecmp(p, "rd", 2) == 0 || g_ascii_strncasecmp(p, "th", 2) == 0))
      p += 2;
    if (p < end && *p == ',')
      p++;
    if (p >= end || *p != ' ')
      return FALSE;
    p++;
    if (!parse_uint_bounded(&p, end, 4, 4, &y))
      return FALSE;
  } else {
    /* "15 December 2015" */
    const char *m;
    if (!parse_uint_bounded(&p, end, 1, 2, &d) || p >= end || *p != ' ')
      return FALSE;
    m = ++p;
    while (p < end && g_ascii_isalpha(*p))
      p++;
    mo = month_from_word(m, (gsize)(p - m));
    if (mo == 0 || (p - m) < 3)
      return FALSE;
    if (p < end && *p == '.')
      p++;
    if (p < end && *p == ',')
      p++;
    if (p >= end || *p != ' ')
      return FALSE;
    p++;
    if (!parse_uint_bounded(&p, end, 4, 4, &y))
      return FALSE;
  }
  if (y < 1900 || y > 2199 || !valid_day(y, mo, d))
    return FALSE;
  *year = y;
  *month = mo;
  *day = d;
  return TRUE;
}

gboolean
brief_find_text_date(const char *text, gsize len, int *year, int *month, int *day)
{
  const char *p = text, *end = text + len;

  while (p < end) {
    /* Only look at word starts. */
    if (g_ascii_isalnum(*p) && (p == text || !g_ascii_isalnum(p[-1]))) {
      if (match_text_date(p, end, year, month, day))
        return TRUE;
    }
    p++;
  }
  return FALSE;
}

/* ---- text files ------------------------------------------------------------- */

static gboolean
is_header_key(const char *line, gsize len, gsize *key_len)
{
  gsize i = 0;

  while (i < len && (g_ascii_isalnum(line[i]) || line[i] == '-' || line[i] == '_'))
    i++;
  if (i == 0 || i >= len || line[i] != ':' || !g_ascii_isalpha(line[0]))
    return FALSE;
  *key_len = i;
  return TRUE;
}

/* Only white space: a blank line, as for the sentence splitter. */
static gboolean
is_blank(const char *line, gsize len)
{
  /* The same white space as the splitter's blank lines, vertical tab too. */
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace(line[i]) && line[i] != '\v')
      return FALSE;
  return TRUE;
}

static gboolean
is_known_key(const char *key, gsize len)
{
  static const char *const keys[] = {"title", "source", "date", "url", "id", NULL};
  const char *const *k;

  for (k = keys; *k; k++)
    if (strlen(*k) == len && g_ascii_strncasecmp(key, *k, len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
set_field(BriefArticle *a, const char *name, guint line, const char *key, const char *value,
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
  else if (g_ascii_strcasecmp(key, "date") == 0) {
    if (!brief_parse_date(value, &a->year, &a->month, &a->day, &a->timestamp)) {
      g_autofree char *shown = brief_printable_dup(value, -1, 80);
      if (line > 0)
        g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE,
                    "%s:%u: invalid date '%s' (expected ISO 8601 or RFC 2822)", name, line, shown);
      else
        g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE,
                    "%s: invalid date '%s' (expected ISO 8601 or RFC 2822)", name, shown);
      return FALSE;
    }
    return TRUE;
  }
  if (slot != NULL && *value != '\0') {
    g_free(*slot);
    *slot = brief_collapse_space(value, strlen(value));
  }
  return TRUE;
}

/* The header block: leading `Key: value` lines up to a blank line, at least
 * one of them a key brief knows.  Anything else at the top is body text. */
static gboolean
parse_header(BriefArticle *a, const char *data, gsize len, gsize *body_offset, GError **error)
{
  const char *p = data, *end = data + len;
  gboolean known = FALSE;
  guint n_lines = 0;

  *body_offset = 0;
  /* First pass: is this a header block? */
  while (p < end) {
    const char *eol = memchr(p, '\n', (gsize)(end - p));
    gsize ll = (eol ? (gsize)(eol - p) : (gsize)(end - p)), kl = 0;
    if (is_blank(p, ll))
      break;
    if (ll > 0 && p[ll - 1] == '\r')
      ll--;
    if (!is_header_key(p, ll, &kl))
      return TRUE;
    if (is_known_key(p, kl))
      known = TRUE;
    n_lines++;
    if (eol == NULL) {
      p = end;
      break;
    }
    p = eol + 1;
  }
  if (!known || p >= end)
    return TRUE; /* no blank line after it: a one-paragraph text, not a header */

  /* Second pass: take the fields. */
  p = data;
  for (guint line = 1; line <= n_lines; line++) {
    const char *eol = memchr(p, '\n', (gsize)(end - p));
    gsize ll = (gsize)(eol - p), kl = 0;
    if (ll > 0 && p[ll - 1] == '\r')
      ll--;
    is_header_key(p, ll, &kl);
    g_autofree char *key = g_strndup(p, kl);
    g_autofree char *value = g_strndup(p + kl + 1, ll - kl - 1);
    g_strstrip(value);
    if (!set_field(a, a->name, line, key, value, error))
      return FALSE;
    p = eol + 1;
  }
  /* Skip the blank line that ends the header. */
  {
    const char *eol = memchr(p, '\n', (gsize)(end - p));
    p = eol ? eol + 1 : end;
  }
  *body_offset = (gsize)(p - data);
  return TRUE;
}

static void
date_from_text(BriefArticle *a)
{
  if (a->year == 0 && brief_find_text_date(a->text, a->text_len, &a->year, &a->month, &a->day))
    a->timestamp = brief_day_timestamp(a->year, a->month, a->day);
}

static BriefArticle *
parse_text_article(const char *name, const char *data, gsize len, GError **error)
{
  g_autoptr(BriefArticle) a = NULL;
  gsize off = 0;

  if (!brief_check_utf8(name, data, len, 0, error))
    return NULL;
  a = g_new0(BriefArticle, 1);
  a->name = g_strdup(name);
  /* A byte order mark is not text. */
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
    off = 3;
  {
    gsize body = 0;
    if (!parse_header(a, data + off, len - off, &body, error))
      return NULL;
    off += body;
  }
  a->text = g_strndup(data + off, len - off);
  a->text_len = len - off;
  a->text_offset = off;
  date_from_text(a);
  return g_steal_pointer(&a);
}

/* ---- JSON Lines ---------------------------------------------------------------- */

/* An article is a flat object: more nesting than this is not an article,
 * and json-glib's recursive parser must never see thousands of levels. */
#define JSON_MAX_DEPTH 64

/* Before json-glib sees a line: one JSON value and nothing after it, nesting
 * at most JSON_MAX_DEPTH deep, no \u0000 (a C string would end there). */
static gboolean
check_json_line(const char *where, const char *p, gsize len, GError **error)
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

static gboolean
parse_jsonl(const char *name, const char *data, gsize len, GPtrArray *out, GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new();
  const char *p = data, *end = data + len;
  guint line = 0;

  while (p < end) {
    const char *eol = memchr(p, '\n', (gsize)(end - p));
    gsize ll = eol ? (gsize)(eol - p) : (gsize)(end - p);
    gsize line_off = (gsize)(p - data);
    g_autoptr(GError) local = NULL;
    g_autofree char *where = NULL;
    const char *text, *title, *source, *date, *url, *id;
    JsonNode *root;
    JsonObject *o;
    BriefArticle *a;

    line++;
    p = eol ? eol + 1 : end;
    if (ll > 0 && data[line_off + ll - 1] == '\r')
      ll--;
    {
      gsize i = 0;
      while (i < ll && g_ascii_isspace(data[line_off + i]))
        i++;
      if (i == ll)
        continue; /* blank lines are allowed */
    }
    where = g_strdup_printf("%s:%u", name, line);
    if (!brief_check_utf8(where, data + line_off, ll, 0, error) ||
        !check_json_line(where, data + line_off, ll, error))
      return FALSE;
    if (!json_parser_load_from_data(parser, data + line_off, (gssize)ll, &local)) {
      g_autofree char *shown = brief_printable_dup(local->message, -1, 80);
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s: malformed JSON: %s", where, shown);
      return FALSE;
    }
    root = json_parser_get_root(parser);
    if (root == NULL || !JSON_NODE_HOLDS_OBJECT(root)) {
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s: expected a JSON object", where);
      return FALSE;
    }
    o = json_node_get_object(root);
    if (!json_string_member(o, "text", &text, where, error) ||
        !json_string_member(o, "title", &title, where, error) ||
        !json_string_member(o, "source", &source, where, error) ||
        !json_string_member(o, "date", &date, where, error) ||
        !json_string_member(o, "url", &url, where, error) ||
        !json_string_member(o, "id", &id, where, error))
      return FALSE;
    if (text == NULL) {
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_PARSE, "%s: missing \"text\"", where);
      return FALSE;
    }
    a = g_new0(BriefArticle, 1);
    g_ptr_array_add(out, a);
    if (!json_cluster_member(o, &a->cluster, where, error))
      return FALSE;
    a->line = line;
    a->name = g_steal_pointer(&where);
    a->text = g_strdup(text);
    a->text_len = strlen(text);
    if ((title && !set_field(a, a->name, 0, "title", title, error)) ||
        (source && !set_field(a, a->name, 0, "source", source, error)) ||
        (url && !set_field(a, a->name, 0, "url", url, error)) ||
        (id && !set_field(a, a->name, 0, "id", id, error)) ||
        (date && !set_field(a, a->name, 0, "date", date, error)))
      return FALSE;
    date_from_text(a);
  }
  return TRUE;
}

/* ---- cluster ---------------------------------------------------------------- */

static gboolean
is_jsonl(const char *name, BriefInputFormat format)
{
  if (format == BRIEF_INPUT_JSONL)
    return TRUE;
  if (format == BRIEF_INPUT_TEXT)
    return FALSE;
  return g_str_has_suffix(name, ".jsonl") || g_str_has_suffix(name, ".JSONL");
}

static gboolean
parse_into(GPtrArray *out, const char *name, const char *data, gsize len, BriefInputFormat format,
           GError **error)
{
  if (is_jsonl(name, format)) {
    if (!brief_check_utf8(name, data, len, 0, error))
      return FALSE;
    return parse_jsonl(name, data, len, out, error);
  } else {
    BriefArticle *a = parse_text_article(name, data, len, error);
    if (a == NULL)
      return FALSE;
    g_ptr_array_add(out, a);
    return TRUE;
  }
}

static void
commit_articles(BriefCluster *cluster, GPtrArray *tmp)
{
  for (guint i = 0; i < tmp->len; i++)
    g_ptr_array_add(cluster->articles, g_steal_pointer(&tmp->pdata[i]));
  g_ptr_array_set_size(tmp, 0);
}

gboolean
brief_cluster_add_data(BriefCluster *cluster, const char *name, const char *data, gsize len,
                       BriefInputFormat format, GError **error)
{
  g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func(article_free);

  g_return_val_if_fail(cluster != NULL && name != NULL, FALSE);
  g_return_val_if_fail(data != NULL || len == 0, FALSE);

  if (!parse_into(tmp, name, data ? data : "", len, format, error))
    return FALSE;
  commit_articles(cluster, tmp);
  return TRUE;
}

static gboolean
add_file(GPtrArray *tmp, const char *path, BriefInputFormat format, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  data = brief_read_file(path, &len, error);
  if (data == NULL)
    return FALSE;
  return parse_into(tmp, strcmp(path, "-") == 0 ? "standard input" : path, data, len, format,
                    error);
}

static gint
compare_names(gconstpointer a, gconstpointer b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The regular, non-hidden files of `dir` (and, when `dirs` is not NULL,
 * its subdirectories), sorted by name.  BRIEF_ERROR_EMPTY when there is
 * nothing to read. */
static gboolean
list_directory(const char *path, GPtrArray *files, GPtrArray *dirs, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GDir) dir = g_dir_open(path, 0, &local);
  const char *entry;

  if (dir == NULL) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s", local->message);
    return FALSE;
  }
  while ((entry = g_dir_read_name(dir)) != NULL) {
    char *full;
    if (entry[0] == '.')
      continue;
    full = g_build_filename(path, entry, NULL);
    if (g_file_test(full, G_FILE_TEST_IS_REGULAR))
      g_ptr_array_add(files, full);
    else if (dirs != NULL && g_file_test(full, G_FILE_TEST_IS_DIR))
      g_ptr_array_add(dirs, full);
    else
      g_free(full);
  }
  if (files->len == 0 && (dirs == NULL || dirs->len == 0)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "%s: no article files in directory", path);
    return FALSE;
  }
  g_ptr_array_sort(files, compare_names);
  if (dirs != NULL)
    g_ptr_array_sort(dirs, compare_names);
  return TRUE;
}

static void
label_from(GPtrArray *tmp, guint from, const char *label)
{
  for (guint i = from; i < tmp->len; i++) {
    BriefArticle *a = g_ptr_array_index(tmp, i);
    if (a->cluster == NULL)
      a->cluster = g_strdup(label);
  }
}

gboolean
brief_cluster_add_tree(BriefCluster *cluster, const char *path, BriefInputFormat format,
                       GError **error)
{
  g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func(article_free);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func(g_free);

  g_return_val_if_fail(cluster != NULL && path != NULL, FALSE);

  if (strcmp(path, "-") == 0 || !g_file_test(path, G_FILE_TEST_IS_DIR))
    return brief_cluster_add_path(cluster, path, format, error);
  if (!list_directory(path, files, dirs, error))
    return FALSE;
  for (guint i = 0; i < files->len; i++)
    if (!add_file(tmp, g_ptr_array_index(files, i), format, error))
      return FALSE;
  for (guint d = 0; d < dirs->len; d++) {
    const char *sub = g_ptr_array_index(dirs, d);
    /* The folder's path, not its bare name: "day/1" must not meet the JSON
     * label 1 of another feed. */
    g_autofree char *label = g_strdup(sub);
    g_autoptr(BriefCluster) part = brief_cluster_new();
    guint from = tmp->len;
    g_autoptr(GError) local = NULL;
    if (!brief_cluster_add_path(part, sub, format, &local)) {
      /* An empty story folder is skipped; anything else is an error. */
      if (g_error_matches(local, BRIEF_ERROR, BRIEF_ERROR_EMPTY)) {
        g_warning("%s; skipped", local->message);
        continue;
      }
      g_propagate_error(error, g_steal_pointer(&local));
      return FALSE;
    }
    for (guint i = 0; i < part->articles->len; i++)
      g_ptr_array_add(tmp, g_steal_pointer(&part->articles->pdata[i]));
    g_ptr_array_set_size(part->articles, 0);
    label_from(tmp, from, label);
  }
  if (tmp->len == 0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "%s: no article files in directory", path);
    return FALSE;
  }
  commit_articles(cluster, tmp);
  return TRUE;
}

gboolean
brief_cluster_add_path(BriefCluster *cluster, const char *path, BriefInputFormat format,
                       GError **error)
{
  g_autoptr(GPtrArray) tmp = g_ptr_array_new_with_free_func(article_free);

  g_return_val_if_fail(cluster != NULL && path != NULL, FALSE);

  if (strcmp(path, "-") != 0 && g_file_test(path, G_FILE_TEST_IS_DIR)) {
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);

    if (!list_directory(path, names, NULL, error))
      return FALSE;
    for (guint i = 0; i < names->len; i++)
      if (!add_file(tmp, g_ptr_array_index(names, i), format, error))
        return FALSE;
  } else if (strcmp(path, "-") != 0 && !g_file_test(path, G_FILE_TEST_EXISTS)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: no such file or directory", path);
    return FALSE;
  } else if (!add_file(tmp, path, format, error)) {
    return FALSE;
  }
  commit_articles(cluster, tmp);
  return TRUE;
}
