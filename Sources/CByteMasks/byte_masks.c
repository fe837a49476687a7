// The masks are static inline functions in include/copydesk_byte_masks.h; SwiftPM needs a source file.
#include "copydesk_byte_masks.h"
