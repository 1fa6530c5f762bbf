/* SPDX-License-Identifier: BSD-3-Clause */
/* What the commands share: dispatch, errors and exit codes, option
 * parsing, output, warnings. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

G_DEFINE_QUARK(brief - cli - error - quark, brief_cli_error)

void
brief_cli_print_commands(FILE *out, const BriefCliCommand *commands)
{
  for (const BriefCliCommand *c = commands; c->name != NULL; c++)
    fprintf(out, "  %-11s %s\n", c->name, c->summary);
}

gboolean
brief_cli_dispatch(const char *parent, const BriefCliCommand *commands, int argc, char **argv,
                   GError **error)
{
  g_autofree char *shown = NULL;

  g_set_prgname(parent);
  if (argc < 2)
    return brief_cli_usage(error, "missing command");
  for (const BriefCliCommand *c = commands; c->name != NULL; c++)
    if (strcmp(argv[1], c->name) == 0)
      return c->run(argc - 1, argv + 1, error);
  shown = brief_printable_dup(argv[1], -1, 0);
  return brief_cli_usage(error, "unknown command '%s'", shown);
}

int
brief_cli_exit_code(const GError *error)
{
  if (g_error_matches(error, BRIEF_CLI_ERROR, BRIEF_CLI_ERROR_PARTIAL))
    return BRIEF_EXIT_PARTIAL;
  if (error != NULL && (error->domain == BRIEF_CLI_ERROR || error->domain == G_OPTION_ERROR))
    return BRIEF_EXIT_USAGE;
  /* The library's table, which a batch's error lines share. */
  return brief_error_exit_status(error);
}

void
brief_cli_print_error(const GError *error)
{
  g_autofree char *msg = brief_printable_dup(error ? error->message : "unknown error", -1, 0);
  const char *prg = g_get_prgname() ? g_get_prgname() : "brief";

  if (error != NULL && !g_error_matches(error, BRIEF_CLI_ERROR, BRIEF_CLI_ERROR_PARTIAL) &&
      (error->domain == BRIEF_CLI_ERROR || error->domain == G_OPTION_ERROR))
    g_printerr("%s: %s (see '%s --help')\n", prg, msg, prg);
  else if (g_error_matches(error, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE))
    g_printerr("%s: %s (see 'brief --list-languages')\n", prg, msg);
  else
    g_printerr("%s: %s\n", prg, msg);
}

gboolean
brief_cli_usage(GError **error, const char *format, ...)
{
  va_list args;

  va_start(args, format);
  g_propagate_error(error,
                    g_error_new_valist(BRIEF_CLI_ERROR, BRIEF_CLI_ERROR_USAGE, format, args));
  va_end(args);
  return FALSE;
}

/* GLib's own messages ("Unknown option --bogus", "Missing argument for
 * --words") in brief's words; the option is the message's last word. */
static void
option_error(const GError *local, GError **error)
{
  const char *last = strrchr(local->message, ' ');
  g_autofree char *option = brief_printable_dup(last ? last + 1 : local->message, -1, 80);
  g_autofree char *msg = brief_printable_dup(local->message, -1, 0);

  if (local->code == G_OPTION_ERROR_UNKNOWN_OPTION)
    brief_cli_usage(error, "unknown option '%s'", option);
  else if (local->code == G_OPTION_ERROR_BAD_VALUE && g_str_has_prefix(msg, "Missing argument"))
    brief_cli_usage(error, "%s needs a value", option);
  else
    brief_cli_usage(error, "%c%s", g_ascii_tolower(msg[0]), msg[0] ? msg + 1 : "");
}

gboolean
brief_cli_parse(GOptionContext *ctx, const char *command, int *argc, char ***argv, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *prgname = g_strdup_printf("brief %s", command);

  /* --help then says "Usage: brief summarize [OPTION...]". */
  g_set_prgname(prgname);
  if (g_option_context_parse(ctx, argc, argv, &local))
    return TRUE;
  /* A language gets its own hint; every other bad option is a usage error. */
  if (g_error_matches(local, BRIEF_ERROR, BRIEF_ERROR_LANGUAGE))
    g_propagate_error(error, g_steal_pointer(&local));
  else if (local->domain == G_OPTION_ERROR)
    option_error(local, error);
  else
    brief_cli_usage(error, "%s", local->message);
  return FALSE;
}

gboolean
brief_cli_write(const char *path, const char *data, GError **error)
{
  return brief_write_file(path ? path : "-", data, strlen(data), error);
}

static gboolean cli_quiet = FALSE;

static void
log_handler(const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
  g_autofree char *msg = brief_printable_dup(message, -1, 0);

  (void)domain;
  (void)data;
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL))
    g_printerr("brief: internal error: %s\n", msg);
  else if ((level & G_LOG_LEVEL_WARNING) && !cli_quiet)
    g_printerr("brief: warning: %s\n", msg);
}

void
brief_cli_install_log_handler(void)
{
  g_log_set_handler("brief", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR,
                    log_handler, NULL);
}

void
brief_cli_set_quiet(gboolean quiet)
{
  cli_quiet = quiet;
}
