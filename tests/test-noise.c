/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/noise.c: captions, unterminated paragraphs, datelines,
 * bylines, quotation fragments and quotations over several sentences. */
#include "noise-private.h"

#include <string.h>

#define LDQ    "\xE2\x80\x9C" /* “ */
#define RDQ    "\xE2\x80\x9D" /* ” */
#define LSQ    "\xE2\x80\x98" /* ‘ */
#define RSQ    "\xE2\x80\x99" /* ’ */
#define EMDASH "\xE2\x80\x94"
#define ENDASH "\xE2\x80\x93"

typedef struct {
  const char *text;
  gboolean expect;
} BoolCase;

typedef gboolean (*Predicate)(const char *s, gsize len);

static void
check_bool_cases(Predicate f, const BoolCase *cases, gsize n)
{
  for (gsize i = 0; i < n; i++) {
    g_test_message("'%s' -> %s", cases[i].text, cases[i].expect ? "yes" : "no");
    if (cases[i].expect)
      g_assert_true(f(cases[i].text, strlen(cases[i].text)));
    else
      g_assert_false(f(cases[i].text, strlen(cases[i].text)));
  }
}

/* ---- captions ------------------------------------------------------------------ */

static void
test_caption(void)
{
  static const BoolCase cases[] = {
      {"Pictured: John Kerry and Sergei Lavrov in Moscow on Tuesday.", TRUE},
      {"Photo: REUTERS/Maxim Zmeyev", TRUE},
      {"(AP Photo/John Doe)", TRUE},
      {"Kerry meets Lavrov in Moscow. (AP Photo/Ivan Sekretarev)", TRUE},
      {"Kerry and Lavrov spoke to reporters. REUTERS/Maxim Shemetov", TRUE},
      {"The two men shook hands. Getty Images", TRUE},
      {"Kerry arrives in Moscow. Photo by Jane Roe", TRUE},
      {"Kerry arrives in Moscow. Photograph: Pavel Golovkin/AP", TRUE},
      {"FILE PHOTO: Kerry in Moscow.", TRUE},
      {"Kerry in Moscow. Credit: Jane Roe", TRUE},
      {"Lavrov (left) and Kerry. AFP/Getty", TRUE},
      /* Prose, not captions. */
      {"He held up a photo: it showed the crowd outside the Kremlin.", FALSE},
      {"The photo was taken on Tuesday.", FALSE},
      {"The talks ended on Tuesday without a deal.", FALSE},
      {"Kerry pictured a deal: a ceasefire by January.", FALSE},
      {"", FALSE},
      /* A marker inside a word is not a marker. */
      {"The SuperPhoto: app is new.", FALSE},
  };

  check_bool_cases(brief_noise_is_caption, cases, G_N_ELEMENTS(cases));
}

static void
test_caption_len(void)
{
  /* Only `len` bytes are the paragraph. */
  static const char text[] = "The talks ended. Photo: REUTERS/Maxim Zmeyev";

  g_assert_false(brief_noise_is_caption(text, strlen("The talks ended.")));
  g_assert_false(brief_noise_is_caption(text, strlen("The talks ended. Photo")));
  g_assert_true(brief_noise_is_caption(text, strlen(text)));
}

/* ---- unterminated paragraphs ------------------------------------------------------ */

static void
test_unterminated(void)
{
  static const BoolCase cases[] = {
      /* Headlines and fragments. */
      {"Kerry meets Lavrov in Moscow", TRUE},
      {"Kerry, Lavrov to meet again in January", TRUE},
      {"Talks continue:", TRUE},
      {"Kerry and Lavrov, Moscow, December 15, 2015", TRUE},
      {"", TRUE},
      {"   \n ", TRUE},
      {EMDASH " AP", TRUE},
      {LDQ "We will meet again" RDQ, TRUE},
      /* Prose. */
      {"Kerry met Lavrov in Moscow.", FALSE},
      {"Is this the end?", FALSE},
      {"We will win!", FALSE},
      {"He said: " LDQ "We will meet again." RDQ, FALSE},
      {"He said: \"We will meet again.\"", FALSE},
      {"He said: " LDQ "Why not?" RDQ " ", FALSE},
      {"(The meeting was long.)", FALSE},
      {"Done.  \n", FALSE},
      {"And then\xE2\x80\xA6", FALSE},
      {"He said " RSQ "yes." RSQ, FALSE},
      {"Really?!", FALSE},
  };

  check_bool_cases(brief_noise_is_unterminated, cases, G_N_ELEMENTS(cases));
}

/* ---- datelines ----------------------------------------------------------------------- */

typedef struct {
  const char *text;
  const char *rest; /* where the story starts, NULL: no dateline */
} DatelineCase;

static void
test_dateline(void)
{
  static const DatelineCase cases[] = {
      {"WASHINGTON (AP) _ Hurricane Sandy hit the coast.", "Hurricane Sandy hit the coast."},
      {"MOSCOW, Dec. 15 (Reuters) - The talks began.", "The talks began."},
      {"( " EMDASH " December 15, 2015) " EMDASH " " LDQ "The US and Russia agree.",
       LDQ "The US and Russia agree."},
      {"LONDON " EMDASH " Britain said on Tuesday it would act.",
       "Britain said on Tuesday it would act."},
      {"UNITED NATIONS (AP) -- The Security Council voted.", "The Security Council voted."},
      {"BEIRUT " ENDASH " Syrian forces advanced.", "Syrian forces advanced."},
      {"PARIS, Dec 12 (Reuters) - 195 countries agreed.", "195 countries agreed."},
      {"SAN JUAN, Puerto Rico (AP) _ The storm passed.", "The storm passed."},
      {"WASHINGTON\n(AP) _ The Senate voted.", "The Senate voted."},
      /* Not datelines. */
      {"SAN JUAN (AP) Puerto Rico was spared.", NULL},
      {"Puerto Rico, Dec. 15 _ The storm passed.", NULL},
      {"U.S. Secretary of State John Kerry said on Tuesday.", NULL},
      {"NATO " EMDASH " the alliance said it would act.", NULL},
      {"The talks " EMDASH " held in Moscow " EMDASH " ended.", NULL},
      {"I " EMDASH " and many others " EMDASH " agree.", NULL},
      {"WASHINGTON", NULL},
      {"WASHINGTON " EMDASH " ", NULL},
      {"Kerry met Lavrov.", NULL},
      {"", NULL},
  };

  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    const char *t = cases[i].text;
    gsize got = brief_noise_dateline_length(t, strlen(t));
    gsize want = cases[i].rest ? strlen(t) - strlen(cases[i].rest) : 0;

    g_test_message("'%s' -> %" G_GSIZE_FORMAT, t, got);
    if (cases[i].rest != NULL)
      g_assert_cmpstr(t + want, ==, cases[i].rest);
    g_assert_cmpuint(got, ==, want);
  }
}

static void
test_dateline_len(void)
{
  /* The separator lies beyond `len`: no dateline within the sentence. */
  static const char text[] = "WASHINGTON (AP) _ Hurricane Sandy hit.";

  g_assert_cmpuint(brief_noise_dateline_length(text, strlen("WASHINGTON (AP)")), ==, 0);
  g_assert_cmpuint(brief_noise_dateline_length(text, strlen(text)), ==,
                   strlen("WASHINGTON (AP) _ "));
}

/* ---- bylines --------------------------------------------------------------------------- */

static void
test_byline(void)
{
  static const BoolCase cases[] = {
      {"By John Smith", TRUE},
      {"By JOHN SMITH, Associated Press Writer", TRUE},
      {"By John Smith and Jane Doe", TRUE},
      {"By Andr\xC3\xA9s \xC3\x81lvarez", TRUE},
      {"Reporting by Maria Tsvetkova; Editing by Tom Heneghan", TRUE},
      {"(Reporting by Maria Tsvetkova)", TRUE},
      {"Additional reporting by Jane Doe in Paris.", TRUE},
      {"Editing by Tom Heneghan", TRUE},
      {"Copyright 2015 The Associated Press. All rights reserved.", TRUE},
      {"This material may not be published. All rights reserved.", TRUE},
      {"\xC2\xA9 2015 Reuters", TRUE},
      {"Follow us on Twitter.", TRUE},
      /* Prose. */
      {"By the end of the year, prices rose.", FALSE},
      {"By Monday, the talks had stalled.", FALSE},
      {"By 2020, Russia will have finished the pipeline.", FALSE},
      {"Byron Smith said the talks failed.", FALSE},
      {"Kerry said the report by John Smith was wrong.", FALSE},
      {"By Train To Moscow We Went On A Cold Grey Day", FALSE}, /* too long for names */
      {"By", FALSE},
      {"", FALSE},
  };

  check_bool_cases(brief_noise_is_byline, cases, G_N_ELEMENTS(cases));
}

static void
test_byline_len(void)
{
  /* Only `len` bytes are the sentence: "By John an" has a lower-case word
   * that is not "and", whatever follows in memory. */
  static const char text[] = "By John and Jane Doe";
  const gsize len = strlen("By John an");

  g_assert_true(brief_noise_is_byline(text, strlen(text)));
  g_assert_false(brief_noise_is_byline(text, len));
  {
    /* Exactly the bytes of the sentence, nothing after them. */
    char *buf = g_memdup2("By John and", 11);
    g_assert_true(brief_noise_is_byline(buf, 11));
    g_free(buf);
  }
}

/* ---- quotation fragments ------------------------------------------------------------------- */

static void
test_quote_fragment(void)
{
  static const BoolCase cases[] = {
      /* Balanced. */
      {LDQ "We will meet again," RDQ " Kerry said.", FALSE},
      {"Kerry called the talks " LDQ "useful" RDQ " and " LDQ "frank." RDQ, FALSE},
      {"``We will meet,'' he said.", FALSE},
      {"\"We will meet,\" he said.", FALSE},
      {"It's Kerry's plan, and the ministers' view.", FALSE},
      {"No quotation at all.", FALSE},
      {"", FALSE},
      /* Other characters of the same first bytes (U+2019, U+2014, U+201E)
       * and letters outside ASCII are no marks. */
      {"It\xE2\x80\x99s the caf\xC3\xA9 \xE2\x80\x94 and \xE2\x80\x9Esie\xE2\x80\x9C.", TRUE},
      {"It\xE2\x80\x99s the caf\xC3\xA9 \xE2\x80\x94 said " LDQ "Zo\xC3\xAB" RDQ ".", FALSE},
      /* Opened, not closed. */
      {LDQ "We will meet again.", TRUE},
      {"Kerry said the talks were " LDQ "useful.", TRUE},
      {"``We will meet again.", TRUE},
      {"\"We will meet again.", TRUE},
      {"\"One,\" he said, \"two.", TRUE},
      /* Closed, not opened. */
      {"We will meet again." RDQ, TRUE},
      {"And then we left,'' he said.", TRUE},
      {"We will meet again,\" Kerry said.", TRUE},
  };

  check_bool_cases(brief_noise_is_quote_fragment, cases, G_N_ELEMENTS(cases));
}

static void
test_quote_fragment_close_then_open(void)
{
  /* The middle sentence of
   *   “We will talk. We can agree,” Kerry said, “if they listen.”
   * closes a quotation it did not open and opens one it does not close:
   * a fragment at both ends, even though the marks pair up in number. */
  static const char curly[] = "We can agree," RDQ " Kerry said, " LDQ "if they listen.";
  static const char tex[] = "We can agree,'' Kerry said, ``if they listen.";

  g_assert_true(brief_noise_is_quote_fragment(curly, strlen(curly)));
  g_assert_true(brief_noise_is_quote_fragment(tex, strlen(tex)));
}

/* ---- quotations over several sentences ------------------------------------------ */

#define MAX_PIECES 8

typedef struct {
  const char *pieces[MAX_PIECES]; /* sentences; "\n\n" before one starts a paragraph, "\n" a line */
  const char *expect;             /* the parts of each sentence, one digit each */
} QuoteCase;

/* The text of the pieces, its spans as the splitter would give them, and
 * brief_noise_quote_parts() of it as digits. */
static char *
quote_parts_of(const char *const *pieces)
{
  g_autoptr(GString) text = g_string_new(NULL);
  g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(BriefSpan));
  g_autofree guint8 *parts = NULL;
  GString *out = g_string_new(NULL);
  guint paragraph = 0;

  for (guint i = 0; i < MAX_PIECES && pieces[i] != NULL; i++) {
    const char *p = pieces[i];
    BriefSpan sp;
    if (g_str_has_prefix(p, "\n\n")) {
      paragraph++;
      p += 2;
      g_string_append(text, "\n\n");
    } else if (p[0] == '\n') {
      p++;
      g_string_append_c(text, '\n');
    } else if (i > 0) {
      g_string_append_c(text, ' ');
    }
    sp.start = text->len;
    g_string_append(text, p);
    sp.end = text->len;
    sp.paragraph = paragraph;
    g_array_append_val(spans, sp);
  }
  parts = g_new(guint8, spans->len + 1);
  brief_noise_quote_parts(text->str, &g_array_index(spans, BriefSpan, 0), spans->len, parts);
  for (guint i = 0; i < spans->len; i++)
    g_string_append_c(out, (char)('0' + parts[i]));
  return g_string_free(out, FALSE);
}

static void
check_quote_cases(const QuoteCase *cases, gsize n)
{
  for (gsize i = 0; i < n; i++) {
    g_autofree char *got = quote_parts_of(cases[i].pieces);
    g_test_message("case %zu: '%s ...' -> %s", i, cases[i].pieces[0], cases[i].expect);
    g_assert_cmpstr(got, ==, cases[i].expect);
  }
}

/* The digits: 1 opens, 2 inside, 4 closes (5 closes one and opens the
 * next), 0 no part of a quotation over several sentences. */
static void
test_quote_parts_styles(void)
{
  static const QuoteCase cases[] = {
      /* Opened, carried on and closed with the attribution, in every style. */
      {{LDQ "The issue is broader than Syria.", "I have returned from Libya.",
        "ISIS operates in Iraq," RDQ " Lavrov said."},
       "124"},
      {{"\"The issue is broader than Syria.", "I have returned from Libya.",
        "ISIS operates in Iraq,\" Lavrov said."},
       "124"},
      {{"``The issue is broader than Syria.", "I have returned from Libya.",
        "ISIS operates in Iraq,'' Lavrov said."},
       "124"},
      {{LSQ "The issue is broader than Syria.", "I have returned from Libya.",
        "ISIS operates in Iraq," RSQ " Lavrov said."},
       "124"},
      /* The attribution first: Lavrov said: "... */
      {{"Lavrov said: " LDQ "The issue is broader.", "ISIS operates in Iraq." RDQ, "Kerry left."},
       "140"},
      /* Two sentences: none inside. */
      {{"``We have no tent.", "How can I leave my place?''", "She wept."}, "140"},
      /* A quotation of another style nested in one: 6 is inside the outer
       * one and closes the nested one. */
      {{LDQ "He called it " LSQ "a farce.", "And left," RSQ " she said.", "Then what?" RDQ}, "164"},
      /* One quotation closed and the next opened by one sentence. */
      {{LDQ "We will talk.", "We can agree," RDQ " Kerry said, " LDQ "if they listen.",
        "They must.", "Now." RDQ},
       "1524"},
  };

  check_quote_cases(cases, G_N_ELEMENTS(cases));
}

static void
test_quote_parts_one_sentence(void)
{
  /* A quotation within one sentence is no part of a longer one. */
  static const QuoteCase cases[] = {
      {{LDQ "We will meet again," RDQ " Kerry said.", "Then he left for the airport."}, "00"},
      {{"Kerry said: " LDQ "We agree." RDQ, "Lavrov said: \"We do.\"", "``Good,'' said Putin.",
        "It was " LSQ "frank," RSQ " they said."},
       "0000"},
      {{"\"One,\" he said, \"two.\"", "Three."}, "00"},
      /* A quotation of another style nested in one lies within it. */
      {{LDQ "He called it " LSQ "a farce." RSQ " I agree," RDQ " she said.", "Next."}, "00"},
      /* ``...'' with `...' inside, both closed by '''. */
      {{"``He said, `Yes.", "I know.''' Simpson said."}, "14"},
  };

  check_quote_cases(cases, G_N_ELEMENTS(cases));
}

static void
test_quote_parts_paragraphs(void)
{
  /* News style: a quotation that goes on in the next paragraph reopens
   * there without having closed. */
  static const QuoteCase cases[] = {
      {{LDQ "We will talk.", "We can agree.", "\n\n" LDQ "If they listen," RDQ " Kerry said."},
       "124"},
      {{"``We will talk.", "\n\n``We can agree.", "They must.", "\n\n``Now,'' he said.",
        "\n\nThen he left."},
       "12240"},
      {{"\"We will talk.", "\n\n\"We can agree,\" he said.", "\n\nHe left."}, "140"},
      /* The same with paragraphs on single lines. */
      {{LDQ "We will talk.", "We can agree.", "\n" LDQ "If they listen," RDQ " Kerry said."},
       "124"},
      /* Hard-wrapped text: a line break inside a quotation. */
      {{LDQ "We will talk.", "\nWe can agree," RDQ " he said.", "Fine."}, "140"},
      /* A paragraph that does not reopen it: the quotation was never
       * closed, and is none. */
      {{LDQ "We will talk.", "We can agree.", "\n\nThen he left.", "It rained."}, "0000"},
      /* Reopened in another style: not the same quotation. */
      {{LDQ "We will talk.", "We can agree.", "\n\n\"Yes,\" he said.", "Fine."}, "0000"},
  };

  check_quote_cases(cases, G_N_ELEMENTS(cases));
}

static void
test_quote_parts_unbalanced(void)
{
  /* Stray marks, apostrophes and inch marks mark nothing and do not
   * swallow what follows. */
  static const QuoteCase cases[] = {
      /* Never closed, to the end of the article. */
      {{LDQ "We will talk.", "We can agree.", "They must."}, "000"},
      {{"The so-called \"reform passed.", "It rained.", "It rained more."}, "000"},
      /* A stray opening mark, then a quotation of its own. */
      {{"The so-called " LDQ "reform passed.", "It rained.", LDQ "We won," RDQ " he said.",
        "Next."},
       "0000"},
      {{"The so-called \"reform passed.", "It rained.", "\"We won,\" he said.", "Next."}, "0000"},
      /* Stray closing marks. */
      {{"It rained." RDQ, "It rained more.", "And more.''", "Still more."}, "0000"},
      /* Apostrophes inside and after words, and elisions. */
      {{"Kerry" RSQ "s plan won" RSQ "t work.", "The Joneses" RSQ " house burned.",
        "In the " LSQ "90s it rained.", "It" RSQ "s " RSQ "em again.",
        "Rock " LSQ "n" RSQ " roll."},
       "00000"},
      {{"It's Kerry's plan.", "The ministers' view won't change.", "O'Brien agreed."}, "000"},
      /* Inch marks are no quotation marks, whether a quotation is open or not. */
      {{"He is 5'10\" tall.", "\"We will win.", "We always do,\" he said."}, "014"},
      {{"The so-called \"reform passed.", "It rained.", "He is 5'10\" tall.", "A 12\" pipe burst."},
       "0000"},
      {{"\"He is 6'2\" and fast.", "He is 12\" taller than me.", "He won,\" the coach said."},
       "124"},
      /* A number at the end of a quotation. */
      {{"\"The score was 3-2\" at the break, he said.", "\"We won 3-2\".", "Fine."}, "000"},
      /* A straight mark between spaces is none, except next to a nested
       * quotation. */
      {{"The so-called \"reform passed.", "It rained.", "Then it stopped \" for good."}, "000"},
      {{"\" 'Take it.", "Now,' \" he said.", "Fine."}, "140"},
      {{"\"He said 'Take Bernstein,' \" she recalled.", "It was late.", "We went,\" he said."},
       "000"},
      {{"", "Empty."}, "00"},
  };

  check_quote_cases(cases, G_N_ELEMENTS(cases));
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);

  g_test_add_func("/noise/caption", test_caption);
  g_test_add_func("/noise/caption-len", test_caption_len);
  g_test_add_func("/noise/unterminated", test_unterminated);
  g_test_add_func("/noise/dateline", test_dateline);
  g_test_add_func("/noise/dateline-len", test_dateline_len);
  g_test_add_func("/noise/byline", test_byline);
  g_test_add_func("/noise/byline-len", test_byline_len);
  g_test_add_func("/noise/quote-fragment", test_quote_fragment);
  g_test_add_func("/noise/quote-fragment-close-open", test_quote_fragment_close_then_open);
  g_test_add_func("/noise/quote-parts/styles", test_quote_parts_styles);
  g_test_add_func("/noise/quote-parts/one-sentence", test_quote_parts_one_sentence);
  g_test_add_func("/noise/quote-parts/paragraphs", test_quote_parts_paragraphs);
  g_test_add_func("/noise/quote-parts/unbalanced", test_quote_parts_unbalanced);

  return g_test_run();
}
