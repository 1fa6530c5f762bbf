/* SPDX-License-Identifier: BSD-3-Clause */
/* Terms of a text (tokenize.c): case-folded, normalised, stop words
 * dropped, stemmed, interned as term ids. */
#ifndef BRIEF_TOKENIZE_PRIVATE_H
#define BRIEF_TOKENIZE_PRIVATE_H

#include <brief/brief.h>

G_BEGIN_DECLS

typedef struct _BriefTokenizer BriefTokenizer;

/* Stop list from `stopwords_path` (NULL: built-in list of `language`; a
 * language without one gets an empty list and a g_warning is logged by the
 * caller through `*missing_stoplist`), a file of at most `max_bytes`
 * ("max-input-bytes"; 0 = no limit; BRIEF_ERROR_LIMIT). */
BriefTokenizer *brief_tokenizer_new(const char *language, const char *stopwords_path,
                                    gsize max_bytes, gboolean *missing_stoplist, GError **error);
void brief_tokenizer_free(BriefTokenizer *tok);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefTokenizer, brief_tokenizer_free)

/* Append to `terms` (guint32) the term id of every content word of `text`:
 * case-folded, NFKC-normalised, stop words dropped, stemmed.  Term ids are
 * interned in the tokenizer and stable for its lifetime. */
void brief_tokenizer_add_terms(BriefTokenizer *tok, const char *text, gsize len, GArray *terms);

/* Every word of `text`, in order: a content word as its term id (as
 * brief_tokenizer_add_terms() gives it), a stop word (or a one-letter
 * word) as BRIEF_TOKEN_STOP | its stop id, the same for every spelling
 * that folds to the same word. */
#define BRIEF_TOKEN_STOP 0x80000000u
void brief_tokenizer_add_tokens(BriefTokenizer *tok, const char *text, gsize len, GArray *tokens);

/* A tokenizer with the language and the stop list of `tok` and nothing
 * else of it: no term or stop id yet. */
BriefTokenizer *brief_tokenizer_new_like(const BriefTokenizer *tok);

/* One tokenizer's ids in another's: what brief_tokenizer_add_tokens() (or
 * _add_terms()) of `from` gave, turned into the ids `to` gives the same
 * stems and stop words.  A stem or stop word new to `to` is interned there
 * when the map first meets it, so ids mapped in text order are those `to`
 * would have given reading the text itself. */
typedef struct _BriefIdMap BriefIdMap;
BriefIdMap *brief_id_map_new(BriefTokenizer *to, const BriefTokenizer *from);
void brief_id_map_apply(BriefIdMap *map, guint32 *ids, gsize n);
void brief_id_map_free(BriefIdMap *map);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(BriefIdMap, brief_id_map_free)

/* Adds the terms of item `item` to `terms` with `tok`. */
typedef void (*BriefTermsFunc)(BriefTokenizer *tok, guint item, GArray *terms, gpointer data);

/* The terms of `n_items` items (what `func` adds for each), tokenized in
 * chunks on up to `n_threads` threads, each chunk with a tokenizer of its
 * own for `language` (built-in stop list).  Term ids are those one
 * tokenizer would give reading the items in order, whatever the number of
 * threads.  offsets[i] (n_items + 1) receives where item i's terms start;
 * *stems (transfer full) the stem of each term id (its length: the number
 * of distinct terms).  Returns the terms, or NULL with `error` set (and
 * *stems untouched). */
GArray *brief_tokenize_items(const char *language, guint n_items, guint n_threads,
                             BriefTermsFunc func, gpointer data, gsize *offsets, GPtrArray **stems,
                             GError **error);

guint brief_tokenizer_n_terms(const BriefTokenizer *tok);
const char *brief_tokenizer_term(const BriefTokenizer *tok, guint32 id);
gboolean brief_tokenizer_is_stopword(const BriefTokenizer *tok, const char *word);

G_END_DECLS

#endif /* BRIEF_TOKENIZE_PRIVATE_H */
