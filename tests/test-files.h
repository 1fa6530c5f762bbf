/* SPDX-License-Identifier: BSD-3-Clause */
/* Temporary files and directories for the tests that need them. */
#ifndef BRIEF_TEST_FILES_H
#define BRIEF_TEST_FILES_H

#include <glib.h>
#include <glib/gstdio.h>

/* A fresh temporary directory; remove it with rm_tree(). */
G_GNUC_UNUSED static char *
make_tmp_dir(void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp("brief-test-XXXXXX", &error);

  g_assert_no_error(error);
  g_assert_nonnull(dir);
  return dir;
}

G_GNUC_UNUSED static void
rm_tree(const char *path)
{
  if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
    g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
    const char *entry;

    while (dir != NULL && (entry = g_dir_read_name(dir)) != NULL) {
      g_autofree char *child = g_build_filename(path, entry, NULL);
      rm_tree(child);
    }
    g_rmdir(path);
  } else {
    g_remove(path);
  }
}

G_GNUC_UNUSED static void
write_file(const char *dir, const char *name, const char *data, gssize len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename(dir, name, NULL);

  g_file_set_contents(path, data, len, &error);
  g_assert_no_error(error);
}

#endif
