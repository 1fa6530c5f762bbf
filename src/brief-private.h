/* SPDX-License-Identifier: BSD-3-Clause */
/* The small low-level helpers every part of libbrief may use: files,
 * UTF-8, white space, URLs, threads, dates in words, a u64 map (util.c)
 * and the built-in language data (resources.c).  Each module's internals
 * are in its own <module>-private.h.  Nothing here is exported from the
 * shared library. */
#ifndef BRIEF_PRIVATE_H
#define BRIEF_PRIVATE_H

#include <brief/brief.h>

G_BEGIN_DECLS

/* ---- util.c ------------------------------------------------------------ */

/* The limits of the reads of a run (a cluster, an evaluation). */
typedef struct {
  gsize max_file;  /* the most bytes of one file: "max-input-bytes"; 0 = none */
  gsize max_total; /* the most bytes of all files read with these limits:
                      "max-total-bytes"; 0 = none */
  gsize used;      /* bytes read so far: counted by brief_read_bytes(), with
                      gzip data's decompressed size instead of its own */
  guint n_threads; /* files of a directory read at once (cluster.c); 0 or 1: one */
} BriefReadLimits;

/* Read a whole file (or standard input for "-") and check it is UTF-8.
 * It reads in chunks and stops as soon as the file would pass
 * `limits->max_file` or the total would pass `limits->max_total`
 * (BRIEF_ERROR_LIMIT naming the file and the limit's tunable): /dev/zero
 * or an endless pipe fail at the limit.  A regular file larger than the
 * limit is refused without reading it.  On success adds the bytes read to
 * `limits->used`.  BRIEF_ERROR_IO / BRIEF_ERROR_ENCODING (naming the byte
 * offset).  The result is NUL-terminated. (transfer full) */
char *brief_read_file(const char *path, BriefReadLimits *limits, gsize *len, GError **error);

/* brief_read_file() without the check of the encoding: for the readers
 * that find a page's or a feed's charset themselves. */
char *brief_read_bytes(const char *path, BriefReadLimits *limits, gsize *len, GError **error);

/* Whether `data` starts like gzip data (gunzip.c). */
gboolean brief_is_gzip(const char *data, gsize len);

/* Decompress gzip `data` (members one after another are one stream, as
 * for gzip -d; anything else after a member is ignored), at most `max` bytes of output (0: no limit but
 * the 4 GiB of a GByteArray): BRIEF_ERROR_LIMIT naming `name` past it,
 * BRIEF_ERROR_PARSE for damaged data.  NUL-terminated.  (transfer full) */
char *brief_gunzip(const char *name, const char *data, gsize len, gsize max, gsize *out_len,
                   GError **error);

/* The most bytes the next read within `limits` may take: the file limit,
 * or what is left of the total when that is less.  *tunable names the
 * limit that applies ("max-input-bytes" or "max-total-bytes") and *shown
 * its value, for brief_set_limit_error(). */
gsize brief_read_room(const BriefReadLimits *limits, const char **tunable, gsize *shown);

/* A warning, as g_warning() gives it; on a thread that collects its
 * warnings (brief_warnings_to()), kept there to be given later, in order. */
void brief_warning(const char *format, ...) G_GNUC_PRINTF(1, 2);

/* Warnings of this thread from now on go to `sink` (messages, owned by
 * it), or with NULL are given at once again.  Returns the sink before. */
GPtrArray *brief_warnings_to(GPtrArray *sink);

/* Set BRIEF_ERROR_LIMIT for `name` passing the limit `limit` of the
 * tunable `tunable` ("max-input-bytes", "max-total-bytes").  `name` is
 * shown as brief_printable_dup() shows it, here and below. */
void brief_set_limit_error(GError **error, const char *name, const char *tunable, gsize limit);

/* Set BRIEF_ERROR_IO "NAME: reason" for errno `e`, the reason in brief's
 * style ("is a directory", "permission denied"), never GLib's messages. */
void brief_set_io_error(GError **error, const char *name, int e);

/* The same for a G_FILE_ERROR from GLib (g_dir_open()): its code, not its
 * message, which is in GLib's style. */
void brief_set_file_error(GError **error, const char *name, const GError *file_error);

/* "64 MiB", "1000 bytes": a size in the largest binary unit that divides it.
 * (transfer full) */
char *brief_format_bytes(gsize bytes);

/* Check `data` is valid UTF-8 without NUL bytes; the error names `name`
 * and the byte offset (plus `base_offset`). */
gboolean brief_check_utf8(const char *name, const char *data, gsize len, gsize base_offset,
                          GError **error);

/* A control character (C0, DEL, C1): what must never reach a terminal, a
 * message or a page as it is.  Each output decides what it shows instead. */
gboolean brief_unichar_is_control(gunichar c);

/* Copy `len` bytes of `text` with every run of white space collapsed to one
 * space and none at either end. (transfer full) */
char *brief_collapse_space(const char *text, gsize len);

/* Count white-space separated words. */
guint brief_count_words(const char *text, gsize len);

/* An http:// or https:// address.  Only those are shown as links: a
 * "javascript:" URL in the input must not become something to click. */
gboolean brief_is_web_url(const char *url);

/* qsort() order of guint32 values, smallest first. */
int brief_compare_u32(const void *a, const void *b);

/* Sort v[0..n) ascending: insertion sort when short, else an LSD radix
 * sort by bytes (passes whose byte is the same in every value skipped), so
 * time is linear in n whatever the values.  `tmp` holds n values, or is
 * NULL to have one allocated when needed. */
void brief_sort_u32(guint32 *v, gsize n, guint32 *tmp);

/* The number of worker threads to use: `requested`, or for 0 one per
 * core, at most 8. */
guint brief_threads_resolve(guint requested);

/* Called for one item by one worker; `worker` < the number of workers. */
typedef void (*BriefParallelFunc)(guint worker, guint item, gpointer data);

/* Call func(worker, item, data) for every item < n_items on up to
 * `n_threads` threads (the calling one included).  Items are dealt
 * round-robin: worker w gets items w, w + n_workers, ..., in increasing
 * order, so per-worker state indexed by `worker` needs at most n_threads
 * slots, and a result that depends only on its item is the same for any
 * thread count.  Returns when every item is done. */
void brief_parallel_for(guint n_items, guint n_threads, BriefParallelFunc func, gpointer data);

/* Workers kept for several rounds of brief_parallel_for() work, when a
 * stage runs many short rounds (PageRank's iterations): starting a thread
 * costs more than a short round on it.  brief_parallel_for() is one round
 * of a team made for it. */
typedef struct BriefTeam BriefTeam;

/* A team of `n_workers` (the calling thread and n_workers - 1 helpers).
 * A helper that cannot start leaves its share to the calling thread. */
BriefTeam *brief_team_new(guint n_workers);

/* brief_parallel_for(n_items, n_workers, func, data) on the team's
 * threads: the same items to the same workers.  Returns when every item
 * is done.  Called from the thread that made the team, one round at a
 * time. */
void brief_team_run(BriefTeam *team, guint n_items, BriefParallelFunc func, gpointer data);

/* Stop the helpers (they finish no work: rounds are whole) and free. */
void brief_team_free(BriefTeam *team);

/* English month name of `month` (1-12), independent of the locale. */
const char *brief_month_name(int month);

/* "Tuesday, 15 December 2015" (English, independent of the locale).
 * (transfer full) */
char *brief_format_long_date(int year, int month, int day);

/* Open-addressing map from 64-bit keys (packed term pairs) to 32-bit
 * values below G_MAXUINT32; no allocation per entry, key and value in
 * one 12-byte slot. */
typedef struct {
  guint32 hi, lo; /* the key's halves: 12 bytes a slot, not 16 */
  guint32 value1; /* value + 1; 0: an empty slot */
} BriefU64Slot;

typedef struct {
  gsize cap, len; /* cap is a power of two */
  BriefU64Slot *slots;
  guint64 seed; /* random, per map: a text cannot aim its pairs at one slot */
} BriefU64Map;

/* A map with room for about `expected` keys before it grows. */
void brief_u64map_init(BriefU64Map *m, gsize expected);
void brief_u64map_clear(BriefU64Map *m);
/* The value of `key`; a key not in the map yet is added with `value`
 * (*added set, when not NULL). */
guint32 brief_u64map_intern(BriefU64Map *m, guint64 key, guint32 value, gboolean *added);

/* A hash of `len` bytes, eight at a time, for finding texts printed more
 * than once (a map keyed by it mixes it again with a seed of its own;
 * equal hashes are confirmed by comparing the bytes). */
guint64 brief_bytes_hash(const char *t, gsize len);

/* ---- output.c ------------------------------------------------------------ */

/* The name of the temporary file brief_write_file() makes beside `target`,
 * "DIR/.NAME.XXXXXX" (hidden, so the directory readers skip it), before
 * the X's are filled in.  (transfer full) */
char *brief_write_temp_template(const char *target);

/* ---- sentence.c ---------------------------------------------------------- */

/* The paragraph of text that starts at `ps` (before `end`) ends at *pe,
 * before the blank line that closes it (or at `end`); returns where the
 * next one starts (`end` after the last).  brief_splitter_split() cuts a
 * text into paragraphs so. */
const char *brief_paragraph_next(const char *ps, const char *end, const char **pe);

/* The sentences of the paragraph [ps, pe) of `text`, appended to `out` as
 * BriefSpan (offsets from `text`, numbered `paragraph`), as
 * brief_splitter_split() finds them: they depend on the paragraph's bytes
 * alone. */
void brief_splitter_split_paragraph(const BriefSplitter *splitter, const char *text, const char *ps,
                                    const char *pe, guint paragraph, GArray *out);

/* ---- resources.c --------------------------------------------------------- */

/* Built-in language data: kind is "stopwords" or "abbreviations".
 * Returns (transfer full) the file, or NULL when there is none. */
GBytes *brief_resource_lookup(const char *kind, const char *language);

/* Whether `language` is a libstemmer algorithm brief accepts. */
gboolean brief_language_is_known(const char *language);

/* FALSE with BRIEF_ERROR_LANGUAGE ("unknown language 'x'") unless
 * `language` is known. */
gboolean brief_language_check(const char *language, GError **error);

G_END_DECLS

#endif /* BRIEF_PRIVATE_H */
