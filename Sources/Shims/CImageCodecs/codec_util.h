// Small helpers shared by the codec wrappers (not part of the public header).
#ifndef PALETTE_CODEC_UTIL_H
#define PALETTE_CODEC_UTIL_H
#include <string.h>
#include "CImageCodecs.h"

/// Copies `text` into a PIC_MESSAGE_LEN buffer (which may be NULL), always NUL-terminated.
static inline void pic_set_message(char *message, const char *text) {
    if (!message) return;
    if (!text) text = "unknown error";
    size_t n = strlen(text);
    if (n >= PIC_MESSAGE_LEN) n = PIC_MESSAGE_LEN - 1;
    memcpy(message, text, n);
    message[n] = 0;
}
/// Start-of-scan markers in a JPEG, found by walking its marker segments and skipping
/// entropy-coded data (jpeg_dc.c); -1 when the structure is broken before the end.
int pic_jpeg_count_scans(const uint8_t *data, size_t length);
#endif
