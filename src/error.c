/* SPDX-License-Identifier: BSD-3-Clause */
#include <brief/brief.h>

G_DEFINE_QUARK(brief - error - quark, brief_error)

const char *
brief_version(void)
{
  return BRIEF_VERSION;
}

/* One table for the program's exit codes and a batch's error codes. */
int
brief_error_exit_status(const GError *error)
{
  if (error == NULL || error->domain != BRIEF_ERROR)
    return 1;
  switch ((BriefError)error->code) {
  case BRIEF_ERROR_LANGUAGE:
  case BRIEF_ERROR_INVALID: return 2;
  case BRIEF_ERROR_IO: return 3;
  case BRIEF_ERROR_ENCODING:
  case BRIEF_ERROR_PARSE:
  case BRIEF_ERROR_LIMIT: return 4;
  case BRIEF_ERROR_EMPTY: return 5;
  case BRIEF_ERROR_OUTPUT: return 6;
  case BRIEF_ERROR_FAILED:
  default: return 1;
  }
}
