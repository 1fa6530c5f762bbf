/* SPDX-License-Identifier: BSD-3-Clause */
/* libxml2, loaded when the first page or feed is read (xml-lib.c).
 *
 * libbrief does not link libxml2: loading it with its dependencies (ICU,
 * the C++ runtime, liblzma) costs a process about 4 ms of a 10 ms start,
 * and most runs read no page or feed.  The functions brief calls are
 * looked up in libxml2.so.2 once, and the macros at the end of this file
 * send every call through them, so the code that uses libxml2 reads as it
 * would with the library linked.  Include this header, never libxml2's,
 * and call brief_xml_load() before the first call (the page and feed
 * readers do). */
#ifndef BRIEF_XML_PRIVATE_H
#define BRIEF_XML_PRIVATE_H

#include <brief/brief.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/* Debian's libxml2 is built with threads, one deallocator for all of them
 * and the error handler per thread: the table below is made for that. */
#if defined(LIBXML_THREAD_ALLOC_ENABLED) || !defined(LIBXML_THREAD_ENABLED)
#error "libxml2 built with another threads configuration than Debian's"
#endif

G_BEGIN_DECLS

/* The library's file, as its Debian package installs it. */
#define BRIEF_LIBXML2_SONAME "libxml2.so.2"

/* Each name brief uses, once: X(field of BriefXmlLib, libxml2's symbol).
 * The last three: the address of libxml2's deallocator (a variable, one
 * for the process), and functions giving this thread's error handler. */
#define BRIEF_XML_SYMBOLS(X)                                                                       \
  X(InitParser, xmlInitParser)                                                                     \
  X(HtmlReadMemory, htmlReadMemory)                                                                \
  X(HtmlEntityLookup, htmlEntityLookup)                                                            \
  X(FreeDoc, xmlFreeDoc)                                                                           \
  X(FreeNode, xmlFreeNode)                                                                         \
  X(UnlinkNode, xmlUnlinkNode)                                                                     \
  X(DocGetRootElement, xmlDocGetRootElement)                                                       \
  X(GetProp, xmlGetProp)                                                                           \
  X(NodeGetContent, xmlNodeGetContent)                                                             \
  X(NodeGetBase, xmlNodeGetBase)                                                                   \
  X(NodeDump, xmlNodeDump)                                                                         \
  X(BufferCreate, xmlBufferCreate)                                                                 \
  X(BufferFree, xmlBufferFree)                                                                     \
  X(BufferContent, xmlBufferContent)                                                               \
  X(NewParserCtxt, xmlNewParserCtxt)                                                               \
  X(FreeParserCtxt, xmlFreeParserCtxt)                                                             \
  X(CtxtReadMemory, xmlCtxtReadMemory)                                                             \
  X(CtxtGetLastError, xmlCtxtGetLastError)                                                         \
  X(SetGenericErrorFunc, xmlSetGenericErrorFunc)                                                   \
  X(Free, xmlFree)                                                                                 \
  X(GenericError, __xmlGenericError)                                                               \
  X(GenericErrorContext, __xmlGenericErrorContext)

/* A pointer to each, typed by libxml2's own declaration (GCC's and
 * Clang's __typeof__), so a pointer cannot disagree with what it points
 * to. */
#define BRIEF_XML_FIELD(field, symbol) __typeof__(symbol) *field;
typedef struct {
  BRIEF_XML_SYMBOLS(BRIEF_XML_FIELD)
} BriefXmlLib;
#undef BRIEF_XML_FIELD

/* The table the macros below call through; filled by brief_xml_load(). */
extern BriefXmlLib brief_xml_lib;

/* Open `soname` and look up every function of BriefXmlLib into `lib`.
 * FALSE with BRIEF_ERROR_FAILED saying what is missing. */
gboolean brief_xml_open(const char *soname, BriefXmlLib *lib, GError **error);

/* libxml2 loaded into brief_xml_lib and its global state set up, once
 * for the process, before any parse on any thread (as its documentation
 * asks of threaded programs).  FALSE with BRIEF_ERROR_FAILED ("cannot
 * read pages or feeds: ...") when it cannot be loaded, then and on every
 * later call. */
gboolean brief_xml_load(GError **error);

G_END_DECLS

/* Every libxml2 name brief uses, through the table. */
#undef xmlFree
#undef xmlGenericError
#undef xmlGenericErrorContext
#define xmlInitParser          (*brief_xml_lib.InitParser)
#define htmlReadMemory         (*brief_xml_lib.HtmlReadMemory)
#define htmlEntityLookup       (*brief_xml_lib.HtmlEntityLookup)
#define xmlFreeDoc             (*brief_xml_lib.FreeDoc)
#define xmlFreeNode            (*brief_xml_lib.FreeNode)
#define xmlUnlinkNode          (*brief_xml_lib.UnlinkNode)
#define xmlDocGetRootElement   (*brief_xml_lib.DocGetRootElement)
#define xmlGetProp             (*brief_xml_lib.GetProp)
#define xmlNodeGetContent      (*brief_xml_lib.NodeGetContent)
#define xmlNodeGetBase         (*brief_xml_lib.NodeGetBase)
#define xmlNodeDump            (*brief_xml_lib.NodeDump)
#define xmlBufferCreate        (*brief_xml_lib.BufferCreate)
#define xmlBufferFree          (*brief_xml_lib.BufferFree)
#define xmlBufferContent       (*brief_xml_lib.BufferContent)
#define xmlNewParserCtxt       (*brief_xml_lib.NewParserCtxt)
#define xmlFreeParserCtxt      (*brief_xml_lib.FreeParserCtxt)
#define xmlCtxtReadMemory      (*brief_xml_lib.CtxtReadMemory)
#define xmlCtxtGetLastError    (*brief_xml_lib.CtxtGetLastError)
#define xmlSetGenericErrorFunc (*brief_xml_lib.SetGenericErrorFunc)
#define xmlFree                (*brief_xml_lib.Free)
#define xmlGenericError        (*brief_xml_lib.GenericError())
#define xmlGenericErrorContext (*brief_xml_lib.GenericErrorContext())

#endif /* BRIEF_XML_PRIVATE_H */
