/* SPDX-License-Identifier: BSD-3-Clause */
/* Sentence splitting for news text.
 *
 * Rules, in order:
 *  - A blank line (only white space) ends a paragraph and the sentence in it;
 *    a single newline is just white space.
 *  - A sentence can end after a run of end marks (. ? ! and the ellipsis,
 *    "...", ". . ." or U+2026), followed by any closing quotes and brackets,
 *    followed by white space.  A mark inside a token (3.5, U.S.-led,
 *    example.com) is not an end, nor is an omission in brackets ("[...]"),
 *    nor a mark before a citation that follows a quotation ("..." (Harlow
 *    112).), nor punctuation before the first letter or digit of a sentence.
 *  - It does not end when the next word starts with a lower-case letter
 *    ("Why?" he asked; 10 a.m. on Sunday), nor after a quotation followed by
 *    an attribution ("Why now?" Smith asked).
 *  - After a lone period, the word before it decides: a title (Mr., Sen.)
 *    ends a sentence only after the name it closes ("Prime Minister Hun
 *    Sen. Hun Sen said"); a number word (No.) not before a digit; an
 *    ambiguous abbreviation (U.S., Inc., Dec., an initial) only when the
 *    next word is a usual sentence starter ("The", "He"), except the
 *    pronoun "I" after a lower-case word ("my brother and I. Have"); a.m.
 *    and p.m. before a capital, unless a zone or day follows or the sentence
 *    so far is an opening time phrase ("At 7 a.m. Dr. Lopez opened").  Word
 *    lists are per language, in data/abbreviations/<language>.txt.
 *  - A spaced ellipsis of three periods is an omission inside a sentence;
 *    four are an ellipsis and a full stop (spaced_ellipsis_ends()).
 *  - A sentence that starts with a list item marker ("1.)", "2)", "3.",
 *    "b.", "• 9.") ends before the marker of the next item, end mark or not.
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
  GHashTable *lead;       /* words that open a time phrase ("At 7 a.m. Dr. Lopez") */
  GHashTable *pronouns;   /* one-letter pronouns that are no initial ("my brother and I.") */
};

/* The word set that the list file's KIND fills, or NULL for an abbreviation
 * kind. */
static GHashTable *
word_set(BriefSplitter *s, const char *kind)
{
  if (strcmp(kind, "starter") == 0)
    return s->starters;
  if (strcmp(kind, "speech") == 0)
    return s->speech;
  if (strcmp(kind, "month") == 0)
    return s->ordinal;
  if (strcmp(kind, "aftertime") == 0)
    return s->after_time;
  if (strcmp(kind, "lead") == 0)
    return s->lead;
  if (strcmp(kind, "pronoun") == 0)
    return s->pronouns;
  return NULL;
}

static void
load_list(BriefSplitter *s, const char *data, gsize len)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *copy = g_strndup(data, len);

  lines = g_strsplit(copy, "\n", -1);
  for (char **l = lines; *l != NULL; l++) {
    char *hash = strchr(*l, '#');
    g_auto(GStrv) f = NULL;
    GHashTable *set;
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
    set = word_set(s, f[0]);
    if (set != NULL) {
      char *w = g_utf8_casefold(f[1], -1);
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
  s->lead = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  s->pronouns = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
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
  g_hash_table_unref(splitter->lead);
  g_hash_table_unref(splitter->pronouns);
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

/* The first character after any openers at p. */
static const char *
skip_openers(const char *p, const char *end)
{
  while (p < end && is_opener(g_utf8_get_char(p)))
    p = g_utf8_next_char(p);
  return p;
}

/* The first character after any white space at p. */
static const char *
skip_space(const char *p, const char *end)
{
  while (p < end && is_space(g_utf8_get_char(p)))
    p = g_utf8_next_char(p);
  return p;
}

/* The word before the one that starts at w (after its openers), without
 * leading openers; NULL at the sentence start. */
static const char *
previous_word(const char *sent, const char *w, gsize *len)
{
  const char *p = w, *start;

  while (p > sent) {
    const char *prev = g_utf8_find_prev_char(sent, p);
    gunichar c = prev ? g_utf8_get_char(prev) : 0;
    if (prev == NULL || (!is_opener(c) && !is_space(c)))
      break;
    p = prev;
  }
  word_before(sent, p, &start, len);
  return *len > 0 ? start : NULL;
}

/* Whether nothing but openers comes before the word at w in the sentence.
 * Walks back from w, so only the first word pays for a long opening run. */
static gboolean
is_first_word(const char *sent, const char *w)
{
  const char *p = w;

  while (p > sent) {
    const char *q = g_utf8_find_prev_char(sent, p);
    if (q == NULL || !is_opener(g_utf8_get_char(q)))
      return FALSE;
    p = q;
  }
  return TRUE;
}

/* Whether the word at p is [w, w + len) again ("Hun Sen. Hun Sen"). */
static gboolean
is_same_word(const char *w, gsize len, const char *p, const char *end)
{
  if ((gsize)(end - p) < len || memcmp(w, p, len) != 0)
    return FALSE;
  return p + len == end || !g_unichar_isalnum(g_utf8_get_char(p + len));
}

/* A capitalised title after a capitalised word closes a name rather than
 * opening one ("Prime Minister Hun Sen.", "Super Bowl V."): it ends the
 * sentence when the next word repeats the word before it ("Hun Sen. Hun Sen
 * complained") or is a usual sentence starter.  Otherwise a name follows
 * ("Democratic Sen. Brown").  Lower-case ones (vs., e.g.) never end one. */
static gboolean
title_ends(const BriefSplitter *s, const char *sent, const char *w, const char *q, const char *pend)
{
  gsize plen;
  const char *prev = previous_word(sent, w, &plen);

  if (!g_unichar_isupper(g_utf8_get_char(w)))
    return FALSE;
  /* The first word of a sentence is capitalised anyway: "Selon M. Le Pen". */
  if (prev == NULL || is_first_word(sent, prev) || !g_unichar_isupper(g_utf8_get_char(prev)))
    return FALSE;
  if (is_same_word(prev, plen, q, pend))
    return TRUE;
  /* "Republican Sen. A. Smith": an initial, not the word "A", follows. */
  if (q + 1 < pend && g_unichar_isupper(g_utf8_get_char(q)) && q[1] == '.')
    return FALSE;
  return next_is_starter(s, q, pend);
}

/* "my brother and I. Have you": a one-letter pronoun after a lower-case
 * word is a word, not an initial ("Carol I. Weber"), so a capital after it
 * starts a sentence.  Not after "by" nor before another initial: "by I. M.
 * Pei". */
static gboolean
is_pronoun(const BriefSplitter *s, const char *sent, const char *w, gsize wlen, const char *q,
           const char *pend)
{
  gsize plen;
  const char *prev;

  if (!next_word_in(s->pronouns, w, w + wlen))
    return FALSE;
  prev = previous_word(sent, w, &plen);
  if (prev == NULL || !g_unichar_islower(g_utf8_get_char(prev)))
    return FALSE;
  if (plen == 2 && memcmp(prev, "by", 2) == 0)
    return FALSE;
  return !(q + 1 < pend && g_unichar_isupper(g_utf8_get_char(q)) && q[1] == '.');
}

/* Whether the sentence so far, up to the time word at w, is an opening time
 * phrase: a `lead` word ("At", "By", "Shortly") and at most five words. */
static gboolean
is_time_phrase(const BriefSplitter *s, const char *sent, const char *w)
{
  /* Openers are skipped for at most 256 bytes: a sentence of ten thousand
   * times "a.m." after a long run of brackets must not scan it each time. */
  const char *p = skip_openers(sent, MIN(w, sent + 256));
  gboolean in_word = FALSE;
  guint words = 0;

  if (!next_word_in(s->lead, p, w))
    return FALSE;
  if (w - p > 80)
    return FALSE; /* such a phrase is short; and this bounds the work */
  for (; p < w; p++) {
    gboolean space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
    if (!space && !in_word && ++words > 5)
      return FALSE;
    in_word = !space;
  }
  return TRUE;
}

/* a.m. and p.m.: "at 10 a.m. Witnesses said" ends a sentence; "10 a.m.
 * EST" and "a.m. Sunday" go on, and so does an opening time phrase before
 * a name ("At 7 a.m. Dr. Lopez opened"), while "She closed it at 9 P.M. Dr.
 * Lopez then drove" ends. */
static gboolean
time_ends(const BriefSplitter *s, const char *sent, const char *w, const char *q, const char *pend)
{
  if (next_word_in(s->after_time, q, pend))
    return FALSE;
  return next_is_starter(s, q, pend) || !is_time_phrase(s, sent, w);
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

/* After a lone period that follows the word [w, w + wlen): whether the
 * sentence ends before the word at q (after its openers). */
static gboolean
abbreviation_ends(const BriefSplitter *s, const char *sent, const char *w, gsize wlen,
                  const char *q, const char *pend)
{
  switch (classify_word(s, w, wlen)) {
  case ABBR_TITLE: return title_ends(s, sent, w, q, pend);
  case ABBR_NUMBER: return !g_unichar_isdigit(g_utf8_get_char(q));
  case ABBR_AMBIGUOUS: return is_pronoun(s, sent, w, wlen, q, pend) || next_is_starter(s, q, pend);
  case ABBR_TIME: return time_ends(s, sent, w, q, pend);
  case ABBR_NONE:
  default: return TRUE;
  }
}

/* Decide whether the end marks [mark, mark_end) followed by closers and
 * white space end the sentence whose next word begins at `next` (first
 * non-space). */
static gboolean
is_boundary(const BriefSplitter *s, const char *sent, const char *mark, const char *mark_end,
            const char *next, const char *pend)
{
  const char *w;
  gsize wlen;
  const char *q = skip_openers(next, pend);
  gboolean lone_period = (mark_end - mark == 1 && *mark == '.');

  if (q >= pend)
    return TRUE;
  if (g_unichar_islower(g_utf8_get_char(q)))
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
  return abbreviation_ends(s, sent, w, wlen, q, pend);
}

/* ---- ellipses, omissions and citations ------------------------------------------ */

/* A possible sentence end: end marks, closing quotes and brackets, white
 * space. */
typedef struct {
  const char *mark;     /* the first end mark */
  const char *mark_end; /* after the end marks; a spaced ellipsis is one run */
  const char *end;      /* after the closers: the sentence would end here */
  const char *next;     /* the first character after the white space */
  guint dots;           /* the periods of a spaced ellipsis ". . .", else 0 */
} Candidate;

/* The periods of a spaced ellipsis that starts with the period at p: each
 * followed by one white space character and the next (". . . ."), the last
 * by white space, a closer or the end.  *end is set after the last. */
static guint
spaced_dots(const char *p, const char *pe, const char **end)
{
  guint n = 1;

  *end = p + 1;
  for (;;) {
    const char *dot;
    if (*end >= pe || !is_space(g_utf8_get_char(*end)))
      break;
    dot = g_utf8_next_char(*end);
    if (dot >= pe || *dot != '.')
      break;
    if (dot + 1 < pe && !is_space(g_utf8_get_char(dot + 1)) && !is_closer(g_utf8_get_char(dot + 1)))
      break; /* ". .5", " .com" */
    n++;
    *end = dot + 1;
  }
  return n;
}

/* Reads the end marks at p into c.  FALSE when they are inside a token (3.5,
 * U.S.-led, example.com); the scan goes on at c->end then. */
static gboolean
read_candidate(const char *p, const char *pe, Candidate *c)
{
  c->mark = p;
  c->dots = 0;
  while (p < pe && is_end_mark(g_utf8_get_char(p)))
    p = g_utf8_next_char(p);
  if (p - c->mark == 1 && *c->mark == '.') {
    const char *e;
    guint n = spaced_dots(c->mark, pe, &e);
    if (n > 1) {
      c->dots = n;
      p = e;
    }
  }
  c->mark_end = p;
  while (p < pe && is_closer(g_utf8_get_char(p)))
    p = g_utf8_next_char(p);
  c->end = p;
  if (p < pe && !is_space(g_utf8_get_char(p))) {
    c->next = p;
    return FALSE;
  }
  c->next = skip_space(p, pe);
  return TRUE;
}

/* "[...]" or "(…)": an omission marked inside a quotation, never an end. */
static gboolean
is_bracketed_omission(const char *sent, const Candidate *c)
{
  char open, close;

  if (c->mark == sent || c->end == c->mark_end)
    return FALSE;
  open = c->mark[-1];
  close = *c->mark_end;
  if (!((open == '[' && close == ']') || (open == '(' && close == ')')))
    return FALSE;
  for (const char *p = c->mark; p < c->mark_end; p++)
    if (*p == '?' || *p == '!')
      return FALSE;
  return TRUE;
}

/* A quotation followed by its source in parentheses and then punctuation:
 * '"... the mill [...]" (Harlow 112).'  The sentence goes on to that
 * punctuation.  "(The count came Friday.) Both sides" is no citation. */
static gboolean
is_citation(const Candidate *c, const char *pe)
{
  gboolean quoted = FALSE;
  const char *p;

  for (p = c->mark_end; p < c->end; p = g_utf8_next_char(p)) {
    gunichar ch = g_utf8_get_char(p);
    if (ch != ')' && ch != ']' && ch != '}')
      quoted = TRUE;
  }
  if (!quoted || c->next >= pe || *c->next != '(')
    return FALSE;
  for (p = c->next + 1; p < pe && p - c->next < 120; p++) {
    if (*p == '(' || *p == '\n' || *p == '"')
      return FALSE;
    if (*p == ')') {
      char after = p + 1 < pe ? p[1] : ' ';
      return after == '.' || after == ',' || after == ';' || after == ':';
    }
  }
  return FALSE;
}

/* A spaced ellipsis (c->dots periods).  Three mark an omission inside a
 * sentence ("we kept hoping . . . I suppose"), so they end one only
 * before a usual sentence starter, the pronoun "I" excepted.  Four are an
 * ellipsis and a full stop: "in the project . . . . Engineers" ends after the
 * four; in "the plan. . . . Critics" the full stop is the period written
 * against the word, and the ellipsis opens the next sentence (c is moved).
 * Before closing quotes or brackets the dots end a sentence like any mark. */
static gboolean
spaced_ellipsis_ends(const BriefSplitter *s, const char *sent, Candidate *c, const char *pe)
{
  const char *q = skip_openers(c->next, pe);
  gboolean attached =
      c->mark > sent && !is_space(g_utf8_get_char(g_utf8_find_prev_char(sent, c->mark)));

  if (c->end > c->mark_end || (c->dots >= 4 && !attached))
    return is_boundary(s, sent, c->mark, c->mark_end, c->next, pe);
  if (c->dots >= 4) {
    if (!is_boundary(s, sent, c->mark, c->mark + 1, c->next, pe))
      return FALSE;
    c->end = c->mark + 1;
    c->next = skip_space(c->end, pe);
    return TRUE;
  }
  return q < pe && g_unichar_isupper(g_utf8_get_char(q)) && next_is_starter(s, q, pe) &&
         !next_word_in(s->pronouns, q, pe);
}

/* ---- list items ----------------------------------------------------------------- */

/* The sentence being scanned. */
typedef struct {
  const char *start;     /* its first character */
  const char *plain_end; /* [start, plain_end) holds no letter or digit */
  char next_item[16];    /* the marker of its list's next item ("2.)"), if any */
  gsize next_item_len;   /* 0 when the sentence is no list item */
  gboolean item_on_line; /* the next item must start a line (see item_marker()) */
} Sentence;

static gboolean
is_bullet(gunichar c)
{
  return c == 0x2022 /* • */ || c == 0x2043 /* ⁃ */ || c == 0x2023 /* ‣ */ || c == 0x25E6 /* ◦ */ ||
         c == 0x25AA /* ▪ */ || c == 0x00B7 /* · */ || c == '-' || c == '*';
}

/* After a bullet and its white space at p, if any. */
static const char *
skip_bullet(const char *p, const char *pe)
{
  if (p < pe && is_bullet(g_utf8_get_char(p)))
    p = skip_space(g_utf8_next_char(p), pe);
  return p;
}

/* White space and then more text of the paragraph: an item has a body. */
static gboolean
followed_by_text(const char *p, const char *pe)
{
  return p < pe && is_space(g_utf8_get_char(p)) && skip_space(p, pe) < pe;
}

/* An item marker at p: an optional bullet, one to three digits or one
 * letter, then ".)", "." or ")", then white space and text.  Returns the
 * position after it and writes the next item's marker ("9." -> "10.",
 * "b)" -> "c)") to st, or returns NULL.  "J. Smith" (an initial) and
 * German "3. Oktober" (an ordinal) are no markers.  In a language that
 * writes ordinals with a period (it has `month` words), "2." inside a line
 * is more often one ("in die 2. Bundesliga") than an item: there the next
 * "N." item must start a line. */
static const char *
item_marker(const BriefSplitter *s, const char *p, const char *pe, Sentence *st)
{
  guint n = 0, digits = 0;
  char letter = 0;
  const char *suffix;
  int slen;

  p = skip_bullet(p, pe);
  for (; p < pe && g_ascii_isdigit(*p) && digits < 4; p++, digits++)
    n = n * 10 + (guint)(*p - '0');
  if (digits == 0 && p < pe && g_ascii_isalpha(*p) && g_ascii_tolower(*p) != 'z')
    letter = *p++;
  if ((digits == 0 && letter == 0) || digits > 3)
    return NULL;
  suffix = p;
  if (p < pe && *p == '.')
    p++;
  if (p < pe && *p == ')')
    p++;
  slen = (int)(p - suffix);
  if (slen == 0 || !followed_by_text(p, pe))
    return NULL;
  if (slen == 1 && *suffix == '.') {
    if (g_ascii_isupper(letter))
      return NULL;
    if (digits > 0 && next_word_in(s->ordinal, skip_space(p, pe), pe))
      return NULL;
  }
  if (digits > 0)
    st->next_item_len = (gsize)g_snprintf(st->next_item, 16, "%u%.*s", n + 1, slen, suffix);
  else
    st->next_item_len = (gsize)g_snprintf(st->next_item, 16, "%c%.*s", letter + 1, slen, suffix);
  st->item_on_line = digits > 0 && slen == 1 && g_hash_table_size(s->ordinal) > 0;
  return p;
}

/* Starts the sentence at `start`.  Returns where the scan for end marks
 * begins: after an item marker, whose period ends nothing. */
static const char *
sentence_begin(const BriefSplitter *s, Sentence *st, const char *start, const char *pe)
{
  const char *body = item_marker(s, start, pe, st);

  st->start = start;
  st->plain_end = start;
  if (body != NULL)
    return body;
  st->next_item_len = 0;
  return start;
}

/* In an item, where the next item starts in [from, to): after white space,
 * an optional bullet and the next marker.  NULL if it does not. */
static const char *
find_next_item(const Sentence *st, const char *from, const char *to, const char *pe)
{
  for (const char *q = from; q < to; q++) {
    const char *r;
    if (q == st->start || !g_ascii_isspace(q[-1]) || g_ascii_isspace(*q))
      continue;
    if (st->item_on_line && q[-1] != '\n' && q[-1] != '\r')
      continue;
    r = skip_bullet(q, pe);
    if ((gsize)(pe - r) > st->next_item_len && memcmp(r, st->next_item, st->next_item_len) == 0 &&
        followed_by_text(r + st->next_item_len, pe))
      return q;
  }
  return NULL;
}

/* Whether the sentence has a letter or digit before `mark`.  Remembers
 * how far it found none, so a long run of punctuation costs linear time. */
static gboolean
has_words_before(Sentence *st, const char *mark)
{
  const char *p = st->plain_end;

  while (p < mark) {
    if (g_unichar_isalnum(g_utf8_get_char(p))) {
      st->plain_end = p;
      return TRUE;
    }
    p = g_utf8_next_char(p);
  }
  st->plain_end = p;
  return FALSE;
}

/* Whether the candidate c ends the sentence st (c may be moved, see
 * spaced_ellipsis_ends()). */
static gboolean
ends_sentence(const BriefSplitter *s, Sentence *st, Candidate *c, const char *pe)
{
  if (!has_words_before(st, c->mark))
    return FALSE; /* ". . . The practice": the ellipsis opens the sentence */
  if (is_bracketed_omission(st->start, c) || is_citation(c, pe))
    return FALSE;
  if (c->dots > 1)
    return spaced_ellipsis_ends(s, st->start, c, pe);
  return is_boundary(s, st->start, c->mark, c->mark_end, c->next, pe);
}

/* The first end mark at or after p, or pe. */
static const char *
next_end_mark(const char *p, const char *pe)
{
  while (p < pe) {
    /* Most bytes are ASCII and no end mark: skip them without decoding. */
    if ((guchar)*p < 0x80) {
      if (*p == '.' || *p == '?' || *p == '!')
        return p;
      p++;
    } else {
      if (is_end_mark(g_utf8_get_char(p)))
        return p;
      p = g_utf8_next_char(p);
    }
  }
  return pe;
}

static void
split_paragraph(const BriefSplitter *s, const char *text, const char *ps, const char *pe,
                guint paragraph, GArray *out)
{
  Sentence st;
  const char *p = sentence_begin(s, &st, ps, pe);
  const char *m = NULL; /* the next end mark at or after p */

  while (p < pe) {
    const char *item;
    Candidate c;

    /* After a list item's cut, p stays before m: [p, m) holds no end mark,
     * and scanning it again would make a long list quadratic. */
    if (m == NULL || m < p)
      m = next_end_mark(p, pe);
    item = st.next_item_len ? find_next_item(&st, p, m, pe) : NULL;

    if (item != NULL) { /* "1.) The first item 2.) The second item" */
      emit(out, text, st.start, item, paragraph);
      p = sentence_begin(s, &st, item, pe);
      continue;
    }
    if (m >= pe)
      break;
    if (!read_candidate(m, pe, &c)) {
      p = c.end;
      continue;
    }
    if (c.next >= pe)
      break; /* the paragraph end closes it */
    if (ends_sentence(s, &st, &c, pe)) {
      emit(out, text, st.start, c.end, paragraph);
      p = sentence_begin(s, &st, c.next, pe);
    } else {
      p = c.next;
    }
  }
  emit(out, text, st.start, pe, paragraph);
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

const char *
brief_paragraph_next(const char *ps, const char *end, const char **pe)
{
  const char *p = ps;

  while ((p = memchr(p, '\n', (gsize)(end - p))) != NULL) {
    const char *after = blank_line_end(p, end);
    if (after != NULL) {
      *pe = p;
      return after;
    }
    p++;
  }
  *pe = end;
  return end;
}

GArray *
brief_splitter_split(const BriefSplitter *splitter, const char *text, gssize len)
{
  GArray *out = g_array_new(FALSE, FALSE, sizeof(BriefSpan));
  const char *end, *ps;
  guint paragraph = 0;

  g_return_val_if_fail(splitter != NULL, out);
  g_return_val_if_fail(text != NULL || len == 0, out);

  if (len < 0)
    len = (gssize)strlen(text);
  if (len == 0)
    return out; /* (text may be NULL then) */
  end = text + len;
  for (ps = text; ps < end;) {
    const char *pe, *next = brief_paragraph_next(ps, end, &pe);
    guint before = out->len;
    split_paragraph(splitter, text, ps, pe, paragraph, out);
    if (out->len > before)
      paragraph++;
    ps = next;
  }
  return out;
}

void
brief_splitter_split_paragraph(const BriefSplitter *splitter, const char *text, const char *ps,
                               const char *pe, guint paragraph, GArray *out)
{
  split_paragraph(splitter, text, ps, pe, paragraph, out);
}
