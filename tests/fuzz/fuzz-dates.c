/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: the date parsers of dates.c on their own.
 *
 * The input (up to its first NUL) goes to brief_parse_date(), as a header
 * or JSON date would; the whole input, exactly its size, goes to
 * brief_find_text_date(), as an article body would.  Checks:
 *  - a parsed or found date is a real calendar day in years 1000..9999
 *    (dates.c valid_day);
 *  - it round-trips: "%04d-%02d-%02d" of it parses to the same day, with
 *    the timestamp brief_day_timestamp() gives, and is found in a text
 *    exactly when its year is 1900 to 2199 (the text dates' range);
 *  - brief_parse_date() accepts NULL outputs and says the same;
 *  - a date found in the text is also found in the text followed by more
 *    text, and in the text preceded by a space.
 */
#include "dates-private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#include "fuzz-common.h"

static void
check_day(int y, int m, int d, const char *what)
{
  char iso[32];
  int y2 = 0, m2 = 0, d2 = 0;
  gint64 ts = -1;

  CHECK(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
            g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y),
        "%s: impossible date %d-%d-%d", what, y, m, d);
  g_snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
  CHECK(brief_parse_date(iso, &y2, &m2, &d2, &ts), "%s: %s does not parse", what, iso);
  CHECK(y2 == y && m2 == m && d2 == d, "%s: %s parses as %d-%d-%d", what, iso, y2, m2, d2);
  CHECK(ts == brief_day_timestamp(y, m, d), "%s: %s has timestamp %" G_GINT64_FORMAT, what, iso,
        ts);
  /* In running text only years 1900 to 2199 count as dates (dates.c
   * match_text_date), so that "in 1502" or a number is not taken. */
  y2 = m2 = d2 = 0;
  CHECK(brief_find_text_date(iso, strlen(iso), &y2, &m2, &d2) == (y >= 1900 && y <= 2199),
        "%s: %s is%s found in a text", what, iso, y2 ? "" : " not");
  if (y2 != 0)
    CHECK(y2 == y && m2 == m && d2 == d, "%s: %s is found as %d-%d-%d", what, iso, y2, m2, d2);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  FuzzInput in = {data, size};
  g_autofree char *s = NULL;
  char *text;
  int y = 0, m = 0, d = 0;
  gint64 ts = 0;
  gboolean ok;

  fuzz_setup_logs();
  s = g_strndup((const char *)data, size);
  ok = brief_parse_date(s, &y, &m, &d, &ts);
  CHECK(ok == brief_parse_date(s, NULL, NULL, NULL, NULL), "NULL outputs change the answer");
  if (ok)
    check_day(y, m, d, "brief_parse_date");

  text = fuzz_copy_rest(&in);
  y = m = d = 0;
  if (brief_find_text_date(text, size, &y, &m, &d)) {
    static const char tail[] = " and more.";
    g_autofree char *more = g_malloc(size + sizeof tail);
    g_autofree char *spaced = g_malloc(size + 1);
    int y2 = 0, m2 = 0, d2 = 0;
    memcpy(more, text, size);
    memcpy(more + size, tail, sizeof tail);
    spaced[0] = ' ';
    memcpy(spaced + 1, text, size);
    check_day(y, m, d, "brief_find_text_date");
    CHECK(brief_find_text_date(more, size + strlen(tail), &y2, &m2, &d2) && y2 == y && m2 == m &&
              d2 == d,
          "the date is lost when more text follows");
    CHECK(brief_find_text_date(spaced, size + 1, &y2, &m2, &d2) && y2 == y && m2 == m && d2 == d,
          "the date is lost after a space");
  }
  free(text);
  return 0;
}
