/* SPDX-License-Identifier: BSD-3-Clause */
/* Sparse TF-IDF sentence vectors. */
#include "tfidf-private.h"

#include "brief-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

guint32 *
brief_document_frequency(const guint32 *terms, const gsize *term_offsets, guint n_rows,
                         guint n_terms)
{
  return brief_document_frequency_ranges(terms, term_offsets, term_offsets + 1, n_rows, n_terms);
}

guint32 *
brief_document_frequency_ranges(const guint32 *terms, const gsize *starts, const gsize *ends,
                                guint n_rows, guint n_terms)
{
  guint32 *df = g_new0(guint32, n_terms > 0 ? n_terms : 1);
  /* last[t] = 1 + last row that counted t: counts each term once per row
   * without sorting or clearing a per-row set. */
  guint32 *last = g_new0(guint32, n_terms > 0 ? n_terms : 1);

  for (guint i = 0; i < n_rows; i++) {
    for (gsize k = starts[i]; k < ends[i]; k++) {
      guint32 t = terms[k];
      if (last[t] != i + 1) {
        last[t] = i + 1;
        df[t]++;
      }
    }
  }
  g_free(last);
  return df;
}

float *
brief_idf_from_df(const guint32 *df, guint n_terms, guint n_docs)
{
  float *idf = g_new0(float, n_terms);

  for (guint t = 0; t < n_terms; t++)
    if (df[t] > 0)
      idf[t] = (float)(1.0 + log((double)n_docs / (double)df[t]));
  return idf;
}

void
brief_matrix_build(BriefMatrix *m, const guint32 *terms, const gsize *term_offsets, guint n_rows,
                   guint n_terms, const float *idf)
{
  brief_matrix_build_tf(m, terms, term_offsets, n_rows, n_terms, idf, FALSE);
}

void
brief_matrix_build_tf(BriefMatrix *m, const guint32 *terms, const gsize *term_offsets, guint n_rows,
                      guint n_terms, const float *idf, gboolean sublinear)
{
  gsize total = term_offsets[n_rows], longest = 0;
  guint32 *sorted = g_new(guint32, total > 0 ? total : 1);
  g_autofree guint32 *tmp = NULL;
  gsize out = 0;

  memset(m, 0, sizeof *m);
  m->n_rows = n_rows;
  m->n_terms = n_terms;
  m->offsets = g_new(gsize, n_rows + 1);
  m->entries = g_new(BriefEntry, total > 0 ? total : 1);
  if (total > 0)
    memcpy(sorted, terms, total * sizeof *sorted);
  for (guint i = 0; i < n_rows; i++)
    longest = MAX(longest, term_offsets[i + 1] - term_offsets[i]);
  tmp = g_new(guint32, longest > 0 ? longest : 1);

  for (guint i = 0; i < n_rows; i++) {
    gsize a = term_offsets[i], b = term_offsets[i + 1], row = out;
    double norm = 0.0;

    m->offsets[i] = out;
    brief_sort_u32(sorted + a, b - a, tmp);
    for (gsize k = a; k < b;) {
      guint32 t = sorted[k];
      guint count = 0;
      while (k < b && sorted[k] == t) {
        count++;
        k++;
      }
      if (idf[t] <= 0.0f)
        continue;
      m->entries[out].term = t;
      m->entries[out].weight =
          (float)(sublinear ? 1.0 + log((double)count) : (double)count) * idf[t];
      norm += (double)m->entries[out].weight * m->entries[out].weight;
      out++;
    }
    if (norm > 0.0) {
      float inv = (float)(1.0 / sqrt(norm));
      for (gsize k = row; k < out; k++)
        m->entries[k].weight *= inv;
    }
  }
  m->offsets[n_rows] = out;
  g_free(sorted);
}

void
brief_matrix_clear(BriefMatrix *m)
{
  g_clear_pointer(&m->offsets, g_free);
  g_clear_pointer(&m->entries, g_free);
  m->n_rows = 0;
}

double
brief_matrix_dot(const BriefMatrix *m, guint a, guint b)
{
  const BriefEntry *x = m->entries + m->offsets[a], *xe = m->entries + m->offsets[a + 1];
  const BriefEntry *y = m->entries + m->offsets[b], *ye = m->entries + m->offsets[b + 1];
  double dot = 0.0;

  while (x < xe && y < ye) {
    if (x->term < y->term)
      x++;
    else if (x->term > y->term)
      y++;
    else {
      dot += (double)x->weight * y->weight;
      x++;
      y++;
    }
  }
  return dot;
}

static guint32
row_hash(const BriefMatrix *m, guint row)
{
  guint32 h = 2166136261u;

  for (gsize k = m->offsets[row]; k < m->offsets[row + 1]; k++) {
    guint32 w;
    memcpy(&w, &m->entries[k].weight, sizeof w);
    h = (h ^ m->entries[k].term) * 16777619u;
    h = (h ^ w) * 16777619u;
  }
  return h;
}

static gboolean
rows_equal(const BriefMatrix *m, guint a, guint b)
{
  gsize la = m->offsets[a + 1] - m->offsets[a], lb = m->offsets[b + 1] - m->offsets[b];

  return la == lb && memcmp(m->entries + m->offsets[a], m->entries + m->offsets[b],
                            la * sizeof(BriefEntry)) == 0;
}

guint
brief_matrix_group_rows(const BriefMatrix *m, const guint *rows, guint n, guint *group,
                        guint *first)
{
  gsize size = 16;
  g_autofree guint *slot = NULL; /* k + 1 of a group's first row, or 0 */
  guint n_groups = 0;

  while (size < 2 * (gsize)n)
    size *= 2;
  slot = g_new0(guint, size);
  for (guint k = 0; k < n; k++) {
    gsize h = row_hash(m, rows[k]) & (size - 1);
    while (slot[h] != 0 && !rows_equal(m, rows[slot[h] - 1], rows[k]))
      h = (h + 1) & (size - 1);
    if (slot[h] == 0) {
      slot[h] = k + 1;
      first[n_groups] = k;
      group[k] = n_groups++;
    } else {
      group[k] = group[slot[h] - 1];
    }
  }
  return n_groups;
}
