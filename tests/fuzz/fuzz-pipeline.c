/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: the whole pipeline from one input.
 *
 * The input starts with five settings bytes (all zero: English, one
 * thread, the defaults below), then the name of the article, then its
 * bytes:
 *  byte 0: the language (`languages`);
 *  byte 1: bits 0-1 threads - 1, bit 2 noise filter off for TextRank,
 *          bit 3 noise filter on for LEAD, bit 4 LEAD's fill off;
 *  byte 2: TextRank's budget (`textrank_budgets`: words, or sentences);
 *  byte 3: LEAD's sentence budget (`lead_sentences`);
 *  byte 4: the length of the name (mod 32), whose bytes follow: a file
 *          name with any character but NUL and invalid UTF-8 (made
 *          valid), so control characters reach every rendered output.
 * The rest is read twice: as one text article and as JSON Lines.  Whatever
 * parses is summarized (TextRank and LEAD) and rendered in every format;
 * JSON Lines with more than one article also become a daily briefing,
 * rendered in every format.  Input that is valid UTF-8 is split into
 * sentences as well.
 *
 * A broken invariant prints what broke and aborts, which libFuzzer and the
 * replay driver (replay.c) report as a crash.  The invariants are listed in
 * docs/fuzzing.md.  Everything but the summarizers and the splitters (made
 * once per setting and kept in a small cache: loading stop words and
 * stemmers per input would be most of the work) is freed before returning,
 * so LeakSanitizer sees leaks per input.
 */
#include "brief-private.h"
#include "config-private.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Larger inputs add run time, not coverage: every stage is linear or
 * works per sentence. */
#define FUZZ_MAX_INPUT (64 * 1024)

#define SETTINGS_BYTES 5
#define DAILY_WORDS    30
#define DAILY_STORIES  4
#define CACHE_SIZE     16

static const char *const languages[] = {"english", "german", "french",  "russian",
                                        "spanish", "dutch",  "finnish", "porter"};
/* TextRank: "words" N, or "sentences" N with the word budget dropped. */
static const char *const textrank_budgets[][2] = {
    {"words", "40"}, {"words", "10"}, {"words", "120"}, {"sentences", "3"}};
static const char *const lead_sentences[] = {"2", "1", "3", "6"};

/* What the settings bytes make: the summarizers, the splitter and the
 * daily briefing's configuration for one setting. */
typedef struct {
  guint key; /* the settings bytes that matter, packed; 0: empty slot */
  BriefConfig *textrank_config, *lead_config, *daily_config;
  BriefSummarizer *textrank, *lead;
  BriefSplitter *splitter;
} Fuzz;

#include "fuzz-common.h"
#include "fuzz-render.h"

/* A configuration with the tunables of `pairs` (name, value, ..., NULL). */
static BriefConfig *
config_with(const char *const *pairs)
{
  BriefConfig *config = brief_config_new();
  GError *error = NULL;

  for (guint i = 0; pairs[i] != NULL; i += 2)
    CHECK(brief_config_set(config, pairs[i], pairs[i + 1], &error), "config: %s", error->message);
  return config;
}

static void
fuzz_clear(Fuzz *f)
{
  g_clear_pointer(&f->textrank, brief_summarizer_free);
  g_clear_pointer(&f->lead, brief_summarizer_free);
  g_clear_pointer(&f->splitter, brief_splitter_free);
  g_clear_pointer(&f->textrank_config, brief_config_free);
  g_clear_pointer(&f->lead_config, brief_config_free);
  g_clear_pointer(&f->daily_config, brief_config_free);
}

static void
fuzz_make(Fuzz *f, const uint8_t *b)
{
  const char *language = languages[b[0] % G_N_ELEMENTS(languages)];
  g_autofree char *threads = g_strdup_printf("%u", 1u + (b[1] & 3u));
  const char *const *budget = textrank_budgets[b[2] % G_N_ELEMENTS(textrank_budgets)];
  GError *error = NULL;

  f->textrank_config = config_with((const char *const[]){"language", language, budget[0], budget[1],
                                                         "threads", threads, "noise-filter",
                                                         (b[1] & 4) ? "false" : "true", NULL});
  f->textrank = brief_summarizer_new(f->textrank_config, &error);
  CHECK(f->textrank != NULL, "summarizer: %s", error->message);

  f->lead_config = config_with((const char *const[]){
      "language", language, "method", "lead", "sentences",
      lead_sentences[b[3] % G_N_ELEMENTS(lead_sentences)], "fill", (b[1] & 16) ? "false" : "true",
      "noise-filter", (b[1] & 8) ? "true" : "false", "threads", threads, NULL});
  f->lead = brief_summarizer_new(f->lead_config, &error);
  CHECK(f->lead != NULL, "summarizer: %s", error->message);

  f->splitter = brief_splitter_new(language, &error);
  CHECK(f->splitter != NULL, "splitter: %s", error->message);

  f->daily_config = config_with(
      (const char *const[]){"language", language, "words", G_STRINGIFY(DAILY_WORDS), "threads",
                            threads, "max-stories", G_STRINGIFY(DAILY_STORIES), NULL});
}

/* The objects for the settings bytes `b`, from the cache or made (the
 * oldest entry goes). */
static Fuzz *
fuzz_get(const uint8_t *b)
{
  static Fuzz cache[CACHE_SIZE];
  static guint next;
  guint key = 1u + (guint)(b[0] % G_N_ELEMENTS(languages)) + 8u * (b[1] & 31u) +
              256u * (guint)(b[2] % G_N_ELEMENTS(textrank_budgets)) +
              1024u * (guint)(b[3] % G_N_ELEMENTS(lead_sentences));
  Fuzz *f;

  fuzz_setup_logs();
  for (guint i = 0; i < CACHE_SIZE; i++)
    if (cache[i].key == key)
      return &cache[i];
  f = &cache[next];
  next = (next + 1) % CACHE_SIZE;
  fuzz_clear(f);
  fuzz_make(f, b);
  f->key = key;
  return f;
}

/* ---- checks ------------------------------------------------------------------------ */

/* Text shown to a reader: UTF-8, no control characters (escape sequences
 * must not reach a terminal), one space between words, none at the ends. */
static void
check_display_text(const char *s, const char *what)
{
  CHECK(s != NULL, "%s is NULL", what);
  CHECK(g_utf8_validate(s, -1, NULL), "%s is not UTF-8", what);
  for (const char *p = s; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    CHECK(!fuzz_is_control(c), "%s holds control character U+%04X at byte %td: \"%s\"", what, c,
          p - s, s);
    if (c == ' ')
      CHECK(p != s && p[1] != '\0' && p[1] != ' ', "%s has stray spaces: \"%s\"", what, s);
  }
}

static void
check_optional_string(const char *s, const char *what)
{
  if (s != NULL)
    CHECK(g_utf8_validate(s, -1, NULL), "article %s is not UTF-8", what);
}

static void
check_article(const BriefArticle *a)
{
  CHECK(a->name != NULL, "article without a name");
  CHECK(a->text != NULL, "%s: no text", a->name);
  CHECK(strlen(a->text) == a->text_len, "%s: text_len %zu but strlen %zu", a->name,
        (size_t)a->text_len, strlen(a->text));
  CHECK(g_utf8_validate(a->text, (gssize)a->text_len, NULL), "%s: text is not UTF-8", a->name);
  check_optional_string(a->title, "title");
  check_optional_string(a->source, "source");
  check_optional_string(a->url, "url");
  check_optional_string(a->id, "id");
  check_optional_string(a->cluster, "cluster");
  if (a->year != 0)
    CHECK(a->month >= 1 && a->month <= 12 && a->day >= 1 && a->year > 0 &&
              g_date_valid_dmy((GDateDay)a->day, (GDateMonth)a->month, (GDateYear)a->year),
          "%s: impossible date %d-%d-%d", a->name, a->year, a->month, a->day);
  else
    CHECK(a->month == 0 && a->day == 0 && a->timestamp == 0, "%s: half a date", a->name);
}

/* The selection is the index-th sentence of the splitter's output (less a
 * dateline), and its text is that slice with white space collapsed. */
static void
check_selection(const Fuzz *f, const BriefCluster *c, const BriefSelection *x)
{
  const BriefArticle *a;
  g_autofree char *slice = NULL;
  g_autoptr(GArray) spans = NULL;
  const BriefSpan *sp;

  CHECK(x->article < brief_cluster_get_n_articles(c), "selection of article %u of %u", x->article,
        brief_cluster_get_n_articles(c));
  a = brief_cluster_get_article(c, x->article);
  CHECK(x->start < x->end && x->end <= a->text_len,
        "%s: selection [%zu,%zu) outside the text (%zu bytes)", a->name, (size_t)x->start,
        (size_t)x->end, (size_t)a->text_len);
  CHECK(g_utf8_validate(a->text + x->start, (gssize)(x->end - x->start), NULL),
        "%s: selection [%zu,%zu) cuts a character", a->name, (size_t)x->start, (size_t)x->end);
  slice = brief_collapse_space(a->text + x->start, x->end - x->start);
  CHECK(strcmp(slice, x->text) == 0, "%s: selection [%zu,%zu) is \"%s\", its slice \"%s\"", a->name,
        (size_t)x->start, (size_t)x->end, x->text, slice);
  CHECK(x->text[0] != '\0', "%s: empty selection [%zu,%zu)", a->name, (size_t)x->start,
        (size_t)x->end);
  check_display_text(x->text, "selected sentence");
  CHECK(x->words == brief_count_words(a->text + x->start, x->end - x->start),
        "%s: selection [%zu,%zu) says %u words", a->name, (size_t)x->start, (size_t)x->end,
        x->words);
  CHECK(x->words >= brief_count_words(x->text, strlen(x->text)), "%s: fewer words than shown",
        a->name);

  spans = brief_splitter_split(f->splitter, a->text, (gssize)a->text_len);
  CHECK(x->index < spans->len, "%s: sentence %u of %u", a->name, x->index, spans->len);
  sp = &g_array_index(spans, BriefSpan, x->index);
  CHECK(sp->start <= x->start && sp->end == x->end,
        "%s: sentence %u is [%zu,%zu), the selection [%zu,%zu)", a->name, x->index,
        (size_t)sp->start, (size_t)sp->end, (size_t)x->start, (size_t)x->end);

  CHECK(isfinite(x->score) && x->score >= 0.0 && x->score <= 1.0, "%s: score %g", a->name,
        x->score);
}

static JsonObject *
parse_json_object(JsonParser *parser, const char *out, const char *what)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  CHECK(json_parser_load_from_data(parser, out, -1, &error), "%s JSON does not parse: %s\n%s", what,
        error->message, out);
  root = json_parser_get_root(parser);
  CHECK(root != NULL && JSON_NODE_HOLDS_OBJECT(root), "%s JSON is not an object", what);
  return json_node_get_object(root);
}

static JsonArray *
json_array_member(JsonObject *o, const char *member, const char *what)
{
  JsonNode *n = json_object_get_member(o, member);

  CHECK(n != NULL && JSON_NODE_HOLDS_ARRAY(n), "%s JSON: no \"%s\" array", what, member);
  return json_node_get_array(n);
}

static void
check_json_string_member(JsonObject *o, const char *member, const char *expected, const char *what)
{
  JsonNode *n = json_object_get_member(o, member);

  CHECK(n != NULL, "%s JSON: no \"%s\"", what, member);
  if (expected == NULL) {
    CHECK(JSON_NODE_HOLDS_NULL(n), "%s JSON: \"%s\" should be null", what, member);
    return;
  }
  CHECK(JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_STRING &&
            strcmp(json_node_get_string(n), expected) == 0,
        "%s JSON: \"%s\" does not round-trip \"%s\"", what, member, expected);
}

/* The JSON summary array holds the selections, strings unchanged by the
 * escaping. */
static void
check_json_selections(JsonArray *arr, const BriefSummary *sum, const char *what)
{
  guint n = brief_summary_get_n_selected(sum);

  CHECK(json_array_get_length(arr) == n, "%s JSON: %u sentences, %u selected", what,
        json_array_get_length(arr), n);
  for (guint i = 0; i < n; i++) {
    const BriefSelection *x = brief_summary_get_selected(sum, i);
    JsonObject *o = json_array_get_object_element(arr, i);
    CHECK(o != NULL, "%s JSON: sentence %u is not an object", what, i);
    check_json_string_member(o, "text", x->text, what);
  }
}

static void
check_summary_json(const char *out, const BriefSummary *sum)
{
  g_autoptr(JsonParser) parser = json_parser_new();
  JsonObject *o = parse_json_object(parser, out, "summary");
  const BriefCluster *c = brief_summary_get_cluster(sum);
  JsonArray *sources;
  JsonArray *summary = json_array_member(o, "summary", "summary");

  check_json_string_member(o, "headline", brief_summary_get_headline(sum), "summary");
  check_json_selections(summary, sum, "summary");
  for (guint i = 0; i < json_array_get_length(summary); i++) {
    const BriefSelection *x = brief_summary_get_selected(sum, i);
    JsonObject *s = json_array_get_object_element(summary, i);
    CHECK(json_object_get_int_member(s, "start") == (gint64)x->start &&
              json_object_get_int_member(s, "end") == (gint64)x->end,
          "summary JSON: offsets of sentence %u differ", i);
  }
  sources = json_array_member(o, "sources", "summary");
  CHECK(json_array_get_length(sources) == brief_cluster_get_n_articles(c),
        "summary JSON: %u sources for %u articles", json_array_get_length(sources),
        brief_cluster_get_n_articles(c));
  for (guint i = 0; i < json_array_get_length(sources); i++) {
    const BriefArticle *a = brief_cluster_get_article(c, i);
    JsonObject *s = json_array_get_object_element(sources, i);
    CHECK(s != NULL, "summary JSON: source %u is not an object", i);
    check_json_string_member(s, "name", a->name, "summary");
    check_json_string_member(s, "title", a->title, "summary");
    check_json_string_member(s, "source", a->source, "summary");
    check_json_string_member(s, "url", a->url, "summary");
  }
}

static void
check_daily_json(const char *out, const BriefDaily *d)
{
  g_autoptr(JsonParser) parser = json_parser_new();
  JsonObject *o = parse_json_object(parser, out, "daily");
  JsonArray *stories = json_array_member(o, "stories", "daily");

  CHECK(json_array_get_length(stories) == brief_daily_get_n_stories(d),
        "daily JSON: %u stories, %u in the briefing", json_array_get_length(stories),
        brief_daily_get_n_stories(d));
  for (guint i = 0; i < json_array_get_length(stories); i++) {
    const BriefSummary *sum = brief_daily_get_story(d, i);
    JsonObject *s = json_array_get_object_element(stories, i);
    CHECK(s != NULL, "daily JSON: story %u is not an object", i);
    check_json_string_member(s, "headline", brief_summary_get_headline(sum), "daily");
    check_json_selections(json_array_member(s, "summary", "daily"), sum, "daily");
  }
}

static void
check_summary(const Fuzz *f, const BriefSummary *sum, const BriefCluster *c, const BriefConfig *cfg)
{
  guint n = brief_summary_get_n_selected(sum);
  guint total_words = 0;
  g_autofree gboolean *order_seen = g_new0(gboolean, n + 1);
  int y, m, d;

  CHECK(brief_summary_get_cluster(sum) == c, "summary of another cluster");
  CHECK(n > 0, "summary without sentences");
  CHECK(brief_summary_get_n_candidates(sum) <= brief_summary_get_n_sentences(sum),
        "%u candidates of %u sentences", brief_summary_get_n_candidates(sum),
        brief_summary_get_n_sentences(sum));
  CHECK(n <= brief_summary_get_n_candidates(sum), "%u selected of %u candidates", n,
        brief_summary_get_n_candidates(sum));
  check_display_text(brief_summary_get_headline(sum), "headline");
  CHECK(brief_summary_get_headline(sum)[0] != '\0', "empty headline");
  if (brief_summary_get_date(sum, &y, &m, &d))
    CHECK(y > 0 && g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y),
          "briefing date %d-%d-%d", y, m, d);

  for (guint i = 0; i < n; i++) {
    const BriefSelection *x = brief_summary_get_selected(sum, i);
    check_selection(f, c, x);
    CHECK(x->rank >= 1 && x->rank <= brief_summary_get_n_candidates(sum), "rank %u", x->rank);
    CHECK(x->order >= 1 && x->order <= n && !order_seen[x->order], "selection order %u", x->order);
    order_seen[x->order] = TRUE;
    total_words += x->words;
    if (i > 0) {
      const BriefSelection *prev = brief_summary_get_selected(sum, i - 1);
      CHECK(prev->article != x->article || prev->index < x->index,
            "not in reading order: article %u sentence %u after sentence %u", x->article, x->index,
            prev->index);
    }
  }
  /* Budgets: one sentence over budget is taken when nothing fits. */
  if (cfg->budget_sentences > 0)
    CHECK(n <= cfg->budget_sentences, "%u sentences, budget %u", n, cfg->budget_sentences);
  if (cfg->budget_words > 0 && !cfg->fill && n > 1)
    CHECK(total_words <= cfg->budget_words, "%u words, budget %u", total_words, cfg->budget_words);
}

static void
summarize(const Fuzz *f, BriefSummarizer *sz, const BriefConfig *cfg, const BriefCluster *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefSummary) sum = brief_summarizer_run(sz, c, &error);

  fuzz_check_result(sum != NULL, error, "brief_summarizer_run");
  if (sum == NULL)
    return;
  check_summary(f, sum, c, cfg);
  for (guint fi = 0; fi < G_N_ELEMENTS(formats); fi++) {
    g_autofree char *out = brief_summary_to_string(sum, formats[fi]);
    check_output(out, fi, "summary");
    if (formats[fi] == BRIEF_FORMAT_JSON)
      check_summary_json(out, sum);
  }
}

static void
daily(const Fuzz *f, const BriefCluster *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefDaily) d = brief_daily_new(c, f->daily_config, NULL, NULL, &error);
  guint n_day = brief_cluster_get_n_articles(c);
  g_autofree gboolean *taken = g_new0(gboolean, n_day);

  fuzz_check_result(d != NULL, error, "brief_daily_new");
  if (d == NULL)
    return;
  CHECK(brief_daily_get_n_stories(d) <= f->daily_config->max_stories &&
            brief_daily_get_n_stories(d) <= brief_daily_get_n_found(d),
        "%u stories of %u found", brief_daily_get_n_stories(d), brief_daily_get_n_found(d));
  for (guint i = 0; i < brief_daily_get_n_stories(d); i++) {
    const BriefSummary *sum = brief_daily_get_story(d, i);
    const BriefCluster *story;
    const guint *idx;
    guint n = 0;

    CHECK(sum != NULL, "story %u without a summary", i);
    story = brief_summary_get_cluster(sum);
    idx = brief_daily_get_story_articles(d, i, &n);
    CHECK(n > 0 && n == brief_cluster_get_n_articles(story), "story %u: %u articles, %u copies", i,
          n, brief_cluster_get_n_articles(story));
    for (guint k = 0; k < n; k++) {
      CHECK(idx[k] < n_day && !taken[idx[k]], "article %u in two stories or out of range", idx[k]);
      taken[idx[k]] = TRUE;
      CHECK(strcmp(brief_cluster_get_article(story, k)->text,
                   brief_cluster_get_article(c, idx[k])->text) == 0,
            "story %u: article %u is not a copy", i, k);
    }
    check_summary(f, sum, story, f->daily_config);
  }
  for (guint fi = 0; fi < G_N_ELEMENTS(formats); fi++) {
    g_autofree char *out = brief_daily_to_string(d, formats[fi]);
    check_output(out, fi, "daily");
    if (formats[fi] == BRIEF_FORMAT_JSON)
      check_daily_json(out, d);
  }
}

static void
fuzz_text(Fuzz *f, const char *name, const char *data, size_t size)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(GError) error = NULL;
  gboolean ok = brief_cluster_add_data(c, name, data, size, BRIEF_INPUT_TEXT, &error);
  const BriefArticle *a;

  fuzz_check_result(ok, error, "text input");
  if (!ok) {
    CHECK(brief_cluster_get_n_articles(c) == 0, "failed input left articles behind");
    return;
  }
  CHECK(brief_cluster_get_n_articles(c) == 1, "%u articles from one text",
        brief_cluster_get_n_articles(c));
  a = brief_cluster_get_article(c, 0);
  check_article(a);
  CHECK(a->line == 0, "text article with a line number");
  /* The body is the input after the header block, byte for byte. */
  CHECK(a->text_offset + a->text_len == size &&
            (a->text_len == 0 || memcmp(a->text, data + a->text_offset, a->text_len) == 0),
        "body [%zu,+%zu) is not the end of the input (%zu bytes)", (size_t)a->text_offset,
        (size_t)a->text_len, size);
  summarize(f, f->textrank, f->textrank_config, c);
  summarize(f, f->lead, f->lead_config, c);
}

static void
fuzz_jsonl(Fuzz *f, const char *name, const char *data, size_t size)
{
  g_autoptr(BriefCluster) c = brief_cluster_new();
  g_autoptr(GError) error = NULL;
  gboolean ok = brief_cluster_add_data(c, name, data, size, BRIEF_INPUT_JSONL, &error);
  guint n, last_line = 0;

  fuzz_check_result(ok, error, "JSON Lines input");
  n = brief_cluster_get_n_articles(c);
  if (!ok) {
    CHECK(n == 0, "failed input left articles behind");
    return;
  }
  for (guint i = 0; i < n; i++) {
    const BriefArticle *a = brief_cluster_get_article(c, i);
    check_article(a);
    CHECK(a->line > last_line, "%s: line %u after line %u", a->name, a->line, last_line);
    last_line = a->line;
  }
  if (n == 0)
    return;
  summarize(f, f->textrank, f->textrank_config, c);
  summarize(f, f->lead, f->lead_config, c);
  if (n > 1)
    daily(f, c);
}

/* Spans in order, inside the text, not empty, on character boundaries. */
static void
fuzz_split(const Fuzz *f, const char *text, size_t size)
{
  g_autoptr(GArray) spans = brief_splitter_split(f->splitter, text, (gssize)size);
  gsize prev_end = 0;

  for (guint i = 0; i < spans->len; i++) {
    const BriefSpan *sp = &g_array_index(spans, BriefSpan, i);
    CHECK(sp->start >= prev_end && sp->start < sp->end && sp->end <= size,
          "span %u [%zu,%zu) after %zu in %zu bytes", i, (size_t)sp->start, (size_t)sp->end,
          (size_t)prev_end, size);
    CHECK(g_utf8_validate(text + sp->start, (gssize)(sp->end - sp->start), NULL),
          "span %u [%zu,%zu) cuts a character", i, (size_t)sp->start, (size_t)sp->end);
    prev_end = sp->end;
  }
}

/* The article's name: `n` bytes of the input, any character but NUL,
 * made valid UTF-8; "fuzz.txt" when empty.  With BRIEF_FUZZ_PRINTABLE_NAMES
 * set in the environment, control characters become '?' (docs/fuzzing.md:
 * for runs that look past the open finding about names). */
static char *
article_name(FuzzInput *in, size_t n)
{
  g_autofree char *raw = fuzz_take_string(in, n);
  char *name;

  if (raw[0] == '\0')
    return g_strdup("fuzz.txt");
  name = g_utf8_make_valid(raw, -1);
  if (g_getenv("BRIEF_FUZZ_PRINTABLE_NAMES") != NULL)
    for (char *p = name; *p; p++)
      if ((guchar)*p < 0x20 || *p == 0x7F)
        *p = '?';
  return name;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  FuzzInput in = {data, size};
  uint8_t settings[SETTINGS_BYTES];
  g_autofree char *name = NULL;
  Fuzz *f;
  char *copy;

  if (size > FUZZ_MAX_INPUT)
    return 0;
  for (guint i = 0; i < SETTINGS_BYTES; i++)
    settings[i] = fuzz_byte(&in);
  f = fuzz_get(settings);
  name = article_name(&in, settings[4] % 32u);
  /* Exactly the article's bytes and no NUL after them: AddressSanitizer
   * reports any read past the end, which a NUL-terminated copy would
   * hide. */
  copy = fuzz_copy_rest(&in);
  fuzz_text(f, name, copy, in.size);
  fuzz_jsonl(f, name, copy, in.size);
  if (g_utf8_validate(copy, (gssize)in.size, NULL))
    fuzz_split(f, copy, in.size);
  free(copy);
  return 0;
}
