/* SPDX-License-Identifier: BSD-3-Clause */
/* The render layer: one entry point per object, one renderer per format. */
#include "render-private.h"

char *
brief_summary_to_string(const BriefSummary *summary, BriefFormat format)
{
  g_return_val_if_fail(summary != NULL, NULL);
  switch (format) {
  case BRIEF_FORMAT_MARKDOWN: return brief_render_summary_text(summary, TRUE);
  case BRIEF_FORMAT_JSON: return brief_render_summary_json(summary);
  case BRIEF_FORMAT_PLAIN: return brief_render_summary_plain(summary);
  case BRIEF_FORMAT_HTML: return brief_render_summary_html(summary);
  case BRIEF_FORMAT_TEXT:
  default: return brief_render_summary_text(summary, FALSE);
  }
}

char *
brief_daily_to_string(const BriefDaily *daily, BriefFormat format)
{
  g_return_val_if_fail(daily != NULL, NULL);
  switch (format) {
  case BRIEF_FORMAT_MARKDOWN: return brief_render_daily_text(daily, TRUE);
  case BRIEF_FORMAT_JSON: return brief_render_daily_json(daily);
  case BRIEF_FORMAT_PLAIN: return brief_render_daily_plain(daily);
  case BRIEF_FORMAT_HTML: return brief_render_daily_html(daily);
  case BRIEF_FORMAT_TEXT:
  default: return brief_render_daily_text(daily, FALSE);
  }
}
