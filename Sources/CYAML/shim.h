#ifndef COPYDESK_CYAML_SHIM_H
#define COPYDESK_CYAML_SHIM_H
#include <yaml.h>
#endif
