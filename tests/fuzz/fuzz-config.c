/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer target: option validation (config.c), as `--NAME=VALUE` and a
 * library caller reach it.
 *
 * Input: lines.  A line "NAME=VALUE" whose NAME is a tunable sets it; any
 * other line sets tunable (line number + first byte) % n to the whole line,
 * so every tunable is reached with every kind of text.  After each line:
 *  - a refused value sets one clean BRIEF_ERROR and changes nothing: every
 *    tunable has the same text and the same is_set as before;
 *  - a taken value reads back as text that sets it again to the same text,
 *    and only the tunable itself and the length budgets (which drop one
 *    another) changed;
 * and at the end brief_config_validate() answers cleanly, a copy has every
 * value of the original, and the daily copy fails exactly when a tunable
 * that does not apply to a daily briefing was set.
 */
#include "config-private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#include "fuzz-common.h"

static guint
n_tunables(void)
{
  static guint n;

  while (brief_tunable_get(n) != NULL)
    n++;
  return n;
}

/* The text and is_set of every tunable, as "name=value|set" lines. */
static char *
snapshot(const BriefConfig *config)
{
  GString *s = g_string_new(NULL);

  for (guint i = 0; i < n_tunables(); i++) {
    const char *name = brief_tunable_get(i)->name;
    g_autofree char *text = brief_config_get_text(config, name);
    g_string_append_printf(s, "%s=%s|%d\n", name, text ? text : "(null)",
                           brief_config_is_set(config, name));
  }
  return g_string_free(s, FALSE);
}

static gboolean
same_value(const BriefConfig *a, const BriefConfig *b, const char *name)
{
  g_autofree char *ta = brief_config_get_text(a, name);
  g_autofree char *tb = brief_config_get_text(b, name);

  return g_strcmp0(ta, tb) == 0;
}

static void
check_taken(BriefConfig *config, const BriefConfig *before, const BriefTunable *t)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = brief_config_get_text(config, t->name);
  g_autofree char *again = NULL;

  CHECK(brief_config_is_set(config, t->name), "%s taken but not set", t->name);
  if (text != NULL) {
    CHECK(brief_config_set(config, t->name, text, &error), "%s: its own text '%s' is refused: %s",
          t->name, text, error->message);
    again = brief_config_get_text(config, t->name);
    CHECK(g_strcmp0(text, again) == 0, "%s: '%s' reads back as '%s'", t->name, text, again);
  }
  for (guint i = 0; i < n_tunables(); i++) {
    const BriefTunable *o = brief_tunable_get(i);
    if (o == t || (t->flags & o->flags & BRIEF_TUNABLE_BUDGET))
      continue;
    CHECK(same_value(config, before, o->name), "setting %s changed %s", t->name, o->name);
  }
}

static void
set_line(BriefConfig *config, const char *line, guint index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefConfig) before = brief_config_copy(config);
  g_autofree char *snap = snapshot(config);
  const char *eq = strchr(line, '=');
  g_autofree char *name = eq ? g_strndup(line, (gsize)(eq - line)) : NULL;
  const BriefTunable *t = name ? brief_tunable_lookup(name) : NULL;
  gboolean ok;

  if (t == NULL)
    t = brief_tunable_get(index % n_tunables());
  else
    line = eq + 1;
  ok = brief_config_set(config, t->name, line, &error);
  fuzz_check_result(ok, error, "brief_config_set");
  if (ok) {
    check_taken(config, before, t);
  } else {
    g_autofree char *after = snapshot(config);
    CHECK(strcmp(snap, after) == 0, "refused %s='%s' changed the configuration", t->name, line);
  }
}

static void
check_copies(const BriefConfig *config)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefConfig) copy = brief_config_copy(config);
  g_autoptr(BriefConfig) daily = NULL;
  g_autofree char *a = snapshot(config), *b = snapshot(copy);
  gboolean not_daily = FALSE;
  gboolean ok = brief_config_validate(config, &error);

  fuzz_check_result(ok, error, "brief_config_validate");
  g_clear_error(&error);
  CHECK(strcmp(a, b) == 0, "the copy differs:\n%s---\n%s", a, b);
  for (guint i = 0; i < n_tunables(); i++) {
    const BriefTunable *t = brief_tunable_get(i);
    not_daily |= (t->flags & BRIEF_TUNABLE_NOT_DAILY) && brief_config_is_set(config, t->name);
  }
  daily = brief_config_copy_for_daily(config, &error);
  fuzz_check_result(daily != NULL, error, "brief_config_copy_for_daily");
  CHECK((daily == NULL) == not_daily, "the daily copy %s", daily ? "was made" : "failed");
  for (guint i = 0; daily != NULL && i < n_tunables(); i++) {
    const BriefTunable *t = brief_tunable_get(i);
    if (brief_config_is_set(config, t->name))
      CHECK(same_value(config, daily, t->name), "the daily copy changed %s", t->name);
  }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  g_autoptr(BriefConfig) config = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint shift;

  fuzz_setup_logs();
  if (size > 4096)
    return 0; /* a few hundred lines reach every check */
  config = brief_config_new();
  text = g_strndup((const char *)data, size); /* to the first NUL */
  shift = size > 0 ? data[0] : 0;
  lines = g_strsplit(text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    set_line(config, lines[i], i + shift);
  check_copies(config);
  return 0;
}
