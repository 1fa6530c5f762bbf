/* SPDX-License-Identifier: BSD-3-Clause */
/* The JSON writer (json-writer.c): the JSON renderings, the echo of the
 * configuration and the ROUGE output share it. */
#ifndef BRIEF_JSON_WRITER_PRIVATE_H
#define BRIEF_JSON_WRITER_PRIVATE_H

#include <glib.h>

G_BEGIN_DECLS

/* Pretty-printed JSON (two-space indent) appended to a GString, or compact
 * (no white space at all: one line).  Calls must nest properly: key before
 * each member value inside an object. */
typedef struct {
  GString *out;
  gboolean compact;
  guint depth;
  gboolean first;     /* no item yet in the current container */
  gboolean after_key; /* the next value follows a key on the same line */
} BriefJson;

void brief_json_init(BriefJson *j, GString *out);
void brief_json_init_compact(BriefJson *j, GString *out);
void brief_json_begin_object(BriefJson *j);
void brief_json_end_object(BriefJson *j);
void brief_json_begin_array(BriefJson *j);
void brief_json_end_array(BriefJson *j);
void brief_json_key(BriefJson *j, const char *key);
void brief_json_string(BriefJson *j, const char *value); /* NULL: null */
void brief_json_int(BriefJson *j, gint64 value);
/* `decimals` < 0: six significant digits in %g style ("1e-06"). */
void brief_json_double(BriefJson *j, double value, int decimals);
/* The fewest digits that read back to the same double ("0.6875", "95.0"):
 * values are kept exactly.  Not finite: null. */
void brief_json_double_shortest(BriefJson *j, double value);
void brief_json_bool(BriefJson *j, gboolean value);
void brief_json_null(BriefJson *j);
/* A key and its value in one call. */
void brief_json_member_string(BriefJson *j, const char *key, const char *value);
void brief_json_member_int(BriefJson *j, const char *key, gint64 value);
void brief_json_member_double(BriefJson *j, const char *key, double value, int decimals);
void brief_json_member_double_shortest(BriefJson *j, const char *key, double value);
void brief_json_member_bool(BriefJson *j, const char *key, gboolean value);

G_END_DECLS

#endif /* BRIEF_JSON_WRITER_PRIVATE_H */
