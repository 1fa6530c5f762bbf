/* SPDX-License-Identifier: BSD-3-Clause */
/* libxml2 loaded on first use (see xml-private.h). */
#include "xml-private.h"

#include <dlfcn.h>
#include <string.h>

BriefXmlLib brief_xml_lib;

/* One entry of BriefXmlLib: the symbol's name and where its address goes. */
typedef struct {
  const char *name;
  void **slot;
} Symbol;

/* dlsym() gives a function as a void pointer, which C converts to a
 * function pointer only by copying its bytes: the address is the same. */
#define SYMBOL(field, symbol) {#symbol, (void **)(void *)&lib->field},

gboolean
brief_xml_open(const char *soname, BriefXmlLib *lib, GError **error)
{
  const Symbol symbols[] = {BRIEF_XML_SYMBOLS(SYMBOL)};
  /* Kept open for the life of the process, as a linked library would be. */
  void *handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);

  if (handle == NULL) {
    const char *why = dlerror();
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_FAILED, "%s", why ? why : soname);
    return FALSE;
  }
  for (gsize i = 0; i < G_N_ELEMENTS(symbols); i++) {
    void *address = dlsym(handle, symbols[i].name);
    if (address == NULL) {
      g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_FAILED, "%s has no %s", soname, symbols[i].name);
      dlclose(handle);
      return FALSE;
    }
    memcpy(symbols[i].slot, &address, sizeof address);
  }
  return TRUE;
}

gboolean
brief_xml_load(GError **error)
{
  static gsize once = 0;
  static char *failure = NULL; /* why it could not be loaded, for every later call */

  if (g_once_init_enter(&once)) {
    GError *e = NULL;
    BriefXmlLib lib = {0};
    if (brief_xml_open(BRIEF_LIBXML2_SONAME, &lib, &e)) {
      brief_xml_lib = lib;
      xmlInitParser();
    } else {
      failure = g_strdup(e->message);
      g_error_free(e);
    }
    g_once_init_leave(&once, 1);
  }
  if (failure != NULL) {
    g_set_error(error, BRIEF_ERROR, BRIEF_ERROR_FAILED,
                "cannot read pages or feeds: libxml2 could not be loaded (%s)", failure);
    return FALSE;
  }
  return TRUE;
}
