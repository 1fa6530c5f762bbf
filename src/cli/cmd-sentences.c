/* brief sentences: show how a text is split. */
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "cli.h"

int
brief_cli_sentences(int argc, char **argv)
{
  const char *cmd = "sentences";
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefCluster) cluster = NULL;
  g_autoptr(BriefSplitter) splitter = NULL;
  g_autofree char *language = NULL, *input_format_s = NULL, *output = NULL;
  g_auto(GStrv) paths = NULL;
  gboolean json = FALSE;
  BriefInputFormat input_format;
  GString *out;
  g_autofree char *data = NULL;
  int status = BRIEF_EXIT_OK;
  GOptionEntry entries[] = {
      {"json", 'j', 0, G_OPTION_ARG_NONE, &json, "JSON with byte offsets instead of lines", NULL},
      {"language", 'l', 0, G_OPTION_ARG_STRING, &language, "Language of the text (default english)",
       "LANG"},
      {"input-format", 0, 0, G_OPTION_ARG_STRING, &input_format_s, "auto (default), text or jsonl",
       "FORMAT"},
      {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE (atomically)", "FILE"},
      {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, "FILE"},
      {NULL, 0, 0, 0, NULL, NULL, NULL},
  };

  ctx = g_option_context_new("- print the sentences of FILE, one per line");
  g_option_context_set_summary(
      ctx, "White space inside a sentence is shown as one space.  With --json, each\n"
           "sentence comes with its byte offsets in the file and its paragraph.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!brief_cli_parse(ctx, cmd, &argc, &argv, &status))
    return status;
  if (paths == NULL || paths[0] == NULL)
    return brief_cli_usage_error(cmd, "no input: give a file, or -");
  if (paths[1] != NULL)
    return brief_cli_usage_error(cmd, "give exactly one file");
  if (!brief_cli_parse_input_format(input_format_s, &input_format)) {
    g_autofree char *m =
        g_strdup_printf("unknown input format '%s' (auto, text, jsonl)", input_format_s);
    return brief_cli_usage_error(cmd, m);
  }
  splitter = brief_splitter_new(language ? language : "english", &error);
  if (splitter == NULL)
    return brief_cli_fail(cmd, error);
  cluster = brief_cluster_new();
  if (!brief_cluster_add_path(cluster, paths[0], input_format, &error))
    return brief_cli_fail(cmd, error);

  out = g_string_new(NULL);
  if (json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    g_autoptr(JsonGenerator) gen = json_generator_new();
    g_autoptr(JsonNode) root = NULL;
    g_autofree char *text = NULL;

    json_builder_begin_array(b);
    for (guint a = 0; a < brief_cluster_get_n_articles(cluster); a++) {
      const BriefArticle *art = brief_cluster_get_article(cluster, a);
      g_autoptr(GArray) spans = brief_splitter_split(splitter, art->text, (gssize)art->text_len);
      for (guint i = 0; i < spans->len; i++) {
        const BriefSpan *sp = &g_array_index(spans, BriefSpan, i);
        g_autofree char *s = g_strndup(art->text + sp->start, sp->end - sp->start);
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "article");
        json_builder_add_string_value(b, art->name);
        json_builder_set_member_name(b, "paragraph");
        json_builder_add_int_value(b, sp->paragraph);
        json_builder_set_member_name(b, "start");
        json_builder_add_int_value(b, (gint64)(sp->start + art->text_offset));
        json_builder_set_member_name(b, "end");
        json_builder_add_int_value(b, (gint64)(sp->end + art->text_offset));
        json_builder_set_member_name(b, "text");
        json_builder_add_string_value(b, s);
        json_builder_end_object(b);
      }
    }
    json_builder_end_array(b);
    root = json_builder_get_root(b);
    json_generator_set_root(gen, root);
    json_generator_set_pretty(gen, TRUE);
    text = json_generator_to_data(gen, NULL);
    g_string_append(out, text);
    g_string_append_c(out, '\n');
  } else {
    for (guint a = 0; a < brief_cluster_get_n_articles(cluster); a++) {
      const BriefArticle *art = brief_cluster_get_article(cluster, a);
      g_autoptr(GArray) spans = brief_splitter_split(splitter, art->text, (gssize)art->text_len);
      for (guint i = 0; i < spans->len; i++) {
        const BriefSpan *sp = &g_array_index(spans, BriefSpan, i);
        /* One line per sentence: inner white space becomes one space. */
        gboolean space = FALSE;
        for (gsize k = sp->start; k < sp->end; k++) {
          char c = art->text[k];
          if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = TRUE;
            continue;
          }
          if (space)
            g_string_append_c(out, ' ');
          space = FALSE;
          g_string_append_c(out, c);
        }
        g_string_append_c(out, '\n');
      }
    }
  }
  data = g_string_free(out, FALSE);
  brief_cli_write_output(cmd, output, data, &status);
  return status;
}
