/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/noise.c: captions, unterminated paragraphs, datelines,
 * bylines and quotation fragments. */
#include "noise-private.h"

#include <string.h>

#define LDQ    "\xE2\x80\x9C" /* “ */
#define RDQ    "\xE2\x80\x9D" /* ” */
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

  return g_test_run();
}
