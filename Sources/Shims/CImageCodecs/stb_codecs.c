// PNG, GIF and BMP through stb_image / stb_image_write (shared library from libstb-dev).
#include "CImageCodecs.h"
#include "codec_util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

int pic_stb_info(const uint8_t *data, size_t length, int *width, int *height, int *is16,
                 char *message) {
    if (length > INT_MAX) {
        pic_set_message(message, "file too large for stb_image");
        return PIC_ERR_UNSUPPORTED;
    }
    int comp = 0;
    if (!stbi_info_from_memory(data, (int)length, width, height, &comp)) {
        pic_set_message(message, stbi_failure_reason());
        return PIC_ERR_CORRUPT;
    }
    *is16 = stbi_is_16_bit_from_memory(data, (int)length);
    return PIC_OK;
}

int pic_stb_decode(const uint8_t *data, size_t length, pic_image *out, char *message) {
    out->pixels = NULL;
    int width = 0, height = 0, is16 = 0;
    int status = pic_stb_info(data, length, &width, &height, &is16, message);
    if (status != PIC_OK) return status;
    int comp = 0;
    if (is16) {
        stbi_us *wide = stbi_load_16_from_memory(data, (int)length, &width, &height, &comp, 4);
        if (!wide) {
            pic_set_message(message, stbi_failure_reason());
            return PIC_ERR_CORRUPT;
        }
        size_t count = (size_t)width * height * 4;
        unsigned char *narrow = malloc(count);
        if (!narrow) {
            stbi_image_free(wide);
            pic_set_message(message, "out of memory");
            return PIC_ERR_NOMEM;
        }
        for (size_t i = 0; i < count; i++) {
            narrow[i] = (unsigned char)(((uint32_t)wide[i] * 255u + 32767u) / 65535u);
        }
        stbi_image_free(wide);
        out->pixels = narrow;
    } else {
        unsigned char *pixels = stbi_load_from_memory(data, (int)length, &width, &height, &comp, 4);
        if (!pixels) {
            pic_set_message(message, stbi_failure_reason());
            return PIC_ERR_CORRUPT;
        }
        // stbi's buffer comes from its own malloc; copying keeps pic_free the only release call.
        size_t count = (size_t)width * height * 4;
        unsigned char *copy = malloc(count);
        if (!copy) {
            stbi_image_free(pixels);
            pic_set_message(message, "out of memory");
            return PIC_ERR_NOMEM;
        }
        memcpy(copy, pixels, count);
        stbi_image_free(pixels);
        out->pixels = copy;
    }
    out->width = width;
    out->height = height;
    return PIC_OK;
}

/// Growable byte buffer filled by stb_image_write callbacks.
typedef struct {
    uint8_t *bytes;
    size_t length, capacity;
    int failed;
} pic_sink;

static void pic_sink_write(void *context, void *data, int size) {
    pic_sink *sink = context;
    if (sink->failed || size <= 0) return;
    if (sink->length + (size_t)size > sink->capacity) {
        size_t capacity = sink->capacity ? sink->capacity * 2 : 4096;
        while (capacity < sink->length + (size_t)size) capacity *= 2;
        uint8_t *grown = realloc(sink->bytes, capacity);
        if (!grown) {
            sink->failed = 1;
            return;
        }
        sink->bytes = grown;
        sink->capacity = capacity;
    }
    memcpy(sink->bytes + sink->length, data, (size_t)size);
    sink->length += (size_t)size;
}

static int pic_sink_finish(pic_sink *sink, int ok, uint8_t **out, size_t *out_length,
                           char *message) {
    if (!ok || sink->failed) {
        free(sink->bytes);
        pic_set_message(message, sink->failed ? "out of memory" : "stb_image_write failed");
        return sink->failed ? PIC_ERR_NOMEM : PIC_ERR_ARGUMENT;
    }
    *out = sink->bytes;
    *out_length = sink->length;
    return PIC_OK;
}

/// Packs RGBA8 into `channels` bytes per pixel (1 grey, 2 grey+alpha, 3 RGB, 4 RGBA).
static unsigned char *pic_pack(const unsigned char *rgba, int width, int height, int channels) {
    size_t count = (size_t)width * height;
    unsigned char *packed = malloc(count * (size_t)channels);
    if (!packed) return NULL;
    for (size_t i = 0; i < count; i++) {
        const unsigned char *s = rgba + 4 * i;
        unsigned char *d = packed + (size_t)channels * i;
        switch (channels) {
        case 1: d[0] = s[0]; break;
        case 2: d[0] = s[0]; d[1] = s[3]; break;
        case 3: d[0] = s[0]; d[1] = s[1]; d[2] = s[2]; break;
        default: memcpy(d, s, 4); break;
        }
    }
    return packed;
}

int pic_png_encode(const unsigned char *rgba, int width, int height, int channels,
                   uint8_t **out, size_t *out_length, char *message) {
    *out = NULL;
    *out_length = 0;
    if (width <= 0 || height <= 0 || channels < 1 || channels > 4 || rgba == NULL ||
        (size_t)width * channels > INT_MAX) {
        pic_set_message(message, "bad image size or channel count for PNG");
        return PIC_ERR_ARGUMENT;
    }
    unsigned char *packed = pic_pack(rgba, width, height, channels);
    if (!packed) {
        pic_set_message(message, "out of memory");
        return PIC_ERR_NOMEM;
    }
    pic_sink sink = {0};
    int ok = stbi_write_png_to_func(pic_sink_write, &sink, width, height, channels, packed,
                                    width * channels);
    free(packed);
    return pic_sink_finish(&sink, ok, out, out_length, message);
}

int pic_bmp_encode(const unsigned char *rgba, int width, int height,
                   uint8_t **out, size_t *out_length, char *message) {
    *out = NULL;
    *out_length = 0;
    if (width <= 0 || height <= 0 || rgba == NULL) {
        pic_set_message(message, "bad image size for BMP");
        return PIC_ERR_ARGUMENT;
    }
    unsigned char *packed = pic_pack(rgba, width, height, 3);
    if (!packed) {
        pic_set_message(message, "out of memory");
        return PIC_ERR_NOMEM;
    }
    pic_sink sink = {0};
    int ok = stbi_write_bmp_to_func(pic_sink_write, &sink, width, height, 3, packed);
    free(packed);
    return pic_sink_finish(&sink, ok, out, out_length, message);
}
