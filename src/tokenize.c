/* SPDX-License-Identifier: BSD-3-Clause */
/* Words to terms: Unicode word boundaries, NFKC + case folding, stop words,
 * Snowball stemming, interning.
 *
 * Speed matters here (every token of the input passes through), so each
 * distinct surface form is normalised and stemmed once: a memo maps the raw
 * bytes of a word to its term id (or "stop word").  The common case is one
 * hash of the word's bytes where they stand and one probe, with no copy and
 * no allocation. */
#include "tokenize-private.h"

#include "brief-private.h"

#include <libstemmer.h>
#include <string.h>

/* One distinct surface form of the memo: its bytes (at `off` in the
 * memo's text), their hash and its value. */
typedef struct {
  guint32 hash;
  guint32 len;
  gsize off;
  gint value;
} MemoEntry;

/* Raw word bytes -> a term id + 1 (> 0), or the negated stop id + 1 (< 0)
 * of a stop word.  Open addressing over the entries' indices, keyed by the
 * bytes as they stand in the text: a lookup hashes the word once and
 * compares bytes only when the hashes agree, with no copy of the word. */
typedef struct {
  guint32 seed;    /* random, per memo: unknown to any text */
  guint32 *slots;  /* entry index + 1; 0: empty */
  guint32 mask;    /* slots - 1, a power of two minus one */
  GArray *entries; /* MemoEntry */
  GString *text;   /* every entry's bytes, one after the other */
} Memo;

struct _BriefTokenizer {
  char *language;
  struct sb_stemmer *stemmer;
  GHashTable *stopwords; /* normalised word -> itself */
  Memo memo;
  GHashTable *vocab;      /* stem -> GUINT_TO_POINTER(id + 1) */
  GPtrArray *terms;       /* id -> stem (borrowed from vocab keys) */
  GHashTable *stop_vocab; /* normalised stop word -> GUINT_TO_POINTER(stop id + 1) */
  GPtrArray *stops;       /* stop id -> normalised stop word (borrowed from stop_vocab keys) */
};

/* FNV-1a over the word's bytes from a random start, then MurmurHash3's
 * finaliser, so every bit of the hash (and the slot) depends on every byte
 * and on the seed.  With a fixed hash a hostile text could be made of words
 * that share a slot, and each lookup would walk all of them (quadratic
 * time); a text written without knowing the seed cannot aim at one (not a
 * cryptographic defence: the hash is not keyed like SipHash).  The seed
 * changes no output: the memo only maps each word to its value. */
static guint32
memo_hash(guint32 seed, const char *w, gsize len)
{
  guint32 h = 2166136261u ^ seed;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar)w[i]) * 16777619u;
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

static void
memo_init(Memo *m)
{
  m->seed = g_random_int();
  m->mask = 1023;
  m->slots = g_new0(guint32, (gsize)m->mask + 1);
  m->entries = g_array_new(FALSE, FALSE, sizeof(MemoEntry));
  m->text = g_string_new(NULL);
}

static void
memo_clear(Memo *m)
{
  g_clear_pointer(&m->slots, g_free);
  if (m->entries)
    g_array_unref(g_steal_pointer(&m->entries));
  if (m->text)
    g_string_free(g_steal_pointer(&m->text), TRUE);
}

/* The slot of the word `w` (hash `h`): its entry's, or the empty one where
 * it would go. */
static guint32
memo_slot(const Memo *m, const char *w, gsize len, guint32 h)
{
  guint32 i = h & m->mask;

  for (;;) {
    guint32 s = m->slots[i];
    if (s == 0)
      return i;
    {
      const MemoEntry *e = &g_array_index(m->entries, MemoEntry, s - 1);
      if (e->hash == h && e->len == len && memcmp(m->text->str + e->off, w, len) == 0)
        return i;
    }
    i = (i + 1) & m->mask;
  }
}

static void
memo_insert(Memo *m, const char *w, gsize len, guint32 h, gint value)
{
  MemoEntry e = {h, (guint32)len, m->text->len, value};

  g_string_append_len(m->text, w, (gssize)len);
  g_array_append_val(m->entries, e);
  if ((gsize)m->entries->len * 2 > (gsize)m->mask + 1) {
    /* Double the slots and place every entry again. */
    m->mask = m->mask * 2 + 1;
    g_free(m->slots);
    m->slots = g_new0(guint32, (gsize)m->mask + 1);
    for (guint k = 0; k < m->entries->len; k++) {
      const MemoEntry *x = &g_array_index(m->entries, MemoEntry, k);
      guint32 i = x->hash & m->mask;
      while (m->slots[i] != 0)
        i = (i + 1) & m->mask;
      m->slots[i] = k + 1;
    }
  } else {
    m->slots[memo_slot(m, w, len, h)] = m->entries->len;
  }
}

/* Case fold and NFKC-normalise a word; typographic apostrophes become '. */
static char *
normalize_word(const char *w, gsize len)
{
  g_autofree char *folded = NULL;
  char *norm;
  GString *s;
  gsize i = 0;

  /* ASCII, most words of English news: folding is lowering A-Z and NFKC
   * changes nothing. */
  while (i < len && (guchar)w[i] < 0x80)
    i++;
  if (i == len)
    return g_ascii_strdown(w, (gssize)len);
  folded = g_utf8_casefold(w, (gssize)len);
  norm = g_utf8_normalize(folded, -1, G_NORMALIZE_NFKC);
  if (norm == NULL)
    return g_strndup(w, len);
  if (strstr(norm, "\xE2\x80\x99") == NULL) /* U+2019 */
    return norm;
  s = g_string_new(NULL);
  for (const char *p = norm; *p; p = g_utf8_next_char(p)) {
    if (g_utf8_get_char(p) == 0x2019)
      g_string_append_c(s, '\'');
    else
      g_string_append_len(s, p, g_utf8_next_char(p) - p);
  }
  g_free(norm);
  return g_string_free(s, FALSE);
}

static gboolean
load_stopwords(BriefTokenizer *tok, const char *data, gsize len)
{
  g_autofree char *copy = g_strndup(data, len);
  g_auto(GStrv) lines = g_strsplit(copy, "\n", -1);

  for (char **l = lines; *l != NULL; l++) {
    char *c = strpbrk(*l, "#|");
    if (c)
      *c = '\0';
    g_strstrip(*l);
    if (**l == '\0')
      continue;
    {
      char *w = normalize_word(*l, strlen(*l));
      g_hash_table_replace(tok->stopwords, w, w);
    }
  }
  return TRUE;
}

/* A tokenizer for `language` with an empty stop list. */
static BriefTokenizer *
tokenizer_alloc(const char *language, GError **error)
{
  g_autoptr(BriefTokenizer) tok = g_new0(BriefTokenizer, 1);

  tok->language = g_strdup(language);
  tok->stopwords = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  memo_init(&tok->memo);
  tok->vocab = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  tok->terms = g_ptr_array_new();
  tok->stop_vocab = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  tok->stops = g_ptr_array_new();
  tok->stemmer = sb_stemmer_new(language, "UTF_8");
  if (tok->stemmer == NULL) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE,
                "cannot create the Snowball stemmer for '%s'", language);
    return NULL;
  }
  return g_steal_pointer(&tok);
}

BriefTokenizer *
brief_tokenizer_new(const char *language, const char *stopwords_path, gsize max_bytes,
                    gboolean *missing_stoplist, GError **error)
{
  g_autoptr(BriefTokenizer) tok = NULL;

  g_return_val_if_fail(language != NULL, NULL);

  if (missing_stoplist)
    *missing_stoplist = FALSE;
  if (!brief_language_check(language, error))
    return NULL;
  tok = tokenizer_alloc(language, error);
  if (tok == NULL)
    return NULL;
  if (stopwords_path != NULL) {
    BriefReadLimits limits = {max_bytes, 0, 0, 0};
    gsize len = 0;
    g_autofree char *data = brief_read_file(stopwords_path, &limits, &len, error);
    if (data == NULL)
      return NULL;
    load_stopwords(tok, data, len);
  } else {
    g_autoptr(GBytes) data = brief_resource_lookup("stopwords", language);
    if (data != NULL) {
      gsize len = 0;
      const char *p = g_bytes_get_data(data, &len);
      load_stopwords(tok, p, len);
    } else if (missing_stoplist) {
      *missing_stoplist = TRUE;
    }
  }
  return g_steal_pointer(&tok);
}

void
brief_tokenizer_free(BriefTokenizer *tok)
{
  if (tok == NULL)
    return;
  g_free(tok->language);
  if (tok->stemmer)
    sb_stemmer_delete(tok->stemmer);
  if (tok->stopwords)
    g_hash_table_unref(tok->stopwords);
  memo_clear(&tok->memo);
  if (tok->terms)
    g_ptr_array_unref(tok->terms);
  if (tok->vocab)
    g_hash_table_unref(tok->vocab);
  if (tok->stops)
    g_ptr_array_unref(tok->stops);
  if (tok->stop_vocab)
    g_hash_table_unref(tok->stop_vocab);
  g_free(tok);
}

guint
brief_tokenizer_n_terms(const BriefTokenizer *tok)
{
  return tok->terms->len;
}

const char *
brief_tokenizer_term(const BriefTokenizer *tok, guint32 id)
{
  g_return_val_if_fail(id < tok->terms->len, NULL);
  return g_ptr_array_index(tok->terms, id);
}

gboolean
brief_tokenizer_is_stopword(const BriefTokenizer *tok, const char *word)
{
  g_autofree char *w = normalize_word(word, strlen(word));

  return g_hash_table_contains(tok->stopwords, w);
}

static guint32
intern(BriefTokenizer *tok, const char *stem, gsize len)
{
  g_autofree char *key = g_strndup(stem, len);
  gpointer v = g_hash_table_lookup(tok->vocab, key);
  guint32 id;

  if (v != NULL)
    return GPOINTER_TO_UINT(v) - 1;
  id = tok->terms->len;
  g_ptr_array_add(tok->terms, key);
  g_hash_table_insert(tok->vocab, g_steal_pointer(&key), GUINT_TO_POINTER(id + 1));
  return id;
}

/* The stop id of a normalised stop word (or one-letter word). */
static guint32
intern_stop(BriefTokenizer *tok, const char *norm)
{
  gpointer v = g_hash_table_lookup(tok->stop_vocab, norm);
  guint32 id = tok->stops->len;
  char *key;

  if (v != NULL)
    return GPOINTER_TO_UINT(v) - 1;
  key = g_strdup(norm);
  g_ptr_array_add(tok->stops, key);
  g_hash_table_insert(tok->stop_vocab, key, GUINT_TO_POINTER(id + 1));
  return id;
}

/* Slow path, once per distinct surface form (`len` bytes at `raw`, hash
 * `h`): its memo value (see Memo). */
static gint
lookup_new_word(BriefTokenizer *tok, const char *raw, gsize len, guint32 h)
{
  g_autofree char *norm = normalize_word(raw, len);
  gsize n = strlen(norm);
  const sb_symbol *stem;
  gint memo;

  /* Possessive and elided forms: the word itself is what matters. */
  while (n > 0 && norm[n - 1] == '\'')
    norm[--n] = '\0';
  if (g_utf8_strlen(norm, -1) < 2 || g_hash_table_contains(tok->stopwords, norm)) {
    memo = -(gint)intern_stop(tok, norm) - 1;
  } else {
    stem = sb_stemmer_stem(tok->stemmer, (const sb_symbol *)norm, (int)n);
    if (stem == NULL)
      memo = (gint)intern(tok, norm, n) + 1; /* out of memory in the stemmer: keep the word */
    else
      memo = (gint)intern(tok, (const char *)stem, (gsize)sb_stemmer_length(tok->stemmer)) + 1;
  }
  memo_insert(&tok->memo, raw, len, h, memo);
  return memo;
}

static gboolean
is_word_char(gunichar c)
{
  return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

static gboolean
is_apostrophe(gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* The words of `text` to `out`: each term id, and with `stops` each stop
 * word as BRIEF_TOKEN_STOP | its stop id. */
static void
add_words(BriefTokenizer *tok, const char *text, gsize len, GArray *out, gboolean stops)
{
  const char *p = text, *end = text + len;
  guint32 buf[256]; /* ids on their way to `out`, a call per buffer, not per word */
  guint n_buf = 0;

  while (p < end) {
    const char *w, *we;
    gunichar c;
    gsize wl;
    guint32 h, slot;
    gint memo;

    /* Skip to a word start.  ASCII bytes are tested directly: most news
     * text is ASCII and g_utf8_get_char costs more than a table lookup. */
    if ((guchar)*p < 0x80) {
      if (!g_ascii_isalnum(*p)) {
        p++;
        continue;
      }
    } else {
      c = g_utf8_get_char(p);
      if (!is_word_char(c)) {
        p = g_utf8_next_char(p);
        continue;
      }
    }
    /* Take letters, digits, and an apostrophe between two of them. */
    w = p;
    while (p < end) {
      if ((guchar)*p < 0x80) {
        if (g_ascii_isalnum(*p)) {
          p++;
          continue;
        }
        if (*p == '\'' && p + 1 < end && p > w && g_ascii_isalnum(p[1])) {
          p++;
          continue;
        }
        break;
      }
      c = g_utf8_get_char(p);
      if (is_word_char(c) || (is_apostrophe(c) && p > w && g_utf8_next_char(p) < end &&
                              is_word_char(g_utf8_get_char(g_utf8_next_char(p))))) {
        p = g_utf8_next_char(p);
        continue;
      }
      break;
    }
    we = p;
    wl = (gsize)(we - w);
    h = memo_hash(tok->memo.seed, w, wl);
    slot = tok->memo.slots[memo_slot(&tok->memo, w, wl, h)];
    if (slot != 0)
      memo = g_array_index(tok->memo.entries, MemoEntry, slot - 1).value;
    else
      memo = lookup_new_word(tok, w, wl, h);
    if (memo > 0)
      buf[n_buf++] = (guint32)(memo - 1);
    else if (stops)
      buf[n_buf++] = BRIEF_TOKEN_STOP | (guint32)(-memo - 1);
    if (n_buf == G_N_ELEMENTS(buf)) {
      g_array_append_vals(out, buf, n_buf);
      n_buf = 0;
    }
  }
  g_array_append_vals(out, buf, n_buf);
}

void
brief_tokenizer_add_terms(BriefTokenizer *tok, const char *text, gsize len, GArray *terms)
{
  add_words(tok, text, len, terms, FALSE);
}

void
brief_tokenizer_add_tokens(BriefTokenizer *tok, const char *text, gsize len, GArray *tokens)
{
  add_words(tok, text, len, tokens, TRUE);
}

BriefTokenizer *
brief_tokenizer_new_like(const BriefTokenizer *tok)
{
  BriefTokenizer *copy = tokenizer_alloc(tok->language, NULL);
  GHashTableIter it;
  gpointer word;

  g_assert(copy != NULL); /* tok's own language */
  g_hash_table_iter_init(&it, tok->stopwords);
  while (g_hash_table_iter_next(&it, &word, NULL)) {
    char *w = g_strdup(word);
    g_hash_table_replace(copy->stopwords, w, w);
  }
  return copy;
}

struct _BriefIdMap {
  BriefTokenizer *to;
  const BriefTokenizer *from;
  guint32 *terms; /* from's term id -> to's, or G_MAXUINT32 while unseen */
  guint32 *stops; /* from's stop id -> to's, likewise */
};

BriefIdMap *
brief_id_map_new(BriefTokenizer *to, const BriefTokenizer *from)
{
  BriefIdMap *map = g_new(BriefIdMap, 1);

  map->to = to;
  map->from = from;
  map->terms = g_new(guint32, from->terms->len > 0 ? from->terms->len : 1);
  map->stops = g_new(guint32, from->stops->len > 0 ? from->stops->len : 1);
  memset(map->terms, 0xFF, sizeof(guint32) * from->terms->len);
  memset(map->stops, 0xFF, sizeof(guint32) * from->stops->len);
  return map;
}

void
brief_id_map_apply(BriefIdMap *map, guint32 *ids, gsize n)
{
  for (gsize k = 0; k < n; k++) {
    guint32 id = ids[k];
    if (id & BRIEF_TOKEN_STOP) {
      guint32 *to = &map->stops[id & ~BRIEF_TOKEN_STOP];
      if (*to == G_MAXUINT32)
        *to = intern_stop(map->to, g_ptr_array_index(map->from->stops, id & ~BRIEF_TOKEN_STOP));
      ids[k] = BRIEF_TOKEN_STOP | *to;
    } else {
      guint32 *to = &map->terms[id];
      if (*to == G_MAXUINT32) {
        const char *stem = g_ptr_array_index(map->from->terms, id);
        *to = intern(map->to, stem, strlen(stem));
      }
      ids[k] = *to;
    }
  }
}

void
brief_id_map_free(BriefIdMap *map)
{
  if (map == NULL)
    return;
  g_free(map->terms);
  g_free(map->stops);
  g_free(map);
}

/* ---- many texts on several threads ----------------------------------------------- */

typedef struct {
  const char *language;
  guint n_items, n_chunks;
  BriefTermsFunc func;
  gpointer data;
  BriefTokenizer **tok; /* per chunk */
  GArray **terms;       /* per chunk: local term ids */
  gsize **offsets;      /* per chunk: where each item's terms start, then the end */
  GError **errors;      /* per chunk */
} ChunkJob;

/* The first item of chunk c (c == n_chunks: the end). */
static guint
chunk_start(guint n_items, guint c, guint n_chunks)
{
  return (guint)((guint64)n_items * c / n_chunks);
}

static void
tokenize_chunk(guint worker, guint c, gpointer data)
{
  ChunkJob *job = data;
  guint from = chunk_start(job->n_items, c, job->n_chunks);
  guint to = chunk_start(job->n_items, c + 1, job->n_chunks);

  (void)worker;
  job->tok[c] = brief_tokenizer_new(job->language, NULL, 0, NULL, &job->errors[c]);
  job->terms[c] = g_array_new(FALSE, FALSE, sizeof(guint32));
  job->offsets[c] = g_new(gsize, to - from + 1);
  if (job->tok[c] == NULL)
    return;
  for (guint i = from; i < to; i++) {
    job->offsets[c][i - from] = job->terms[c]->len;
    job->func(job->tok[c], i, job->terms[c], job->data);
  }
  job->offsets[c][to - from] = job->terms[c]->len;
}

/* Chunk c's local term ids to global ones: stems new to the chunks before
 * it are numbered in the order of their first use in it, which is the
 * numbering one tokenizer would give, reading the items in order. */
static void
renumber_chunk(ChunkJob *job, guint c, GHashTable *vocab, GPtrArray *stems)
{
  guint n_local = brief_tokenizer_n_terms(job->tok[c]);
  g_autofree guint32 *global = g_new(guint32, n_local > 0 ? n_local : 1);
  GArray *terms = job->terms[c];

  for (guint32 t = 0; t < n_local; t++) {
    const char *stem = brief_tokenizer_term(job->tok[c], t);
    gpointer v = g_hash_table_lookup(vocab, stem);
    if (v == NULL) {
      char *key = g_strdup(stem);
      v = GUINT_TO_POINTER(g_hash_table_size(vocab) + 1);
      g_hash_table_insert(vocab, key, v);
      g_ptr_array_add(stems, key);
    }
    global[t] = GPOINTER_TO_UINT(v) - 1;
  }
  for (guint k = 0; k < terms->len; k++)
    g_array_index(terms, guint32, k) = global[g_array_index(terms, guint32, k)];
}

GArray *
brief_tokenize_items(const char *language, guint n_items, guint n_threads, BriefTermsFunc func,
                     gpointer data, gsize *offsets, GPtrArray **stems_out, GError **error)
{
  /* A chunk per thread, each of a few hundred items at least: a tokenizer
   * costs its stop list and stemmer. */
  guint n_chunks = MAX(1u, MIN(n_threads, n_items / 256));
  ChunkJob job = {language, n_items, n_chunks, func, data, NULL, NULL, NULL, NULL};
  g_autoptr(GHashTable) vocab = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) stems = g_ptr_array_new(); /* borrowed from vocab's keys */
  GArray *all = g_array_new(FALSE, FALSE, sizeof(guint32));
  gboolean ok = TRUE;

  job.tok = g_new0(BriefTokenizer *, n_chunks);
  job.terms = g_new0(GArray *, n_chunks);
  job.offsets = g_new0(gsize *, n_chunks);
  job.errors = g_new0(GError *, n_chunks);
  brief_parallel_for(n_chunks, n_chunks, tokenize_chunk, &job);
  for (guint c = 0; c < n_chunks; c++) {
    guint from = chunk_start(n_items, c, n_chunks);
    guint to = chunk_start(n_items, c + 1, n_chunks);
    if (job.tok[c] == NULL) {
      if (ok)
        g_propagate_error(error, g_steal_pointer(&job.errors[c]));
      ok = FALSE;
    } else if (ok) {
      renumber_chunk(&job, c, vocab, stems);
      for (guint i = from; i < to; i++)
        offsets[i] = all->len + job.offsets[c][i - from];
      g_array_append_vals(all, job.terms[c]->data, job.terms[c]->len);
    }
    g_clear_error(&job.errors[c]);
    brief_tokenizer_free(job.tok[c]);
    g_array_unref(job.terms[c]);
    g_free(job.offsets[c]);
  }
  offsets[n_items] = all->len;
  if (ok && stems_out != NULL) {
    /* The stems outlive the table: it lets go of its keys. */
    g_hash_table_steal_all(vocab);
    g_ptr_array_set_free_func(stems, g_free);
    *stems_out = g_steal_pointer(&stems);
  }
  g_free(job.tok);
  g_free(job.terms);
  g_free(job.offsets);
  g_free(job.errors);
  if (!ok)
    g_clear_pointer(&all, g_array_unref);
  return all;
}
