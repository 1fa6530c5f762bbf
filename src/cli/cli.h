/* SPDX-License-Identifier: BSD-3-Clause */
/* The brief command-line tool: commands and what they share.  Only the
 * public headers of libbrief are used here. */
#ifndef BRIEF_CLI_H
#define BRIEF_CLI_H

#include <brief/brief.h>
#include <stdio.h>

G_BEGIN_DECLS

/* Exit codes, documented in README.md and `brief --help`. */
typedef enum {
  BRIEF_EXIT_OK = 0,
  BRIEF_EXIT_FAILURE = 1, /* internal or unexpected failure */
  BRIEF_EXIT_USAGE = 2,   /* bad command line: unknown option, value, language, format */
  BRIEF_EXIT_INPUT = 3,   /* a path is missing or unreadable */
  BRIEF_EXIT_DATA = 4,    /* invalid UTF-8, malformed header or JSON line, an input
                             larger than a limit */
  BRIEF_EXIT_EMPTY = 5,   /* nothing to summarize: no articles or no sentences */
  BRIEF_EXIT_OUTPUT = 6,  /* the output could not be written */
  BRIEF_EXIT_PARTIAL = 7, /* brief batch: the output is complete, but some
                             lines are error lines */
} BriefExit;

/* Errors of the command line itself (library errors keep their domain). */
#define BRIEF_CLI_ERROR (brief_cli_error_quark())
GQuark brief_cli_error_quark(void);
typedef enum {
  BRIEF_CLI_ERROR_USAGE = 1,   /* printed with a hint at --help */
  BRIEF_CLI_ERROR_PARTIAL = 2, /* some lines of a batch failed (BRIEF_EXIT_PARTIAL) */
} BriefCliError;

/* A command: parses its arguments (argv[0] is its name), does its work,
 * writes its output; on failure sets `error` and returns FALSE.  main()
 * prints the error once and maps it to the exit code. */
typedef gboolean (*BriefCliFunc)(int argc, char **argv, GError **error);

typedef struct {
  const char *name;
  BriefCliFunc run;
  const char *summary;
} BriefCliCommand;

/* Run the command of `commands` (NULL-name terminated) named by argv[1];
 * `parent` names the caller in messages ("brief", "brief idf"). */
gboolean brief_cli_dispatch(const char *parent, const BriefCliCommand *commands, int argc,
                            char **argv, GError **error);
void brief_cli_print_commands(FILE *out, const BriefCliCommand *commands);

gboolean brief_cli_cmd_summarize(int argc, char **argv, GError **error);
gboolean brief_cli_cmd_daily(int argc, char **argv, GError **error);
gboolean brief_cli_cmd_extract(int argc, char **argv, GError **error);
gboolean brief_cli_cmd_sentences(int argc, char **argv, GError **error);
gboolean brief_cli_cmd_eval(int argc, char **argv, GError **error);
gboolean brief_cli_cmd_cluster(int argc, char **argv, GError **error);
gboolean brief_cli_cmd_idf(int argc, char **argv, GError **error);
gboolean brief_cli_cmd_batch(int argc, char **argv, GError **error);

/* The exit code of an error, and the error printed as one line,
 * "brief COMMAND: message", with a hint where one helps. */
int brief_cli_exit_code(const GError *error);
void brief_cli_print_error(const GError *error);

/* Set a usage error (BRIEF_CLI_ERROR_USAGE). */
gboolean brief_cli_usage(GError **error, const char *format, ...) G_GNUC_PRINTF(2, 3);

/* Parse the options of `ctx` for the command `command` ("summarize",
 * "idf build"): --help then reads "Usage: brief summarize ..." and
 * messages name the command.  A bad option is a usage error. */
gboolean brief_cli_parse(GOptionContext *ctx, const char *command, int *argc, char ***argv,
                         GError **error);

/* Write `data` to `path` (NULL or "-": standard output) with brief_write_file(). */
gboolean brief_cli_write(const char *path, const char *data, GError **error);

/* Route library warnings to stderr as "brief: warning: ..." (none when
 * quiet). */
void brief_cli_install_log_handler(void);
void brief_cli_set_quiet(gboolean quiet);

/* What the commands reading articles share: the configuration (every
 * tunable is an option), output, format, input format, paths. */
typedef struct {
  BriefConfig *config;
  char *output, *format, *input_format;
  gboolean quiet, verbose;
  char **paths;
  BriefFormat format_value;
  BriefInputFormat input_format_value;
  gboolean daily;  /* show the daily defaults */
  GPtrArray *help; /* descriptions made for the option tables */
} BriefCliOptions;

void brief_cli_options_init(BriefCliOptions *o, gboolean daily);
void brief_cli_options_clear(BriefCliOptions *o);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(BriefCliOptions, brief_cli_options_clear)

/* Which options a command offers. */
typedef enum {
  BRIEF_CLI_OUTPUT = 1 << 0,       /* --output */
  BRIEF_CLI_FORMAT = 1 << 1,       /* --format */
  BRIEF_CLI_INPUT_FORMAT = 1 << 2, /* --input-format */
  BRIEF_CLI_QUIET = 1 << 3,        /* --quiet, --verbose */
  BRIEF_CLI_PATHS = 1 << 4,        /* PATH... */
} BriefCliOptionSet;

/* Add the options in `set`, the tunables whose flags meet `tunables` (and
 * not `exclude`) and those named in `names` (NULL-terminated, may be NULL):
 * main options first, the summarizer's levers in a group of their own
 * (--help-tuning). */
void brief_cli_options_add(GOptionContext *ctx, BriefCliOptions *o, guint set, guint tunables,
                           guint exclude, const char *const *names);

/* After parsing: at least one path, known formats, a valid
 * configuration; quiet applied. */
gboolean brief_cli_options_check(BriefCliOptions *o, GError **error);

/* Read every path into `cluster`, within the limits of the configuration
 * (max-input-bytes, max-total-bytes): with subdirectories as stories when
 * `tree`. */
gboolean brief_cli_read_paths(BriefCluster *cluster, const BriefCliOptions *o, gboolean tree,
                              GError **error);

/* Lines of a batch file (lines.c), read in chunks: a line longer than
 * `max` bytes is given cut to max + 1 bytes (the rest is read and dropped),
 * so memory stays bounded whatever the input.  Blank lines are skipped; a
 * line's "\r\n" ending is taken off. */
typedef struct {
  int fd;
  char *name; /* in messages: the path, or "standard input" */
  gsize max;
  char *buf;
  gsize buf_len, buf_pos;
  guint64 offset; /* bytes read before buf */
  GString *line;
  guint64 line_no;
  gboolean eof;
} BriefCliLines;

/* Open `path` ("-": standard input).  BRIEF_ERROR_IO naming it. */
gboolean brief_cli_lines_open(BriefCliLines *r, const char *path, gsize max, GError **error);
/* The next line that is not blank: TRUE with `*data` (borrowed until the
 * next call), `*len` and its number `*line_no`; FALSE at the end (error not
 * set) or on failure: BRIEF_ERROR_IO for a read error, BRIEF_ERROR_ENCODING
 * for a NUL byte (no JSON text holds one: binary input, /dev/zero). */
gboolean brief_cli_lines_next(BriefCliLines *r, const char **data, gsize *len, guint64 *line_no,
                              GError **error);
void brief_cli_lines_clear(BriefCliLines *r);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(BriefCliLines, brief_cli_lines_clear)

G_END_DECLS

#endif
