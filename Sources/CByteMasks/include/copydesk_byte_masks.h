#ifndef COPYDESK_BYTE_MASKS_H
#define COPYDESK_BYTE_MASKS_H
// Byte classes of 64 bytes as 64-bit masks (bit k for byte k), with the SSE2 instructions every
// x86-64 CPU has: sixteen bytes compared at once and their answers gathered by PMOVMSKB. Swift's
// SIMD types have no such gather, and the eight-byte arithmetic in Swift took about four times the
// instructions. Header-only and `static inline`, so the Swift callers inline them. Elsewhere
// COPYDESK_BYTE_MASKS is 0 and the callers use their Swift code.
#include <stddef.h>
#include <stdint.h>

/// The C library's substring search (a GNU extension in glibc, which Swift's Glibc module leaves
/// out; BSD and macOS have it too).
void *memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#if defined(__SSE2__)
#define COPYDESK_BYTE_MASKS 1
#include <emmintrin.h>

/// The classes TextStatistics and the XML check need.
typedef struct {
    uint64_t space;         // ASCII white space: 0x20 and 0x09–0x0D
    uint64_t alphanumeric;  // ASCII letters and digits
    uint64_t nonASCII;      // bytes from 0x80
    uint64_t continuation;  // UTF-8 continuation bytes (10xxxxxx)
    uint64_t control;       // below 0x20 but tab, line feed and carriage return (not allowed in XML)
} copydesk_text_classes;

static inline __attribute__((always_inline)) __m128i copydesk_at_most(__m128i x, uint8_t n) {
    // x <= n, unsigned: the minimum of the two is x.
    return _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8((char)n)), x);
}

static inline __attribute__((always_inline)) uint64_t copydesk_gather(__m128i m, int part) {
    return (uint64_t)(uint16_t)_mm_movemask_epi8(m) << (16 * part);
}

static inline __attribute__((always_inline)) copydesk_text_classes copydesk_classify_text(const uint8_t *p) {
    copydesk_text_classes c = {0, 0, 0, 0, 0};
    for (int part = 0; part < 4; part++) {
        __m128i x = _mm_loadu_si128((const __m128i *)(p + 16 * part));
        __m128i space = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(0x20)),
                                     copydesk_at_most(_mm_sub_epi8(x, _mm_set1_epi8(0x09)), 4));
        __m128i digit = copydesk_at_most(_mm_sub_epi8(x, _mm_set1_epi8(0x30)), 9);
        __m128i letter = copydesk_at_most(_mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x61)), 25);
        __m128i continuation = _mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8((char)0xC0)), _mm_set1_epi8((char)0x80));
        __m128i allowed = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(0x09)), _mm_cmpeq_epi8(x, _mm_set1_epi8(0x0A))),
                                       _mm_cmpeq_epi8(x, _mm_set1_epi8(0x0D)));
        __m128i control = _mm_andnot_si128(allowed, copydesk_at_most(x, 0x1F));
        c.space |= copydesk_gather(space, part);
        c.alphanumeric |= copydesk_gather(_mm_or_si128(digit, letter), part);
        c.nonASCII |= copydesk_gather(x, part);
        c.continuation |= copydesk_gather(continuation, part);
        c.control |= copydesk_gather(control, part);
    }
    return c;
}

/// Bytes equal to any of a, b, c, d, e (repeat one to ask for fewer), or below `below` (0: none).
static inline __attribute__((always_inline)) uint64_t copydesk_mask_any(const uint8_t *p, uint8_t a, uint8_t b, uint8_t c,
                                                                        uint8_t d, uint8_t e, uint8_t below) {
    uint64_t mask = 0;
    for (int part = 0; part < 4; part++) {
        __m128i x = _mm_loadu_si128((const __m128i *)(p + 16 * part));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)a)), _mm_cmpeq_epi8(x, _mm_set1_epi8((char)b))),
                                   _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)c)), _mm_cmpeq_epi8(x, _mm_set1_epi8((char)d))));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8((char)e)));
        if (below > 0) hit = _mm_or_si128(hit, copydesk_at_most(x, (uint8_t)(below - 1)));
        mask |= copydesk_gather(hit, part);
    }
    return mask;
}
/// Bytes from 0x80.
static inline __attribute__((always_inline)) uint64_t copydesk_mask_non_ascii(const uint8_t *p) {
    uint64_t mask = 0;
    for (int part = 0; part < 4; part++) mask |= copydesk_gather(_mm_loadu_si128((const __m128i *)(p + 16 * part)), part);
    return mask;
}

/// What a line of the input needs: control codes the reader drops (below 0x20 but tab, and DEL)
/// and UTF-8 continuation bytes (the characters are the bytes less those).
typedef struct {
    uint64_t dropped;
    uint64_t continuation;
} copydesk_line_classes;

static inline __attribute__((always_inline)) copydesk_line_classes copydesk_classify_line(const uint8_t *p) {
    copydesk_line_classes c = {0, 0};
    for (int part = 0; part < 4; part++) {
        __m128i x = _mm_loadu_si128((const __m128i *)(p + 16 * part));
        __m128i dropped = _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(0x09)), copydesk_at_most(x, 0x1F)),
                                       _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)));
        __m128i continuation = _mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8((char)0xC0)), _mm_set1_epi8((char)0x80));
        c.dropped |= copydesk_gather(dropped, part);
        c.continuation |= copydesk_gather(continuation, part);
    }
    return c;
}

/// Bytes of running words: ASCII letters and digits, the space 0x20, and non-ASCII bytes.
static inline __attribute__((always_inline)) uint64_t copydesk_mask_words(const uint8_t *p) {
    uint64_t mask = 0;
    for (int part = 0; part < 4; part++) {
        __m128i x = _mm_loadu_si128((const __m128i *)(p + 16 * part));
        __m128i digit = copydesk_at_most(_mm_sub_epi8(x, _mm_set1_epi8(0x30)), 9);
        __m128i letter = copydesk_at_most(_mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x61)), 25);
        __m128i space = _mm_cmpeq_epi8(x, _mm_set1_epi8(0x20));
        // The high bit (non-ASCII) is gathered as it is.
        mask |= copydesk_gather(_mm_or_si128(_mm_or_si128(digit, letter), _mm_or_si128(space, x)), part);
    }
    return mask;
}
#else
#define COPYDESK_BYTE_MASKS 0
#endif

#endif
