/* SPDX-License-Identifier: BSD-3-Clause */
/* What is on a news page but is not the story: photo captions and credits,
 * datelines, bylines, headlines and other unterminated fragments. */
#define _GNU_SOURCE /* memmem */
#include "noise-private.h"

#include <string.h>

/* Markers that only captions and credits carry.  Matched at a word start,
 * case-sensitively: "Photo:" opens a credit, "a photo:" is prose. */
static const char *const caption_markers[] = {
    "Pictured:", "Photo:",    "Photos:",  "Photograph:", "Photographs:", "Picture:",
    "Image:",    "Images:",   "Credit:",  "Caption:",    "Photo credit", "(Photo",
    "AP Photo",  "REUTERS/",  "Reuters/", "/Reuters",    "/REUTERS",     "Getty Images",
    "/AFP",      "AFP/",      "EPA/",     "/EPA",        "FILE PHOTO",   "File photo:",
    "Photo by ", "Image by ", "Video:",   NULL,
};

/* Whether a caption marker starts at `p` (inside [para, end)) where a
 * marker may: at a word start, or anywhere for one that opens with '/'. */
static gboolean
caption_marker_at(const char *para, const char *end, const char *p)
{
  gboolean word_start = p == para || !g_ascii_isalnum(p[-1]);

  for (const char *const *m = caption_markers; *m; m++) {
    gsize ml = strlen(*m);
    if ((*m)[0] == *p && (gsize)(end - p) >= ml && memcmp(p, *m, ml) == 0 &&
        (word_start || (*m)[0] == '/'))
      return TRUE;
  }
  return FALSE;
}

gboolean
brief_noise_is_caption(const char *para, gsize len)
{
  /* The markers' first bytes, taken from the list itself (once, for
   * every thread) so that the two cannot disagree. */
  static guint8 lead[256];
  static gsize lead_ready = 0;
  const char *end = para + len;

  /* Every marker holds ':', '/', "hoto", "HOTO" or "Image": most
   * paragraphs hold none of them and are done with at once ("mage" would
   * let every "damage" through). */
  if (memchr(para, ':', len) == NULL && memchr(para, '/', len) == NULL &&
      memmem(para, len, "hoto", 4) == NULL && memmem(para, len, "HOTO", 4) == NULL &&
      memmem(para, len, "Image", 5) == NULL)
    return FALSE;
  if (g_once_init_enter(&lead_ready)) {
    for (const char *const *m = caption_markers; *m; m++)
      lead[(guchar)(*m)[0]] = 1;
    g_once_init_leave(&lead_ready, 1);
  }
  /* One pass: the markers are compared only where one may start. */
  for (const char *p = para; p < end; p++)
    if (lead[(guchar)*p] && caption_marker_at(para, end, p))
      return TRUE;
  return FALSE;
}

static gboolean
is_closer_char(gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 || c == 0x201D || c == 0x00BB;
}

gboolean
brief_noise_is_unterminated(const char *s, gsize len)
{
  const char *p = s + len;

  while (p > s) {
    const char *prev = g_utf8_find_prev_char(s, p);
    gunichar c = g_utf8_get_char(prev);
    if (g_unichar_isspace(c) || is_closer_char(c)) {
      p = prev;
      continue;
    }
    return !(c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x203D);
  }
  return TRUE;
}

/* ---- datelines ------------------------------------------------------------- */

static const char *const month_words[] = {
    "Jan",  "Feb",    "Mar",       "Apr",     "May",      "Jun",      "Jul",   "Aug",   "Sep",
    "Sept", "Oct",    "Nov",       "Dec",     "January",  "February", "March", "April", "June",
    "July", "August", "September", "October", "November", "December", NULL,
};

static gboolean
is_month_word(const char *w, gsize len)
{
  if (len > 0 && w[len - 1] == '.')
    len--;
  for (const char *const *m = month_words; *m; m++)
    if (len > 0 && (*m)[0] == w[0] && strlen(*m) == len && strncmp(w, *m, len) == 0)
      return TRUE;
  return FALSE;
}

/* A dateline word: upper-case letters (2 or more), a day number, a month. */
static gboolean
is_dateline_word(const char *w, gsize len)
{
  gsize letters = 0, digits = 0;

  if (is_month_word(w, len))
    return TRUE;
  for (gsize i = 0; i < len; i++) {
    guchar c = (guchar)w[i];
    if (g_ascii_islower(c))
      return FALSE;
    if (g_ascii_isupper(c) || c >= 0x80)
      letters++;
    else if (g_ascii_isdigit(c))
      digits++;
    else if (!strchr(".,'-/&", c))
      return FALSE;
  }
  return letters >= 2 || (digits > 0 && digits <= 4 && letters == 0);
}

/* "Puerto", "Rico,", "D.C.": the region after a dateline's city. */
static gboolean
is_capitalized_word(const char *w, gsize len)
{
  if (len < 2 || !g_ascii_isupper(w[0]))
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (!g_ascii_isalpha(w[i]) && w[i] != '.' && w[i] != ',')
      return FALSE;
  return TRUE;
}

/* Length of a dash separator at p (" _ ", " — ", " -- ", " - "), or 0. */
static gsize
separator_length(const char *p, const char *end)
{
  static const char *const seps[] = {
      " _ ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " - ", " \xE2\x80\x94", NULL};

  if (p >= end || *p != ' ') /* every separator starts with a space */
    return 0;
  for (const char *const *s = seps; *s; s++) {
    gsize l = strlen(*s);
    if ((gsize)(end - p) >= l && memcmp(p, *s, l) == 0)
      return l;
  }
  return 0;
}

gsize
brief_noise_dateline_length(const char *s, gsize len)
{
  const char *p = s, *end = s + MIN(len, (gsize)120);
  gsize words = 0;
  gboolean place = FALSE; /* after "CITY,": "SAN JUAN, Puerto Rico (AP) _" */

  while (p < end) {
    gsize sep;
    if (*p == '(') {
      const char *close = memchr(p, ')', (gsize)(end - p));
      if (close == NULL)
        return 0;
      p = close + 1;
      words++;
    } else if (*p == ' ' || *p == ',' || *p == '\n') {
      sep = separator_length(p, s + len);
      if (sep > 0 && words > 0) {
        const char *rest = p + sep;
        while (rest < s + len && (*rest == ' ' || *rest == '\n'))
          rest++;
        if (rest >= s + len)
          return 0;
        /* The story must go on with a capital, a digit or a quote. */
        {
          gunichar c = g_utf8_get_char(rest);
          if (g_unichar_islower(c))
            return 0;
        }
        return (gsize)(rest - s);
      }
      p++;
    } else {
      const char *w = p;
      while (p < end && *p != ' ' && *p != '(' && *p != '\n')
        p++;
      if (is_dateline_word(w, (gsize)(p - w))) {
        if (p[-1] == ',')
          place = TRUE;
      } else if (!(place && is_capitalized_word(w, (gsize)(p - w)))) {
        return 0;
      }
      words++;
    }
  }
  return 0;
}

/* ---- bylines and page furniture ------------------------------------------------- */

static const char *const furniture_prefixes[] = {
    "By ",
    "Reporting by",
    "(Reporting by",
    "Additional reporting by",
    "Editing by",
    "Writing by",
    "Compiled by",
    "Written by",
    "Follow us",
    "Follow him",
    "Follow her",
    "Click here",
    "Read more",
    "Subscribe",
    "Sign up",
    "Advertisement",
    "Copyright",
    "All rights reserved",
    "Related:",
    "READ MORE",
    "(c)",
    "\xC2\xA9",
    NULL,
};

gboolean
brief_noise_is_byline(const char *s, gsize len)
{
  for (const char *const *f = furniture_prefixes; *f; f++) {
    gsize fl;
    if (len == 0 || (*f)[0] != s[0]) /* most sentences: at the first byte */
      continue;
    fl = strlen(*f);
    if (len >= fl && strncmp(s, *f, fl) == 0) {
      /* "By the end of the year, ..." is prose: a byline is a short run of
       * capitalised names. */
      if (strcmp(*f, "By ") == 0) {
        const char *p = s + fl, *end = s + len;
        guint words = 0;
        while (p < end) {
          while (p < end && (*p == ' ' || *p == ','))
            p++;
          if (p >= end)
            break;
          {
            const char *w = p;
            while (p < end && *p != ' ')
              p++;
            /* Names, joined by "and". */
            if (!(g_ascii_isupper(*w) || (guchar)*w >= 0x80) &&
                !(p - w == 3 && strncmp(w, "and", 3) == 0))
              return FALSE;
          }
          words++;
        }
        return words > 0 && words <= 8;
      }
      return TRUE;
    }
  }
  if (len < 200 && g_strstr_len(s, (gssize)len, "All rights reserved") != NULL)
    return TRUE;
  return FALSE;
}

/* ---- quotations split across sentences ------------------------------------------ */

/* Bytes that may begin a quotation mark: '"', '`' and '\'' (``TeX''
 * quotes come in pairs) and 0xE2, the lead byte of the curly marks
 * U+2018, U+2019, U+201C and U+201D.  The scans below pass every other
 * byte with one look-up. */
static const guint8 quote_lead[256] = {['"'] = 1, ['`'] = 1, ['\''] = 1, [0xE2] = 1};

static inline gboolean
may_start_quote(guchar c)
{
  return quote_lead[c] != 0;
}

gboolean
brief_noise_is_quote_fragment(const char *s, gsize len)
{
  /* Curly and ``TeX'' quotes say which way they face, so a closing mark
   * with nothing open, or an opening one left open, gives the piece away
   * even when the counts pair up ("agree,” Kerry said, “if they").
   * Straight quotes do not: an odd number of them is all that shows. */
  gint curly = 0, tex = 0, straight = 0;
  gboolean broken = FALSE;
  const guchar *p = (const guchar *)s, *end = p + len;

  /* Byte by byte: the text is UTF-8, where no byte of a character that is
   * not ASCII is an ASCII byte, and the curly marks U+201C and U+201D are
   * E2 80 9C and E2 80 9D. */
  for (; p < end; p++) {
    if (!may_start_quote(*p))
      continue;
    if (*p == '"') {
      straight++;
    } else if (*p == '`' && p + 1 < end && p[1] == '`') {
      tex++;
      p++;
    } else if (*p == '\'' && p + 1 < end && p[1] == '\'') {
      if (tex == 0)
        broken = TRUE;
      else
        tex--;
      p++;
    } else if (*p == 0xE2 && p + 2 < end && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x9D)) {
      if (p[2] == 0x9C)
        curly++;
      else if (curly == 0)
        broken = TRUE;
      else
        curly--;
      p += 2;
    }
  }
  return broken || curly != 0 || tex != 0 || (straight % 2) != 0;
}

/* ---- quotations over several sentences -------------------------------------------- */

/* Each style pairs only with itself, and each is followed on its own: a
 * straight mark does not close a curly quotation, and a stray mark of one
 * style does not hide the quotations of another.  A quotation nested in
 * one of another style ("He called it ‘a farce’.") lies within it. */
enum { STYLE_CURLY, STYLE_TEX, STYLE_STRAIGHT, STYLE_SINGLE, N_STYLES };

typedef struct {
  gboolean opens;
  guint style;
  gsize at, len; /* bytes within the sentence */
} QuoteMark;

static gunichar
char_before(const char *s, gsize at)
{
  return at == 0 ? 0 : g_utf8_get_char(g_utf8_find_prev_char(s, s + at));
}

static gunichar
char_after(const char *s, gsize len, gsize at)
{
  return at >= len ? 0 : g_utf8_get_char(s + at);
}

/* What may stand right before an opening mark: nothing, a space, an
 * opening bracket, a dash or slash, another opening mark. */
static gboolean
opens_after(gunichar c)
{
  return c == 0 || g_unichar_isspace(c) || (c < 0x80 && strchr("([{-/`", (int)c) != NULL) ||
         c == 0x2013 || c == 0x2014 || c == 0x2018 || c == 0x201C;
}

/* A straight mark after a number that measures in inches: 5'10", or
 * 12" followed by a word in lower case (a 12" pipe). */
static gboolean
is_inch_mark(const char *s, gsize len, gsize at)
{
  gsize d = at;

  while (d > 0 && g_ascii_isdigit(s[d - 1]))
    d--;
  if (d == at)
    return FALSE;
  if (d >= 2 && s[d - 1] == '\'' && g_ascii_isdigit(s[d - 2]))
    return TRUE;
  return at + 2 < len && s[at + 1] == ' ' && g_ascii_islower(s[at + 2]);
}

/* A single quotation mark, straight or curly, right before (dir < 0) or
 * right after (dir > 0) the one-byte character at `at`. */
static gboolean
single_quote_beside(const char *s, gsize len, gsize at, int dir)
{
  gunichar c = dir < 0 ? char_before(s, at) : char_after(s, len, at + 1);

  return c == '\'' || c == 0x2018 || c == 0x2019;
}

/* The straight mark at `at` faces by what surrounds it: after a space (or
 * the start) and before a word it opens, after a word it closes.  Between
 * spaces it opens before a nested quotation and closes after one (" 'Take
 * Bernstein,' "), and is none otherwise; so is an inch mark. */
static gboolean
straight_mark(const char *s, gsize len, gsize at, QuoteMark *m)
{
  gunichar before = char_before(s, at), after = char_after(s, len, at + 1);

  if (is_inch_mark(s, len, at))
    return FALSE;
  m->style = STYLE_STRAIGHT;
  if (opens_after(before) && after != 0 && !g_unichar_isspace(after))
    m->opens = TRUE;
  else if (before != 0 && !g_unichar_isspace(before))
    m->opens = FALSE;
  else if (after == ' ' && single_quote_beside(s, len, at + 1, 1))
    m->opens = TRUE;
  else if (before == ' ' && single_quote_beside(s, len, at - 1, -1))
    m->opens = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* ‘ opens where an opening mark may stand and before a letter (not
 * before a digit: ‘90s); ’ closes after a word unless a letter or digit
 * follows (don’t, Kerry’s are apostrophes).  A ’ after a plural (the
 * Joneses’ house) closes only while a single quotation is open. */
static gboolean
single_mark(const char *s, gsize len, gsize at, QuoteMark *m)
{
  gunichar before = char_before(s, at), after = char_after(s, len, at + 3);

  m->style = STYLE_SINGLE;
  if ((guchar)s[at + 2] == 0x98) {
    m->opens = TRUE;
    return opens_after(before) && after != 0 && g_unichar_isalpha(after);
  }
  m->opens = FALSE;
  return before != 0 && !g_unichar_isspace(before) && !g_unichar_isalnum(after);
}

/* The next quotation mark of `s` at or after *pos, *pos then past it. */
static gboolean
next_mark(const char *s, gsize len, gsize *pos, QuoteMark *m)
{
  for (gsize i = *pos; i < len; i++) {
    guchar c = (guchar)s[i];
    gboolean found = FALSE;

    if (!may_start_quote(c))
      continue;
    m->at = i;
    m->len = 1;
    if (c == '"') {
      found = straight_mark(s, len, i, m);
    } else if ((c == '`' || c == '\'') && i + 1 < len && s[i + 1] == (char)c) {
      m->opens = c == '`';
      m->style = STYLE_TEX;
      m->len = 2;
      found = TRUE;
    } else if (c == 0xE2 && i + 2 < len && (guchar)s[i + 1] == 0x80) {
      guchar t = (guchar)s[i + 2];
      m->len = 3;
      if (t == 0x9C || t == 0x9D) {
        m->opens = t == 0x9C;
        m->style = STYLE_CURLY;
        found = TRUE;
      } else if (t == 0x98 || t == 0x99) {
        found = single_mark(s, len, i, m);
      }
    }
    if (found) {
      *pos = i + m->len;
      return TRUE;
    }
    i += m->len - 1;
  }
  return FALSE;
}

/* The quotations open after a sentence, one per style at most. */
typedef struct {
  gboolean open[N_STYLES];
  guint first[N_STYLES]; /* the sentence that opened it */
} QuoteState;

/* Sentence i > 0 may start where a quotation open since an earlier
 * sentence goes on: news style reopens it at the start of the next
 * paragraph (or line) without having closed it.  The bytes of sentence i
 * to skip (the reopening mark, or none).  A new paragraph ends the other
 * open quotations unclosed. */
static gsize
carry_over(QuoteState *q, const char *text, const BriefSpan *spans, guint i)
{
  const BriefSpan *sp = &spans[i], *prev = &spans[i - 1];
  gboolean new_para = sp->paragraph != prev->paragraph;
  gboolean new_line = memchr(text + prev->end, '\n', sp->start - prev->end) != NULL;
  gsize pos = 0, skip = 0;
  guint reopened = N_STYLES;
  QuoteMark m;

  if ((new_para || new_line) && next_mark(text + sp->start, sp->end - sp->start, &pos, &m) &&
      m.at == 0 && m.opens && q->open[m.style]) {
    reopened = m.style;
    skip = pos;
  }
  for (guint st = 0; st < N_STYLES && new_para; st++)
    if (st != reopened)
      q->open[st] = FALSE;
  return skip;
}

static void
apply_mark(QuoteState *q, const QuoteMark *m, guint i, guint8 *parts)
{
  guint st = m->style;

  if (m->opens) {
    /* Where one of its style is open already, the first was a stray:
     * quotations of one style do not nest. */
    q->open[st] = TRUE;
    q->first[st] = i;
  } else if (q->open[st]) {
    if (q->first[st] < i) {
      parts[q->first[st]] |= BRIEF_QUOTE_OPENS;
      for (guint j = q->first[st] + 1; j < i; j++)
        parts[j] |= BRIEF_QUOTE_INSIDE;
      parts[i] |= BRIEF_QUOTE_CLOSES;
    }
    q->open[st] = FALSE;
  }
}

void
brief_noise_quote_parts(const char *text, const BriefSpan *spans, guint n, guint8 *parts)
{
  QuoteState q = {{FALSE}, {0}};

  memset(parts, 0, n);
  for (guint i = 0; i < n; i++) {
    const char *s = text + spans[i].start;
    gsize len = spans[i].end - spans[i].start, pos = 0;
    QuoteMark m;

    if (i > 0)
      pos = carry_over(&q, text, spans, i);
    while (next_mark(s, len, &pos, &m))
      apply_mark(&q, &m, i, parts);
  }
  /* A quotation still open here was never closed, and marks nothing. */
}
