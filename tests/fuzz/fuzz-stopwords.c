/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: the stop list loader (a `stopwords` file, tokenize.c)
 * and the tokenizer on a text.
 *
 * Input: one byte choosing the language, then the stop list file, then,
 * after the first NUL byte, the text.  Checks:
 *  - loading fails exactly when the file is not UTF-8, with a clean
 *    BRIEF_ERROR (fuzz-common.h);
 *  - every word of the list (a line, cut at '#' or '|', stripped) is a stop
 *    word for the tokenizer;
 *  - the text's terms are valid ids, non-empty UTF-8, and tokenizing the
 *    text again gives the same ids.
 */
#include "tokenize-private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#include "fuzz-common.h"

static const char *const languages[] = {"english", "german",  "french", "russian",
                                        "dutch",   "finnish", "porter", "turkish"};

/* Every entry of the list, as load_stopwords() reads it, is a stop word. */
static void
check_list(const BriefTokenizer *tok, const char *list, gsize len)
{
  g_autofree char *copy = g_strndup(list, len);
  g_auto(GStrv) lines = g_strsplit(copy, "\n", -1);

  for (char **l = lines; *l != NULL; l++) {
    char *c = strpbrk(*l, "#|");
    if (c)
      *c = '\0';
    g_strstrip(*l);
    if (**l != '\0')
      CHECK(brief_tokenizer_is_stopword(tok, *l), "listed word \"%s\" is no stop word", *l);
  }
}

static void
check_terms(BriefTokenizer *tok, const char *text, gsize len)
{
  g_autoptr(GArray) terms = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autoptr(GArray) again = g_array_new(FALSE, FALSE, sizeof(guint32));

  brief_tokenizer_add_terms(tok, text, len, terms);
  for (guint i = 0; i < terms->len; i++) {
    guint32 t = g_array_index(terms, guint32, i);
    const char *term;
    CHECK(t < brief_tokenizer_n_terms(tok), "term id %u of %u", t, brief_tokenizer_n_terms(tok));
    term = brief_tokenizer_term(tok, t);
    CHECK(term != NULL && term[0] != '\0' && g_utf8_validate(term, -1, NULL),
          "term %u is empty or not UTF-8", t);
  }
  brief_tokenizer_add_terms(tok, text, len, again);
  CHECK(again->len == terms->len && (terms->len == 0 || memcmp(again->data, terms->data,
                                                               terms->len * sizeof(guint32)) == 0),
        "the same text gave other terms");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  FuzzInput in = {data, size};
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefTokenizer) tok = NULL;
  const char *language;
  const uint8_t *nul;
  gsize list_len;
  char *text;

  fuzz_setup_logs();
  language = languages[fuzz_byte(&in) % G_N_ELEMENTS(languages)];
  nul = memchr(in.data, '\0', in.size);
  list_len = nul ? (gsize)(nul - in.data) : in.size;
  tok = brief_tokenizer_new(language, fuzz_write_temp(in.data, list_len), G_MAXUINT, NULL, &error);
  fuzz_check_result(tok != NULL, error, "brief_tokenizer_new");
  CHECK((tok != NULL) == g_utf8_validate((const char *)in.data, (gssize)list_len, NULL),
        "stop list %s although it is%s UTF-8", tok ? "taken" : "refused", tok ? " not" : "");
  if (tok == NULL)
    return 0;
  check_list(tok, (const char *)in.data, list_len);
  in.data += nul ? list_len + 1 : list_len;
  in.size -= nul ? list_len + 1 : list_len;
  text = fuzz_copy_rest(&in);
  if (g_utf8_validate(text, (gssize)in.size, NULL))
    check_terms(tok, text, in.size);
  free(text);
  return 0;
}
