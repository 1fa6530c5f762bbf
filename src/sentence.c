/* SPDX-License-Identifier: BSD-3-Clause */
/* Sentence splitting for news text.
 *
 * Rules, in order:
 *  - A blank line (only white space) ends a paragraph and the sentence in it;
 *    a single newline is just white space.
 *  - A sentence can end after a run of end marks (. ? ! and the ellipsis,
 *    "..." or U+2026), followed by any closing quotes and brackets, followed
 *    by white space.  A mark inside a token (3.5, U.S.-led, example.com) is
 *    not an end.
 *  - It does not end when the next word starts with a lower-case letter
 *    ("Why?" he asked; 10 a.m. on Sunday), nor after a quotation followed by
 *    an attribution ("Why now?" Smith asked).
 *  - After a lone period, the word before it decides: a title (Mr., Sen.)
 *    never ends a sentence; a number word (No.) not before a digit; an
 *    ambiguous abbreviation (U.S., Inc., Dec., an initial) only when the next
 *    word is a usual sentence starter ("The", "He").  Word lists are per
 *    language, in data/abbreviations/<language>.txt.
 */
#include "brief-private.h"

#include <string.h>

typedef enum {
  ABBR_NONE = 0,
  ABBR_TITLE,
  ABBR_NUMBER,
  ABBR_AMBIGUOUS,
  ABBR_TIME, /* a.m., p.m.: ends a sentence before any capital but a zone */
} AbbrKind;

/* Set on entries written with a capital ("Ill", "Sun"): they match only
 * words that start with one, so "fell ill." is no Illinois. */
#define ABBR_CAPITAL 0x100

struct _BriefSplitter {
  GHashTable *abbrevs;    /* case-folded word -> AbbrKind */
  GHashTable *starters;   /* case-folded word -> itself */
  GHashTable *speech;     /* case-folded verb of saying -> itself */
  GHashTable *ordinal;    /* case-folded word that follows an ordinal ("3. Oktober") */
  GHashTable *after_time; /* words that go on after "a.m." (zones, days) */
};

static void
load_list(BriefSplitter *s, const char *data, gsize len)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *copy = g_strndup(data, len);

  lines = g_strsplit(copy, "\n", -1);
  for (char **l = lines; *l != NULL; l++) {
    char *hash = strchr(*l, '#');
    g_auto(GStrv) f = NULL;
    AbbrKind kind;

    if (hash)
      *hash = '\0';
    g_strstrip(*l);
    if (**l == '\0')
      continue;
    f = g_strsplit_set(*l, " \t", 2);
    if (f[0] == NULL || f[1] == NULL)
      continue;
    g_strstrip(f[1]);
    if (strcmp(f[0], "starter") == 0 || strcmp(f[0], "speech") == 0 || strcmp(f[0], "month") == 0 ||
        strcmp(f[0], "aftertime") == 0) {
      char *w = g_utf8_casefold(f[1], -1);
      GHashTable *set = f[0][0] == 'm'   ? s->ordinal
                        : f[0][0] == 'a' ? s->after_time
                        : f[0][1] == 't' ? s->starters
                                         : s->speech;
      g_hash_table_replace(set, w, w);
      continue;
    }
    if (strcmp(f[0], "title") == 0)
      kind = ABBR_TITLE;
    else if (strcmp(f[0], "number") == 0)
      kind = ABBR_NUMBER;
    else if (strcmp(f[0], "abbrev") == 0)
      kind = ABBR_AMBIGUOUS;
    else if (strcmp(f[0], "time") == 0)
      kind = ABBR_TIME;
    else
      continue;
    if (g_unichar_isupper(g_utf8_get_char(f[1])))
      kind |= ABBR_CAPITAL;
    g_hash_table_replace(s->abbrevs, g_utf8_casefold(f[1], -1), GINT_TO_POINTER(kind));
  }
}

BriefSplitter *
brief_splitter_new(const char *language, GError **error)
{
  BriefSplitter *s;
  g_autoptr(GBytes) data = NULL;

  g_return_val_if_fail(language != NULL, NULL);

  if (!brief_language_check(language, error))
    return NULL;
  s = g_new0(BriefSplitter, 1);
  s->abbrevs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  s->starters = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  s->speech = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  s->ordinal = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  s->after_time = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  data = brief_resource_lookup("abbreviations", language);
  if (data != NULL) {
    gsize len = 0;
    const char *p = g_bytes_get_data(data, &len);
    load_list(s, p, len);
  }
  return s;
}

void
brief_splitter_free(BriefSplitter *splitter)
{
  if (splitter == NULL)
    return;
  g_hash_table_unref(splitter->abbrevs);
  g_hash_table_unref(splitter->starters);
  g_hash_table_unref(splitter->speech);
  g_hash_table_unref(splitter->ordinal);
  g_hash_table_unref(splitter->after_time);
  g_free(splitter);
}

/* ---- character classes --------------------------------------------------------- */

static gboolean
is_closer(gunichar c)
{
  switch (c) {
  case '"':
  case '\'':
  case ')':
  case ']':
  case '}':
  case 0x2019: /* ’ */
  case 0x201D: /* ” */
  case 0x00BB: /* » */
  case 0x203A: /* › */
  case 0x300D:
  case 0x300F: /* 」 』 */ return TRUE;
  default: return FALSE;
  }
}

static gboolean
is_opener(gunichar c)
{
  switch (c) {
  case '"':
  case '\'':
  case '(':
  case '[':
  case '{':
  case '`':
  case 0x2018: /* ‘ */
  case 0x201C: /* “ */
  case 0x201E: /* „ */
  case 0x00AB: /* « */
  case 0x2039: /* ‹ */
  case 0x00BF: /* ¿ */
  case 0x00A1: /* ¡ */
  case 0x2013:
  case 0x2014: /* – — */
  case '-':
  case '*': return TRUE;
  default: return FALSE;
  }
}

static gboolean
is_end_mark(gunichar c)
{
  return c == '.' || c == '?' || c == '!' || c == 0x2026 /* … */ || c == 0x203D /* ‽ */ ||
         c == 0x061F /* Arabic ? */ || c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

static gboolean
is_space(gunichar c)
{
  return g_unichar_isspace(c) || c == 0x00A0 || c == 0x200B;
}

/* ---- the word before a period ------------------------------------------------- */

static gboolean
is_inner_period_abbrev(const char *w, gsize len)
{
  /* Letters separated by periods, each run at most 2 letters long:
   * U.S, a.m, e.g, Ph.D, U.S.A */
  gsize run = 0, dots = 0;

  for (gsize i = 0; i < len; i++) {
    if (w[i] == '.') {
      if (run == 0)
        return FALSE;
      dots++;
      run = 0;
    } else if (g_ascii_isalpha(w[i])) {
      if (++run > 2)
        return FALSE;
    } else {
      return FALSE;
    }
  }
  return dots > 0 && run > 0;
}

static AbbrKind
classify_word(const BriefSplitter *s, const char *w, gsize len)
{
  gunichar first;

  if (len == 0)
    return ABBR_NONE;
  {
    g_autofree char *key = g_utf8_casefold(w, (gssize)len);
    gint kind = GPOINTER_TO_INT(g_hash_table_lookup(s->abbrevs, key));
    if (kind != 0 && !((kind & ABBR_CAPITAL) && !g_unichar_isupper(g_utf8_get_char(w))))
      return (AbbrKind)(kind & ~ABBR_CAPITAL);
  }
  if (is_inner_period_abbrev(w, len))
    return ABBR_AMBIGUOUS;
  first = g_utf8_get_char(w);
  if (g_utf8_next_char(w) == w + len && g_unichar_isupper(first))
    return ABBR_AMBIGUOUS; /* an initial */
  return ABBR_NONE;
}

/* The word that ends at `end` (exclusive), without leading openers. */
static void
word_before(const char *start, const char *end, const char **w, gsize *len)
{
  const char *p = end;

  while (p > start) {
    const char *prev = g_utf8_find_prev_char(start, p);
    gunichar c;
    if (prev == NULL)
      break;
    c = g_utf8_get_char(prev);
    if (is_space(c))
      break;
    p = prev;
  }
  while (p < end && is_opener(g_utf8_get_char(p)))
    p = g_utf8_next_char(p);
  *w = p;
  *len = (gsize)(end - p);
}

/* Whether the word at p is in `set`. */
static gboolean
next_word_in(GHashTable *set, const char *p, const char *end)
{
  const char *w = p;
  g_autofree char *key = NULL;

  while (p < end) {
    gunichar c = g_utf8_get_char(p);
    if (!g_unichar_isalnum(c) && c != '\'' && c != 0x2019)
      break;
    p = g_utf8_next_char(p);
  }
  if (p == w)
    return FALSE;
  key = g_utf8_casefold(w, p - w);
  return g_hash_table_contains(set, key);
}

static gboolean
next_is_starter(const BriefSplitter *s, const char *p, const char *end)
{
  return next_word_in(s->starters, p, end);
}

/* One or two digits: an ordinal in languages that write "3." for 3rd. */
static gboolean
is_ordinal_number(const char *w, gsize len)
{
  return (len == 1 || len == 2) && g_ascii_isdigit(w[0]) && g_ascii_isdigit(w[len - 1]);
}

/* After a quotation: up to three capitalised words and a verb of saying
 * ("Smith asked", "Prime Minister Lee said") attribute it and continue the
 * sentence. */
static gboolean
is_attribution(const BriefSplitter *s, const char *p, const char *end)
{
  for (guint n = 0; n < 4 && p < end; n++) {
    const char *w = p;
    g_autofree char *key = NULL;
    while (p < end) {
      gunichar c = g_utf8_get_char(p);
      if (!g_unichar_isalpha(c) && c != '.' && c != '-' && c != '\'')
        break;
      p = g_utf8_next_char(p);
    }
    if (p == w)
      return FALSE;
    {
      /* "asked." ends the sentence: the word is "asked". */
      const char *we = p;
      while (we > w && we[-1] == '.')
        we--;
      key = g_utf8_casefold(w, we - w);
    }
    if (n > 0 && g_hash_table_contains(s->speech, key))
      return TRUE;
    if (!g_unichar_isupper(g_utf8_get_char(w)))
      return FALSE;
    while (p < end && *p == ' ')
      p++;
  }
  return FALSE;
}

/* ---- splitting ------------------------------------------------------------------ */

static void
emit(GArray *out, const char *text, const char *a, const char *b, guint paragraph)
{
  BriefSpan span;

  while (a < b && is_space(g_utf8_get_char(a)))
    a = g_utf8_next_char(a);
  while (b > a) {
    const char *prev = g_utf8_find_prev_char(a, b);
    if (prev == NULL || !is_space(g_utf8_get_char(prev)))
      break;
    b = prev;
  }
  if (a >= b)
    return;
  span.start = (gsize)(a - text);
  span.end = (gsize)(b - text);
  span.paragraph = paragraph;
  g_array_append_val(out, span);
}

/* Decide whether the end marks [mark, mark_end) followed by closers up to
 * `after` and then white space end the sentence whose next word begins at
 * `next` (first non-space). */
static gboolean
is_boundary(const BriefSplitter *s, const char *sent, const char *mark, const char *mark_end,
            const char *next, const char *pend)
{
  const char *w;
  gsize wlen;
  gunichar nc;
  const char *q = next;
  gboolean lone_period = (mark_end - mark == 1 && *mark == '.');

  while (q < pend && is_opener(g_utf8_get_char(q)))
    q = g_utf8_next_char(q);
  if (q >= pend)
    return TRUE;
  nc = g_utf8_get_char(q);
  if (g_unichar_islower(nc))
    return FALSE;
  /* "Why now?" Smith asked. -- but not after a full stop: "a disaster."
   * Johnson said ... starts a new sentence. */
  if (!lone_period && *mark != '.' && mark_end < next && is_closer(g_utf8_get_char(mark_end)) &&
      is_attribution(s, q, pend))
    return FALSE;
  if (!lone_period)
    return TRUE;

  word_before(sent, mark, &w, &wlen);
  if (is_ordinal_number(w, wlen) && next_word_in(s->ordinal, q, pend))
    return FALSE; /* "am 3. Oktober" */
  switch (classify_word(s, w, wlen)) {
  case ABBR_TITLE: return FALSE;
  case ABBR_NUMBER: return !g_unichar_isdigit(nc);
  case ABBR_AMBIGUOUS: return next_is_starter(s, q, pend);
  case ABBR_TIME:
    /* "at 10 a.m. Witnesses said" ends; "10 a.m. EST" and "a.m. Sunday" go on. */
    return !next_word_in(s->after_time, q, pend);
  case ABBR_NONE:
  default: return TRUE;
  }
}

static void
split_paragraph(const BriefSplitter *s, const char *text, const char *ps, const char *pe,
                guint paragraph, GArray *out)
{
  const char *sent = ps;
  const char *p = ps;

  while (p < pe) {
    gunichar c;
    const char *mark, *mark_end, *after, *next;

    /* Most bytes are ASCII and no end mark: skip them without decoding. */
    if ((guchar)*p < 0x80 && *p != '.' && *p != '?' && *p != '!') {
      p++;
      continue;
    }
    c = g_utf8_get_char(p);
    if (!is_end_mark(c)) {
      p = g_utf8_next_char(p);
      continue;
    }
    mark = p;
    while (p < pe && is_end_mark(g_utf8_get_char(p)))
      p = g_utf8_next_char(p);
    mark_end = p;
    while (p < pe && is_closer(g_utf8_get_char(p)))
      p = g_utf8_next_char(p);
    after = p;
    if (after < pe && !is_space(g_utf8_get_char(after)))
      continue; /* inside a token: 3.5, U.S.-led, example.com */
    next = after;
    while (next < pe && is_space(g_utf8_get_char(next)))
      next = g_utf8_next_char(next);
    if (next >= pe)
      break; /* the paragraph end closes it */
    if (is_boundary(s, sent, mark, mark_end, next, pe)) {
      emit(out, text, sent, after, paragraph);
      sent = next;
    }
    p = next;
  }
  emit(out, text, sent, pe, paragraph);
}

/* A blank line: the newline at `p` is followed by only spaces up to another
 * newline.  Returns the position after the blank run, or NULL. */
static const char *
blank_line_end(const char *p, const char *end)
{
  const char *q = p + 1;
  const char *last_nl = NULL;

  while (q < end) {
    if (*q == '\n')
      last_nl = q;
    else if (*q != ' ' && *q != '\t' && *q != '\r' && *q != '\f' && *q != '\v')
      break;
    q++;
  }
  if (last_nl == NULL && q < end)
    return NULL;
  return q;
}

GArray *
brief_splitter_split(const BriefSplitter *splitter, const char *text, gssize len)
{
  GArray *out = g_array_new(FALSE, FALSE, sizeof(BriefSpan));
  const char *end, *ps, *p;
  guint paragraph = 0;

  g_return_val_if_fail(splitter != NULL, out);
  g_return_val_if_fail(text != NULL || len == 0, out);

  if (len < 0)
    len = (gssize)strlen(text);
  if (len == 0)
    return out; /* (text may be NULL then) */
  end = text + len;
  ps = p = text;
  while (p < end) {
    const char *after;
    if (*p != '\n') {
      p++;
      continue;
    }
    after = blank_line_end(p, end);
    if (after == NULL) {
      p++;
      continue;
    }
    {
      guint before = out->len;
      split_paragraph(splitter, text, ps, p, paragraph, out);
      if (out->len > before)
        paragraph++;
    }
    ps = p = after;
  }
  split_paragraph(splitter, text, ps, end, paragraph, out);
  return out;
}
