/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: the sentence splitter alone (fast, so it goes deep).
 *
 * Input that is valid UTF-8 is split by the English splitter (abbreviation
 * list, starters, attributions), the German one (ordinals: "am 3. Oktober")
 * and the language-neutral one (Finnish has no list).  Checks, each an
 * abort when broken:
 *  - spans are in text order, inside the text, not empty, and on character
 *    boundaries;
 *  - spans are trimmed: no white space (the splitter's: Unicode spaces,
 *    NBSP, zero width space) at either end;
 *  - round trip: what lies between and around the spans is white space
 *    only, so spans and gaps put together give back the text;
 *  - paragraphs count up from 0 by at most one, and only across a blank
 *    line (two newlines in the gap);
 *  - a trailing blank line changes nothing: text + "\n\n" splits the same.
 */
#include <brief/brief.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#include "fuzz-common.h"

/* The splitter's white space (sentence.c is_space). */
static gboolean
is_space(gunichar c)
{
  return g_unichar_isspace(c) || c == 0x00A0 || c == 0x200B;
}

/* Only white space in [a, b): the splitter's, or what a blank line may hold
 * (sentence.c blank_line_end: its vertical tab is no Unicode space).
 * Counts the newlines in `newlines`. */
static gboolean
only_space(const char *a, const char *b, guint *newlines)
{
  *newlines = 0;
  for (const char *p = a; p < b; p = g_utf8_next_char(p)) {
    if (!is_space(g_utf8_get_char(p)) && *p != '\v')
      return FALSE;
    if (*p == '\n')
      (*newlines)++;
  }
  return TRUE;
}

static void
check_spans(const GArray *spans, const char *text, size_t size, const char *who)
{
  gsize prev_end = 0;
  guint prev_paragraph = 0, newlines = 0;

  for (guint i = 0; i < spans->len; i++) {
    const BriefSpan *sp = &g_array_index(spans, BriefSpan, i);
    const char *a = text + sp->start, *b = text + sp->end;
    const char *last;

    CHECK(sp->start >= prev_end && sp->start < sp->end && sp->end <= size,
          "%s: span %u [%zu,%zu) after %zu in %zu bytes", who, i, (size_t)sp->start,
          (size_t)sp->end, (size_t)prev_end, size);
    CHECK(g_utf8_validate(a, (gssize)(b - a), NULL), "%s: span %u [%zu,%zu) cuts a character", who,
          i, (size_t)sp->start, (size_t)sp->end);
    last = g_utf8_find_prev_char(a, b);
    CHECK(!is_space(g_utf8_get_char(a)) && last != NULL && !is_space(g_utf8_get_char(last)),
          "%s: span %u [%zu,%zu) is not trimmed", who, i, (size_t)sp->start, (size_t)sp->end);
    CHECK(only_space(text + prev_end, a, &newlines),
          "%s: text dropped between %zu and span %u at %zu", who, (size_t)prev_end, i,
          (size_t)sp->start);
    if (i == 0) {
      CHECK(sp->paragraph == 0, "%s: first span in paragraph %u", who, sp->paragraph);
    } else {
      CHECK(sp->paragraph == prev_paragraph ||
                (sp->paragraph == prev_paragraph + 1 && newlines >= 2),
            "%s: span %u in paragraph %u after %u, %u newlines between", who, i, sp->paragraph,
            prev_paragraph, newlines);
    }
    prev_end = sp->end;
    prev_paragraph = sp->paragraph;
  }
  CHECK(only_space(text + prev_end, text + size, &newlines), "%s: text dropped after %zu", who,
        (size_t)prev_end);
}

static const char *const languages[] = {"english", "german", "finnish"};

static const BriefSplitter *
splitter_get(guint which)
{
  static BriefSplitter *splitters[G_N_ELEMENTS(languages)];

  if (splitters[0] == NULL) {
    /* A critical reached from input is a bug, never an input error. */
    g_log_set_always_fatal(G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
    for (guint i = 0; i < G_N_ELEMENTS(languages); i++) {
      GError *error = NULL;
      splitters[i] = brief_splitter_new(languages[i], &error);
      CHECK(splitters[i] != NULL, "splitter: %s", error->message);
    }
  }
  return splitters[which];
}

static void
split_and_check(const BriefSplitter *s, const char *text, size_t size, const char *who)
{
  g_autoptr(GArray) spans = brief_splitter_split(s, text, (gssize)size);
  g_autoptr(GArray) again = NULL;
  char *longer;

  check_spans(spans, text, size, who);

  /* A blank line at the end ends the last paragraph, as the end does. */
  longer = g_malloc(size + 2);
  if (size > 0)
    memcpy(longer, text, size);
  memcpy(longer + size, "\n\n", 2);
  again = brief_splitter_split(s, longer, (gssize)size + 2);
  g_free(longer);
  CHECK(again->len == spans->len, "%s: %u spans, %u with a blank line after", who, spans->len,
        again->len);
  for (guint i = 0; i < spans->len; i++) {
    const BriefSpan *x = &g_array_index(spans, BriefSpan, i);
    const BriefSpan *y = &g_array_index(again, BriefSpan, i);
    CHECK(x->start == y->start && x->end == y->end && x->paragraph == y->paragraph,
          "%s: span %u [%zu,%zu) p%u is [%zu,%zu) p%u with a blank line after", who, i,
          (size_t)x->start, (size_t)x->end, x->paragraph, (size_t)y->start, (size_t)y->end,
          y->paragraph);
  }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char *copy;

  if (size > G_MAXSSIZE - 2 || !g_utf8_validate((const char *)data, (gssize)size, NULL))
    return 0;
  /* Exactly `size` bytes and no NUL after them: AddressSanitizer reports
   * any read past the end, which a NUL-terminated copy would hide.  Not
   * g_malloc(): that gives NULL for 0 bytes, and the empty input must be
   * an empty string, not NULL. */
  copy = malloc(size);
  CHECK(copy != NULL, "out of memory (%zu bytes)", size);
  if (size > 0)
    memcpy(copy, data, size);
  for (guint i = 0; i < G_N_ELEMENTS(languages); i++)
    split_and_check(splitter_get(i), copy, size, languages[i]);
  free(copy);
  return 0;
}
