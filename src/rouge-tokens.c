/* SPDX-License-Identifier: BSD-3-Clause */
/* The tokens ROUGE-1.5.5 compares: its readText() cut to the length limit,
 * its tokenisation, and its stemming with WordNet's irregular forms first.
 * The Perl script's arithmetic is followed on purpose where a cleaner
 * choice exists; brief-rouge.h lists the differences that matter. */
#include "rouge-private.h"

#include "brief-private.h"

#include <libstemmer.h>
#include <string.h>

struct _BriefRougeVocab {
  struct sb_stemmer *stemmer; /* NULL: no stemming */
  GHashTable *exceptions;     /* WordNet irregular form -> base; with the stemmer */
  GHashTable *word_ids;       /* token as read (owned) -> id + 1 */
  GHashTable *form_ids;       /* compared form (borrowed from `forms`) -> id + 1 */
  GPtrArray *forms;           /* id -> compared form (owned) */
};

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

/* ------------------------------------------------------------------------ */
/* The vocabulary                                                            */

BriefRougeVocab *
brief_rouge_vocab_new(gboolean stem, GError **error)
{
  g_autoptr(BriefRougeVocab) vocab = g_new0(BriefRougeVocab, 1);

  vocab->word_ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  vocab->form_ids = g_hash_table_new(g_str_hash, g_str_equal);
  vocab->forms = g_ptr_array_new_with_free_func(g_free);
  if (stem) {
    vocab->exceptions = load_exceptions();
    vocab->stemmer = sb_stemmer_new("porter", "UTF_8");
    if (vocab->stemmer == NULL) {
      g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE,
                          "libstemmer has no \"porter\" stemmer");
      return NULL;
    }
  }
  return g_steal_pointer(&vocab);
}

void
brief_rouge_vocab_free(BriefRougeVocab *vocab)
{
  if (vocab == NULL)
    return;
  if (vocab->stemmer != NULL)
    sb_stemmer_delete(vocab->stemmer);
  if (vocab->exceptions != NULL)
    g_hash_table_unref(vocab->exceptions);
  g_hash_table_unref(vocab->word_ids);
  g_hash_table_unref(vocab->form_ids);
  g_ptr_array_unref(vocab->forms);
  g_free(vocab);
}

const char *
brief_rouge_vocab_form(const BriefRougeVocab *vocab, guint32 id)
{
  g_return_val_if_fail(id < vocab->forms->len, NULL);
  return g_ptr_array_index(vocab->forms, id);
}

static guint32
intern_form(BriefRougeVocab *vocab, const char *form, gsize len)
{
  g_autofree char *key = g_strndup(form, len);
  gpointer value = g_hash_table_lookup(vocab->form_ids, key);

  if (value != NULL)
    return GPOINTER_TO_UINT(value) - 1;
  const guint32 id = vocab->forms->len;
  char *owned = g_steal_pointer(&key);
  g_ptr_array_add(vocab->forms, owned);
  g_hash_table_insert(vocab->form_ids, owned, GUINT_TO_POINTER(id + 1));
  return id;
}

/* The id of the compared form of `word`, a lower-cased token. */
static guint32
word_id(BriefRougeVocab *vocab, const char *word)
{
  gpointer value = g_hash_table_lookup(vocab->word_ids, word);
  guint32 id;

  if (value != NULL)
    return GPOINTER_TO_UINT(value) - 1;

  const gsize len = strlen(word);
  const char *base;
  /* ROUGE stems only tokens longer than 3 characters. */
  if (vocab->stemmer == NULL || len <= 3) {
    id = intern_form(vocab, word, len);
  } else if ((base = g_hash_table_lookup(vocab->exceptions, word)) != NULL) {
    id = intern_form(vocab, base, strlen(base));
  } else {
    const sb_symbol *stem = sb_stemmer_stem(vocab->stemmer, (const sb_symbol *)word, (int)len);
    if (stem != NULL)
      id = intern_form(vocab, (const char *)stem, (gsize)sb_stemmer_length(vocab->stemmer));
    else
      id = intern_form(vocab, word, len); /* out of memory: compare as is */
  }
  g_hash_table_insert(vocab->word_ids, g_strdup(word), GUINT_TO_POINTER(id + 1));
  return id;
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

/* Append line `line` of `len` bytes to what is kept, within the limits;
 * FALSE when the limit is reached and reading stops.  The limit test is
 * "used + this line < limit", strict, and the joining spaces do not count
 * against a byte limit; both are ROUGE-1.5.5's arithmetic. */
static gboolean
keep_line(GString *kept, gsize *used, const char *line, gsize len, gsize word_limit,
          gsize byte_limit)
{
  const gboolean limited = word_limit != 0 || byte_limit != 0;
  const gboolean join = limited ? *used != 0 : kept->len > 0;
  gsize take = len;
  gboolean more = TRUE;

  if (word_limit != 0) {
    const gsize words = perl_word_count(line, len);
    if (*used + words < word_limit) {
      *used += words;
    } else {
      take = perl_fields_prefix(line, len, word_limit - *used);
      more = FALSE;
    }
  } else if (byte_limit != 0) {
    if (*used + len < byte_limit) {
      *used += len;
    } else {
      take = byte_limit - *used;
      more = FALSE;
    }
  }
  if (join)
    g_string_append_c(kept, ' ');
  g_string_append_len(kept, line, (gssize)take);
  return more;
}

/* The text ROUGE keeps of a summary: its non-empty lines joined by spaces,
 * cut to the length limit. */
static GString *
cut_text(const char *text, gsize word_limit, gsize byte_limit)
{
  GString *kept = g_string_new(NULL);
  gsize used = 0;
  const char *p = text;

  while (*p != '\0') {
    const char *nl = strchr(p, '\n');
    const gsize len = nl != NULL ? (gsize)(nl - p) : strlen(p);
    const char *line = p;

    p = nl != NULL ? nl + 1 : p + len;
    if (len > 0 && !keep_line(kept, &used, line, len, word_limit, byte_limit))
      break;
  }
  return kept;
}

/* After the cut ROUGE maps every byte outside [A-Za-z0-9-] to a space,
 * isolates hyphens and drops tokens that do not start with [a-z0-9$]: that
 * is, the tokens are the runs of ASCII letters and digits, lower-cased. */
GArray *
brief_rouge_vocab_tokens(BriefRougeVocab *vocab, const char *text, guint limit_words,
                         guint limit_bytes)
{
  g_autoptr(GString) kept = cut_text(text, limit_words, limit_bytes);
  GArray *ids = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autoptr(GString) word = g_string_new(NULL);

  for (gsize i = 0; i <= kept->len; i++) {
    const char c = i < kept->len ? kept->str[i] : '\0';
    if (g_ascii_isalnum(c)) {
      g_string_append_c(word, g_ascii_tolower(c));
    } else if (word->len > 0) {
      const guint32 id = word_id(vocab, word->str);
      g_array_append_val(ids, id);
      g_string_truncate(word, 0);
    }
  }
  return ids;
}
