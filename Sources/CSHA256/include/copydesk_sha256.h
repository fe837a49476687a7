#ifndef COPYDESK_SHA256_H
#define COPYDESK_SHA256_H
#include <stddef.h>
#include <stdint.h>

/// SHA-256's 64 round constants (FIPS 180-4), shared with the portable rounds in Swift.
const uint32_t *copydesk_sha256_round_constants(void);

/// 1 when this CPU has the x86 SHA extensions (SHA-NI) with SSSE3 and SSE4.1, else 0.
int copydesk_sha256_hardware_available(void);

/// Compresses `blocks` 64-byte blocks of `data` into `state` (the eight SHA-256 words, in order)
/// with the SHA-NI instructions. Call only when copydesk_sha256_hardware_available() returned 1.
void copydesk_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
