/* ROUGE scoring that reproduces ROUGE-1.5.5.pl; see brief-rouge.h for what
 * is reproduced.  Comments point out where the Perl script's behaviour is
 * followed on purpose although a cleaner choice exists. */
#include <brief/brief-rouge.h>

#include "brief-private.h"

#include <json-glib/json-glib.h>
#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Tokens are interned: an n-gram is a tuple of ids, so counting compares
 * integers, not strings. */
#define NO_ID G_MAXUINT32

typedef struct {
  guint32 id[BRIEF_ROUGE_MAX_N];
} Gram;

static GHashTable *load_exceptions(void);

struct _BriefRougeScorer {
  BriefRougeOptions options;
  char *system_id;
  struct sb_stemmer *stemmer;
  GHashTable *word_ids;   /* token as read (owned) -> id + 1 */
  GHashTable *form_ids;   /* compared form (borrowed from `forms`) -> id + 1 */
  GPtrArray *forms;       /* id -> compared form (owned) */
  GHashTable *exceptions; /* WordNet irregular form -> base (with stemming) */
  guint n_metrics;
  char *skip_name;
};

typedef struct {
  char *name;
  char *test_id; /* "<name>.<system_id>": ROUGE's key, sets the order */
  BriefRougeScore scores[BRIEF_ROUGE_MAX_METRICS];
} EvalCluster;

struct _BriefRougeEval {
  BriefRougeScorer *scorer;
  GPtrArray *clusters;  /* EvalCluster *, sorted by test_id */
  GPtrArray *unmatched; /* char *, NULL-terminated */
};

/* ------------------------------------------------------------------------ */
/* Options                                                                   */

void
brief_rouge_options_init(BriefRougeOptions *options)
{
  g_return_if_fail(options != NULL);
  memset(options, 0, sizeof *options);
  options->limit_words = 100;
  options->limit_bytes = 0;
  options->stem = TRUE;
  options->n_max = 4;
  options->skip_bigrams = TRUE;
  options->skip_distance = 4;
  options->skip_unigrams = TRUE;
  options->alpha = 0.5;
  options->jackknife = FALSE;
  options->confidence = 95.0;
  options->resamples = 1000;
  options->seed = 0;
  options->system_id = "SYS";
}

gboolean
brief_rouge_options_validate(const BriefRougeOptions *options, GError **error)
{
  g_return_val_if_fail(options != NULL, FALSE);

  if (options->limit_words != 0 && options->limit_bytes != 0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: limit_words (%u) and limit_bytes (%u) are both set; "
                "use one length limit",
                options->limit_words, options->limit_bytes);
    return FALSE;
  }
  if (options->n_max > BRIEF_ROUGE_MAX_N) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: n_max %u is out of range 0..%d", options->n_max, BRIEF_ROUGE_MAX_N);
    return FALSE;
  }
  if (options->n_max == 0 && !options->skip_bigrams) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "ROUGE options: no metric (n_max is 0 and skip_bigrams is off)");
    return FALSE;
  }
  if (!(options->alpha >= 0.0 && options->alpha <= 1.0)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: alpha %g is out of range 0..1", options->alpha);
    return FALSE;
  }
  if (!(options->confidence >= 0.0 && options->confidence <= 100.0)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "ROUGE options: confidence %g is out of range 0..100", options->confidence);
    return FALSE;
  }
  if (options->resamples == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "ROUGE options: resamples must be at least 1");
    return FALSE;
  }
  if (options->system_id == NULL || options->system_id[0] == '\0' ||
      strpbrk(options->system_id, " \t\n\r") != NULL) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "ROUGE options: system_id must be a non-empty word");
    return FALSE;
  }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Scorer                                                                    */

BriefRougeScorer *
brief_rouge_scorer_new(const BriefRougeOptions *options, GError **error)
{
  g_return_val_if_fail(options != NULL, NULL);

  if (!brief_rouge_options_validate(options, error))
    return NULL;

  BriefRougeScorer *scorer = g_new0(BriefRougeScorer, 1);
  scorer->options = *options;
  scorer->system_id = g_strdup(options->system_id);
  scorer->options.system_id = scorer->system_id;
  scorer->word_ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  scorer->form_ids = g_hash_table_new(g_str_hash, g_str_equal);
  scorer->forms = g_ptr_array_new_with_free_func(g_free);
  scorer->n_metrics = options->n_max + (options->skip_bigrams ? 1 : 0);
  if (options->skip_bigrams) {
    const char *kind = options->skip_unigrams ? "SU" : "S";
    scorer->skip_name = options->skip_distance >= 0
                            ? g_strdup_printf("ROUGE-%s%d", kind, options->skip_distance)
                            : g_strdup_printf("ROUGE-%s*", kind);
  }
  if (options->stem) {
    scorer->exceptions = load_exceptions();
    scorer->stemmer = sb_stemmer_new("porter", "UTF_8");
    if (scorer->stemmer == NULL) {
      g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE,
                          "libstemmer has no \"porter\" stemmer");
      brief_rouge_scorer_free(scorer);
      return NULL;
    }
  }
  return scorer;
}

void
brief_rouge_scorer_free(BriefRougeScorer *scorer)
{
  if (scorer == NULL)
    return;
  sb_stemmer_delete(scorer->stemmer);
  g_hash_table_unref(scorer->word_ids);
  g_hash_table_unref(scorer->form_ids);
  g_ptr_array_unref(scorer->forms);
  if (scorer->exceptions)
    g_hash_table_unref(scorer->exceptions);
  g_free(scorer->skip_name);
  g_free(scorer->system_id);
  g_free(scorer);
}

guint
brief_rouge_scorer_get_n_metrics(const BriefRougeScorer *scorer)
{
  g_return_val_if_fail(scorer != NULL, 0);
  return scorer->n_metrics;
}

const char *
brief_rouge_scorer_get_metric_name(const BriefRougeScorer *scorer, guint metric)
{
  static const char *const ngram_names[BRIEF_ROUGE_MAX_N] = {
      "ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-5",
      "ROUGE-6", "ROUGE-7", "ROUGE-8", "ROUGE-9",
  };

  g_return_val_if_fail(scorer != NULL, NULL);
  g_return_val_if_fail(metric < scorer->n_metrics, NULL);
  if (metric < scorer->options.n_max)
    return ngram_names[metric];
  return scorer->skip_name;
}

/* ------------------------------------------------------------------------ */
/* Reading and cutting, as ROUGE-1.5.5's readText() does                    */

static gboolean
is_perl_space(char c)
{
  /* Perl's \s on a byte string: ASCII white space only. */
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Number of fields Perl's split(/\s+/, line) returns: a leading empty
 * field when the line starts with white space, trailing ones dropped (so
 * an all-blank line has none). */
static gsize
perl_word_count(const char *line, gsize len)
{
  gsize words = 0;
  gboolean in_word = FALSE;

  for (gsize i = 0; i < len; i++) {
    if (is_perl_space(line[i])) {
      in_word = FALSE;
    } else if (!in_word) {
      in_word = TRUE;
      words++;
    }
  }
  if (words > 0 && is_perl_space(line[0]))
    words++;
  return words;
}

/* Byte length of the first `fields` Perl fields of `line` (with the white
 * space between them; only tokens matter downstream). */
static gsize
perl_fields_prefix(const char *line, gsize len, gsize fields)
{
  gsize seen = 0;
  gboolean in_word = FALSE;

  if (len > 0 && is_perl_space(line[0]))
    seen = 1; /* the leading empty field */
  if (seen >= fields)
    return 0;
  for (gsize i = 0; i < len; i++) {
    if (is_perl_space(line[i])) {
      if (in_word && seen == fields)
        return i;
      in_word = FALSE;
    } else if (!in_word) {
      in_word = TRUE;
      seen++;
    }
  }
  return len;
}

/* The text ROUGE keeps of a summary: its non-empty lines joined by spaces,
 * cut to the length limit.  The limit test is "used + this line < limit",
 * strict, and the joining spaces do not count against a byte limit; both
 * are ROUGE-1.5.5's arithmetic. */
static GString *
cut_text(const BriefRougeOptions *options, const char *text, gboolean truncate)
{
  GString *kept = g_string_new(NULL);
  const gsize word_limit = truncate ? options->limit_words : 0;
  const gsize byte_limit = truncate ? options->limit_bytes : 0;
  gsize used = 0;
  const char *p = text;

  while (*p != '\0') {
    const char *nl = strchr(p, '\n');
    const gsize len = nl != NULL ? (gsize)(nl - p) : strlen(p);
    const char *line = p;

    p = nl != NULL ? nl + 1 : p + len;
    if (len == 0)
      continue;

    if (word_limit != 0) {
      const gsize words = perl_word_count(line, len);
      if (used + words < word_limit) {
        if (used != 0)
          g_string_append_c(kept, ' ');
        g_string_append_len(kept, line, len);
        used += words;
      } else {
        if (used > 0)
          g_string_append_c(kept, ' ');
        g_string_append_len(kept, line, perl_fields_prefix(line, len, word_limit - used));
        break;
      }
    } else if (byte_limit != 0) {
      if (used + len < byte_limit) {
        if (used != 0)
          g_string_append_c(kept, ' ');
        g_string_append_len(kept, line, len);
        used += len;
      } else {
        if (used > 0)
          g_string_append_c(kept, ' ');
        g_string_append_len(kept, line, byte_limit - used);
        break;
      }
    } else {
      if (kept->len > 0)
        g_string_append_c(kept, ' ');
      g_string_append_len(kept, line, len);
    }
  }
  return kept;
}

/* ------------------------------------------------------------------------ */
/* Irregular forms                                                           */

/* ROUGE-1.5.5 looks every token it would stem up in WordNet 2.0's exception
 * lists (its WordNet-2.0.exc.db) first and, when found, uses the base form
 * as is, unstemmed: "struck" becomes "strike" and so matches "strikes".
 * Without this, 27 of the 59 DUC 2002 LEAD clusters miss ROUGE-1 by a hit
 * or more.  The forms are WordNet 3.0's (with them the DUC 2002 reference
 * scores are reproduced exactly), in data/rouge/wordnet-exceptions.txt,
 * which says how it was made and carries WordNet's licence; it is compiled
 * into the library as a resource. */

/* form -> base, loaded once per scorer from the built-in list. */
static GHashTable *
load_exceptions(void)
{
  GHashTable *table = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GBytes) data = brief_resource_lookup("rouge", "wordnet-exceptions");
  gsize len = 0;
  const char *p, *end;

  g_assert(data != NULL); /* compiled in: its absence is a build error */
  p = g_bytes_get_data(data, &len);
  end = p + len;
  while (p < end) {
    const char *eol = memchr(p, '\n', (gsize)(end - p));
    const char *line_end = eol ? eol : end;
    const char *space = memchr(p, ' ', (gsize)(line_end - p));
    if (*p != '#' && space != NULL) {
      /* One allocation holds "form\0base\0"; the key owns it. */
      char *entry = g_strndup(p, (gsize)(line_end - p));
      entry[space - p] = '\0';
      g_hash_table_insert(table, entry, entry + (space - p) + 1);
    }
    p = eol ? eol + 1 : end;
  }
  return table;
}

/* The base form of `word`, or NULL when it is regular. */
static const char *
exception_base(const BriefRougeScorer *scorer, const char *word)
{
  return g_hash_table_lookup(scorer->exceptions, word);
}

/* ------------------------------------------------------------------------ */
/* Tokens and stems                                                          */

static guint32
intern_form(BriefRougeScorer *scorer, const char *form, gsize len)
{
  g_autofree char *key = g_strndup(form, len);
  gpointer value = g_hash_table_lookup(scorer->form_ids, key);

  if (value != NULL)
    return GPOINTER_TO_UINT(value) - 1;
  const guint32 id = scorer->forms->len;
  char *owned = g_steal_pointer(&key);
  g_ptr_array_add(scorer->forms, owned);
  g_hash_table_insert(scorer->form_ids, owned, GUINT_TO_POINTER(id + 1));
  return id;
}

static guint32
word_id(BriefRougeScorer *scorer, const char *word)
{
  gpointer value = g_hash_table_lookup(scorer->word_ids, word);
  guint32 id;

  if (value != NULL)
    return GPOINTER_TO_UINT(value) - 1;

  const gsize len = strlen(word);
  const char *base;
  /* ROUGE stems only tokens longer than 3 characters. */
  if (scorer->stemmer != NULL && len > 3 && (base = exception_base(scorer, word)) != NULL) {
    id = intern_form(scorer, base, strlen(base));
  } else if (scorer->stemmer != NULL && len > 3) {
    const sb_symbol *stem = sb_stemmer_stem(scorer->stemmer, (const sb_symbol *)word, (int)len);
    if (stem != NULL)
      id = intern_form(scorer, (const char *)stem, (gsize)sb_stemmer_length(scorer->stemmer));
    else
      id = intern_form(scorer, word, len); /* out of memory: compare as is */
  } else {
    id = intern_form(scorer, word, len);
  }
  g_hash_table_insert(scorer->word_ids, g_strdup(word), GUINT_TO_POINTER(id + 1));
  return id;
}

static gboolean
check_utf8(const char *text, const char *name, GError **error)
{
  const char *end = NULL;

  if (g_utf8_validate(text, -1, &end))
    return TRUE;
  g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING,
              "%s: invalid UTF-8 at byte %" G_GSIZE_FORMAT, name, (gsize)(end - text));
  return FALSE;
}

/* Token ids of `text`, which must be valid UTF-8.  After the cut ROUGE maps
 * every byte outside [A-Za-z0-9-] to a space, isolates hyphens and drops
 * tokens that do not start with [a-z0-9$]: that is, the tokens are the
 * runs of ASCII letters and digits, lower-cased. */
static GArray *
text_tokens(BriefRougeScorer *scorer, const char *text, gboolean truncate)
{
  g_autoptr(GString) kept = cut_text(&scorer->options, text, truncate);
  GArray *ids = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autoptr(GString) word = g_string_new(NULL);

  for (gsize i = 0; i <= kept->len; i++) {
    const char c = i < kept->len ? kept->str[i] : '\0';
    if (g_ascii_isalnum(c)) {
      g_string_append_c(word, g_ascii_tolower(c));
    } else if (word->len > 0) {
      const guint32 id = word_id(scorer, word->str);
      g_array_append_val(ids, id);
      g_string_truncate(word, 0);
    }
  }
  return ids;
}

char **
brief_rouge_scorer_tokenize(BriefRougeScorer *scorer, const char *text, gboolean truncate,
                            GError **error)
{
  g_return_val_if_fail(scorer != NULL, NULL);
  g_return_val_if_fail(text != NULL, NULL);

  if (!check_utf8(text, "text", error))
    return NULL;
  g_autoptr(GArray) ids = text_tokens(scorer, text, truncate);
  char **tokens = g_new0(char *, ids->len + 1);
  for (guint i = 0; i < ids->len; i++)
    tokens[i] = g_strdup(g_ptr_array_index(scorer->forms, g_array_index(ids, guint32, i)));
  return tokens;
}

/* ------------------------------------------------------------------------ */
/* Counting                                                                  */

static int
compare_grams(const void *a, const void *b)
{
  return memcmp(a, b, sizeof(Gram));
}

static void
gram_init(Gram *gram)
{
  for (guint k = 0; k < BRIEF_ROUGE_MAX_N; k++)
    gram->id[k] = NO_ID;
}

/* The n-grams of `tokens` (n = metric + 1) or, for the skip metric, the
 * skip bigrams, sorted so that two lists can be matched by merging. */
static GArray *
make_grams(const BriefRougeScorer *scorer, const GArray *tokens, guint metric)
{
  const guint32 *t = (const guint32 *)(const void *)tokens->data;
  const gsize n_tokens = tokens->len;
  GArray *grams = g_array_new(FALSE, FALSE, sizeof(Gram));
  Gram gram;

  if (metric < scorer->options.n_max) {
    const gsize n = metric + 1;
    for (gsize i = 0; i + n <= n_tokens; i++) {
      gram_init(&gram);
      for (gsize k = 0; k < n; k++)
        gram.id[k] = t[i + k];
      g_array_append_val(grams, gram);
    }
  } else {
    const int distance = scorer->options.skip_distance;
    /* ROUGE's loop runs i up to the next-to-last token, so with -u the last
     * token's unigram is never counted. */
    for (gsize i = 0; i + 1 < n_tokens; i++) {
      if (scorer->options.skip_unigrams) {
        gram_init(&gram);
        gram.id[0] = t[i];
        g_array_append_val(grams, gram);
      }
      for (gsize j = i + 1; j < n_tokens; j++) {
        if (distance >= 0 && j > i + (gsize)distance + 1)
          break;
        gram_init(&gram);
        gram.id[0] = t[i];
        gram.id[1] = t[j];
        g_array_append_val(grams, gram);
      }
    }
  }
  if (grams->len > 1)
    qsort(grams->data, grams->len, sizeof(Gram), compare_grams);
  return grams;
}

/* Clipped matches: the sum over distinct reference grams of
 * min(count in reference, count in peer). */
static guint
count_hits(const GArray *ref, const GArray *peer)
{
  const Gram *r = (const Gram *)(const void *)ref->data;
  const Gram *p = (const Gram *)(const void *)peer->data;
  guint i = 0, j = 0, hits = 0;

  while (i < ref->len && j < peer->len) {
    const int cmp = compare_grams(&r[i], &p[j]);
    if (cmp < 0) {
      i++;
    } else if (cmp > 0) {
      j++;
    } else {
      guint ri = i, pj = j;
      while (ri < ref->len && compare_grams(&r[ri], &r[i]) == 0)
        ri++;
      while (pj < peer->len && compare_grams(&p[pj], &p[j]) == 0)
        pj++;
      hits += MIN(ri - i, pj - j);
      i = ri;
      j = pj;
    }
  }
  return hits;
}

/* ROUGE stores every score as sprintf("%7.5f"), and computes with the
 * rounded string from then on. */
static double
round5(double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd(buf, sizeof buf, "%.5f", value);
  return g_ascii_strtod(buf, NULL);
}

static double
f_measure(double recall, double precision, double alpha)
{
  const double denominator = (1 - alpha) * precision + alpha * recall;

  if (denominator > 0)
    return round5((precision * recall) / denominator);
  return 0.0;
}

static void
score_metric(const BriefRougeScorer *scorer, const GArray *peer_tokens, GArray *const *ref_tokens,
             guint n_refs, guint metric, BriefRougeScore *score)
{
  g_autoptr(GArray) peer = make_grams(scorer, peer_tokens, metric);
  g_autofree guint *hits = g_new0(guint, n_refs);
  g_autofree guint *counts = g_new0(guint, n_refs);
  double total_hits = 0, total_counts = 0;
  double recall, precision;

  for (guint k = 0; k < n_refs; k++) {
    g_autoptr(GArray) ref = make_grams(scorer, ref_tokens[k], metric);
    hits[k] = count_hits(ref, peer);
    counts[k] = ref->len;
    total_hits += hits[k];
    total_counts += counts[k];
  }

  if (scorer->options.jackknife && n_refs > 1) {
    /* Leave-one-out: the pooled score against each subset of n-1
     * references, averaged. */
    double sum_r = 0, sum_p = 0;
    for (guint k = 0; k < n_refs; k++) {
      const double h = total_hits - hits[k];
      const double c = total_counts - counts[k];
      const double pc = (double)(n_refs - 1) * peer->len;
      sum_r += c != 0 ? h / c : 0.0;
      sum_p += pc != 0 ? h / pc : 0.0;
    }
    recall = round5(sum_r / n_refs);
    precision = round5(sum_p / n_refs);
  } else {
    const double peer_counts = (double)n_refs * peer->len;
    recall = total_counts != 0 ? round5(total_hits / total_counts) : 0.0;
    precision = peer_counts != 0 ? round5(total_hits / peer_counts) : 0.0;
  }
  score->recall = recall;
  score->precision = precision;
  score->f = f_measure(recall, precision, scorer->options.alpha);
}

static void
score_tokens(const BriefRougeScorer *scorer, const GArray *peer, GArray *const *refs, guint n_refs,
             BriefRougeScore *scores)
{
  for (guint m = 0; m < scorer->n_metrics; m++)
    score_metric(scorer, peer, refs, n_refs, m, &scores[m]);
}

static GPtrArray *
new_token_arrays(void)
{
  return g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
}

/* Validate and tokenise a peer and its references; `names` gives what the
 * error names for each text (peer first). */
static gboolean
tokenize_set(BriefRougeScorer *scorer, const char *peer, const char *const *refs, guint n_refs,
             const char *const *names, GArray **peer_tokens, GPtrArray **ref_tokens, GError **error)
{
  if (!check_utf8(peer, names[0], error))
    return FALSE;
  for (guint k = 0; k < n_refs; k++)
    if (!check_utf8(refs[k], names[k + 1], error))
      return FALSE;

  *peer_tokens = text_tokens(scorer, peer, TRUE);
  *ref_tokens = new_token_arrays();
  for (guint k = 0; k < n_refs; k++)
    g_ptr_array_add(*ref_tokens, text_tokens(scorer, refs[k], TRUE));
  return TRUE;
}

gboolean
brief_rouge_scorer_score(BriefRougeScorer *scorer, const char *peer, const char *const *refs,
                         guint n_refs, BriefRougeScore *scores, guint n_scores, GError **error)
{
  g_return_val_if_fail(scorer != NULL, FALSE);
  g_return_val_if_fail(peer != NULL, FALSE);
  g_return_val_if_fail(refs != NULL && n_refs > 0, FALSE);
  g_return_val_if_fail(scores != NULL && n_scores >= scorer->n_metrics, FALSE);
  for (guint k = 0; k < n_refs; k++)
    g_return_val_if_fail(refs[k] != NULL, FALSE);

  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  g_ptr_array_add(names, g_strdup("peer"));
  for (guint k = 0; k < n_refs; k++)
    g_ptr_array_add(names, g_strdup_printf("reference %u", k + 1));

  g_autoptr(GArray) peer_tokens = NULL;
  g_autoptr(GPtrArray) ref_tokens = NULL;
  if (!tokenize_set(scorer, peer, refs, n_refs, (const char *const *)names->pdata, &peer_tokens,
                    &ref_tokens, error))
    return FALSE;
  score_tokens(scorer, peer_tokens, (GArray *const *)ref_tokens->pdata, n_refs, scores);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Evaluation over clusters                                                  */

static void
eval_cluster_free(EvalCluster *cluster)
{
  if (cluster == NULL)
    return;
  g_free(cluster->name);
  g_free(cluster->test_id);
  g_free(cluster);
}

BriefRougeEval *
brief_rouge_eval_new(const BriefRougeOptions *options, GError **error)
{
  g_return_val_if_fail(options != NULL, NULL);

  BriefRougeScorer *scorer = brief_rouge_scorer_new(options, error);
  if (scorer == NULL)
    return NULL;
  BriefRougeEval *eval = g_new0(BriefRougeEval, 1);
  eval->scorer = scorer;
  eval->clusters = g_ptr_array_new_with_free_func((GDestroyNotify)eval_cluster_free);
  eval->unmatched = g_ptr_array_new_with_free_func(g_free);
  g_ptr_array_add(eval->unmatched, NULL);
  return eval;
}

void
brief_rouge_eval_free(BriefRougeEval *eval)
{
  if (eval == NULL)
    return;
  brief_rouge_scorer_free(eval->scorer);
  g_ptr_array_unref(eval->clusters);
  g_ptr_array_unref(eval->unmatched);
  g_free(eval);
}

/* Where a cluster with `test_id` goes in the sorted list; `found` tells
 * whether one is already there. */
static guint
cluster_position(const BriefRougeEval *eval, const char *test_id, gboolean *found)
{
  guint lo = 0, hi = eval->clusters->len;

  *found = FALSE;
  while (lo < hi) {
    const guint mid = lo + (hi - lo) / 2;
    const EvalCluster *c = g_ptr_array_index(eval->clusters, mid);
    const int cmp = strcmp(c->test_id, test_id);
    if (cmp == 0) {
      *found = TRUE;
      return mid;
    }
    if (cmp < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static EvalCluster *
eval_cluster_new(const BriefRougeEval *eval, const char *name)
{
  EvalCluster *cluster = g_new0(EvalCluster, 1);

  cluster->name = g_strdup(name);
  cluster->test_id = g_strdup_printf("%s.%s", name, eval->scorer->system_id);
  return cluster;
}

static gboolean
check_new_cluster(const BriefRougeEval *eval, const char *name, GError **error)
{
  g_autofree char *test_id = g_strdup_printf("%s.%s", name, eval->scorer->system_id);
  gboolean found;

  cluster_position(eval, test_id, &found);
  if (found) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "cluster %s was already evaluated", name);
    return FALSE;
  }
  return TRUE;
}

static void
insert_cluster(BriefRougeEval *eval, EvalCluster *cluster)
{
  gboolean found;
  const guint at = cluster_position(eval, cluster->test_id, &found);

  g_assert(!found);
  g_ptr_array_insert(eval->clusters, (gint)at, cluster);
}

static void
add_unmatched(BriefRougeEval *eval, const char *path)
{
  /* Keep the array NULL-terminated for brief_rouge_eval_get_unmatched(). */
  eval->unmatched->pdata[eval->unmatched->len - 1] = g_strdup(path);
  g_ptr_array_add(eval->unmatched, NULL);
}

/* Score `peer` against `refs` into a new cluster; `names` label the texts
 * in errors, peer first. */
static EvalCluster *
score_cluster(BriefRougeEval *eval, const char *name, const char *peer, const char *const *refs,
              guint n_refs, const char *const *names, GError **error)
{
  g_autoptr(GArray) peer_tokens = NULL;
  g_autoptr(GPtrArray) ref_tokens = NULL;

  if (!tokenize_set(eval->scorer, peer, refs, n_refs, names, &peer_tokens, &ref_tokens, error))
    return NULL;
  EvalCluster *cluster = eval_cluster_new(eval, name);
  score_tokens(eval->scorer, peer_tokens, (GArray *const *)ref_tokens->pdata, n_refs,
               cluster->scores);
  return cluster;
}

gboolean
brief_rouge_eval_add_texts(BriefRougeEval *eval, const char *cluster, const char *peer,
                           const char *const *refs, guint n_refs, GError **error)
{
  g_return_val_if_fail(eval != NULL, FALSE);
  g_return_val_if_fail(cluster != NULL, FALSE);
  g_return_val_if_fail(peer != NULL, FALSE);
  g_return_val_if_fail(refs != NULL && n_refs > 0, FALSE);
  for (guint k = 0; k < n_refs; k++)
    g_return_val_if_fail(refs[k] != NULL, FALSE);

  if (!check_new_cluster(eval, cluster, error))
    return FALSE;

  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  g_ptr_array_add(names, g_strdup_printf("%s: peer", cluster));
  for (guint k = 0; k < n_refs; k++)
    g_ptr_array_add(names, g_strdup_printf("%s: reference %u", cluster, k + 1));

  EvalCluster *scored =
      score_cluster(eval, cluster, peer, refs, n_refs, (const char *const *)names->pdata, error);
  if (scored == NULL)
    return FALSE;
  insert_cluster(eval, scored);
  return TRUE;
}

static int
compare_strings(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The names of the visible regular "*.txt" files of `dir`, sorted. */
static GPtrArray *
list_txt_files(const char *dir, GError **error)
{
  if (!g_file_test(dir, G_FILE_TEST_EXISTS)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: no such file or directory", dir);
    return NULL;
  }
  if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: not a directory", dir);
    return NULL;
  }

  g_autoptr(GError) local = NULL;
  g_autoptr(GDir) handle = g_dir_open(dir, 0, &local);
  if (handle == NULL) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: %s", dir, local->message);
    return NULL;
  }

  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const char *name;
  while ((name = g_dir_read_name(handle)) != NULL) {
    if (name[0] == '.' || !g_str_has_suffix(name, ".txt") || strlen(name) == 4)
      continue;
    g_autofree char *path = g_build_filename(dir, name, NULL);
    if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
      g_ptr_array_add(names, g_strdup(name));
  }
  g_ptr_array_sort(names, compare_strings);
  return g_steal_pointer(&names);
}

static char *
read_text_file(const char *path, GError **error)
{
  g_autoptr(GError) local = NULL;
  char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents(path, &contents, &len, &local)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_IO, "%s: %s", path, local->message);
    return NULL;
  }
  /* An embedded NUL would silently end the text early. */
  const char *nul = memchr(contents, '\0', len);
  if (nul != NULL) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_ENCODING,
                "%s: invalid UTF-8 (NUL byte) at byte %" G_GSIZE_FORMAT, path,
                (gsize)(nul - contents));
    g_free(contents);
    return NULL;
  }
  return contents;
}

gboolean
brief_rouge_eval_add_dirs(BriefRougeEval *eval, const char *sys_dir, const char *refs_dir,
                          GError **error)
{
  g_return_val_if_fail(eval != NULL, FALSE);
  g_return_val_if_fail(sys_dir != NULL, FALSE);
  g_return_val_if_fail(refs_dir != NULL, FALSE);

  g_autoptr(GPtrArray) sys_names = list_txt_files(sys_dir, error);
  if (sys_names == NULL)
    return FALSE;
  g_autoptr(GPtrArray) ref_names = list_txt_files(refs_dir, error);
  if (ref_names == NULL)
    return FALSE;

  /* cluster -> sorted reference paths; a name without "<cluster>.<X>"
   * cannot be matched. */
  g_autoptr(GHashTable) refs_of =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) ref_clusters = g_ptr_array_new(); /* borrowed keys, in order */
  for (guint i = 0; i < ref_names->len; i++) {
    const char *name = g_ptr_array_index(ref_names, i);
    g_autofree char *stem = g_strndup(name, strlen(name) - 4);
    char *dot = strrchr(stem, '.');
    if (dot == NULL || dot == stem || dot[1] == '\0') {
      g_ptr_array_add(unmatched, g_build_filename(refs_dir, name, NULL));
      continue;
    }
    *dot = '\0';
    GPtrArray *paths = g_hash_table_lookup(refs_of, stem);
    if (paths == NULL) {
      paths = g_ptr_array_new_with_free_func(g_free);
      char *key = g_strdup(stem);
      g_hash_table_insert(refs_of, key, paths);
      g_ptr_array_add(ref_clusters, key);
    }
    g_ptr_array_add(paths, g_build_filename(refs_dir, name, NULL));
  }

  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func((GDestroyNotify)eval_cluster_free);
  g_autoptr(GHashTable) used = g_hash_table_new(NULL, NULL); /* reference lists used */
  for (guint i = 0; i < sys_names->len; i++) {
    const char *name = g_ptr_array_index(sys_names, i);
    g_autofree char *cluster = g_strndup(name, strlen(name) - 4);
    g_autofree char *sys_path = g_build_filename(sys_dir, name, NULL);
    GPtrArray *paths = g_hash_table_lookup(refs_of, cluster);

    if (paths == NULL) {
      g_ptr_array_add(unmatched, g_steal_pointer(&sys_path));
      continue;
    }
    g_hash_table_add(used, paths);

    if (!check_new_cluster(eval, cluster, error))
      return FALSE;

    g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GPtrArray) names = g_ptr_array_new();
    g_ptr_array_add(names, sys_path);
    char *text = read_text_file(sys_path, error);
    if (text == NULL)
      return FALSE;
    g_ptr_array_add(texts, text);
    for (guint k = 0; k < paths->len; k++) {
      const char *path = g_ptr_array_index(paths, k);
      g_ptr_array_add(names, (gpointer)path);
      text = read_text_file(path, error);
      if (text == NULL)
        return FALSE;
      g_ptr_array_add(texts, text);
    }

    EvalCluster *scored = score_cluster(eval, cluster, g_ptr_array_index(texts, 0),
                                        (const char *const *)texts->pdata + 1, paths->len,
                                        (const char *const *)names->pdata, error);
    if (scored == NULL)
      return FALSE;
    g_ptr_array_add(pending, scored);
  }

  for (guint i = 0; i < ref_clusters->len; i++) {
    GPtrArray *paths = g_hash_table_lookup(refs_of, g_ptr_array_index(ref_clusters, i));
    if (g_hash_table_contains(used, paths))
      continue;
    for (guint k = 0; k < paths->len; k++)
      g_ptr_array_add(unmatched, g_strdup(g_ptr_array_index(paths, k)));
  }

  if (pending->len == 0) {
    if (sys_names->len == 0)
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY, "%s: no summaries (*.txt)", sys_dir);
    else
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_EMPTY,
                  "no cluster of %s has references (<cluster>.<X>.txt) in %s", sys_dir, refs_dir);
    return FALSE;
  }

  for (guint i = 0; i < pending->len; i++)
    insert_cluster(eval, g_steal_pointer(&pending->pdata[i]));
  for (guint i = 0; i < unmatched->len; i++)
    add_unmatched(eval, g_ptr_array_index(unmatched, i));
  return TRUE;
}

guint
brief_rouge_eval_get_n_clusters(const BriefRougeEval *eval)
{
  g_return_val_if_fail(eval != NULL, 0);
  return eval->clusters->len;
}

const char *
brief_rouge_eval_get_cluster(const BriefRougeEval *eval, guint index)
{
  g_return_val_if_fail(eval != NULL, NULL);
  g_return_val_if_fail(index < eval->clusters->len, NULL);
  return ((const EvalCluster *)g_ptr_array_index(eval->clusters, index))->name;
}

guint
brief_rouge_eval_get_n_metrics(const BriefRougeEval *eval)
{
  g_return_val_if_fail(eval != NULL, 0);
  return eval->scorer->n_metrics;
}

const char *
brief_rouge_eval_get_metric_name(const BriefRougeEval *eval, guint metric)
{
  g_return_val_if_fail(eval != NULL, NULL);
  return brief_rouge_scorer_get_metric_name(eval->scorer, metric);
}

const BriefRougeScore *
brief_rouge_eval_get_score(const BriefRougeEval *eval, guint index, guint metric)
{
  g_return_val_if_fail(eval != NULL, NULL);
  g_return_val_if_fail(index < eval->clusters->len, NULL);
  g_return_val_if_fail(metric < eval->scorer->n_metrics, NULL);
  return &((const EvalCluster *)g_ptr_array_index(eval->clusters, index))->scores[metric];
}

const char *const *
brief_rouge_eval_get_unmatched(const BriefRougeEval *eval)
{
  g_return_val_if_fail(eval != NULL, NULL);
  return (const char *const *)eval->unmatched->pdata;
}

/* ------------------------------------------------------------------------ */
/* Bootstrap                                                                 */

/* drand48: Perl's rand() since 5.20 on every platform, and the C library's
 * drand48() it used on Linux before.  Seeding is srand48()'s. */
#define DRAND48_MASK ((G_GUINT64_CONSTANT(1) << 48) - 1)

static guint64
drand48_seed(guint64 seed)
{
  return ((seed << 16) | 0x330E) & DRAND48_MASK;
}

static double
drand48_next(guint64 *state)
{
  *state = (G_GUINT64_CONSTANT(0x5DEECE66D) * *state + 0xB) & DRAND48_MASK;
  return ldexp((double)*state, -48);
}

static int
compare_doubles(const void *a, const void *b)
{
  const double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Perl reads a missing array element as 0. */
static double
sample_at(const double *sorted, guint n, int index)
{
  return index >= 0 && (guint)index < n ? sorted[index] : 0.0;
}

gboolean
brief_rouge_eval_get_average(const BriefRougeEval *eval, guint metric, BriefRougeAverage *average)
{
  g_return_val_if_fail(eval != NULL, FALSE);
  g_return_val_if_fail(metric < eval->scorer->n_metrics, FALSE);
  g_return_val_if_fail(average != NULL, FALSE);

  memset(average, 0, sizeof *average);
  const guint n = eval->clusters->len;
  if (n == 0)
    return FALSE;

  const BriefRougeOptions *options = &eval->scorer->options;
  const guint r = options->resamples;
  g_autofree double *values = g_new(double, 3 * (gsize)n);
  for (guint i = 0; i < n; i++) {
    const EvalCluster *c = g_ptr_array_index(eval->clusters, i);
    values[3 * i] = c->scores[metric].recall;
    values[3 * i + 1] = c->scores[metric].precision;
    values[3 * i + 2] = c->scores[metric].f;
  }

  /* ROUGE-1.5.5 reseeds before each resample with its index, so every
   * resample is reproducible on its own. */
  g_autofree double *samples = g_new(double, 3 * (gsize)r);
  for (guint s = 0; s < r; s++) {
    guint64 state = drand48_seed(options->seed + s);
    double sum[3] = {0, 0, 0};
    for (guint i = 0; i < n; i++) {
      const guint pick = (guint)((double)n * drand48_next(&state));
      for (int k = 0; k < 3; k++)
        sum[k] += values[3 * pick + k];
    }
    for (int k = 0; k < 3; k++)
      samples[(gsize)k * r + s] = sum[k] / n;
  }

  /* The interval is interpolated between two ranks; the same fraction
   * `ratio` serves both ends, as in ROUGE. */
  const double delta = r * ((100 - options->confidence) / 2.0) / 100.0;
  const int upper_a = (int)(r - delta - 1);
  const int lower_a = (int)delta;
  const double ratio = r - delta - 1 - upper_a;
  double *mean = &average->mean.recall;
  double *low = &average->low.recall;
  double *high = &average->high.recall;
  for (int k = 0; k < 3; k++) {
    double *sorted = samples + (gsize)k * r;
    qsort(sorted, r, sizeof(double), compare_doubles);
    /* ROUGE reports the mean of the sample means, summed in sorted order,
     * not the plain mean of the clusters. */
    double total = 0;
    for (guint s = 0; s < r; s++)
      total += sorted[s];
    const double lo_a = sample_at(sorted, r, lower_a);
    const double lo_b = sample_at(sorted, r, lower_a + 1);
    const double hi_a = sample_at(sorted, r, upper_a);
    const double hi_b = sample_at(sorted, r, upper_a + 1);
    /* The three BriefRougeScore fields are consecutive doubles. */
    mean[k] = round5(total / r);
    low[k] = round5(lo_a + (lo_b - lo_a) * ratio);
    high[k] = round5(hi_a + (hi_b - hi_a) * ratio);
  }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Rendering                                                                 */

/* Length of the leading run of digits; 0 when `s` starts otherwise. */
static gsize
digit_prefix(const char *s)
{
  gsize n = 0;

  while (g_ascii_isdigit(s[n]))
    n++;
  return n;
}

/* ROUGE-1.5.5 prints evaluations ordered by their numeric prefix when both
 * IDs start with digits, else by string. */
static int
compare_print_order(const void *a, const void *b)
{
  const EvalCluster *x = *(const EvalCluster *const *)a;
  const EvalCluster *y = *(const EvalCluster *const *)b;
  gsize nx = digit_prefix(x->test_id), ny = digit_prefix(y->test_id);

  if (nx > 0 && ny > 0) {
    const char *px = x->test_id, *py = y->test_id;
    while (nx > 1 && *px == '0') {
      px++;
      nx--;
    }
    while (ny > 1 && *py == '0') {
      py++;
      ny--;
    }
    if (nx != ny)
      return nx < ny ? -1 : 1;
    const int cmp = strncmp(px, py, nx);
    if (cmp != 0)
      return cmp;
  }
  return strcmp(x->test_id, y->test_id);
}

static GPtrArray *
clusters_in_print_order(const BriefRougeEval *eval)
{
  GPtrArray *order = g_ptr_array_sized_new(eval->clusters->len);

  for (guint i = 0; i < eval->clusters->len; i++)
    g_ptr_array_add(order, g_ptr_array_index(eval->clusters, i));
  g_ptr_array_sort(order, compare_print_order);
  return order;
}

static const char *
fmt5(char *buf, gsize size, double value)
{
  return g_ascii_formatd(buf, (int)size, "%.5f", value);
}

char *
brief_rouge_eval_to_text(const BriefRougeEval *eval, gboolean per_cluster)
{
  g_return_val_if_fail(eval != NULL, NULL);

  GString *out = g_string_new(NULL);
  if (eval->clusters->len == 0)
    return g_string_free(out, FALSE);

  const char *sys = eval->scorer->system_id;
  char conf[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_formatd(conf, sizeof conf, "%g", eval->scorer->options.confidence);
  g_autoptr(GPtrArray) order = clusters_in_print_order(eval);
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint m = 0; m < eval->scorer->n_metrics; m++) {
    const char *metric = brief_rouge_scorer_get_metric_name(eval->scorer, m);
    BriefRougeAverage avg;
    brief_rouge_eval_get_average(eval, m, &avg);
    const struct {
      char tag;
      double mean, low, high;
    } rows[3] = {
        {'R', avg.mean.recall, avg.low.recall, avg.high.recall},
        {'P', avg.mean.precision, avg.low.precision, avg.high.precision},
        {'F', avg.mean.f, avg.low.f, avg.high.f},
    };
    for (int k = 0; k < 3; k++)
      g_string_append_printf(out, "%s %s Average_%c: %s (%s%%-conf.int. %s - %s)\n", sys, metric,
                             rows[k].tag, fmt5(a, sizeof a, rows[k].mean), conf,
                             fmt5(b, sizeof b, rows[k].low), fmt5(c, sizeof c, rows[k].high));
    if (!per_cluster)
      continue;
    for (guint i = 0; i < order->len; i++) {
      const EvalCluster *cluster = g_ptr_array_index(order, i);
      const BriefRougeScore *s = &cluster->scores[m];
      char f[G_ASCII_DTOSTR_BUF_SIZE];
      g_string_append_printf(out, "%s %s Eval %s R:%s P:%s F:%s\n", sys, metric, cluster->test_id,
                             fmt5(a, sizeof a, s->recall), fmt5(b, sizeof b, s->precision),
                             fmt5(f, sizeof f, s->f));
    }
  }
  return g_string_free(out, FALSE);
}

static void
add_interval(JsonBuilder *builder, const char *key, gboolean have, double mean, double low,
             double high)
{
  json_builder_set_member_name(builder, key);
  if (!have) {
    json_builder_add_null_value(builder);
    return;
  }
  json_builder_begin_object(builder);
  json_builder_set_member_name(builder, "average");
  json_builder_add_double_value(builder, mean);
  json_builder_set_member_name(builder, "low");
  json_builder_add_double_value(builder, low);
  json_builder_set_member_name(builder, "high");
  json_builder_add_double_value(builder, high);
  json_builder_end_object(builder);
}

/* json-glib writes doubles with 17 significant digits, so 0.66667 comes out
 * as 0.66666999999999998.  Rewrite each fractional number outside strings
 * in the fewest digits that read back to the same double, and append the
 * final newline. */
static char *
tidy_json_numbers(const char *json)
{
  GString *out = g_string_sized_new(strlen(json) + 1);
  const char *p = json;

  while (*p != '\0') {
    if (*p == '"') {
      const char *start = p++;
      while (*p != '\0' && *p != '"')
        p += (p[0] == '\\' && p[1] != '\0') ? 2 : 1;
      if (*p == '"')
        p++;
      g_string_append_len(out, start, p - start);
    } else if (*p == '-' || g_ascii_isdigit(*p)) {
      const char *start = p;
      while (*p != '\0' && strchr("+-.0123456789eE", *p) != NULL)
        p++;
      g_autofree char *number = g_strndup(start, p - start);
      if (strpbrk(number, ".eE") == NULL) {
        g_string_append(out, number);
        continue;
      }
      const double value = g_ascii_strtod(number, NULL);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      for (int digits = 1; digits <= 17; digits++) {
        char format[8];
        g_snprintf(format, sizeof format, "%%.%dg", digits);
        g_ascii_formatd(buf, sizeof buf, format, value);
        if (g_ascii_strtod(buf, NULL) == value)
          break;
      }
      g_string_append(out, buf);
      /* Keep it a JSON number that reads as fractional. */
      if (strpbrk(buf, ".eEn") == NULL)
        g_string_append(out, ".0");
    } else {
      g_string_append_c(out, *p++);
    }
  }
  g_string_append_c(out, '\n');
  return g_string_free(out, FALSE);
}

char *
brief_rouge_eval_to_json(const BriefRougeEval *eval, gboolean per_cluster)
{
  g_return_val_if_fail(eval != NULL, NULL);

  const BriefRougeOptions *o = &eval->scorer->options;
  g_autoptr(JsonBuilder) builder = json_builder_new();

  json_builder_begin_object(builder);
  json_builder_set_member_name(builder, "system");
  json_builder_add_string_value(builder, eval->scorer->system_id);

  json_builder_set_member_name(builder, "options");
  json_builder_begin_object(builder);
  json_builder_set_member_name(builder, "limit_words");
  json_builder_add_int_value(builder, o->limit_words);
  json_builder_set_member_name(builder, "limit_bytes");
  json_builder_add_int_value(builder, o->limit_bytes);
  json_builder_set_member_name(builder, "stem");
  json_builder_add_boolean_value(builder, o->stem);
  json_builder_set_member_name(builder, "n_max");
  json_builder_add_int_value(builder, o->n_max);
  json_builder_set_member_name(builder, "skip_bigrams");
  json_builder_add_boolean_value(builder, o->skip_bigrams);
  json_builder_set_member_name(builder, "skip_distance");
  json_builder_add_int_value(builder, o->skip_distance);
  json_builder_set_member_name(builder, "skip_unigrams");
  json_builder_add_boolean_value(builder, o->skip_unigrams);
  json_builder_set_member_name(builder, "alpha");
  json_builder_add_double_value(builder, o->alpha);
  json_builder_set_member_name(builder, "jackknife");
  json_builder_add_boolean_value(builder, o->jackknife);
  json_builder_set_member_name(builder, "confidence");
  json_builder_add_double_value(builder, o->confidence);
  json_builder_set_member_name(builder, "resamples");
  json_builder_add_int_value(builder, o->resamples);
  json_builder_set_member_name(builder, "seed");
  json_builder_add_int_value(builder, (gint64)o->seed);
  json_builder_end_object(builder);

  json_builder_set_member_name(builder, "n_clusters");
  json_builder_add_int_value(builder, eval->clusters->len);

  g_autoptr(GPtrArray) order = clusters_in_print_order(eval);
  json_builder_set_member_name(builder, "metrics");
  json_builder_begin_array(builder);
  for (guint m = 0; m < eval->scorer->n_metrics; m++) {
    BriefRougeAverage avg;
    const gboolean have = brief_rouge_eval_get_average(eval, m, &avg);

    json_builder_begin_object(builder);
    json_builder_set_member_name(builder, "name");
    json_builder_add_string_value(builder, brief_rouge_scorer_get_metric_name(eval->scorer, m));
    add_interval(builder, "recall", have, avg.mean.recall, avg.low.recall, avg.high.recall);
    add_interval(builder, "precision", have, avg.mean.precision, avg.low.precision,
                 avg.high.precision);
    add_interval(builder, "f", have, avg.mean.f, avg.low.f, avg.high.f);
    if (per_cluster) {
      json_builder_set_member_name(builder, "clusters");
      json_builder_begin_array(builder);
      for (guint i = 0; i < order->len; i++) {
        const EvalCluster *cluster = g_ptr_array_index(order, i);
        json_builder_begin_object(builder);
        json_builder_set_member_name(builder, "cluster");
        json_builder_add_string_value(builder, cluster->name);
        json_builder_set_member_name(builder, "recall");
        json_builder_add_double_value(builder, cluster->scores[m].recall);
        json_builder_set_member_name(builder, "precision");
        json_builder_add_double_value(builder, cluster->scores[m].precision);
        json_builder_set_member_name(builder, "f");
        json_builder_add_double_value(builder, cluster->scores[m].f);
        json_builder_end_object(builder);
      }
      json_builder_end_array(builder);
    }
    json_builder_end_object(builder);
  }
  json_builder_end_array(builder);

  json_builder_set_member_name(builder, "unmatched");
  json_builder_begin_array(builder);
  for (guint i = 0; i + 1 < eval->unmatched->len; i++)
    json_builder_add_string_value(builder, g_ptr_array_index(eval->unmatched, i));
  json_builder_end_array(builder);
  json_builder_end_object(builder);

  g_autoptr(JsonNode) root = json_builder_get_root(builder);
  g_autoptr(JsonGenerator) generator = json_generator_new();
  json_generator_set_root(generator, root);
  g_autofree char *json = json_generator_to_data(generator, NULL);
  return tidy_json_numbers(json);
}
