/* SPDX-License-Identifier: BSD-3-Clause */
/* Unit tests for src/dates.c: ISO 8601 and RFC 2822 dates, dates written
 * in text, day timestamps. */
#include "dates-private.h"

#include <string.h>

/* ---- brief_parse_date ------------------------------------------------------------- */

typedef struct {
  const char *s;
  int year, month, day;
  gint64 seconds; /* after midnight UTC of the day */
} DateCase;

static void
test_parse_date_valid(void)
{
  static const DateCase cases[] = {
      {"2015-12-15", 2015, 12, 15, 0},
      {"  2015-12-15", 2015, 12, 15, 0},
      {"2015-12-15T10:00", 2015, 12, 15, 36000},
      {"2015-12-15T10:00:00Z", 2015, 12, 15, 36000},
      {"2015-12-15t10:00:00z", 2015, 12, 15, 36000},
      {"2015-12-15 10:00:30", 2015, 12, 15, 36030},
      {"2015-12-15T10:00:00.123Z", 2015, 12, 15, 36000},
      {"2015-12-15T10:00:00+01:00", 2015, 12, 15, 32400},
      {"2015-12-15T10:00:00-05:30", 2015, 12, 15, 36000 + 19800},
      {"2015-12-15T10:00:00+0100", 2015, 12, 15, 32400},
      {"2015-12-15T10:00:00+05", 2015, 12, 15, 36000 - 18000},
      {"2015-12-15T02:00:00+05:00", 2015, 12, 15, 7200 - 18000}, /* the day before in UTC */
      {"2016-02-29", 2016, 2, 29, 0},
      {"2000-02-29", 2000, 2, 29, 0},
      {"Tue, 15 Dec 2015 10:00:00 +0000", 2015, 12, 15, 36000},
      {"Tue, 15 Dec 2015 10:00:00 -0500", 2015, 12, 15, 36000 + 18000},
      {"Tue, 15 Dec 2015 10:00:00 +0130", 2015, 12, 15, 36000 - 5400},
      {"Tue, 15 Dec 2015 10:00:00 GMT", 2015, 12, 15, 36000},
      {"Tue, 15 Dec 2015 10:00 UT", 2015, 12, 15, 36000},
      {"Tue, 15 Dec 2015 10:00:00 EST", 2015, 12, 15, 36000}, /* obsolete zone: as UTC */
      {"15 Dec 2015", 2015, 12, 15, 0},
      {"Tue, 5 dec 2015", 2015, 12, 5, 0},
      {"Sat, 01 Jan 2000 00:00:00 +0000", 2000, 1, 1, 0},
      /* As feeds write them: names in full, two-digit years (00-49 are
       * 20xx, 50-99 19xx), the month first. */
      {"Tue, 15 December 2015", 2015, 12, 15, 0},
      {"Friday, 27 November 2026 09:00:00 GMT", 2026, 11, 27, 32400},
      {"27 Sept. 2026", 2026, 9, 27, 0},
      {"Tue, 15 Dec 15", 2015, 12, 15, 0},
      {"Mon, 27 Nov 99 10:00:00 +0000", 1999, 11, 27, 36000},
      {"Sat, 01 Jan 00", 2000, 1, 1, 0},
      {"Wed, 01 Jan 49", 2049, 1, 1, 0},
      {"Thu, 01 Jan 50", 1950, 1, 1, 0},
      {"December 15, 2015", 2015, 12, 15, 0},
      {"Nov 27, 2026", 2026, 11, 27, 0},
      {"Friday, November 27, 2026 10:00 GMT", 2026, 11, 27, 36000},
      {"Dec 15 2015", 2015, 12, 15, 0},
  };

  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    const DateCase *c = &cases[i];
    int y = -1, m = -1, d = -1;
    gint64 ts = -1;

    g_test_message("date: %s", c->s);
    g_assert_true(brief_parse_date(c->s, &y, &m, &d, &ts));
    g_assert_cmpint(y, ==, c->year);
    g_assert_cmpint(m, ==, c->month);
    g_assert_cmpint(d, ==, c->day);
    g_assert_cmpint(ts, ==, brief_day_timestamp(c->year, c->month, c->day) + c->seconds);
  }
  /* NULL out-parameters are allowed. */
  g_assert_true(brief_parse_date("2015-12-15", NULL, NULL, NULL, NULL));
}

static void
test_parse_date_invalid(void)
{
  static const char *const cases[] = {
      "",
      "garbage",
      "2015-02-30",
      "2015-02-29",
      "2015-13-01",
      "2015-00-10",
      "2015-12-00",
      "2015-12-32",
      "2015-1-5",
      "2015/12/15",
      "15-12-2015",
      "2015-12-15 junk",
      "2015-12-15T25:00",
      "2015-12-15T10:60",
      "2015-12-15T10:00:00+1",
      "2015-12-15T10:00:00+123",
      "2015-12-15T10:00:00+2500",
      "2015-12-15T10:00:00+01:60",
      "Tue, 15 Dec 2015 10:00:00 +0160",
      "2015-12-15T10",
      "Tue 15 Dec 2015",
      "Tue, 15 Decem 2015",
      "Tue, 15 Foo 2015",
      "Tue, 31 Feb 2015",
      "Tue, 15 Dec 015",
      "Tue, 15 Dec 20155",
      "15 Dec, 2015",
      "Dec, 15 2015",
      "Tue, 15 Dec 2015 10:00:00 +0000 trailing",
      "0999-01-01",
      NULL,
  };

  for (const char *const *s = cases; *s; s++) {
    int y = 7, m = 7, d = 7;
    gint64 ts = 7;

    g_test_message("date: '%s'", *s);
    g_assert_false(brief_parse_date(*s, &y, &m, &d, &ts));
    /* Outputs are left alone on failure. */
    g_assert_cmpint(y, ==, 7);
    g_assert_cmpint(m, ==, 7);
    g_assert_cmpint(d, ==, 7);
    g_assert_cmpint(ts, ==, 7);
  }
}

static void
test_day_timestamp(void)
{
  g_assert_cmpint(brief_day_timestamp(1970, 1, 1), ==, 0);
  g_assert_cmpint(brief_day_timestamp(2015, 12, 15), ==, 1450137600);
  g_assert_cmpint(brief_day_timestamp(2000, 3, 1) - brief_day_timestamp(2000, 2, 28), ==,
                  2 * 86400);
}

/* ---- brief_find_text_date ---------------------------------------------------------- */

static void
test_find_text_date(void)
{
  static const DateCase cases[] = {
      {"( \xE2\x80\x94 December 15, 2015) \xE2\x80\x94 \xE2\x80\x9CThe US", 2015, 12, 15, 0},
      {"MOSCOW, Dec. 15, 2015 (Reuters) - The talks", 2015, 12, 15, 0},
      {"Dec 15 2015", 2015, 12, 15, 0},
      {"Published 15 December 2015 at noon", 2015, 12, 15, 0},
      {"on 3 Sept. 2015, then", 2015, 9, 3, 0},
      {"on Sept. 3, 2015, then", 2015, 9, 3, 0},
      {"on Sep 3, 2015, then", 2015, 9, 3, 0},
      {"on December 15th, 2015.", 2015, 12, 15, 0},
      {"on March 1st, 2016.", 2016, 3, 1, 0},
      {"on DECEMBER 15, 2015.", 2015, 12, 15, 0},
      {"May 5 people died. On June 2, 2014 it rained.", 2014, 6, 2, 0},
      {"In 2015 on Feb. 30, 2015 and Feb. 28, 2015.", 2015, 2, 28, 0},
      {"Feb 29, 2016", 2016, 2, 29, 0},
  };

  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    int y = 0, m = 0, d = 0;

    g_test_message("text: %s", cases[i].s);
    g_assert_true(brief_find_text_date(cases[i].s, strlen(cases[i].s), &y, &m, &d));
    g_assert_cmpint(y, ==, cases[i].year);
    g_assert_cmpint(m, ==, cases[i].month);
    g_assert_cmpint(d, ==, cases[i].day);
  }
}

static void
test_find_text_date_none(void)
{
  static const char *const cases[] = {
      "May 5 people were hurt.",
      "May 5, people were hurt.",
      "The Mayor said 15 more.",
      "xDecember 15, 2015",
      "December 15, 1850",
      "Feb. 30, 2015",
      "Feb 29, 2015",
      "December 15",
      "15 December",
      "December 15, 20155",
      "Ma 15, 2015",
      "Decembers 15, 2015",
      "",
      NULL,
  };

  for (const char *const *s = cases; *s; s++) {
    int y = 0, m = 0, d = 0;

    g_test_message("text: %s", *s);
    g_assert_false(brief_find_text_date(*s, strlen(*s), &y, &m, &d));
  }
}

static void
test_find_text_date_respects_len(void)
{
  static const char text[] = "Talks. December 15, 2015.";
  int y = 0, m = 0, d = 0;

  /* Cut inside the year: no date. */
  g_assert_false(brief_find_text_date(text, strlen("Talks. December 15, 20"), &y, &m, &d));
  g_assert_true(brief_find_text_date(text, strlen(text), &y, &m, &d));
  g_assert_cmpint(y, ==, 2015);
}

static void
test_find_text_date_at_end_of_len(void)
{
  /* The date ends exactly at `len`; whatever follows in memory is not part
   * of the text. */
  static const char text[] = "Dec 15, 20155";
  int y = 0, m = 0, d = 0;

  g_assert_true(brief_find_text_date(text, strlen("Dec 15, 2015"), &y, &m, &d));
  g_assert_cmpint(y, ==, 2015);
  g_assert_cmpint(m, ==, 12);
  g_assert_cmpint(d, ==, 15);
}

static void
test_find_text_date_unterminated_buffer(void)
{
  /* Exactly `len` bytes, no NUL after them: ASan catches any overread. */
  static const char *const texts[] = {"Dec 1", "Dec 15, 2015", "15 December 2015", "2015-12-1",
                                      NULL};
  int y, m, d;

  for (const char *const *t = texts; *t; t++) {
    gsize len = strlen(*t);
    char *buf = g_memdup2(*t, len);
    gboolean found = brief_find_text_date(buf, len, &y, &m, &d);
    g_assert_true(found ==
                  (strcmp(*t, "Dec 15, 2015") == 0 || strcmp(*t, "15 December 2015") == 0));
    g_free(buf);
  }
}

static void
test_find_text_date_iso(void)
{
  /* brief-private.h lists "2015-12-15" among the written dates found. */
  static const char text[] = "Updated 2015-12-15 10:00 GMT. The talks began.";
  int y = 0, m = 0, d = 0;

  g_assert_true(brief_find_text_date(text, strlen(text), &y, &m, &d));
  g_assert_cmpint(y, ==, 2015);
  g_assert_cmpint(m, ==, 12);
  g_assert_cmpint(d, ==, 15);
}

/* ---- brief_day_back, brief_day_key ------------------------------------------------- */

static void
test_day_back(void)
{
  static const struct {
    int y, m, d;
    guint days;
    gboolean ok;
    int ey, em, ed;
  } cases[] = {
      {2024, 5, 10, 0, TRUE, 2024, 5, 10},         {2024, 5, 10, 2, TRUE, 2024, 5, 8},
      {2024, 3, 1, 1, TRUE, 2024, 2, 29},          {2023, 3, 1, 1, TRUE, 2023, 2, 28},
      {2024, 1, 3, 6, TRUE, 2023, 12, 28},         {2004, 11, 16, 6, TRUE, 2004, 11, 10},
      {1000, 1, 2, 1, TRUE, 1000, 1, 1},           {1000, 1, 1, 1, FALSE, 1000, 1, 1},
      {2024, 5, 10, G_MAXINT, FALSE, 2024, 5, 10}, {2024, 5, 10, G_MAXUINT, FALSE, 2024, 5, 10},
  };

  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    int y = cases[i].y, m = cases[i].m, d = cases[i].d;
    g_assert_cmpint(brief_day_back(&y, &m, &d, cases[i].days), ==, cases[i].ok);
    g_assert_cmpint(y, ==, cases[i].ey);
    g_assert_cmpint(m, ==, cases[i].em);
    g_assert_cmpint(d, ==, cases[i].ed);
  }
  /* Keys order as the days do. */
  g_assert_cmpint(brief_day_key(2023, 12, 31), <, brief_day_key(2024, 1, 1));
  g_assert_cmpint(brief_day_key(2024, 2, 29), <, brief_day_key(2024, 3, 1));
  g_assert_cmpint(brief_day_key(2024, 5, 10), ==, 20240510);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);

  g_test_add_func("/dates/parse-valid", test_parse_date_valid);
  g_test_add_func("/dates/parse-invalid", test_parse_date_invalid);
  g_test_add_func("/dates/day-timestamp", test_day_timestamp);
  g_test_add_func("/dates/find-text", test_find_text_date);
  g_test_add_func("/dates/find-text-none", test_find_text_date_none);
  g_test_add_func("/dates/find-text-len", test_find_text_date_respects_len);
  g_test_add_func("/dates/find-text-at-end", test_find_text_date_at_end_of_len);
  g_test_add_func("/dates/find-text-unterminated", test_find_text_date_unterminated_buffer);
  g_test_add_func("/dates/find-text-iso", test_find_text_date_iso);
  g_test_add_func("/dates/day-back", test_day_back);

  return g_test_run();
}
