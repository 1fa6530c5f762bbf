/* SPDX-License-Identifier: BSD-3-Clause */
/* Document frequencies, IDF and sparse TF-IDF rows (tfidf.c). */
#ifndef BRIEF_TFIDF_PRIVATE_H
#define BRIEF_TFIDF_PRIVATE_H

#include <brief/brief.h>

G_BEGIN_DECLS

typedef struct {
  guint32 term;
  float weight;
} BriefEntry;

/* Sparse row-major matrix: row i is entries[offsets[i] .. offsets[i+1]),
 * sorted by term. */
typedef struct {
  guint n_rows;
  guint n_terms;
  gsize *offsets;
  BriefEntry *entries;
} BriefMatrix;

/* Document frequency of each term over the rows of `terms` (row i is
 * terms[term_offsets[i] .. term_offsets[i+1])). (transfer full) */
guint32 *brief_document_frequency(const guint32 *terms, const gsize *term_offsets, guint n_rows,
                                  guint n_terms);

/* The same with row i the terms [starts[i], ends[i]). */
guint32 *brief_document_frequency_ranges(const guint32 *terms, const gsize *starts,
                                         const gsize *ends, guint n_rows, guint n_terms);

/* idf(t) = 1 + ln(n_docs / df(t)); terms with df 0 get 0. (transfer full) */
float *brief_idf_from_df(const guint32 *df, guint n_terms, guint n_docs);

/* Build L2-normalised TF-IDF rows (raw term count times idf). */
void brief_matrix_build(BriefMatrix *m, const guint32 *terms, const gsize *term_offsets,
                        guint n_rows, guint n_terms, const float *idf);
/* The same with the term frequency `sublinear`ly damped: 1 + ln(count). */
void brief_matrix_build_tf(BriefMatrix *m, const guint32 *terms, const gsize *term_offsets,
                           guint n_rows, guint n_terms, const float *idf, gboolean sublinear);
void brief_matrix_clear(BriefMatrix *m);

/* Rows with the same entries (the same terms, the same weights: sentences
 * the vectors cannot tell apart), among the `n` rows listed in `rows`:
 * group[k] (n) receives the group of rows[k], groups numbered in the order
 * of their first row; first[g] (n) the k of group g's first row.  Returns
 * the number of groups. */
guint brief_matrix_group_rows(const BriefMatrix *m, const guint *rows, guint n, guint *group,
                              guint *first);

/* Dot product of two rows (cosine, since rows are normalised). */
double brief_matrix_dot(const BriefMatrix *m, guint a, guint b);

G_END_DECLS

#endif /* BRIEF_TFIDF_PRIVATE_H */
