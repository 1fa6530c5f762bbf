/* SPDX-License-Identifier: BSD-3-Clause */
/* Command-line options made from the library's table of tunables: every
 * tunable is an option --NAME whose value goes straight to
 * brief_config_set(), so the names, defaults, ranges and messages are the
 * library's.  Only the short letters and the names of the options that
 * turn off what is on by default are the command line's own. */
#include <string.h>

#include "cli.h"

static const struct {
  const char *option;
  char letter;
} short_names[] = {
    {"words", 'w'},  {"sentences", 's'},       {"bytes", 'b'},       {"language", 'l'},
    {"method", 'm'}, {"story-threshold", 't'}, {"max-stories", 'n'},
};

/* A BOOLEAN tunable that is on by default is turned off by an option. */
static const struct {
  const char *tunable, *option;
} off_options[] = {
    {"noise-filter", "keep-noise"},
};

static const char *
option_name(const BriefTunable *t)
{
  for (gsize i = 0; i < G_N_ELEMENTS(off_options); i++)
    if (strcmp(off_options[i].tunable, t->name) == 0)
      return off_options[i].option;
  return t->name;
}

static char
short_name(const char *option)
{
  for (gsize i = 0; i < G_N_ELEMENTS(short_names); i++)
    if (strcmp(short_names[i].option, option) == 0)
      return short_names[i].letter;
  return 0;
}

/* The tunable behind "--words" or "-w". */
static const BriefTunable *
tunable_of_option(const char *arg)
{
  const char *name = arg + strspn(arg, "-");

  if (name[0] != '\0' && name[1] == '\0')
    for (gsize i = 0; i < G_N_ELEMENTS(short_names); i++)
      if (short_names[i].letter == name[0])
        name = short_names[i].option;
  for (guint i = 0; brief_tunable_get(i) != NULL; i++)
    if (strcmp(option_name(brief_tunable_get(i)), name) == 0)
      return brief_tunable_get(i);
  return NULL;
}

static gboolean
set_tunable(const char *arg, const char *value, gpointer data, GError **error)
{
  BriefCliOptions *o = data;
  const BriefTunable *t = tunable_of_option(arg);

  g_return_val_if_fail(t != NULL, FALSE);
  if (t->type == BRIEF_TUNABLE_BOOLEAN) {
    /* The option of a tunable that is on by default turns it off. */
    gboolean on = g_strcmp0(t->default_value, "true") != 0;
    return brief_config_set(o->config, t->name, on ? "true" : "false", error);
  }
  return brief_config_set(o->config, t->name, value, error);
}

void
brief_cli_options_init(BriefCliOptions *o, gboolean daily)
{
  memset(o, 0, sizeof *o);
  o->config = brief_config_new();
  o->daily = daily;
  o->help = g_ptr_array_new_with_free_func(g_free);
}

void
brief_cli_options_clear(BriefCliOptions *o)
{
  brief_config_free(o->config);
  g_free(o->output);
  g_free(o->format);
  g_free(o->input_format);
  g_strfreev(o->paths);
  if (o->help)
    g_ptr_array_unref(o->help);
  memset(o, 0, sizeof *o);
}

/* "Budget in words (default 100)": the help of the table and the default
 * of the table, never retyped. */
static const char *
describe(BriefCliOptions *o, const BriefTunable *t)
{
  const char *def = o->daily && t->daily_default ? t->daily_default : t->default_value;
  char *text;

  if (t->type == BRIEF_TUNABLE_BOOLEAN && g_strcmp0(t->default_value, "true") == 0)
    text = g_strdup_printf("Do not %c%s", g_ascii_tolower(t->help[0]), t->help + 1);
  else if (t->type == BRIEF_TUNABLE_BOOLEAN || def == NULL)
    text = g_strdup(t->help);
  else if (strcmp(def, "0") == 0 && strstr(t->help, "0 = ") != NULL)
    text = g_strdup(t->help); /* "0 = none" says it already */
  else if (strchr(def, ' ') != NULL)
    text = g_strdup_printf("%s (default \"%s\")", t->help, def);
  else
    text = g_strdup_printf("%s (default %s)", t->help, def);
  g_ptr_array_add(o->help, text);
  return text;
}

static GOptionEntry
tunable_entry(BriefCliOptions *o, const BriefTunable *t)
{
  GOptionEntry e = {0};

  e.long_name = option_name(t);
  e.short_name = short_name(e.long_name);
  e.flags = t->type == BRIEF_TUNABLE_BOOLEAN ? G_OPTION_FLAG_NO_ARG : 0;
  if (t->flags & BRIEF_TUNABLE_PATH)
    e.flags |= G_OPTION_FLAG_FILENAME;
  e.arg = G_OPTION_ARG_CALLBACK;
  e.arg_data = (gpointer)set_tunable;
  e.description = describe(o, t);
  e.arg_description = t->metavar;
  return e;
}

static gboolean
wanted(const BriefTunable *t, guint flags, guint exclude, const char *const *names)
{
  if (names != NULL && g_strv_contains(names, t->name))
    return TRUE;
  return (t->flags & flags) != 0 && (t->flags & exclude) == 0;
}

static void
add_own_options(GArray *main, BriefCliOptions *o, guint set)
{
  const GOptionEntry own[] = {
      {"output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output,
       "Write to FILE (atomically) instead of standard output", "FILE"},
      {"format", 'f', 0, G_OPTION_ARG_STRING, &o->format,
       "text (default), markdown, json, html or plain", "FORMAT"},
      {"input-format", 0, 0, G_OPTION_ARG_STRING, &o->input_format, "auto (default), text, jsonl, html or feed",
       "FORMAT"},
      {"quiet", 'q', 0, G_OPTION_ARG_NONE, &o->quiet, "Do not print warnings or progress", NULL},
      {"verbose", 'v', 0, G_OPTION_ARG_NONE, &o->verbose,
       "Print work done and time per stage to stderr", NULL},
      {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->paths, NULL, "PATH..."},
  };
  const guint of[] = {BRIEF_CLI_OUTPUT, BRIEF_CLI_FORMAT, BRIEF_CLI_INPUT_FORMAT,
                      BRIEF_CLI_QUIET,  BRIEF_CLI_QUIET,  BRIEF_CLI_PATHS};

  for (gsize i = 0; i < G_N_ELEMENTS(own); i++)
    if (set & of[i])
      g_array_append_val(main, own[i]);
}

void
brief_cli_options_add(GOptionContext *ctx, BriefCliOptions *o, guint set, guint tunables,
                      guint exclude, const char *const *names)
{
  g_autoptr(GArray) main = g_array_new(TRUE, TRUE, sizeof(GOptionEntry));
  g_autoptr(GArray) levers = g_array_new(TRUE, TRUE, sizeof(GOptionEntry));
  GOptionGroup *main_group = g_option_group_new(NULL, NULL, NULL, o, NULL);
  const GOptionEntry none = {0};

  add_own_options(main, o, set & ~(guint)BRIEF_CLI_PATHS);
  for (guint i = 0; brief_tunable_get(i) != NULL; i++) {
    const BriefTunable *t = brief_tunable_get(i);
    GOptionEntry e;
    if (!wanted(t, tunables, exclude, names))
      continue;
    e = tunable_entry(o, t);
    g_array_append_val((t->flags & BRIEF_TUNABLE_LEVER) ? levers : main, e);
  }
  add_own_options(main, o, set & BRIEF_CLI_PATHS);
  g_array_append_val(main, none);
  g_option_group_add_entries(main_group, (const GOptionEntry *)(void *)main->data);
  g_option_context_set_main_group(ctx, main_group);
  if (levers->len > 0) {
    GOptionGroup *group =
        g_option_group_new("tuning", "Summarizer tuning (defaults chosen on the development set):",
                           "Show the summarizer's tuning options", o, NULL);
    g_array_append_val(levers, none);
    g_option_group_add_entries(group, (const GOptionEntry *)(void *)levers->data);
    g_option_context_add_group(ctx, group);
  }
}

gboolean
brief_cli_options_check(BriefCliOptions *o, GError **error)
{
  if (o->paths == NULL || o->paths[0] == NULL)
    return brief_cli_usage(error, "no input: give directories, files, or -");
  if (!brief_input_format_from_name(o->input_format, &o->input_format_value))
    return brief_cli_usage(error, "unknown input format '%s' (auto, text, jsonl, html, feed)", o->input_format);
  if (!brief_format_from_name(o->format, &o->format_value))
    return brief_cli_usage(error, "unknown format '%s' (text, markdown, json, html, plain)",
                           o->format);
  if (!brief_config_validate(o->config, error))
    return FALSE;
  brief_cli_set_quiet(o->quiet);
  return TRUE;
}

gboolean
brief_cli_read_paths(BriefCluster *cluster, const BriefCliOptions *o, gboolean tree, GError **error)
{
  brief_cluster_set_limits(cluster, o->config);
  for (char **p = o->paths; *p; p++) {
    gboolean ok = tree ? brief_cluster_add_tree(cluster, *p, o->input_format_value, error)
                       : brief_cluster_add_path(cluster, *p, o->input_format_value, error);
    if (!ok)
      return FALSE;
  }
  return TRUE;
}
