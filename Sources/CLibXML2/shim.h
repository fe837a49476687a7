#ifndef COPYDESK_CLIBXML2_SHIM_H
#define COPYDESK_CLIBXML2_SHIM_H
// Debian's libxml2 headers pull in ICU, whose UErrorCode clashes with Foundation's
// on a clean build; turning the ICU flag off before any other header avoids it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/xmlsave.h>

/// xmlFree is a global function pointer: not importable as a concurrency-safe value in Swift 6.
static inline void copydesk_xmlFree(void *p) { xmlFree(p); }
/// The libxml2 version number as an int (e.g. 20914).
static inline int copydesk_xmlVersion(void) { return LIBXML_VERSION; }
#endif
