/* SPDX-License-Identifier: BSD-3-Clause */
/* Assertions shared by the tests. */
#ifndef BRIEF_TEST_ASSERT_H
#define BRIEF_TEST_ASSERT_H

#include <glib.h>
#include <string.h>

/* g_assert_cmpmem() with gsize lengths: the same checks and messages, but
 * GLib's macro keeps the lengths in an int and hands that int to memcmp(),
 * a narrowing and a sign change that -Wconversion reports at every call. */
#define assert_cmpmem(m1, l1, m2, l2)                                                              \
  G_STMT_START                                                                                     \
  {                                                                                                \
    gconstpointer cmpmem_m1_ = (m1), cmpmem_m2_ = (m2);                                            \
    gsize cmpmem_l1_ = (l1), cmpmem_l2_ = (l2);                                                    \
    if (cmpmem_l1_ != 0 && cmpmem_m1_ == NULL)                                                     \
      g_assertion_message(G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,                             \
                          "assertion failed (" #l1 " == 0 || " #m1 " != NULL)");                   \
    else if (cmpmem_l2_ != 0 && cmpmem_m2_ == NULL)                                                \
      g_assertion_message(G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,                             \
                          "assertion failed (" #l2 " == 0 || " #m2 " != NULL)");                   \
    else if (cmpmem_l1_ != cmpmem_l2_)                                                             \
      g_assertion_message_cmpnum(G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,                      \
                                 #l1 " (len(" #m1 ")) == " #l2 " (len(" #m2 "))",                  \
                                 (long double)cmpmem_l1_, "==", (long double)cmpmem_l2_, 'i');     \
    else if (cmpmem_l1_ != 0 && cmpmem_m2_ != NULL &&                                              \
             memcmp(cmpmem_m1_, cmpmem_m2_, cmpmem_l1_) != 0)                                      \
      g_assertion_message(G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,                             \
                          "assertion failed (" #m1 " == " #m2 ")");                                \
  }                                                                                                \
  G_STMT_END

#endif
