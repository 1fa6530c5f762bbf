/* Subcommands of the brief command-line tool.  Each takes the arguments
 * after "brief" (argv[0] is the subcommand name) and returns an exit code. */
#ifndef BRIEF_CLI_H
#define BRIEF_CLI_H

/* Exit codes, documented in README.md. */
typedef enum {
  BRIEF_EXIT_OK = 0,
  BRIEF_EXIT_FAILURE = 1, /* internal or unexpected failure */
  BRIEF_EXIT_USAGE = 2,   /* bad command line: unknown option, value, language, format */
  BRIEF_EXIT_INPUT = 3,   /* a path is missing or unreadable */
  BRIEF_EXIT_DATA = 4,    /* invalid UTF-8, malformed header or JSON line */
  BRIEF_EXIT_EMPTY = 5,   /* nothing to summarize: no articles or no sentences */
  BRIEF_EXIT_OUTPUT = 6,  /* the output could not be written */
} BriefExit;

#include <brief/brief.h>

/* `s` as one printable line: valid UTF-8, control characters as \xNN.
 * (transfer full) */
char *brief_cli_printable(const char *s);

/* Exit code for a library error. */
int brief_cli_exit_for_error(const GError *error);

/* Print "brief COMMAND: message" and return the exit code of `error`. */
int brief_cli_fail(const char *command, const GError *error);

/* Print a usage error with a hint at --help; returns BRIEF_EXIT_USAGE. */
int brief_cli_usage_error(const char *command, const char *message);

/* g_option_context_parse with a usage error on failure. */
gboolean brief_cli_parse(GOptionContext *ctx, const char *command, int *argc, char ***argv,
                         int *status);

/* Write `data` to `path` (NULL or "-": standard output) atomically. */
gboolean brief_cli_write_output(const char *command, const char *path, const char *data,
                                int *status);

/* Route library warnings to stderr as "brief: warning: ..." (none when
 * quiet). */
void brief_cli_install_log_handler(void);
void brief_cli_set_quiet(gboolean quiet);

gboolean brief_cli_parse_input_format(const char *s, BriefInputFormat *out);

/* At least one path, and a known --input-format; a usage error otherwise. */
gboolean brief_cli_check_input(const char *cmd, char **paths, const char *input_format_s,
                               BriefInputFormat *input_format, int *status);

int brief_cli_summarize(int argc, char **argv);
int brief_cli_sentences(int argc, char **argv);
int brief_cli_eval(int argc, char **argv);
int brief_cli_idf(int argc, char **argv);
int brief_cli_cluster(int argc, char **argv);
int brief_cli_daily(int argc, char **argv);

/* Options shared by summarize and daily. */
typedef struct {
  char *output, *format, *language, *stopwords, *idf, *idf_docs, *input_format, *date, *method;
  gint words, sentences, bytes, min_words, max_words, threads, max_iter, coverage_df, max_neighbors;
  gdouble lambda, damping, threshold, position, centroid, coverage, quote_penalty, pronoun_penalty;
  gboolean fill, quiet, verbose, binary_edges, keep_noise;
  char **paths;
} BriefCliOptions;

void brief_cli_options_init(BriefCliOptions *o);
void brief_cli_options_clear(BriefCliOptions *o);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(BriefCliOptions, brief_cli_options_clear)

/* Add the shared options (main group: input, output, budget; a "tuning"
 * group for the summarizer's levers) and `extra` entries to `ctx`. */
void brief_cli_options_add(GOptionContext *ctx, BriefCliOptions *o, const GOptionEntry *extra,
                           const char *words_help);

/* Check the options and apply them to `config` (initialised by the caller);
 * FALSE with a message printed and *status set on a usage error. */
gboolean brief_cli_options_apply(const char *cmd, const BriefCliOptions *o, BriefConfig *config,
                                 BriefFormat *format, BriefInputFormat *input_format, int *status);

#endif
