/* SPDX-License-Identifier: BSD-3-Clause */
/* BriefConfig: the tunables of config-table.h, their defaults, their
 * checks, their values as text and as JSON. */
#include "config-private.h"

#include "brief-private.h"
#include "dates-private.h"
#include "json-writer-private.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

enum {
  SUMMARY = BRIEF_TUNABLE_SUMMARY,
  DAILY = BRIEF_TUNABLE_DAILY,
  LEVER = BRIEF_TUNABLE_LEVER,
  PATH = BRIEF_TUNABLE_PATH,
  LANGUAGE = BRIEF_TUNABLE_LANGUAGE,
  DATE = BRIEF_TUNABLE_DATE,
  BUDGET = BRIEF_TUNABLE_BUDGET,
  RUNTIME = BRIEF_TUNABLE_RUNTIME,
  NOT_DAILY = BRIEF_TUNABLE_NOT_DAILY,
  EXCL_MIN = BRIEF_TUNABLE_EXCL_MIN,
  EXCL_MAX = BRIEF_TUNABLE_EXCL_MAX,
  LIMIT = BRIEF_TUNABLE_LIMIT,
  BATCH = BRIEF_TUNABLE_BATCH,
};

/* What the table gives and where the value lives. */
typedef struct {
  BriefTunable pub;
  gsize offset;
} Tunable;

#define TUNABLE_ROW(name, field, type, flags, def, daily, min, max, choices, meta, help)           \
  {{name, BRIEF_TUNABLE_##type, flags, def, daily, min, max, choices, meta, help},                 \
   offsetof(BriefConfig, field)},

static const Tunable tunables[] = {BRIEF_TUNABLES(TUNABLE_ROW)};

#undef TUNABLE_ROW

G_STATIC_ASSERT(G_N_ELEMENTS(tunables) <= 64); /* is_set is a 64-bit mask */

const BriefTunable *
brief_tunable_get(guint index)
{
  return index < G_N_ELEMENTS(tunables) ? &tunables[index].pub : NULL;
}

static gint
tunable_index(const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS(tunables); i++)
    if (strcmp(tunables[i].pub.name, name) == 0)
      return (gint)i;
  return -1;
}

const BriefTunable *
brief_tunable_lookup(const char *name)
{
  gint i;

  g_return_val_if_fail(name != NULL, NULL);
  i = tunable_index(name);
  return i < 0 ? NULL : &tunables[i].pub;
}

static gpointer
field_of(BriefConfig *config, guint i)
{
  return (char *)config + tunables[i].offset;
}

static gconstpointer
const_field_of(const BriefConfig *config, guint i)
{
  return (const char *)config + tunables[i].offset;
}

/* ---- values from text ------------------------------------------------------- */

/* The index of `value` among the '|'-separated `choices`, or -1. */
static gint
choice_index(const char *choices, const char *value)
{
  g_auto(GStrv) names = g_strsplit(choices, "|", -1);

  for (gint k = 0; names[k] != NULL; k++)
    if (strcmp(names[k], value) == 0)
      return k;
  return -1;
}

/* "textrank, lead": the choices for a message. */
static char *
choices_listed(const char *choices)
{
  g_auto(GStrv) names = g_strsplit(choices, "|", -1);

  return g_strjoinv(", ", names);
}

static gboolean
invalid(GError **error, const Tunable *t, const char *what, const char *value)
{
  g_autofree char *shown = brief_printable_dup(value, -1, 80);

  g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s %s, got '%s'", t->pub.name, what, shown);
  return FALSE;
}

/* A decimal number and nothing else: no octal, no hexadecimal, no locale. */
static gboolean
parse_number(const char *text, double *out)
{
  const char *p = text;
  char *end = NULL;

  /* Only what a decimal number is made of, as written: strtod would also
   * read hexadecimal, "inf", "nan", leading blanks and a plus sign. */
  if (*p == '\0' || *p == '+' || p[strspn(p, "0123456789+-.eE")] != '\0')
    return FALSE;
  errno = 0;
  *out = g_ascii_strtod(p, &end);
  return errno == 0 && end != p && *end == '\0' && isfinite(*out);
}

static gboolean
parse_boolean(const char *text, gboolean *out)
{
  if (g_ascii_strcasecmp(text, "true") == 0 || strcmp(text, "1") == 0 ||
      g_ascii_strcasecmp(text, "yes") == 0)
    *out = TRUE;
  else if (g_ascii_strcasecmp(text, "false") == 0 || strcmp(text, "0") == 0 ||
           g_ascii_strcasecmp(text, "no") == 0)
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* ---- checks ------------------------------------------------------------------------ */

/* A value outside the range of `t`: one message per kind of range, as
 * people say them, quoting the value as it was typed when there is text. */
static gboolean
check_range(const Tunable *t, double v, const char *text, GError **error)
{
  const BriefTunable *p = &t->pub;
  gboolean excl = (p->flags & BRIEF_TUNABLE_EXCL_MIN) != 0;
  gboolean excl_max = (p->flags & BRIEF_TUNABLE_EXCL_MAX) != 0;
  g_autofree char *got = NULL;

  if ((excl ? v > p->min : v >= p->min) && (excl_max ? v < p->max : v <= p->max))
    return TRUE;
  got = text ? brief_printable_dup(text, -1, 80) : g_strdup_printf("%.15g", v);
  if (p->type == BRIEF_TUNABLE_DOUBLE && p->min == 0.0 && p->max == 1.0)
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s must be %s, got %s", p->name,
                excl       ? "above 0 and at most 1"
                : excl_max ? "at least 0 and below 1"
                           : "between 0 and 1",
                got);
  else if (v < p->min && p->min == 0.0)
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s must not be negative, got %s", p->name,
                got);
  else if (v < p->min || (excl && v == p->min))
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s must be %s %.15g, got %s", p->name,
                excl ? "above" : "at least", p->min, got);
  else
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s must be %s %.15g, got %s", p->name,
                excl_max ? "below" : "at most", p->max, got);
  return FALSE;
}

static gboolean
check_string(const Tunable *t, const char *value, GError **error)
{
  if (value == NULL)
    return TRUE;
  if ((t->pub.flags & BRIEF_TUNABLE_LANGUAGE) && !brief_language_check(value, error))
    return FALSE;
  if ((t->pub.flags & BRIEF_TUNABLE_DATE) && !brief_parse_date(value, NULL, NULL, NULL, NULL)) {
    g_autofree char *shown = brief_printable_dup(value, -1, 80);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "invalid %s '%s' (expected YYYY-MM-DD)",
                t->pub.name, shown);
    return FALSE;
  }
  return TRUE;
}

/* ---- setting ------------------------------------------------------------------------ */

/* A value has been set: remember it, and a budget given replaces the
 * budgets left at their defaults (--sentences 3 alone means no word
 * budget). */
static void
mark_set(BriefConfig *config, guint i)
{
  config->is_set |= G_GUINT64_CONSTANT(1) << i;
  config->dropped &= ~(G_GUINT64_CONSTANT(1) << i);
  if (!(tunables[i].pub.flags & BRIEF_TUNABLE_BUDGET))
    return;
  for (guint k = 0; k < G_N_ELEMENTS(tunables); k++)
    if (k != i && (tunables[k].pub.flags & BRIEF_TUNABLE_BUDGET) &&
        !(config->is_set & (G_GUINT64_CONSTANT(1) << k))) {
      *(guint *)field_of(config, k) = 0;
      config->dropped |= G_GUINT64_CONSTANT(1) << k;
    }
}

/* `text`: the value as typed, for messages; NULL from a typed setter. */
static gboolean
store_number(BriefConfig *config, guint i, double v, const char *text, GError **error)
{
  const Tunable *t = &tunables[i];

  if (!check_range(t, v, text, error))
    return FALSE;
  if (t->pub.type == BRIEF_TUNABLE_DOUBLE)
    *(double *)field_of(config, i) = v;
  else
    *(guint *)field_of(config, i) = (guint)v;
  return TRUE;
}

static gboolean
store_text(BriefConfig *config, guint i, const char *value, GError **error)
{
  const Tunable *t = &tunables[i];
  double v;
  gboolean b;
  gint k;

  switch (t->pub.type) {
  case BRIEF_TUNABLE_UINT:
    if (!parse_number(value, &v) || v != floor(v))
      return invalid(error, t, "must be a whole number", value);
    return store_number(config, i, v, value, error);
  case BRIEF_TUNABLE_DOUBLE:
    if (!parse_number(value, &v))
      return invalid(error, t, "must be a number", value);
    return store_number(config, i, v, value, error);
  case BRIEF_TUNABLE_BOOLEAN:
    if (!parse_boolean(value, &b))
      return invalid(error, t, "must be true or false", value);
    *(gboolean *)field_of(config, i) = b;
    return TRUE;
  case BRIEF_TUNABLE_CHOICE:
    k = choice_index(t->pub.choices, value);
    if (k < 0) {
      g_autofree char *listed = choices_listed(t->pub.choices);
      g_autofree char *shown = brief_printable_dup(value, -1, 80);
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "unknown %s '%s' (%s)", t->pub.name,
                  shown, listed);
      return FALSE;
    }
    *(guint *)field_of(config, i) = (guint)k;
    return TRUE;
  case BRIEF_TUNABLE_STRING:
  default:
    if (!check_string(t, value, error))
      return FALSE;
    g_free(*(char **)field_of(config, i));
    *(char **)field_of(config, i) = g_strdup(value);
    return TRUE;
  }
}

static gint
lookup_for_set(const char *name, GError **error)
{
  gint i = tunable_index(name);

  if (i < 0) {
    g_autofree char *shown = brief_printable_dup(name, -1, 80);
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "unknown tunable '%s'", shown);
  }
  return i;
}

gboolean
brief_config_set(BriefConfig *config, const char *name, const char *value, GError **error)
{
  gint i;

  g_return_val_if_fail(config != NULL && name != NULL, FALSE);
  i = lookup_for_set(name, error);
  if (i < 0)
    return FALSE;
  /* Only a tunable that has no default may be unset. */
  if (value == NULL &&
      (tunables[i].pub.type != BRIEF_TUNABLE_STRING || tunables[i].pub.default_value != NULL)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s needs a value", name);
    return FALSE;
  }
  if (!store_text(config, (guint)i, value, error))
    return FALSE;
  mark_set(config, (guint)i);
  return TRUE;
}

/* The typed setters check the type, then share the checks of text. */
static gint
lookup_typed(const char *name, BriefTunableType type, GError **error)
{
  gint i = lookup_for_set(name, error);

  if (i >= 0 && tunables[i].pub.type != type &&
      !(type == BRIEF_TUNABLE_UINT && tunables[i].pub.type == BRIEF_TUNABLE_CHOICE) &&
      !(type == BRIEF_TUNABLE_STRING && tunables[i].pub.type == BRIEF_TUNABLE_CHOICE)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "tunable '%s' is not of that type", name);
    return -1;
  }
  return i;
}

gboolean
brief_config_set_uint(BriefConfig *config, const char *name, guint value, GError **error)
{
  gint i;

  g_return_val_if_fail(config != NULL && name != NULL, FALSE);
  i = lookup_typed(name, BRIEF_TUNABLE_UINT, error);
  if (i < 0)
    return FALSE;
  if (tunables[i].pub.type == BRIEF_TUNABLE_CHOICE) {
    g_auto(GStrv) names = g_strsplit(tunables[i].pub.choices, "|", -1);
    if (value >= g_strv_length(names)) {
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s has no choice %u", name, value);
      return FALSE;
    }
    *(guint *)field_of(config, (guint)i) = value;
  } else if (!store_number(config, (guint)i, value, NULL, error)) {
    return FALSE;
  }
  mark_set(config, (guint)i);
  return TRUE;
}

gboolean
brief_config_set_double(BriefConfig *config, const char *name, double value, GError **error)
{
  gint i;

  g_return_val_if_fail(config != NULL && name != NULL, FALSE);
  i = lookup_typed(name, BRIEF_TUNABLE_DOUBLE, error);
  if (i < 0)
    return FALSE;
  if (isnan(value)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s must be a number, got NaN", name);
    return FALSE;
  }
  if (!store_number(config, (guint)i, value, NULL, error))
    return FALSE;
  mark_set(config, (guint)i);
  return TRUE;
}

gboolean
brief_config_set_boolean(BriefConfig *config, const char *name, gboolean value, GError **error)
{
  g_return_val_if_fail(config != NULL && name != NULL, FALSE);
  if (lookup_typed(name, BRIEF_TUNABLE_BOOLEAN, error) < 0)
    return FALSE;
  return brief_config_set(config, name, value ? "true" : "false", error);
}

gboolean
brief_config_set_string(BriefConfig *config, const char *name, const char *value, GError **error)
{
  gint i;

  g_return_val_if_fail(config != NULL && name != NULL, FALSE);
  i = lookup_typed(name, BRIEF_TUNABLE_STRING, error);
  if (i < 0)
    return FALSE;
  return brief_config_set(config, name, value, error);
}

/* ---- objects --------------------------------------------------------------------------- */

BriefConfig *
brief_config_new(void)
{
  BriefConfig *config = g_new0(BriefConfig, 1);

  for (guint i = 0; i < G_N_ELEMENTS(tunables); i++) {
    const char *def = tunables[i].pub.default_value;
    /* The table's defaults are checked like any value: a bad one is a bug
     * caught by every test. */
    if (def != NULL && !store_text(config, i, def, NULL))
      g_critical("default of tunable '%s' is invalid", tunables[i].pub.name);
  }
  return config;
}

BriefConfig *
brief_config_copy(const BriefConfig *config)
{
  BriefConfig *copy;

  g_return_val_if_fail(config != NULL, NULL);
  copy = g_memdup2(config, sizeof *config);
  for (guint i = 0; i < G_N_ELEMENTS(tunables); i++)
    if (tunables[i].pub.type == BRIEF_TUNABLE_STRING) {
      char **s = field_of(copy, i);
      *s = g_strdup(*s);
    }
  return copy;
}

void
brief_config_free(BriefConfig *config)
{
  if (config == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS(tunables); i++)
    if (tunables[i].pub.type == BRIEF_TUNABLE_STRING)
      g_free(*(char **)field_of(config, i));
  g_free(config);
}

BriefConfig *
brief_config_copy_for_daily(const BriefConfig *config, GError **error)
{
  g_autoptr(BriefConfig) copy = brief_config_copy(config);

  for (guint i = 0; i < G_N_ELEMENTS(tunables); i++) {
    const BriefTunable *t = &tunables[i].pub;
    gboolean set = (config->is_set & (G_GUINT64_CONSTANT(1) << i)) != 0;
    if (set && (t->flags & BRIEF_TUNABLE_NOT_DAILY)) {
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID, "%s does not apply to a daily briefing",
                  t->name);
      return NULL;
    }
    /* A budget dropped for another one stays dropped. */
    if (!set && !(config->dropped & (G_GUINT64_CONSTANT(1) << i)) && t->daily_default != NULL)
      store_text(copy, i, t->daily_default, NULL);
  }
  return g_steal_pointer(&copy);
}

/* ---- getting ----------------------------------------------------------------------------- */

/* The index of `name` if it is a tunable of `type` (a CHOICE reads as a
 * UINT); -1 and a critical otherwise. */
static gint
lookup_get(const char *name, BriefTunableType type)
{
  gint i = tunable_index(name);

  g_return_val_if_fail(i >= 0, -1);
  g_return_val_if_fail(
      tunables[i].pub.type == type ||
          (type == BRIEF_TUNABLE_UINT && tunables[i].pub.type == BRIEF_TUNABLE_CHOICE),
      -1);
  return i;
}

guint
brief_config_get_uint(const BriefConfig *config, const char *name)
{
  gint i;

  g_return_val_if_fail(config != NULL && name != NULL, 0);
  i = lookup_get(name, BRIEF_TUNABLE_UINT);
  return i < 0 ? 0 : *(const guint *)const_field_of(config, (guint)i);
}

double
brief_config_get_double(const BriefConfig *config, const char *name)
{
  gint i;

  g_return_val_if_fail(config != NULL && name != NULL, 0.0);
  i = lookup_get(name, BRIEF_TUNABLE_DOUBLE);
  return i < 0 ? 0.0 : *(const double *)const_field_of(config, (guint)i);
}

gboolean
brief_config_get_boolean(const BriefConfig *config, const char *name)
{
  gint i;

  g_return_val_if_fail(config != NULL && name != NULL, FALSE);
  i = lookup_get(name, BRIEF_TUNABLE_BOOLEAN);
  return i < 0 ? FALSE : *(const gboolean *)const_field_of(config, (guint)i);
}

const char *
brief_config_get_string(const BriefConfig *config, const char *name)
{
  gint i;

  g_return_val_if_fail(config != NULL && name != NULL, NULL);
  i = lookup_get(name, BRIEF_TUNABLE_STRING);
  return i < 0 ? NULL : *(char *const *)const_field_of(config, (guint)i);
}

/* Numbers as the JSON echo prints them: six decimals, or six significant
 * digits for the small (a tolerance of 1e-06). */
static int
decimals_of(double v)
{
  return v != 0.0 && fabs(v) < 1e-3 ? -1 : 6;
}

/* A number as brief_config_get_text() gives it: the shortest text that
 * reads back as the same double, so that setting it again is the same
 * value (six decimals would turn 0.9999999 into "1.000000", which a
 * damping below 1 refuses). */
static char *
format_double(double v)
{
  static const char *const formats[] = {"%.6g", "%.15g", "%.17g"};
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (gsize k = 0; k < G_N_ELEMENTS(formats); k++) {
    g_ascii_formatd(buf, sizeof buf, formats[k], v);
    if (g_ascii_strtod(buf, NULL) == v)
      break;
  }
  return g_strdup(buf);
}

static char *
value_text(const BriefConfig *config, guint i)
{
  gconstpointer f = const_field_of(config, i);

  switch (tunables[i].pub.type) {
  case BRIEF_TUNABLE_UINT: return g_strdup_printf("%u", *(const guint *)f);
  case BRIEF_TUNABLE_DOUBLE: return format_double(*(const double *)f);
  case BRIEF_TUNABLE_BOOLEAN: return g_strdup(*(const gboolean *)f ? "true" : "false");
  case BRIEF_TUNABLE_CHOICE: {
    g_auto(GStrv) names = g_strsplit(tunables[i].pub.choices, "|", -1);
    return g_strdup(names[*(const guint *)f]);
  }
  case BRIEF_TUNABLE_STRING:
  default: return g_strdup(*(char *const *)f);
  }
}

char *
brief_config_get_text(const BriefConfig *config, const char *name)
{
  gint i;

  g_return_val_if_fail(config != NULL && name != NULL, NULL);
  i = tunable_index(name);
  g_return_val_if_fail(i >= 0, NULL);
  return value_text(config, (guint)i);
}

gboolean
brief_config_is_set(const BriefConfig *config, const char *name)
{
  gint i;

  g_return_val_if_fail(config != NULL && name != NULL, FALSE);
  i = tunable_index(name);
  g_return_val_if_fail(i >= 0, FALSE);
  return (config->is_set & (G_GUINT64_CONSTANT(1) << i)) != 0;
}

guint
brief_config_get_n_threads(const BriefConfig *config)
{
  return brief_threads_resolve(config->n_threads);
}

void
brief_config_append_json(const BriefConfig *config, BriefJson *j)
{
  for (guint i = 0; i < G_N_ELEMENTS(tunables); i++) {
    const BriefTunable *t = &tunables[i].pub;
    g_autofree char *key = NULL;
    if (!(t->flags & BRIEF_TUNABLE_SUMMARY) ||
        (t->flags & (BRIEF_TUNABLE_RUNTIME | BRIEF_TUNABLE_LIMIT)))
      continue;
    key = g_strdelimit(g_strdup(t->name), "-", '_');
    brief_json_key(j, key);
    switch (t->type) {
    case BRIEF_TUNABLE_UINT: brief_json_int(j, *(const guint *)const_field_of(config, i)); break;
    case BRIEF_TUNABLE_BOOLEAN:
      brief_json_bool(j, *(const gboolean *)const_field_of(config, i));
      break;
    case BRIEF_TUNABLE_DOUBLE: {
      double v = *(const double *)const_field_of(config, i);
      brief_json_double(j, v, decimals_of(v));
      break;
    }
    case BRIEF_TUNABLE_CHOICE:
    case BRIEF_TUNABLE_STRING:
    default: {
      g_autofree char *text = value_text(config, i);
      brief_json_string(j, text);
    }
    }
  }
}

/* ---- what no single value tells ------------------------------------------------------------ */

/* A daily briefing's window: "since" or "days", not both, and never a
 * first day after the briefing date. */
static gboolean
validate_window(const BriefConfig *config, GError **error)
{
  int sy, sm, sd, y, m, d;

  if (brief_config_is_set(config, "since") && config->since != NULL &&
      brief_config_is_set(config, "days")) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "since and days both set: give one of them");
    return FALSE;
  }
  if (config->since != NULL && config->date != NULL &&
      brief_parse_date(config->since, &sy, &sm, &sd, NULL) &&
      brief_parse_date(config->date, &y, &m, &d, NULL) &&
      brief_day_key(sy, sm, sd) > brief_day_key(y, m, d)) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "since %04d-%02d-%02d is after the briefing date %04d-%02d-%02d", sy, sm, sd, y, m,
                d);
    return FALSE;
  }
  return TRUE;
}

gboolean
brief_config_validate(const BriefConfig *config, GError **error)
{
  g_return_val_if_fail(config != NULL, FALSE);

  if (config->position_weight + config->centroid_weight > 1.0) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "position and centroid weights add up to more than 1 (%g + %g)",
                config->position_weight, config->centroid_weight);
    return FALSE;
  }
  if (config->max_words != 0 && config->max_words < config->min_words) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                "maximum sentence length (%u words) is below the minimum (%u)", config->max_words,
                config->min_words);
    return FALSE;
  }
  if (config->budget_words == 0 && config->budget_sentences == 0 && config->budget_bytes == 0) {
    g_set_error_literal(error, BRIEF_ERROR, BRIEF_ERROR_INVALID,
                        "the length budget must be at least 1 (words, sentences or bytes)");
    return FALSE;
  }
  return validate_window(config, error);
}

/* ---- formats by name ---------------------------------------------------------------------- */

gboolean
brief_format_from_name(const char *name, BriefFormat *format)
{
  static const struct {
    const char *name;
    BriefFormat format;
  } formats[] = {
      {"text", BRIEF_FORMAT_TEXT},   {"markdown", BRIEF_FORMAT_MARKDOWN},
      {"md", BRIEF_FORMAT_MARKDOWN}, {"json", BRIEF_FORMAT_JSON},
      {"html", BRIEF_FORMAT_HTML},   {"plain", BRIEF_FORMAT_PLAIN},
  };

  g_return_val_if_fail(format != NULL, FALSE);
  if (name == NULL) {
    *format = BRIEF_FORMAT_TEXT;
    return TRUE;
  }
  for (gsize i = 0; i < G_N_ELEMENTS(formats); i++)
    if (strcmp(name, formats[i].name) == 0) {
      *format = formats[i].format;
      return TRUE;
    }
  return FALSE;
}

gboolean
brief_input_format_from_name(const char *name, BriefInputFormat *format)
{
  g_return_val_if_fail(format != NULL, FALSE);
  if (name == NULL || strcmp(name, "auto") == 0)
    *format = BRIEF_INPUT_AUTO;
  else if (strcmp(name, "text") == 0)
    *format = BRIEF_INPUT_TEXT;
  else if (strcmp(name, "jsonl") == 0)
    *format = BRIEF_INPUT_JSONL;
  else if (strcmp(name, "html") == 0)
    *format = BRIEF_INPUT_HTML;
  else if (strcmp(name, "feed") == 0)
    *format = BRIEF_INPUT_FEED;
  else
    return FALSE;
  return TRUE;
}
