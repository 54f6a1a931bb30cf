// WebP through libwebp's simple decode/encode API.
#include "CImageCodecs.h"
#include "codec_util.h"

#include <stdlib.h>
#include <string.h>
#include <webp/decode.h>
#include <webp/encode.h>

static int pic_webp_status(VP8StatusCode code, char *message) {
    switch (code) {
    case VP8_STATUS_OK: return PIC_OK;
    case VP8_STATUS_NOT_ENOUGH_DATA:
        pic_set_message(message, "the WebP data ends before the image is complete");
        return PIC_ERR_TRUNCATED;
    case VP8_STATUS_UNSUPPORTED_FEATURE:
        pic_set_message(message, "unsupported WebP feature");
        return PIC_ERR_UNSUPPORTED;
    case VP8_STATUS_OUT_OF_MEMORY:
        pic_set_message(message, "out of memory");
        return PIC_ERR_NOMEM;
    default:
        pic_set_message(message, "corrupt WebP bitstream");
        return PIC_ERR_CORRUPT;
    }
}

int pic_webp_info(const uint8_t *data, size_t length, int *width, int *height, int *has_alpha,
                  int *animated, char *message) {
    WebPBitstreamFeatures features;
    VP8StatusCode code = WebPGetFeatures(data, length, &features);
    if (code != VP8_STATUS_OK) return pic_webp_status(code, message);
    *width = features.width;
    *height = features.height;
    *has_alpha = features.has_alpha;
    *animated = features.has_animation;
    return PIC_OK;
}

int pic_webp_decode(const uint8_t *data, size_t length, pic_image *out, char *message) {
    out->pixels = NULL;
    WebPDecoderConfig config;
    if (!WebPInitDecoderConfig(&config)) {
        pic_set_message(message, "libwebp version mismatch");
        return PIC_ERR_UNSUPPORTED;
    }
    VP8StatusCode code = WebPGetFeatures(data, length, &config.input);
    if (code != VP8_STATUS_OK) return pic_webp_status(code, message);
    if (config.input.has_animation) {
        pic_set_message(message, "animated WebP is not supported");
        return PIC_ERR_UNSUPPORTED;
    }
    int width = config.input.width, height = config.input.height;
    size_t stride = (size_t)width * 4;
    unsigned char *pixels = malloc(stride * (size_t)height);
    if (!pixels) {
        pic_set_message(message, "out of memory");
        return PIC_ERR_NOMEM;
    }
    config.output.colorspace = MODE_RGBA;
    config.output.is_external_memory = 1;
    config.output.u.RGBA.rgba = pixels;
    config.output.u.RGBA.stride = (int)stride;
    config.output.u.RGBA.size = stride * (size_t)height;
    code = WebPDecode(data, length, &config);
    WebPFreeDecBuffer(&config.output);
    if (code != VP8_STATUS_OK) {
        free(pixels);
        return pic_webp_status(code, message);
    }
    out->width = width;
    out->height = height;
    out->pixels = pixels;
    return PIC_OK;
}

int pic_webp_encode(const unsigned char *rgba, int width, int height, float quality,
                    uint8_t **out, size_t *out_length, char *message) {
    *out = NULL;
    *out_length = 0;
    if (width <= 0 || height <= 0 || width > WEBP_MAX_DIMENSION || height > WEBP_MAX_DIMENSION ||
        rgba == NULL) {
        pic_set_message(message, "bad image size for WebP");
        return PIC_ERR_ARGUMENT;
    }
    uint8_t *encoded = NULL;
    size_t size = quality < 0
        ? WebPEncodeLosslessRGBA(rgba, width, height, width * 4, &encoded)
        : WebPEncodeRGBA(rgba, width, height, width * 4, quality, &encoded);
    if (size == 0 || encoded == NULL) {
        pic_set_message(message, "WebP encoding failed");
        return PIC_ERR_ARGUMENT;
    }
    // Copy into malloc'd memory so pic_free releases every buffer of this API.
    uint8_t *copy = malloc(size);
    if (!copy) {
        WebPFree(encoded);
        pic_set_message(message, "out of memory");
        return PIC_ERR_NOMEM;
    }
    memcpy(copy, encoded, size);
    WebPFree(encoded);
    *out = copy;
    *out_length = size;
    return PIC_OK;
}
