/* SPDX-License-Identifier: BSD-3-Clause */
/* End-to-end tests of the brief command: golden outputs, exit codes and
 * one-line errors.  Set BRIEF_UPDATE_GOLDEN=1 to rewrite the golden files
 * after an intended change (then read the diff). */
#define _XOPEN_SOURCE 700 /* mkfifo, symlink */
#include <brief/brief.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear(Run *r)
{
  g_free(r->out);
  g_free(r->err);
}

static char *
repo_root(void)
{
  return g_test_build_filename(G_TEST_DIST, "..", NULL);
}

/* Run brief with `args` (NULL-terminated) from the repository root,
 * reading `stdin_file` (when not NULL) or `stdin_text`, under `prefix`
 * (NULL-terminated argv of a wrapper, or NULL). */
static Run
run_brief_full(const char *stdin_file, const char *stdin_text, const char *const *prefix,
               const char *const *args)
{
  g_autoptr(GSubprocessLauncher) l =
      g_subprocess_launcher_new((stdin_file ? 0 : G_SUBPROCESS_FLAGS_STDIN_PIPE) |
                                G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new();
  g_autoptr(GSubprocess) p = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *root = repo_root();
  g_autoptr(GBytes) in = NULL, out = NULL, err = NULL;
  const char *bin = g_getenv("BRIEF_BIN");
  Run r = {0};

  g_assert_nonnull(bin);
  for (const char *const *a = prefix; a != NULL && *a; a++)
    g_ptr_array_add(argv, (gpointer)*a);
  g_ptr_array_add(argv, (gpointer)bin);
  for (const char *const *a = args; *a; a++)
    g_ptr_array_add(argv, (gpointer)*a);
  g_ptr_array_add(argv, NULL);
  g_subprocess_launcher_set_cwd(l, root);
  if (stdin_file)
    g_subprocess_launcher_set_stdin_file_path(l, stdin_file);
  p = g_subprocess_launcher_spawnv(l, (const char *const *)argv->pdata, &error);
  g_assert_no_error(error);
  /* Always a (maybe empty) standard input: never the terminal's. */
  if (!stdin_file)
    in = g_bytes_new_static(stdin_text ? stdin_text : "", stdin_text ? strlen(stdin_text) : 0);
  g_subprocess_communicate(p, in, NULL, &out, &err, &error);
  g_assert_no_error(error);
  g_assert_true(g_subprocess_get_if_exited(p));
  r.status = g_subprocess_get_exit_status(p);
  /* Empty GBytes may have NULL data. */
  r.out = g_bytes_get_size(out) ? g_strndup(g_bytes_get_data(out, NULL), g_bytes_get_size(out))
                                : g_strdup("");
  r.err = g_bytes_get_size(err) ? g_strndup(g_bytes_get_data(err, NULL), g_bytes_get_size(err))
                                : g_strdup("");
  return r;
}

static Run
run_brief(const char *stdin_text, const char *const *args)
{
  return run_brief_full(NULL, stdin_text, NULL, args);
}

static void
check_golden(const char *name, const char *actual)
{
  g_autofree char *path = g_test_build_filename(G_TEST_DIST, "golden", name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv("BRIEF_UPDATE_GOLDEN")) {
    g_assert_true(g_file_set_contents(path, actual, -1, &error));
    return;
  }
  g_assert_true(g_file_get_contents(path, &expected, NULL, &error));
  g_assert_no_error(error);
  if (strcmp(actual, expected) != 0) {
    /* Name the first line that differs rather than dump both outputs. */
    g_auto(GStrv) a = g_strsplit(actual, "\n", -1);
    g_auto(GStrv) e = g_strsplit(expected, "\n", -1);
    guint i = 0;
    while (a[i] && e[i] && strcmp(a[i], e[i]) == 0)
      i++;
    g_error("%s differs at line %u:\n  expected: %s\n  actual:   %s\n"
            "(BRIEF_UPDATE_GOLDEN=1 rewrites the golden files)",
            name, i + 1, e[i] ? e[i] : "(end)", a[i] ? a[i] : "(end)");
  }
}

typedef struct {
  const char *golden;
  const char *stdin_text;
  const char *args[12];
  const char *err; /* expected standard error; NULL: none */
} GoldenCase;

static const GoldenCase golden_cases[] = {
    {"kerry-moscow.txt", NULL, {"summarize", "examples/kerry-moscow", NULL}, NULL},
    {"kerry-moscow.md",
     NULL,
     {"summarize", "--format", "markdown", "examples/kerry-moscow", NULL},
     NULL},
    {"kerry-moscow.json", NULL, {"summarize", "-f", "json", "examples/kerry-moscow", NULL}, NULL},
    {"kerry-moscow.plain",
     NULL,
     {"summarize", "--format", "plain", "--words", "100", "--fill", "examples/kerry-moscow", NULL},
     NULL},
    {"kerry-moscow-3.txt",
     NULL,
     {"summarize", "--sentences", "3", "--date", "2015-12-16", "examples/kerry-moscow", NULL},
     NULL},
    {"kerry-sentences.txt",
     NULL,
     {"sentences", "examples/kerry-moscow/001_2991fbc95a7d52e4.txt", NULL},
     NULL},
    {"kerry-sentences.json",
     NULL,
     {"sentences", "--json", "examples/kerry-moscow/001_2991fbc95a7d52e4.txt", NULL},
     NULL},
    {"harbour.txt",
     NULL,
     {"summarize", "--words", "60", "tests/data/cli/cluster.jsonl", NULL},
     NULL},
    {"harbour.md",
     NULL,
     {"summarize", "--words", "60", "-f", "markdown", "tests/data/cli/cluster.jsonl", NULL},
     NULL},
    {"harbour.json",
     NULL,
     {"summarize", "--words", "60", "-f", "json", "tests/data/cli/cluster.jsonl", NULL},
     NULL},
    {"harbour.idf", NULL, {"idf", "build", "tests/data/cli/cluster.jsonl", NULL}, NULL},
    {"harbour-idf.txt",
     NULL,
     {"summarize", "--idf", "tests/golden/harbour.idf", "--words", "60",
      "tests/data/cli/cluster.jsonl", NULL},
     NULL},
    {"harbour-lead.txt",
     NULL,
     {"summarize", "--method", "lead", "--words", "60", "tests/data/cli/cluster.jsonl", NULL},
     NULL},
    {"eval.txt",
     NULL,
     {"eval", "--refs", "tests/data/rouge/refs", "--sys", "tests/data/rouge/sys", "--per-cluster",
      NULL},
     "brief: warning: tests/data/rouge/sys/gamma.txt: no counterpart, skipped\n"
     "brief: warning: tests/data/rouge/refs/delta.A.txt: no counterpart, skipped\n"},
    {"web-daily.txt", NULL, {"daily", "examples/web", NULL}, NULL},
    {"web-daily.md", NULL, {"daily", "-f", "markdown", "examples/web", NULL}, NULL},
    {"web-daily.json", NULL, {"daily", "-f", "json", "examples/web", NULL}, NULL},
    {"web-extract.txt", NULL, {"extract", "examples/web", NULL}, NULL},
    {"web-extract.jsonl", NULL, {"extract", "--format", "json", "examples/web", NULL}, NULL},
    {"web-extract.urls", NULL, {"extract", "-f", "urls", "examples/web", NULL}, NULL},
    {"web-summarize-page.txt",
     NULL,
     {"summarize", "examples/web/harbour-strike-ends.html", "examples/web/portwell-wire.xml",
      NULL},
     NULL},
    {"examples-skipped.txt",
     NULL,
     {"extract", "examples/README.md", "examples/email-digest.sh", "examples/web", NULL},
     "brief: warning: examples/README.md: a project file; skipped\n"
     "brief: warning: examples/email-digest.sh: a script; skipped\n"},
    {"day.txt", NULL, {"daily", "examples/day", NULL}, NULL},
    {"day.md", NULL, {"daily", "-f", "markdown", "examples/day", NULL}, NULL},
    {"day.json", NULL, {"daily", "-f", "json", "examples/day", NULL}, NULL},
    {"day.html", NULL, {"daily", "-f", "html", "examples/day", NULL}, NULL},
    {"day.plain", NULL, {"daily", "-f", "plain", "examples/day", NULL}, NULL},
    {"day-limited.txt",
     NULL,
     {"daily", "--max-stories", "2", "--words", "40", "--date", "2004-11-17", "--title",
      "Morning news", "examples/day", NULL},
     NULL},
    {"day-jsonl.txt", NULL, {"daily", "tests/data/daily/day.jsonl", NULL}, NULL},
    {"day-jsonl.html", NULL, {"daily", "-f", "html", "tests/data/daily/day.jsonl", NULL}, NULL},
    {"day-tree.md", NULL, {"daily", "-f", "markdown", "tests/data/daily/tree", NULL}, NULL},
    {"day-week.txt",
     NULL,
     {"daily", "--date", "2024-05-10", "--days", "3", "tests/data/daily/week.jsonl", NULL},
     "brief: warning: tests/data/daily/week.jsonl:4: dated 2024-05-11, after the briefing date "
     "2024-05-10; left out\n"
     "brief: warning: tests/data/daily/week.jsonl:7: dated 2024-05-02, before the window's "
     "first day 2024-05-08; left out\n"},
    {"day-week.json",
     NULL,
     {"daily", "-q", "-f", "json", "--date", "2024-05-10", "--days", "3",
      "tests/data/daily/week.jsonl", NULL},
     NULL},
    {"day-week.md",
     NULL,
     {"daily", "-q", "-f", "markdown", "--since", "2024-05-09", "tests/data/daily/week.jsonl",
      NULL},
     NULL},
    {"day-cluster.tsv",
     NULL,
     {"cluster", "tests/data/daily/day.jsonl", "tests/data/daily/tree", NULL},
     NULL},
    {"kerry-moscow.html", NULL, {"summarize", "-f", "html", "examples/kerry-moscow", NULL}, NULL},
    {"stdin.txt",
     "Title: Harbour strike ends\nSource: Coast Herald\nDate: 2024-05-08\n\n"
     "The strike at the northern harbour ended on Wednesday after a deal on pay. "
     "The first grain ship left the harbour in the evening.\n",
     {"summarize", "-", NULL},
     NULL},
};

static void
test_golden(gconstpointer data)
{
  const GoldenCase *c = data;
  Run r = run_brief(c->stdin_text, c->args);

  g_assert_cmpstr(r.err, ==, c->err ? c->err : "");
  g_assert_cmpint(r.status, ==, 0);
  check_golden(c->golden, r.out);
  /* Same input, same bytes. */
  {
    Run again = run_brief(c->stdin_text, c->args);
    g_assert_cmpstr(again.out, ==, r.out);
    run_clear(&again);
  }
  run_clear(&r);
}

typedef struct {
  const char *name;
  int status;
  const char *err_contains; /* the one error line names the culprit */
  const char *args[10];
} ErrorCase;

static const ErrorCase error_cases[] = {
    {"no-arguments", 2, "Usage: brief", {NULL}},
    {"unknown-command", 2, "unknown command 'frobnicate'", {"frobnicate", NULL}},
    {"unknown-option",
     2,
     "brief summarize: unknown option '--bogus' (see",
     {"summarize", "--bogus", "examples/kerry-moscow", NULL}},
    {"unknown-short-option",
     2,
     "unknown option '-Z'",
     {"summarize", "-Z", "examples/kerry-moscow", NULL}},
    {"missing-option-value",
     2,
     "brief summarize: --words needs a value (see",
     {"summarize", "--words", NULL}},
    {"missing-short-value", 2, "-w needs a value", {"summarize", "-w", NULL}},
    {"no-input", 2, "no input", {"summarize", NULL}},
    {"missing-path", 3, "does/not/exist: no such file", {"summarize", "does/not/exist", NULL}},
    {"blank-file",
     5,
     "tests/data/cli/blank.txt: no sentences",
     {"summarize", "tests/data/cli/blank.txt", NULL}},
    {"invalid-utf8",
     4,
     "tests/data/cli/bad-utf8.txt: invalid UTF-8 at byte 65",
     {"summarize", "tests/data/cli/bad-utf8.txt", NULL}},
    {"malformed-json",
     4,
     "tests/data/cli/malformed.jsonl:2: malformed JSON at column 48: unterminated string constant",
     {"summarize", "tests/data/cli/malformed.jsonl", NULL}},
    {"unknown-language",
     2,
     "unknown language 'klingon'",
     {"summarize", "--language", "klingon", "examples/kerry-moscow", NULL}},
    {"unknown-format",
     2,
     "unknown format 'pdf'",
     {"summarize", "-f", "pdf", "examples/kerry-moscow", NULL}},
    {"unknown-input-format",
     2,
     "unknown input format 'xml'",
     {"summarize", "--input-format", "xml", "examples/kerry-moscow", NULL}},
    {"negative-words",
     2,
     "words must not be negative",
     {"summarize", "--words", "-5", "examples/kerry-moscow", NULL}},
    {"zero-budget",
     2,
     "must be at least 1",
     {"summarize", "--sentences", "0", "examples/kerry-moscow", NULL}},
    {"bad-lambda",
     2,
     "lambda must be",
     {"summarize", "--lambda", "2", "examples/kerry-moscow", NULL}},
    {"damping-one",
     2,
     "damping must be at least 0 and below 1, got 1",
     {"summarize", "--damping", "1", "examples/kerry-moscow", NULL}},
    {"max-iterations-cap",
     2,
     "max-iterations must be at most 10000, got 2147483647",
     {"summarize", "--max-iterations", "2147483647", "examples/kerry-moscow", NULL}},
    {"max-input-bytes-zero",
     2,
     "max-input-bytes must be at least 1, got 0",
     {"summarize", "--max-input-bytes", "0", "examples/kerry-moscow", NULL}},
    {"max-total-bytes-too-large",
     2,
     "max-total-bytes must be at most 4294967295, got 4294967296",
     {"daily", "--max-total-bytes", "4294967296", "examples/kerry-moscow", NULL}},
    {"eval-max-input-bytes-bad",
     2,
     "max-input-bytes must be a whole number, got 'lots'",
     {"eval", "--max-input-bytes", "lots", "--refs", "tests/data/rouge/refs", "--sys",
      "tests/data/rouge/sys", NULL}},
    {"bad-date",
     2,
     "invalid date '2015-13-01'",
     {"summarize", "--date", "2015-13-01", "examples/kerry-moscow", NULL}},
    {"daily-bad-date",
     2,
     "brief daily: invalid date '2024-05-32' (expected YYYY-MM-DD)",
     {"daily", "--date", "2024-05-32", "tests/data/daily/week.jsonl", NULL}},
    {"daily-bad-since",
     2,
     "brief daily: invalid since 'last week' (expected YYYY-MM-DD)",
     {"daily", "--since", "last week", "tests/data/daily/week.jsonl", NULL}},
    {"daily-since-after-date",
     2,
     "brief daily: since 2024-05-11 is after the briefing date 2024-05-10",
     {"daily", "--date", "2024-05-10", "--since", "2024-05-11", "tests/data/daily/week.jsonl",
      NULL}},
    {"daily-since-after-newest",
     2,
     "brief daily: since 2024-05-12 is after the briefing date 2024-05-11 (the newest article's)",
     {"daily", "--since", "2024-05-12", "tests/data/daily/week.jsonl", NULL}},
    {"daily-since-and-days",
     2,
     "brief daily: since and days both set: give one of them",
     {"daily", "--since", "2024-05-08", "--days", "3", "tests/data/daily/week.jsonl", NULL}},
    {"daily-days-negative",
     2,
     "brief daily: days must not be negative, got -1 (see",
     {"daily", "--days", "-1", "tests/data/daily/week.jsonl", NULL}},
    {"daily-days-overflow",
     2,
     "brief daily: days must be at most 2147483647, got 99999999999 (see",
     {"daily", "--days", "99999999999", "tests/data/daily/week.jsonl", NULL}},
    {"daily-days-not-summarize",
     2,
     "brief summarize: unknown option '--days' (see",
     {"summarize", "--days", "3", "examples/kerry-moscow", NULL}},
    {"daily-all-after",
     5,
     "brief daily: all 7 articles are dated after the briefing date 2004-11-12",
     {"daily", "--date", "2004-11-12", "examples/day", NULL}},
    {"daily-all-before",
     5,
     "brief daily: all 7 articles are dated before 2004-11-18, the window's first day",
     {"daily", "--date", "2004-11-20", "--days", "3", "examples/day", NULL}},
    {"missing-stopwords",
     3,
     "nope.txt",
     {"summarize", "--stopwords", "nope.txt", "examples/kerry-moscow", NULL}},
    {"unwritable-output",
     6,
     "no/such/dir/out.txt",
     {"summarize", "-o", "no/such/dir/out.txt", "examples/kerry-moscow", NULL}},
    {"output-directory",
     6,
     "examples/day: is a directory",
     {"summarize", "-o", "examples/day", "examples/kerry-moscow", NULL}},
    {"unknown-method",
     2,
     "unknown method 'magic'",
     {"summarize", "--method", "magic", "examples/kerry-moscow", NULL}},
    {"missing-idf",
     3,
     "missing.idf",
     {"summarize", "--idf", "missing.idf", "examples/kerry-moscow", NULL}},
    {"bad-idf",
     4,
     "tests/data/cli/bad.idf:4: document frequency above",
     {"summarize", "--idf", "tests/data/cli/bad.idf", "examples/kerry-moscow", NULL}},
    {"idf-no-subcommand", 2, "brief idf: missing command", {"idf", NULL}},
    {"idf-unknown-subcommand", 2, "unknown command 'frob'", {"idf", "frob", NULL}},
    {"idf-build-no-input", 2, "no input", {"idf", "build", NULL}},
    {"idf-build-missing", 3, "nope: no such file", {"idf", "build", "nope", NULL}},
    {"idf-build-bad-utf8", 4, "byte 65", {"idf", "build", "tests/data/cli/bad-utf8.txt", NULL}},
    {"idf-merge-bad", 4, "bad.idf:4", {"idf", "merge", "tests/data/cli/bad.idf", NULL}},
    {"idf-merge-missing", 3, "gone.idf", {"idf", "merge", "gone.idf", NULL}},
    {"eval-no-dirs", 2, "eval", {"eval", NULL}},
    {"eval-missing-dir",
     3,
     "nowhere",
     {"eval", "--refs", "nowhere", "--sys", "tests/data/rouge/sys", NULL}},
    {"json-too-deep",
     4,
     "deep.jsonl:1: malformed JSON: nested more than 64 levels",
     {"summarize", "tests/data/cli/deep.jsonl", NULL}},
    {"json-surrogate",
     4,
     "surrogate.jsonl:1: \"text\" is not valid UTF-8",
     {"summarize", "tests/data/cli/surrogate.jsonl", NULL}},
    {"json-nul", 4, "nul.jsonl:1: NUL character", {"summarize", "tests/data/cli/nul.jsonl", NULL}},
    {"json-two-values",
     4,
     "two-values.jsonl:1: malformed JSON: more than one value",
     {"summarize", "tests/data/cli/two-values.jsonl", NULL}},
    {"idf-merge-overflow",
     2,
     "would overflow",
     {"idf", "merge", "tests/data/cli/huge.idf", "tests/data/cli/huge.idf", NULL}},
    {"idf-stem-twice",
     4,
     "twice.idf:5: stem listed twice",
     {"idf", "merge", "tests/data/cli/twice.idf", NULL}},
    {"too-many-threads",
     2,
     "threads must be at most 64",
     {"summarize", "--threads", "1000", "examples/kerry-moscow", NULL}},
    {"cluster-bad-threshold",
     2,
     "story-threshold must be above 0",
     {"cluster", "-t", "-3", "examples/day", NULL}},
    {"cluster-bad-language",
     2,
     "unknown language 'klingon'",
     {"cluster", "-l", "klingon", "examples/day", NULL}},
    {"daily-idf-documents",
     2,
     "unknown option '--idf-documents'",
     {"daily", "--idf-documents", "articles", "examples/day", NULL}},
    {"daily-no-input", 2, "no input", {"daily", NULL}},
    {"daily-missing", 3, "nowhere: no such file", {"daily", "nowhere", NULL}},
    {"daily-bad-max-stories",
     2,
     "max-stories must not be negative",
     {"daily", "--max-stories", "-1", "examples/day", NULL}},
    {"daily-bad-min-articles",
     2,
     "min-articles must be at least 1",
     {"daily", "--min-articles", "0", "examples/day", NULL}},
    {"daily-bad-threshold",
     2,
     "story-threshold must be above 0",
     {"daily", "--story-threshold", "1.5", "examples/day", NULL}},
    {"daily-no-story-big-enough",
     5,
     "no story has 3 or more articles",
     {"daily", "--min-articles", "3", "examples/day", NULL}},
    {"daily-bad-format", 2, "unknown format 'pdf'", {"daily", "-f", "pdf", "examples/day", NULL}},
    {"daily-malformed-json",
     4,
     "malformed.jsonl:2",
     {"daily", "tests/data/cli/malformed.jsonl", NULL}},
    {"daily-bad-output",
     6,
     "no/such/dir/day.html",
     {"daily", "-o", "no/such/dir/day.html", "examples/day", NULL}},
    {"cluster-no-input", 2, "no input", {"cluster", NULL}},
    {"cluster-missing", 3, "gone: no such file", {"cluster", "gone", NULL}},
    {"sentences-no-input", 2, "no input", {"sentences", NULL}},
    {"sentences-two-inputs", 2, "exactly one file", {"sentences", "a", "b", NULL}},
    {"sentences-missing", 3, "missing.txt", {"sentences", "missing.txt", NULL}},
    {"sentences-bad-utf8", 4, "byte 65", {"sentences", "tests/data/cli/bad-utf8.txt", NULL}},
    {"words-not-a-number",
     2,
     "words must be a whole number, got 'ten'",
     {"summarize", "--words", "ten", "examples/kerry-moscow", NULL}},
    {"words-hexadecimal",
     2,
     "words must be a whole number, got '0x10'",
     {"summarize", "--words", "0x10", "examples/kerry-moscow", NULL}},
    {"lambda-not-a-number",
     2,
     "lambda must be a number, got 'abc'",
     {"summarize", "--lambda", "abc", "examples/kerry-moscow", NULL}},
    {"position-centroid-sum",
     2,
     "add up to more than 1",
     {"summarize", "--position", "0.6", "--centroid", "0.6", "examples/kerry-moscow", NULL}},
    {"eval-extra-argument",
     2,
     "unexpected argument 'extra'",
     {"eval", "--refs", "tests/data/rouge/refs", "--sys", "tests/data/rouge/sys", "extra", NULL}},
    {"eval-limit-not-a-number",
     2,
     "limit-words must be a whole number, got 'abc'",
     {"eval", "--refs", "tests/data/rouge/refs", "--sys", "tests/data/rouge/sys", "--limit-words",
      "abc", NULL}},
    {"eval-limit-hexadecimal",
     2,
     "limit-bytes must be a whole number, got '0x10'",
     {"eval", "--refs", "tests/data/rouge/refs", "--sys", "tests/data/rouge/sys", "--limit-bytes",
      "0x10", NULL}},
    {"eval-limit-negative",
     2,
     "limit-words must not be negative, got -1",
     {"eval", "--refs", "tests/data/rouge/refs", "--sys", "tests/data/rouge/sys", "--limit-words",
      "-1", NULL}},
    {"eval-limit-too-large",
     2,
     "limit-words must be at most 4294967295, got 4294967296",
     {"eval", "--refs", "tests/data/rouge/refs", "--sys", "tests/data/rouge/sys", "--limit-words",
      "4294967296", NULL}},
    {"eval-limit-bytes-zero",
     2,
     "limit-bytes must be at least 1, got 0",
     {"eval", "--refs", "tests/data/rouge/refs", "--sys", "tests/data/rouge/sys", "--limit-bytes",
      "0", NULL}},
    {"eval-both-limits",
     2,
     "use --limit-words or --limit-bytes, not both",
     {"eval", "--refs", "tests/data/rouge/refs", "--sys", "tests/data/rouge/sys", "--limit-words",
      "0", "--limit-bytes", "75", NULL}},
    {"eval-limit-missing-value", 2, "--limit-bytes needs a value", {"eval", "--limit-bytes", NULL}},
    {"idf-bad-language",
     4,
     "tests/data/cli/bad-language.idf:2: unknown language 'eng'",
     {"summarize", "--idf", "tests/data/cli/bad-language.idf", "examples/kerry-moscow", NULL}},
    {"idf-merge-bad-language",
     4,
     "bad-language.idf:2: unknown language 'eng'",
     {"idf", "merge", "tests/data/cli/bad-language.idf", NULL}},
    {"no-punctuation-too-long",
     5,
     "no-punctuation.txt: no sentences to summarize (every sentence is longer than max-words (50))",
     {"summarize", "tests/data/cli/no-punctuation.txt", NULL}},
    {"caption-only",
     5,
     "caption-only.txt: no sentences to summarize (every sentence is a caption)",
     {"summarize", "tests/data/cli/caption-only.txt", NULL}},
    {"caption-only-lead",
     5,
     "caption-only.txt: no sentences to summarize (every sentence is a caption)",
     {"summarize", "--method", "lead", "tests/data/cli/caption-only.txt", NULL}},
    {"sentences-unknown-language",
     2,
     "unknown language",
     {"sentences", "-l", "xx", "tests/data/cli/blank.txt", NULL}},
};

static void
test_error(gconstpointer data)
{
  const ErrorCase *c = data;
  Run r = run_brief(NULL, c->args);

  g_assert_cmpint(r.status, ==, c->status);
  g_assert_cmpstr(r.out, ==, "");
  if (strstr(r.err, c->err_contains) == NULL)
    g_error("stderr '%s' does not contain '%s'", r.err, c->err_contains);
  /* One line, ending in a newline (bare "brief" prints its usage). */
  if (strcmp(c->name, "no-arguments") != 0) {
    const char *nl = strchr(r.err, '\n');
    g_assert_nonnull(nl);
    g_assert_cmpstr(nl, ==, "\n");
  }
  run_clear(&r);
}

/* Inputs past a limit: each ends quickly with exit 4 and one line naming
 * the file and the limit.  Run with at most 256 MiB of address space, so
 * that a read without a limit fails the test rather than fill the machine
 * (not under AddressSanitizer, which reserves far more). */
typedef struct {
  const char *name;
  const char *stdin_file; /* NULL: an empty standard input */
  const char *err;        /* the whole of standard error */
  const char *args[10];
} LimitCase;

#define ZERO_32M ": larger than the input limit of 32 MiB (max-input-bytes)\n"

static const LimitCase limit_cases[] = {
    {"file", NULL, "brief summarize: /dev/zero" ZERO_32M, {"summarize", "/dev/zero", NULL}},
    {"stdin", "/dev/zero", "brief summarize: standard input" ZERO_32M, {"summarize", "-", NULL}},
    {"stdin-jsonl",
     "/dev/zero",
     "brief summarize: standard input" ZERO_32M,
     {"summarize", "--input-format", "jsonl", "-", NULL}},
    {"stopwords",
     NULL,
     "brief summarize: /dev/zero" ZERO_32M,
     {"summarize", "--stopwords", "/dev/zero", "examples/kerry-moscow", NULL}},
    {"idf",
     NULL,
     "brief summarize: /dev/zero" ZERO_32M,
     {"summarize", "--idf", "/dev/zero", "examples/kerry-moscow", NULL}},
    {"sentences", NULL, "brief sentences: /dev/zero" ZERO_32M, {"sentences", "/dev/zero", NULL}},
    {"sentences-stdin",
     "/dev/zero",
     "brief sentences: standard input" ZERO_32M,
     {"sentences", "-", NULL}},
    {"daily", NULL, "brief daily: /dev/zero" ZERO_32M, {"daily", "/dev/zero", NULL}},
    {"cluster", NULL, "brief cluster: /dev/zero" ZERO_32M, {"cluster", "/dev/zero", NULL}},
    {"idf-build", NULL, "brief idf build: /dev/zero" ZERO_32M, {"idf", "build", "/dev/zero", NULL}},
    {"idf-merge", NULL, "brief idf merge: /dev/zero" ZERO_32M, {"idf", "merge", "/dev/zero", NULL}},
    {"input-option",
     NULL,
     "brief summarize: /dev/zero: larger than the input limit of 1 KiB (max-input-bytes)\n",
     {"summarize", "--max-input-bytes", "1024", "/dev/zero", NULL}},
    {"idf-merge-option",
     NULL,
     "brief idf merge: tests/golden/harbour.idf: larger than the input limit of 100 bytes "
     "(max-input-bytes)\n",
     {"idf", "merge", "--max-input-bytes", "100", "tests/golden/harbour.idf", NULL}},
    {"total",
     NULL,
     "brief summarize: /dev/zero: the files read add up to more than the limit of 64 MiB "
     "(max-total-bytes)\n",
     {"summarize", "--max-input-bytes", "4294967295", "/dev/zero", NULL}},
    {"total-option",
     NULL,
     "brief daily: examples/kerry-moscow/000_d7c21f9db784468d.txt: the files read add up to more "
     "than the limit of 1000 bytes (max-total-bytes)\n",
     {"daily", "--max-total-bytes", "1000", "examples/kerry-moscow", NULL}},
    {"eval",
     NULL,
     "brief eval: tests/data/rouge/sys/alpha.txt: larger than the input limit of 10 bytes "
     "(max-input-bytes)\n",
     {"eval", "--max-input-bytes", "10", "--refs", "tests/data/rouge/refs", "--sys",
      "tests/data/rouge/sys", NULL}},
};

static void
test_limit(gconstpointer data)
{
  const LimitCase *c = data;
  const char *const ulimit[] = {"sh", "-c", "ulimit -v 262144 && exec \"$0\" \"$@\"", NULL};
  gboolean sanitized = g_strcmp0(g_getenv("BRIEF_SANITIZED"), "1") == 0;
  gint64 start;
  Run r;

  if (!g_file_test("/dev/zero", G_FILE_TEST_EXISTS)) {
    g_test_skip("no /dev/zero");
    return;
  }
  start = g_get_monotonic_time();
  r = run_brief_full(c->stdin_file, NULL, sanitized ? NULL : ulimit, c->args);
  g_assert_cmpstr(r.err, ==, c->err);
  g_assert_cmpint(r.status, ==, 4);
  g_assert_cmpstr(r.out, ==, "");
  g_assert_cmpint(g_get_monotonic_time() - start, <, 20 * G_USEC_PER_SEC);
  run_clear(&r);
}

static void
test_empty_directory(void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp("brief-cli-XXXXXX", &error);
  Run r;

  g_assert_no_error(error);
  r = run_brief(NULL, (const char *const[]){"summarize", dir, NULL});
  g_assert_cmpint(r.status, ==, 5);
  g_assert_cmpstr(r.out, ==, "");
  g_assert_nonnull(strstr(r.err, dir));
  g_assert_nonnull(strstr(r.err, "no article files"));
  run_clear(&r);
  g_rmdir(dir);
}

static void
test_output_file(void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp("brief-cli-XXXXXX", &error);
  g_autofree char *path = g_build_filename(dir, "briefing.txt", NULL);
  g_autofree char *written = NULL;
  Run r, direct;
  GDir *d;
  guint n_files = 0;

  g_assert_no_error(error);
  /* An existing file is replaced whole. */
  g_assert_true(g_file_set_contents(path, "old content\n", -1, NULL));
  r = run_brief(NULL,
                (const char *const[]){"summarize", "-o", path, "examples/kerry-moscow", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_cmpstr(r.out, ==, "");
  direct = run_brief(NULL, (const char *const[]){"summarize", "examples/kerry-moscow", NULL});
  g_assert_true(g_file_get_contents(path, &written, NULL, NULL));
  g_assert_cmpstr(written, ==, direct.out);
  /* No temporary file is left beside it. */
  d = g_dir_open(dir, 0, NULL);
  while (g_dir_read_name(d))
    n_files++;
  g_dir_close(d);
  g_assert_cmpuint(n_files, ==, 1);
  /* A failed run leaves the old file as it was and writes nothing new. */
  run_clear(&r);
  r = run_brief(NULL, (const char *const[]){"summarize", "-o", path, "does/not/exist", NULL});
  g_assert_cmpint(r.status, ==, 3);
  g_free(written);
  g_assert_true(g_file_get_contents(path, &written, NULL, NULL));
  g_assert_cmpstr(written, ==, direct.out);
  run_clear(&r);
  run_clear(&direct);
  g_unlink(path);
  g_rmdir(dir);
}

/* -o onto what is not a regular file: /dev/null stays a device, a FIFO is
 * written through, /dev/stdout is standard output. */
static void
test_output_special(void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp("brief-cli-XXXXXX", &error);
  g_autofree char *fifo = g_build_filename(dir, "fifo", NULL);
  g_autofree char *dangling = g_build_filename(dir, "dangling", NULL);
  g_autofree char *root = repo_root();
  g_autofree char *from_fifo = NULL;
  const char *bin = g_getenv("BRIEF_BIN");
  g_autoptr(GSubprocess) p = NULL;
  GStatBuf before, after;
  Run r, direct;

  g_assert_no_error(error);
  direct = run_brief(NULL, (const char *const[]){"summarize", "examples/kerry-moscow", NULL});
  g_assert_cmpint(g_lstat("/dev/null", &before), ==, 0);
  r = run_brief(
      NULL, (const char *const[]){"summarize", "-o", "/dev/null", "examples/kerry-moscow", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_cmpstr(r.out, ==, "");
  g_assert_cmpint(g_lstat("/dev/null", &after), ==, 0);
  g_assert_true(S_ISCHR(after.st_mode));
  g_assert_cmpuint(after.st_ino, ==, before.st_ino);
  g_assert_cmpuint(after.st_rdev, ==, before.st_rdev);
  run_clear(&r);
  r = run_brief(
      NULL, (const char *const[]){"summarize", "-o", "/dev/stdout", "examples/kerry-moscow", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_cmpstr(r.out, ==, direct.out);
  run_clear(&r);
  /* The FIFO's reader is this process. */
  g_assert_cmpint(mkfifo(fifo, 0600), ==, 0);
  {
    g_autoptr(GSubprocessLauncher) l = g_subprocess_launcher_new(G_SUBPROCESS_FLAGS_NONE);
    g_subprocess_launcher_set_cwd(l, root);
    p = g_subprocess_launcher_spawn(l, &error, bin, "summarize", "-o", fifo,
                                    "examples/kerry-moscow", NULL);
    g_assert_no_error(error);
  }
  g_assert_true(g_file_get_contents(fifo, &from_fifo, NULL, &error));
  g_assert_true(g_subprocess_wait_check(p, NULL, &error));
  g_assert_no_error(error);
  g_assert_cmpstr(from_fifo, ==, direct.out);
  g_assert_cmpint(g_lstat(fifo, &after), ==, 0);
  g_assert_true(S_ISFIFO(after.st_mode));
  /* A link to nothing: refused, naming the link. */
  g_assert_cmpint(symlink("missing.txt", dangling), ==, 0);
  r = run_brief(NULL,
                (const char *const[]){"summarize", "-o", dangling, "examples/kerry-moscow", NULL});
  g_assert_cmpint(r.status, ==, 6);
  g_assert_nonnull(strstr(r.err, dangling));
  g_assert_nonnull(strstr(r.err, "symbolic link to a file that does not exist"));
  g_assert_false(g_file_test(dangling, G_FILE_TEST_EXISTS));
  run_clear(&r);
  run_clear(&direct);
  g_unlink(dangling);
  g_unlink(fifo);
  g_rmdir(dir);
}

static void
test_eval_output(void)
{
  /* eval writes like every command: -o, atomically, exit 6 on failure. */
  Run r = run_brief(NULL, (const char *const[]){"eval", "--refs", "tests/data/rouge/refs", "--sys",
                                                "tests/data/rouge/sys", "-o",
                                                "no/such/dir/eval.txt", NULL});
  const char *last;

  g_assert_cmpint(r.status, ==, 6);
  g_assert_cmpstr(r.out, ==, "");
  last = g_strrstr_len(r.err, (gssize)strlen(r.err) - 1, "\n");
  g_assert_nonnull(last);
  g_assert_true(g_str_has_prefix(last, "\nbrief eval: "));
  g_assert_nonnull(strstr(last, "no/such/dir/eval.txt"));
  run_clear(&r);
}

static void
test_help_and_version(void)
{
  Run r = run_brief(NULL, (const char *const[]){"--help", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_true(g_str_has_prefix(r.out, "Usage: brief COMMAND"));
  g_assert_nonnull(strstr(r.out, "summarize"));
  g_assert_nonnull(strstr(r.out, "Exit status"));
  run_clear(&r);

  r = run_brief(NULL, (const char *const[]){"--version", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_true(g_str_has_prefix(r.out, "brief "));
  g_assert_nonnull(strstr(r.out, "BSD-3-Clause"));
  g_assert_nonnull(strstr(r.out, brief_version()));
  run_clear(&r);

  r = run_brief(NULL, (const char *const[]){"summarize", "--help", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_nonnull(strstr(r.out, "--words"));
  g_assert_nonnull(strstr(r.out, "--format"));
  run_clear(&r);

  /* Defaults in the help come from the library's table of tunables. */
  r = run_brief(NULL, (const char *const[]){"summarize", "--help-tuning", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_nonnull(strstr(r.out, "--lambda"));
  g_assert_nonnull(strstr(r.out, "(default 0.7)"));
  g_assert_nonnull(strstr(r.out, "--keep-noise"));
  run_clear(&r);

  r = run_brief(NULL, (const char *const[]){"daily", "--help", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_nonnull(strstr(r.out, "Budget in words (default 60)"));
  g_assert_nonnull(strstr(r.out, "--max-stories"));
  g_assert_null(strstr(r.out, "--idf-documents"));
  run_clear(&r);

  r = run_brief(NULL, (const char *const[]){"batch", "--help", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_nonnull(strstr(r.out, "--max-line-bytes"));
  g_assert_nonnull(strstr(r.out, "--max-articles"));
  g_assert_nonnull(strstr(r.out, "Exit status"));
  g_assert_null(strstr(r.out, "-f, --format"));
  run_clear(&r);

  r = run_brief(NULL, (const char *const[]){"--list-languages", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_nonnull(strstr(r.out, "english\n"));
  g_assert_nonnull(strstr(r.out, "russian\n"));
  run_clear(&r);
}

static void
test_readme_example(void)
{
  /* README.md shows the real output of the Quick start. */
  g_autofree char *readme_path = g_test_build_filename(G_TEST_DIST, "..", "README.md", NULL);
  g_autofree char *readme = NULL;
  Run r = run_brief(NULL, (const char *const[]){"summarize", "examples/kerry-moscow", NULL});

  g_assert_cmpint(r.status, ==, 0);
  g_assert_true(g_file_get_contents(readme_path, &readme, NULL, NULL));
  if (strstr(readme, r.out) == NULL)
    g_error("README.md does not show the current output of the Quick start:\n%s", r.out);
  run_clear(&r);
}

/* Articles left out for their dates: a warning each up to five, past
 * that one line counting them, and with --verbose both. */
static void
test_daily_left_out(void)
{
  Run r = run_brief(NULL, (const char *const[]){"daily", "--date", "2024-05-08", "--days", "1",
                                                "tests/data/daily/week.jsonl", NULL});

  g_assert_cmpint(r.status, ==, 0);
  g_assert_cmpstr(r.err, ==,
                  "brief: warning: 6 articles left out for their dates: 1 before the window's "
                  "first day 2024-05-08, 5 after the briefing date 2024-05-08 (--verbose names "
                  "them)\n");
  g_assert_nonnull(strstr(r.out, "4 articles from 3 sources, 4 stories; 6 articles of other "
                                 "days left out."));
  run_clear(&r);

  r = run_brief(NULL, (const char *const[]){"daily", "-v", "--date", "2024-05-08", "--days", "1",
                                            "tests/data/daily/week.jsonl", NULL});
  g_assert_cmpint(r.status, ==, 0);
  {
    g_auto(GStrv) lines = g_strsplit(r.err, "\n", -1);
    g_assert_cmpuint(g_strv_length(lines), ==, 9); /* 6, the count, the stats, "" */
    g_assert_cmpstr(lines[0], ==,
                    "brief: warning: tests/data/daily/week.jsonl:2: dated 2024-05-09, after the "
                    "briefing date 2024-05-08; left out");
    g_assert_cmpstr(lines[6], ==,
                    "brief: warning: 6 articles left out for their dates: 1 before the window's "
                    "first day 2024-05-08, 5 after the briefing date 2024-05-08");
    g_assert_true(g_str_has_prefix(lines[7], "brief: 10 articles, 6 left out for their dates, "));
  }
  run_clear(&r);

  /* --quiet: none. */
  r = run_brief(NULL, (const char *const[]){"daily", "-q", "--date", "2024-05-10",
                                            "tests/data/daily/week.jsonl", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_cmpstr(r.err, ==, "");
  run_clear(&r);
}

static void
test_language_warning(void)
{
  /* A language without a stop list works, with one warning line. */
  Run r = run_brief(
      NULL, (const char *const[]){"summarize", "-l", "greek", "examples/kerry-moscow", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_cmpstr(r.err, ==, "brief: warning: no stop word list for 'greek': all words count\n");
  g_assert_cmpuint(strlen(r.out), >, 0);
  run_clear(&r);

  r = run_brief(
      NULL, (const char *const[]){"summarize", "-q", "-l", "greek", "examples/kerry-moscow", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_cmpstr(r.err, ==, "");
  run_clear(&r);
}

/* No control character but the line feed and no C1 control in `out`. */
static void
assert_no_controls(const char *what, const char *out)
{
  for (const guchar *p = (const guchar *)out; *p; p++)
    if ((*p < 0x20 && *p != '\n') || *p == 0x7F || (*p == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0))
      g_error("%s: control character at byte %u:\n%s", what, (guint)(p - (const guchar *)out), out);
}

static void
test_symlink_loop(void)
{
  g_autofree char *dir = g_dir_make_tmp("brief-cli-XXXXXX", NULL);
  g_autofree char *loop = g_build_filename(dir, "loop", NULL);
  Run r;
  g_autoptr(GFile) file = g_file_new_for_path(loop);

  g_assert_true(g_file_make_symbolic_link(file, "loop", NULL, NULL));
  r = run_brief(NULL, (const char *const[]){"summarize", loop, NULL});
  g_assert_cmpint(r.status, ==, 3);
  g_assert_nonnull(strstr(r.err, "loop: too many levels of symbolic links\n"));
  run_clear(&r);
  g_unlink(loop);
  g_rmdir(dir);
}

/* Files whose names hold ESC, BEL, a tab and a line break. */
static const char *const control_names[] = {"a\x1B[31mred\x07.txt", "b\tx\ny.txt"};

static char *
make_control_dir(void)
{
  static const char *const bodies[] = {
      "Title: Harbour strike ends\n\nThe strike at the northern harbour ended on Wednesday after "
      "a deal on pay. The first grain ship left the harbour in the evening.\n",
      "The harbour strike ended on Wednesday after workers accepted a deal on pay. "
      "Grain ships began to leave the northern harbour in the evening.\n"};
  char *dir = g_dir_make_tmp("brief-cli-XXXXXX", NULL);

  g_assert_nonnull(dir);
  for (gsize i = 0; i < G_N_ELEMENTS(control_names); i++) {
    g_autofree char *path = g_build_filename(dir, control_names[i], NULL);
    g_assert_true(g_file_set_contents(path, bodies[i], -1, NULL));
  }
  return dir;
}

static void
remove_control_dir(char *dir)
{
  for (gsize i = 0; i < G_N_ELEMENTS(control_names); i++) {
    g_autofree char *path = g_build_filename(dir, control_names[i], NULL);
    g_unlink(path);
  }
  g_rmdir(dir);
  g_free(dir);
}

static void
test_control_names(void)
{
  static const char *const formats[] = {"text", "markdown", "html", "json", "plain"};
  char *dir = make_control_dir();
  Run r;

  for (gsize i = 0; i < G_N_ELEMENTS(formats); i++) {
    r = run_brief(NULL, (const char *const[]){"summarize", "-f", formats[i], dir, NULL});
    g_assert_cmpint(r.status, ==, 0);
    assert_no_controls(formats[i], r.out);
    run_clear(&r);
  }
  /* brief cluster: one line per article, one tab per line. */
  r = run_brief(NULL, (const char *const[]){"cluster", dir, NULL});
  g_assert_cmpint(r.status, ==, 0);
  {
    g_auto(GStrv) lines = g_strsplit(r.out, "\n", -1);
    g_assert_cmpuint(g_strv_length(lines), ==, 3);
    for (guint i = 0; i < 2; i++) {
      g_assert_cmpstr(strchr(lines[i], '\t'), ==, strrchr(lines[i], '\t'));
      assert_no_controls("cluster", strchr(lines[i], '\t') + 1);
    }
    g_assert_nonnull(strstr(r.out, "a\\x1B[31mred\\x07.txt\n"));
    g_assert_nonnull(strstr(r.out, "b\\x09x\\x0Ay.txt\n"));
  }
  run_clear(&r);
  /* A message quoting a name shows its controls, on one line. */
  r = run_brief(NULL, (const char *const[]){"summarize", "gone\x1B[2J\n.txt", NULL});
  g_assert_cmpint(r.status, ==, 3);
  g_assert_cmpstr(r.err, ==, "brief summarize: gone\\x1B[2J\\x0A.txt: no such file or directory\n");
  run_clear(&r);
  remove_control_dir(dir);
}

static void
test_control_eval(void)
{
  g_autofree char *dir = g_dir_make_tmp("brief-cli-XXXXXX", NULL);
  g_autofree char *sys = g_build_filename(dir, "sys", NULL);
  g_autofree char *refs = g_build_filename(dir, "refs", NULL);
  const char *const files[] = {"sys/x\x1B]0;owned\x07\n.txt", "sys/q\x1B[2J\t.txt",
                               "refs/q\x1B[2J\t.A.txt"};
  Run r;

  g_assert_cmpint(g_mkdir(sys, 0700), ==, 0);
  g_assert_cmpint(g_mkdir(refs, 0700), ==, 0);
  for (gsize i = 0; i < G_N_ELEMENTS(files); i++) {
    g_autofree char *path = g_build_filename(dir, files[i], NULL);
    g_assert_true(g_file_set_contents(path, "The ship left the harbour.\n", -1, NULL));
  }
  r = run_brief(NULL,
                (const char *const[]){"eval", "--refs", refs, "--sys", sys, "--per-cluster", NULL});
  g_assert_cmpint(r.status, ==, 0);
  /* The warning: brief's prefix, the name's controls shown, one line. */
  g_assert_true(g_str_has_prefix(r.err, "brief: warning: "));
  g_assert_true(g_str_has_suffix(r.err, "x\\x1B]0;owned\\x07\\x0A.txt: no counterpart, skipped\n"));
  assert_no_controls("eval warning", r.err);
  /* The per-cluster lines name the cluster the same way. */
  g_assert_nonnull(strstr(r.out, " Eval q\\x1B[2J\\x09.SYS R:1.00000 "));
  assert_no_controls("eval", r.out);
  run_clear(&r);
  for (gsize i = 0; i < G_N_ELEMENTS(files); i++) {
    g_autofree char *path = g_build_filename(dir, files[i], NULL);
    g_unlink(path);
  }
  g_rmdir(sys);
  g_rmdir(refs);
  g_rmdir(dir);
}

static void
test_control_sentences_and_title(void)
{
  static const char *const formats[] = {"text", "markdown", "html", "json", "plain"};
  static const char body[] = "The harbour \x1B]8;;http://x\x07strike\x1B[2J ended on Wednesday "
                             "after a deal.\x07 Grain ships left\xC2\x9B in the evening.\n";
  Run r = run_brief(body, (const char *const[]){"sentences", "-", NULL});

  g_assert_cmpint(r.status, ==, 0);
  assert_no_controls("sentences", r.out);
  g_assert_cmpstr(r.out, ==,
                  "The harbour ]8;;http://xstrike[2J ended on Wednesday after a deal. "
                  "Grain ships left in the evening.\n");
  run_clear(&r);
  r = run_brief(body, (const char *const[]){"sentences", "--json", "-", NULL});
  g_assert_cmpint(r.status, ==, 0);
  assert_no_controls("sentences --json", r.out);
  g_assert_nonnull(strstr(r.out, "\\u001b]8;;http://x\\u0007strike"));
  g_assert_nonnull(strstr(r.out, "left\\u009b in"));
  run_clear(&r);
  for (gsize i = 0; i < G_N_ELEMENTS(formats); i++) {
    r = run_brief(NULL, (const char *const[]){"daily", "-f", formats[i], "--title",
                                              "Morning\x1B[2J\x07\nnews", "examples/day", NULL});
    g_assert_cmpint(r.status, ==, 0);
    assert_no_controls(formats[i], r.out);
    if (i < 3)
      g_assert_nonnull(strstr(r.out, "2J news"));
    run_clear(&r);
  }
}

/* ---- brief batch -------------------------------------------------------------- */

static const char *const example_files[] = {
    "examples/kerry-moscow/000_d7c21f9db784468d.txt",
    "examples/kerry-moscow/001_2991fbc95a7d52e4.txt",
    "examples/day/arafat-funeral-delegation-1.txt",
    "examples/day/arafat-successor-election-1.txt",
    "examples/day/brazil-china-lunch-1.txt",
    "examples/day/brazil-korea-talks-1.txt",
    "examples/day/powell-resignation-1.txt",
    "examples/day/queensland-train-derailment-1.txt",
    "examples/day/senate-democratic-leader-1.txt",
};

/* Example file `i` as a batch article object: its header fields and body. */
static char *
example_article(guint i)
{
  g_autofree char *root = repo_root();
  g_autofree char *path = g_build_filename(root, example_files[i], NULL);
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(JsonBuilder) b = json_builder_new();
  g_autoptr(JsonGenerator) g = json_generator_new();
  g_autoptr(JsonNode) node = NULL;
  const BriefArticle *a;

  g_assert_true(brief_cluster_add_path(c, path, BRIEF_INPUT_TEXT, NULL));
  a = brief_cluster_get_article(c, 0);
  json_builder_begin_object(b);
  if (a->title) {
    json_builder_set_member_name(b, "title");
    json_builder_add_string_value(b, a->title);
  }
  if (a->source) {
    json_builder_set_member_name(b, "source");
    json_builder_add_string_value(b, a->source);
  }
  if (a->url) {
    json_builder_set_member_name(b, "url");
    json_builder_add_string_value(b, a->url);
  }
  if (a->year != 0) {
    g_autofree char *date = g_strdup_printf("%04d-%02d-%02d", a->year, a->month, a->day);
    json_builder_set_member_name(b, "date");
    json_builder_add_string_value(b, date);
  }
  json_builder_set_member_name(b, "text");
  json_builder_add_string_value(b, a->text);
  json_builder_end_object(b);
  node = json_builder_get_root(b);
  json_generator_set_root(g, node);
  return json_generator_to_data(g, NULL);
}

/* A batch line of the example files `files` (-1 terminated) and `rest`
 * (", \"options\": ..." or ""). */
static void
append_line(GString *out, const char *id, const int *files, const char *rest)
{
  g_string_append_printf(out, "{\"id\": %s, \"articles\": [", id);
  for (const int *f = files; *f >= 0; f++) {
    g_autofree char *a = example_article((guint)*f);
    g_string_append_printf(out, "%s%s", f == files ? "" : ", ", a);
  }
  g_string_append_printf(out, "]%s}\n", rest);
}

/* The golden batch: four clusters and two bad lines. */
static char *
small_batch(void)
{
  GString *s = g_string_new(NULL);

  append_line(s, "\"kerry-moscow\"", (const int[]){0, 1, -1}, "");
  append_line(s, "2", (const int[]){2, 3, -1}, ", \"options\": {\"sentences\": 2}");
  g_string_append(s, "{\"id\": \"broken\", \"articles\": [\n");
  append_line(s, "\"powell\"", (const int[]){6, -1}, ", \"date\": \"2004-11-20\"");
  g_string_append(s, "\n{\"id\": \"empty\", \"articles\": []}\n");
  append_line(s, "\"brazil\"", (const int[]){4, 5, -1},
              ", \"options\": {\"method\": \"lead\", \"words\": 40}");
  return g_string_free(s, FALSE);
}

/* `n` lines over the example files, every seventh one without articles. */
static char *
big_batch(guint n)
{
  GString *s = g_string_new(NULL);

  for (guint i = 0; i < n; i++) {
    g_autofree char *id = g_strdup_printf("\"c%02u\"", i);
    g_autofree char *rest = g_strdup_printf(", \"options\": {\"words\": %u}", 30 + 5 * i);
    int files[] = {(int)(i % 9), (int)((i * 4 + 1) % 9), -1};
    if (i % 7 == 6)
      g_string_append_printf(s, "{\"id\": %s, \"articles\": []}\n", id);
    else
      append_line(s, id, files[0] == files[1] ? (const int[]){files[0], -1} : files, rest);
  }
  return g_string_free(s, FALSE);
}

static char *
write_tmp(const char *dir, const char *name, const char *data)
{
  char *path = g_build_filename(dir, name, NULL);

  g_assert_true(g_file_set_contents(path, data, -1, NULL));
  return path;
}

static void
test_batch_golden(void)
{
  g_autofree char *dir = g_dir_make_tmp("brief-cli-XXXXXX", NULL);
  g_autofree char *input = small_batch();
  g_autofree char *path = write_tmp(dir, "small.jsonl", input);
  Run r = run_brief(NULL, (const char *const[]){"batch", path, NULL});
  Run in = run_brief(input, (const char *const[]){"batch", "--threads", "3", NULL});

  g_assert_cmpint(r.status, ==, 7);
  /* The error lines say what went wrong; warnings say where. */
  g_assert_cmpstr(r.err, ==,
                  "brief: warning: line 3: malformed JSON at column 30: unexpected end of file, "
                  "expected character ']'\n"
                  "brief: warning: line 6: \"articles\" is empty: no articles to summarize\n"
                  "brief batch: 2 of 6 lines failed (see their error lines)\n");
  check_golden("batch.jsonl", r.out);
  /* Standard input gives the same bytes (messages name "line N" alike). */
  g_assert_cmpint(in.status, ==, 7);
  g_assert_cmpstr(in.out, ==, r.out);
  run_clear(&r);
  run_clear(&in);
  g_unlink(path);
  g_rmdir(dir);
}

/* Output in input order, byte-identical for 1, 2 and 8 threads. */
static void
test_batch_threads(void)
{
  g_autofree char *input = big_batch(20);
  Run one = run_brief(input, (const char *const[]){"batch", "--threads", "1", NULL});
  g_auto(GStrv) lines = g_strsplit(one.out, "\n", -1);

  g_assert_cmpint(one.status, ==, 7);
  g_assert_cmpuint(g_strv_length(lines), ==, 21);
  for (guint i = 0; i < 20; i++) {
    g_autofree char *prefix =
        g_strdup_printf("{\"id\":\"c%02u\",\"%s\":", i, i % 7 == 6 ? "error" : "briefing");
    g_assert_true(g_str_has_prefix(lines[i], prefix));
  }
  for (guint t = 0; t < 2; t++) {
    Run r = run_brief(input, (const char *const[]){"batch", "--threads", t ? "8" : "2", NULL});
    g_assert_cmpint(r.status, ==, 7);
    g_assert_cmpstr(r.out, ==, one.out);
    g_assert_cmpstr(r.err, ==,
                    "brief: warning: line 7: \"articles\" is empty: no articles to summarize\n"
                    "brief: warning: line 14: \"articles\" is empty: no articles to summarize\n"
                    "brief batch: 2 of 20 lines failed (see their error lines)\n");
    run_clear(&r);
  }
  run_clear(&one);
}

/* A briefing of batch is summarize --format json's object, article names
 * aside ("articles[K]" against "FILE:LINE"). */
static void
test_batch_same_as_summarize(void)
{
  g_autofree char *dir = g_dir_make_tmp("brief-cli-XXXXXX", NULL);
  g_autofree char *a0 = example_article(2), *a1 = example_article(3);
  g_autofree char *jsonl = g_strdup_printf("%s\n%s\n", a0, a1);
  g_autofree char *path = write_tmp(dir, "arafat.jsonl", jsonl);
  g_autofree char *line = g_strdup_printf(
      "{\"id\": 1, \"articles\": [%s, %s], \"options\": {\"words\": 45, \"coverage\": 0}}", a0, a1);
  Run b = run_brief(line, (const char *const[]){"batch", NULL});
  Run s = run_brief(NULL, (const char *const[]){"summarize", "-f", "json", "--words", "45",
                                                "--coverage", "0", path, NULL});
  g_autoptr(JsonParser) pb = json_parser_new(), ps = json_parser_new();
  JsonNode *briefing, *summary;

  g_assert_cmpint(b.status, ==, 0);
  g_assert_cmpint(s.status, ==, 0);
  g_assert_true(json_parser_load_from_data(pb, b.out, -1, NULL));
  g_assert_true(json_parser_load_from_data(ps, s.out, -1, NULL));
  briefing = json_object_get_member(json_node_get_object(json_parser_get_root(pb)), "briefing");
  summary = json_parser_get_root(ps);
  for (guint k = 0; k < 2; k++) {
    JsonNode *n = k ? summary : briefing;
    JsonArray *src = json_object_get_array_member(json_node_get_object(n), "sources");
    for (guint i = 0; i < json_array_get_length(src); i++)
      json_object_remove_member(json_array_get_object_element(src, i), "name");
  }
  g_assert_true(json_node_equal(briefing, summary));
  run_clear(&b);
  run_clear(&s);
  g_unlink(path);
  g_rmdir(dir);
}

static guint
count_files(const char *dir)
{
  GDir *d = g_dir_open(dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name(d))
    n++;
  g_dir_close(d);
  return n;
}

/* -o: written atomically, also when some lines failed; a fatal error
 * leaves the old file.  Exit 0 when every line succeeds, empty input too. */
static void
test_batch_output(void)
{
  g_autofree char *dir = g_dir_make_tmp("brief-cli-XXXXXX", NULL);
  g_autofree char *input = small_batch();
  g_autofree char *path = write_tmp(dir, "in.jsonl", input);
  g_autofree char *out = write_tmp(dir, "out.jsonl", "old\n");
  g_autofree char *written = NULL;
  Run direct = run_brief(NULL, (const char *const[]){"batch", path, NULL});
  Run r = run_brief(NULL, (const char *const[]){"batch", "-o", out, path, NULL});

  g_assert_cmpint(r.status, ==, 7);
  g_assert_cmpstr(r.out, ==, "");
  g_assert_true(g_file_get_contents(out, &written, NULL, NULL));
  g_assert_cmpstr(written, ==, direct.out);
  g_assert_cmpuint(count_files(dir), ==, 2);
  run_clear(&r);
  g_clear_pointer(&written, g_free);
  g_assert_true(g_file_set_contents(out, "old\n", -1, NULL));
  r = run_brief(NULL, (const char *const[]){"batch", "-o", out, path, "does/not/exist", NULL});
  g_assert_cmpint(r.status, ==, 3);
  g_assert_cmpstr(r.err, ==, "brief batch: does/not/exist: no such file or directory\n");
  g_assert_true(g_file_get_contents(out, &written, NULL, NULL));
  g_assert_cmpstr(written, ==, "old\n");
  g_assert_cmpuint(count_files(dir), ==, 2);
  run_clear(&r);
  /* Every line good: exit 0; nothing in: nothing out. */
  r = run_brief("\n\n", (const char *const[]){"batch", "-", NULL});
  g_assert_cmpint(r.status, ==, 0);
  g_assert_cmpstr(r.out, ==, "");
  g_assert_cmpstr(r.err, ==, "");
  run_clear(&r);
  {
    g_autofree char *a = example_article(6);
    g_autofree char *line = g_strdup_printf("{\"id\": 9, \"articles\": [%s]}\n", a);
    r = run_brief(line, (const char *const[]){"batch", NULL});
    g_assert_cmpint(r.status, ==, 0);
    g_assert_true(g_str_has_prefix(r.out, "{\"id\":9,\"briefing\":{"));
    g_assert_cmpstr(r.err, ==, "");
    run_clear(&r);
  }
  /* Several inputs: messages name the file. */
  r = run_brief("{}\n", (const char *const[]){"batch", path, "-", NULL});
  g_assert_cmpint(r.status, ==, 7);
  g_assert_nonnull(strstr(r.out, "\"message\":\"missing \\\"id\\\"\""));
  g_assert_nonnull(strstr(r.err, "brief: warning: standard input:1: missing \"id\"\n"));
  g_assert_nonnull(strstr(r.out, "\"message\":\""));
  run_clear(&r);
  run_clear(&direct);
  g_unlink(out);
  g_unlink(path);
  g_rmdir(dir);
}

/* idf build --batch counts the articles of the lines as idf build counts
 * the same articles in a JSON Lines file; shards merged give the same model. */
static void
test_batch_idf(void)
{
  g_autofree char *dir = g_dir_make_tmp("brief-cli-XXXXXX", NULL);
  g_autofree char *input = big_batch(10);
  g_autofree char *path = write_tmp(dir, "all.jsonl", input);
  g_auto(GStrv) lines = g_strsplit(input, "\n", -1);
  g_autofree char *head = g_strjoinv("\n", (char *[]){lines[0], lines[1], lines[2], "", NULL});
  g_autofree char *tail = g_strjoinv("\n", lines + 3);
  g_autofree char *shard1 = write_tmp(dir, "s1.jsonl", head);
  g_autofree char *shard2 = write_tmp(dir, "s2.jsonl", tail);
  g_autofree char *m1 = g_build_filename(dir, "s1.idf", NULL);
  g_autofree char *m2 = g_build_filename(dir, "s2.idf", NULL);
  GString *articles = g_string_new(NULL);
  g_autofree char *arts_path = NULL;
  Run whole, as_files, merged, r;

  for (guint i = 0; i < 10; i++) {
    if (i % 7 == 6)
      continue;
    g_autofree char *first = example_article(i % 9);
    g_string_append_printf(articles, "%s\n", first);
    if ((i * 4 + 1) % 9 != i % 9) {
      g_autofree char *a = example_article((i * 4 + 1) % 9);
      g_string_append_printf(articles, "%s\n", a);
    }
  }
  arts_path = write_tmp(dir, "articles.jsonl", articles->str);
  g_string_free(articles, TRUE);
  /* A line without articles is left out with a warning, as brief batch
   * answers it with an error line; the model is still written. */
  whole = run_brief(NULL, (const char *const[]){"idf", "build", "--batch", path, NULL});
  as_files = run_brief(NULL, (const char *const[]){"idf", "build", arts_path, NULL});
  g_assert_cmpint(whole.status, ==, 7);
  g_assert_cmpstr(whole.err, ==,
                  "brief: warning: line 7: \"articles\" is empty: no articles to summarize; line "
                  "left out\n"
                  "brief idf build: 1 of 10 lines left out (see the warnings)\n");
  g_assert_cmpstr(whole.out, ==, as_files.out);
  r = run_brief(NULL, (const char *const[]){"idf", "build", "--batch", "--quiet", path, NULL});
  g_assert_cmpint(r.status, ==, 7);
  g_assert_cmpstr(r.err, ==, "brief idf build: 1 of 10 lines left out\n");
  g_assert_cmpstr(r.out, ==, whole.out);
  run_clear(&r);
  r = run_brief(NULL, (const char *const[]){"idf", "build", "--batch", "-o", m1, shard1, NULL});
  g_assert_cmpint(r.status, ==, 0);
  run_clear(&r);
  r = run_brief(tail, (const char *const[]){"idf", "build", "--batch", "-o", m2, "-", NULL});
  g_assert_cmpint(r.status, ==, 7);
  run_clear(&r);
  merged = run_brief(NULL, (const char *const[]){"idf", "merge", m1, m2, NULL});
  g_assert_cmpint(merged.status, ==, 0);
  g_assert_cmpstr(merged.out, ==, whole.out);
  run_clear(&whole);
  run_clear(&as_files);
  run_clear(&merged);
  for (const char *const *f = (const char *const[]){path, shard1, shard2, m1, m2, arts_path, NULL};
       *f; f++)
    g_unlink(*f);
  g_rmdir(dir);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(golden_cases); i++) {
    g_autofree char *name = g_strdup_printf("/cli/golden/%s", golden_cases[i].golden);
    g_test_add_data_func(name, &golden_cases[i], test_golden);
  }
  for (gsize i = 0; i < G_N_ELEMENTS(error_cases); i++) {
    g_autofree char *name = g_strdup_printf("/cli/error/%s", error_cases[i].name);
    g_test_add_data_func(name, &error_cases[i], test_error);
  }
  for (gsize i = 0; i < G_N_ELEMENTS(limit_cases); i++) {
    g_autofree char *name = g_strdup_printf("/cli/limit/%s", limit_cases[i].name);
    g_test_add_data_func(name, &limit_cases[i], test_limit);
  }
  g_test_add_func("/cli/error/empty-directory", test_empty_directory);
  g_test_add_func("/cli/output-file", test_output_file);
  g_test_add_func("/cli/help-version", test_help_and_version);
  g_test_add_func("/cli/eval-output", test_eval_output);
  g_test_add_func("/cli/output-special", test_output_special);
  g_test_add_func("/cli/language-warning", test_language_warning);
  g_test_add_func("/cli/error/symlink-loop", test_symlink_loop);
  g_test_add_func("/cli/control/names", test_control_names);
  g_test_add_func("/cli/control/eval", test_control_eval);
  g_test_add_func("/cli/control/sentences-title", test_control_sentences_and_title);
  g_test_add_func("/cli/readme-example", test_readme_example);
  g_test_add_func("/cli/daily/left-out", test_daily_left_out);
  g_test_add_func("/cli/batch/golden", test_batch_golden);
  g_test_add_func("/cli/batch/threads", test_batch_threads);
  g_test_add_func("/cli/batch/same-as-summarize", test_batch_same_as_summarize);
  g_test_add_func("/cli/batch/output", test_batch_output);
  g_test_add_func("/cli/batch/idf", test_batch_idf);
  return g_test_run();
}
