/* SPDX-License-Identifier: BSD-3-Clause */
/* Story clustering: average link against a dense reference, labels, and
 * the grouping of real-looking articles. */
#include "stories-private.h"
#include "textrank-private.h"

#include "test-assert.h"

#include <math.h>
#include <string.h>

/* O(n^3) average link on a dense matrix: merge the pair with the highest
 * average while it is >= threshold; ties to the lowest pair of group
 * representatives. */
static void
reference_average_link(const double *w, guint n, double threshold, guint *group)
{
  g_autofree guint *size = g_new(guint, n);
  g_autofree gboolean *alive = g_new(gboolean, n);

  for (guint i = 0; i < n; i++) {
    group[i] = i;
    size[i] = 1;
    alive[i] = TRUE;
  }
  for (;;) {
    double best = -1.0;
    guint ba = 0, bb = 0;
    for (guint a = 0; a < n; a++) {
      if (!alive[a])
        continue;
      for (guint b = a + 1; b < n; b++) {
        double sum = 0.0, avg;
        if (!alive[b])
          continue;
        for (guint i = 0; i < n; i++)
          for (guint j = 0; j < n; j++)
            if (group[i] == a && group[j] == b)
              sum += w[i * n + j];
        avg = sum / ((double)size[a] * size[b]);
        if (avg > best) {
          best = avg;
          ba = a;
          bb = b;
        }
      }
    }
    if (best < threshold)
      break;
    /* b joins a (the names of groups do not matter to the partition). */
    for (guint i = 0; i < n; i++)
      if (group[i] == bb)
        group[i] = ba;
    size[ba] += size[bb];
    alive[bb] = FALSE;
  }
}

/* Same partition, whatever the group names. */
static gboolean
same_partition(const guint *x, const guint32 *y, guint n)
{
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      if ((x[i] == x[j]) != (y[i] == y[j]))
        return FALSE;
  return TRUE;
}

static void
graph_from_dense(BriefGraph *g, const double *w, guint n)
{
  gsize k = 0;

  g->n = n;
  g->offsets = g_new0(gsize, n + 1);
  g->neighbors = g_new(guint32, n * n);
  g->weights = g_new(float, n *n);
  for (guint i = 0; i < n; i++) {
    g->offsets[i] = k;
    for (guint j = 0; j < n; j++)
      if (i != j && w[i * n + j] > 0.0) {
        g->neighbors[k] = j;
        g->weights[k++] = (float)w[i * n + j];
      }
  }
  g->offsets[n] = k;
}

static void
test_average_link_reference(void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed(11);

  for (guint trial = 0; trial < 1000; trial++) {
    guint n = (guint)g_rand_int_range(rand, 2, 26);
    g_autofree double *w = g_new0(double, n *n);
    g_autofree guint *ref = g_new(guint, n);
    g_autofree guint32 *got = g_new(guint32, n);
    double threshold = g_rand_double_range(rand, 0.05, 0.6);
    BriefGraph g;

    /* Sparse random weights, exactly representable as floats so the two
     * sides see the same numbers; planted groups make merges likely. */
    for (guint i = 0; i < n; i++)
      for (guint j = i + 1; j < n; j++) {
        double p = (i % 3 == j % 3) ? 0.8 : 0.3;
        if (g_rand_double(rand) < p) {
          double v = (double)g_rand_int_range(rand, 1, 1024) / 1024.0;
          w[i * n + j] = w[j * n + i] = v;
        }
      }
    graph_from_dense(&g, w, n);
    reference_average_link(w, n, threshold, ref);
    brief_average_link(&g, threshold, got);
    if (!same_partition(ref, got, n)) {
      for (guint i = 0; i < n; i++)
        g_test_message("node %u: reference %u, sparse %u", i, ref[i], got[i]);
      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < n; j++)
          if (w[i * n + j] > 0.0)
            g_test_message("w[%u][%u] = %g", i, j, w[i * n + j]);
      g_error("trial %u (n=%u, threshold %.3f): partitions differ", trial, n, threshold);
    }
    brief_graph_clear(&g);
  }
}

/* A day of the articles `texts`, JSON Lines, each with the member `member`
 * set to values[i] when `values` has one. */
static BriefCluster *
day_with(const char *const *texts, const char *member, const char *const *values)
{
  BriefCluster *c = brief_cluster_new();

  for (guint i = 0; texts[i]; i++) {
    g_autofree char *name = g_strdup_printf("a%u.jsonl", i);
    g_autofree char *line = NULL;
    if (values && values[i])
      line = g_strdup_printf("{\"text\": \"%s\", \"%s\": \"%s\"}\n", texts[i], member, values[i]);
    else
      line = g_strdup_printf("{\"text\": \"%s\"}\n", texts[i]);
    g_assert_true(brief_cluster_add_data(c, name, line, strlen(line), BRIEF_INPUT_JSONL, NULL));
  }
  return c;
}

static BriefCluster *
day_of(const char *const *texts, const char *const *labels)
{
  return day_with(texts, "cluster", labels);
}

static const char *const day_texts[] = {
    "The hurricane struck the island coast with heavy rain and winds, and the hurricane destroyed "
    "homes.",
    "Parliament passed the budget bill after a long debate over taxes and spending in the budget.",
    "Hurricane winds and rain flooded the coast of the island; thousands fled the hurricane.",
    "The budget debate in parliament ended with a vote on taxes; the budget bill passed.",
    "A football club won the league title after a late goal in the final match of the season.",
    NULL,
};

static void
test_find_stories(void)
{
  g_autoptr(BriefCluster) day = day_of(day_texts, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree guint *story = NULL;
  guint n = 0;

  story = brief_cluster_find_stories(day, NULL, &n, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(n, ==, 3);
  /* Numbered in order of each story's first article. */
  g_assert_cmpuint(story[0], ==, 0);
  g_assert_cmpuint(story[1], ==, 1);
  g_assert_cmpuint(story[2], ==, 0);
  g_assert_cmpuint(story[3], ==, 1);
  g_assert_cmpuint(story[4], ==, 2);
  /* The same grouping on any number of threads. */
  for (guint threads = 1; threads <= 4; threads++) {
    g_autofree guint *again = NULL;
    g_autoptr(BriefConfig) config = brief_config_new();
    guint n_again = 0;
    g_assert_true(brief_config_set_uint(config, "threads", threads, NULL));
    again = brief_cluster_find_stories(day, config, &n_again, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(n_again, ==, n);
    assert_cmpmem(again, 5 * sizeof(guint), story, 5 * sizeof(guint));
  }
}

/* Index of the article of `day` whose name ends in `suffix`. */
static guint
article_named(const BriefCluster *day, const char *suffix)
{
  for (guint i = 0; i < brief_cluster_get_n_articles(day); i++)
    if (g_str_has_suffix(brief_cluster_get_article(day, i)->name, suffix))
      return i;
  g_assert_not_reached();
}

static void
test_strays(void)
{
  /* The bundled day with the bundled Kerry story added: the report of a
   * Brazilian delegation at Arafat's funeral shares Brazil's president with
   * the reports of Brazil's meetings with China and Korea, enough for
   * average link to take it in, too little for it to stay: it stands
   * alone.  The two Kerry reports stay a story.  (With nine articles the
   * two meetings, three days apart, share a story too: a theme, not an
   * event, that the seven articles alone keep apart.) */
  g_autofree char *day_dir = g_test_build_filename(G_TEST_DIST, "..", "examples", "day", NULL);
  g_autofree char *kerry_dir =
      g_test_build_filename(G_TEST_DIST, "..", "examples", "kerry-moscow", NULL);
  g_autoptr(BriefCluster) day = brief_cluster_new();
  g_autoptr(GError) error = NULL;
  g_autofree guint *story = NULL;
  guint n = 0, funeral, lunch, korea;

  g_assert_true(brief_cluster_add_path(day, day_dir, BRIEF_INPUT_AUTO, &error));
  g_assert_true(brief_cluster_add_path(day, kerry_dir, BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(day), ==, 9);
  story = brief_cluster_find_stories(day, NULL, &n, &error);
  g_assert_no_error(error);
  funeral = story[article_named(day, "arafat-funeral-delegation-1.txt")];
  lunch = story[article_named(day, "brazil-china-lunch-1.txt")];
  korea = story[article_named(day, "brazil-korea-talks-1.txt")];
  g_assert_cmpuint(lunch, ==, korea);
  g_assert_cmpuint(funeral, !=, lunch);
  g_assert_cmpuint(story[article_named(day, "000_d7c21f9db784468d.txt")], ==,
                   story[article_named(day, "001_2991fbc95a7d52e4.txt")]);
  g_assert_cmpuint(n, ==, 7);
}

static void
test_bundled_day(void)
{
  /* examples/README.md: the bundled day is seven stories, one per article;
   * a looser bar of 0.1 puts Brazil's two meetings (a theme) together. */
  g_autofree char *day_dir = g_test_build_filename(G_TEST_DIST, "..", "examples", "day", NULL);
  g_autoptr(BriefCluster) day = brief_cluster_new();
  g_autoptr(BriefConfig) loose = brief_config_new();
  g_autoptr(GError) error = NULL;
  g_autofree guint *story = NULL;
  g_autofree guint *theme = NULL;
  guint n = 0;

  g_assert_true(brief_cluster_add_path(day, day_dir, BRIEF_INPUT_AUTO, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(brief_cluster_get_n_articles(day), ==, 7);
  story = brief_cluster_find_stories(day, NULL, &n, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(n, ==, 7);
  g_assert_true(brief_config_set(loose, "story-threshold", "0.1", NULL));
  theme = brief_cluster_find_stories(day, loose, &n, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(n, ==, 6);
  g_assert_cmpuint(theme[article_named(day, "brazil-china-lunch-1.txt")], ==,
                   theme[article_named(day, "brazil-korea-talks-1.txt")]);
}

static void
test_labels(void)
{
  /* Labels win over text: a0 and a4 share a label, the hurricane articles
   * do not share theirs. */
  static const char *const labels[] = {"x", NULL, "y", NULL, "x", NULL};
  g_autoptr(BriefCluster) day = day_of(day_texts, labels);
  g_autofree guint *story = NULL;
  guint n = 0;

  story = brief_cluster_find_stories(day, NULL, &n, NULL);
  g_assert_nonnull(story);
  g_assert_cmpuint(n, ==, 3);
  g_assert_cmpuint(story[0], ==, story[4]);
  g_assert_cmpuint(story[0], !=, story[2]);
  /* The unlabelled budget articles form their own story. */
  g_assert_cmpuint(story[1], ==, story[3]);
  g_assert_cmpuint(story[1], !=, story[0]);
  g_assert_cmpuint(story[1], !=, story[2]);
}

static void
test_threshold(void)
{
  /* The threshold and the language are the configuration's: out of range
   * is refused when set; a higher threshold splits the day further. */
  g_autoptr(BriefCluster) day = day_of(day_texts, NULL);
  g_autoptr(BriefConfig) config = brief_config_new();
  g_autoptr(GError) error = NULL;
  g_autofree guint *story = NULL;
  guint n = 0;

  g_assert_false(brief_config_set(config, "story-threshold", "0", &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);
  g_assert_false(brief_config_set(config, "story-threshold", "1.5", &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
  g_clear_error(&error);
  g_assert_false(brief_config_set(config, "language", "klingon", &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE);
  g_clear_error(&error);
  g_assert_true(brief_config_set(config, "story-threshold", "1", NULL));
  story = brief_cluster_find_stories(day, config, &n, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(n, ==, 5);
}

static void
test_merge_centroids(void)
{
  /* Two stories (terms 0-3 and 4-7) left in two groups each by the first
   * pass, and a lone article of common words only (8 and 9, which story one
   * also holds a little of).  Articles 0 and 1 share no term with 3 or 4,
   * but the two groups' centroids are the same words. */
  static const guint32 row_terms[7][3] = {{0, 1, 9}, {2, 3, 8}, {4, 5, 6}, {0, 2, 8},
                                          {1, 3, 9}, {5, 6, 7}, {8, 9, 9}};
  guint32 terms[21];
  gsize offsets[8];
  float idf[10] = {3, 3, 3, 3, 3, 3, 3, 3, 0.5f, 0.5f};
  /* First pass: {0, 1}, {2}, {3, 4}, {5}, {6}. */
  guint32 root[7] = {0, 0, 2, 3, 3, 5, 6};
  BriefMatrix m;

  for (guint i = 0; i < 7; i++) {
    for (guint k = 0; k < 3; k++)
      terms[3 * i + k] = row_terms[i][k];
    offsets[i] = 3 * i;
  }
  offsets[7] = 21;
  brief_matrix_build(&m, terms, offsets, 7, 10, idf);
  brief_merge_centroids(&m, root, 7, 0.5, NULL, 0, 2);
  /* Story one's groups join under the root of the first; articles 2 and 5
   * (cosine 2/3) join; the lone article stays alone (cosine about 0.11). */
  g_assert_cmpuint(root[0], ==, 0);
  g_assert_cmpuint(root[1], ==, 0);
  g_assert_cmpuint(root[3], ==, 0);
  g_assert_cmpuint(root[4], ==, 0);
  g_assert_cmpuint(root[2], ==, root[5]);
  g_assert_cmpuint(root[2], !=, 0);
  g_assert_cmpuint(root[6], ==, 6);

  /* With dates: story one's second group (articles 3 and 4) is a year
   * after its first, so the two stay apart with 30 days and join with a
   * longer span; articles 2 and 5, a day apart, still join.  Article 6
   * has no date. */
  {
    const double when[7] = {100, 102, 101, 465, 466, 100, NAN};
    guint32 again[7] = {0, 0, 2, 3, 3, 5, 6};
    guint32 longer[7] = {0, 0, 2, 3, 3, 5, 6};

    brief_merge_centroids(&m, again, 7, 0.5, when, 30, 2);
    g_assert_cmpuint(again[0], ==, again[1]);
    g_assert_cmpuint(again[3], ==, again[4]);
    g_assert_cmpuint(again[0], !=, again[3]);
    g_assert_cmpuint(again[2], ==, again[5]);
    g_assert_cmpuint(again[6], ==, 6);
    brief_merge_centroids(&m, longer, 7, 0.5, when, 365, 2);
    g_assert_cmpuint(longer[0], ==, longer[3]);
  }
  brief_matrix_clear(&m);
}

static void
test_story_days(void)
{
  /* Two hurricanes three years apart, told in the same words, are two
   * stories; within three months (and for an article without a date)
   * nothing changes; with "story-days" 0 dates do not count. */
  static const char *const texts[] = {
      "The hurricane struck the island coast with heavy rain and winds, and the hurricane "
      "destroyed homes.",
      "Hurricane winds and rain flooded the coast of the island; thousands fled the hurricane.",
      "The hurricane struck the island coast with heavy rain and winds, and the hurricane "
      "destroyed homes.",
      "Hurricane winds and rain flooded the coast of the island; thousands fled the hurricane.",
      "Parliament passed the budget bill after a long debate over taxes and spending in the "
      "budget.",
      "The budget debate in parliament ended with a vote on taxes; the budget bill passed.",
      NULL,
  };
  static const char *const dates[] = {"1989-09-21", "1989-12-18", "1992-08-24",
                                      "1992-08-26", "1992-08-25", NULL};
  g_autoptr(BriefCluster) day = day_with(texts, "date", dates);
  g_autoptr(BriefConfig) config = brief_config_new();
  g_autoptr(GError) error = NULL;
  g_autofree guint *story = NULL;
  g_autofree guint *flat = NULL;
  guint n = 0;

  story = brief_cluster_find_stories(day, NULL, &n, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(n, ==, 3);
  g_assert_cmpuint(story[0], ==, story[1]); /* 88 days apart: not faded */
  g_assert_cmpuint(story[2], ==, story[3]);
  g_assert_cmpuint(story[0], !=, story[2]);
  g_assert_cmpuint(story[4], ==, story[5]); /* one dated, one not */
  /* A span of 30 days fades the first two, 88 days apart. */
  {
    g_autoptr(BriefConfig) month = brief_config_new();
    g_autofree guint *apart = NULL;

    g_assert_true(brief_config_set(month, "story-days", "30", NULL));
    apart = brief_cluster_find_stories(day, month, &n, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(apart[0], !=, apart[1]);
  }
  g_assert_true(brief_config_set(config, "story-days", "0", NULL));
  flat = brief_cluster_find_stories(day, config, &n, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(n, ==, 2);
  g_assert_cmpuint(flat[0], ==, flat[2]);
  /* A date found only in the text is not trusted for this: the first
   * date an article writes may be another day's. */
  {
    static const char *const in_text[] = {
        "On September 21, 1989 the hurricane struck the island coast with heavy rain and winds, "
        "and the hurricane destroyed homes.",
        "On August 24, 1992 hurricane winds and rain flooded the coast of the island; thousands "
        "fled the hurricane.",
        "Parliament passed the budget bill after a long debate over taxes and spending in the "
        "budget.",
        NULL,
    };
    static const char *const no_dates[] = {NULL, NULL, NULL};
    g_autoptr(BriefCluster) guessed = day_with(in_text, "date", no_dates);
    g_autofree guint *one = NULL;

    g_assert_cmpint(brief_cluster_get_article(guessed, 0)->year, ==, 1989);
    g_assert_true(brief_cluster_get_article(guessed, 0)->date_in_text);
    one = brief_cluster_find_stories(guessed, NULL, &n, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(n, ==, 2);
    g_assert_cmpuint(one[0], ==, one[1]);
  }
  g_assert_false(brief_config_set(config, "story-days", "36501", &error));
  g_assert_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/stories/average-link-reference", test_average_link_reference);
  g_test_add_func("/stories/find", test_find_stories);
  g_test_add_func("/stories/merge-centroids", test_merge_centroids);
  g_test_add_func("/stories/strays", test_strays);
  g_test_add_func("/stories/bundled-day", test_bundled_day);
  g_test_add_func("/stories/labels", test_labels);
  g_test_add_func("/stories/threshold", test_threshold);
  g_test_add_func("/stories/story-days", test_story_days);
  return g_test_run();
}
