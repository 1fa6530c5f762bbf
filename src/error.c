/* SPDX-License-Identifier: BSD-3-Clause */
#include <brief/brief.h>

G_DEFINE_QUARK(brief - error - quark, brief_error)

const char *
brief_version(void)
{
  return BRIEF_VERSION;
}
