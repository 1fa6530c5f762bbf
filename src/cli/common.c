/* Helpers shared by the subcommands. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

int
brief_cli_exit_for_error(const GError *error)
{
  if (error == NULL || error->domain != BRIEF_ERROR)
    return BRIEF_EXIT_FAILURE;
  switch ((BriefError)error->code) {
  case BRIEF_ERROR_IO: return BRIEF_EXIT_INPUT;
  case BRIEF_ERROR_ENCODING:
  case BRIEF_ERROR_PARSE: return BRIEF_EXIT_DATA;
  case BRIEF_ERROR_EMPTY: return BRIEF_EXIT_EMPTY;
  case BRIEF_ERROR_LANGUAGE:
  case BRIEF_ERROR_INVALID: return BRIEF_EXIT_USAGE;
  case BRIEF_ERROR_FAILED:
  default: return BRIEF_EXIT_FAILURE;
  }
}

/* Messages quote input: keep them one printable line whatever it held. */
char *
brief_cli_printable(const char *s)
{
  g_autofree char *valid = g_utf8_make_valid(s, -1);
  GString *out = g_string_new(NULL);

  for (const char *p = valid; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029)
      g_string_append_printf(out, "\\x%02X", c & 0xFF);
    else
      g_string_append_len(out, p, g_utf8_next_char(p) - p);
  }
  return g_string_free(out, FALSE);
}

int
brief_cli_fail(const char *command, const GError *error)
{
  g_autofree char *msg = brief_cli_printable(error ? error->message : "unknown error");

  g_printerr("brief %s: %s\n", command, msg);
  return brief_cli_exit_for_error(error);
}

int
brief_cli_usage_error(const char *command, const char *message)
{
  g_autofree char *msg = brief_cli_printable(message);

  g_printerr("brief %s: %s (see 'brief %s --help')\n", command, msg, command);
  return BRIEF_EXIT_USAGE;
}

gboolean
brief_cli_parse(GOptionContext *ctx, const char *command, int *argc, char ***argv, int *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf("brief %s", command);

  /* --help then says "Usage: brief summarize [OPTION...]". */
  g_set_prgname(prgname);

  if (!g_option_context_parse(ctx, argc, argv, &error)) {
    *status = brief_cli_usage_error(command, error->message);
    return FALSE;
  }
  return TRUE;
}

gboolean
brief_cli_write_output(const char *command, const char *path, const char *data, int *status)
{
  gsize len = strlen(data);

  if (path == NULL || strcmp(path, "-") == 0) {
    if (fwrite(data, 1, len, stdout) != len) {
      g_printerr("brief %s: error writing standard output: %s\n", command, g_strerror(errno));
      *status = BRIEF_EXIT_OUTPUT;
      return FALSE;
    }
    return TRUE;
  }
  {
    g_autoptr(GError) error = NULL;
    /* Written to a temporary file beside the target and renamed over it:
     * a reader never sees half a briefing, a failure leaves no file. */
    if (!g_file_set_contents_full(path, data, (gssize)len, G_FILE_SET_CONTENTS_CONSISTENT, 0644,
                                  &error)) {
      g_printerr("brief %s: %s\n", command, error->message);
      *status = BRIEF_EXIT_OUTPUT;
      return FALSE;
    }
  }
  return TRUE;
}

gboolean
brief_cli_parse_input_format(const char *s, BriefInputFormat *out)
{
  if (s == NULL || strcmp(s, "auto") == 0)
    *out = BRIEF_INPUT_AUTO;
  else if (strcmp(s, "text") == 0)
    *out = BRIEF_INPUT_TEXT;
  else if (strcmp(s, "jsonl") == 0)
    *out = BRIEF_INPUT_JSONL;
  else
    return FALSE;
  return TRUE;
}

static gboolean cli_quiet = FALSE;

static void
log_handler(const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
  (void)domain;
  (void)data;
  g_autofree char *msg = brief_cli_printable(message);

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

gboolean
brief_cli_check_input(const char *cmd, char **paths, const char *input_format_s,
                      BriefInputFormat *input_format, int *status)
{
  g_autofree char *msg = NULL;

  if (paths == NULL || paths[0] == NULL)
    msg = g_strdup("no input: give directories, files, or -");
  else if (!brief_cli_parse_input_format(input_format_s, input_format))
    msg = g_strdup_printf("unknown input format '%s' (auto, text, jsonl)", input_format_s);
  if (msg == NULL)
    return TRUE;
  *status = brief_cli_usage_error(cmd, msg);
  return FALSE;
}
