#ifndef PALETTE_CIMAGECODECS_H
#define PALETTE_CIMAGECODECS_H
// C wrappers around libjpeg-turbo, stb_image and libwebp that never exit the process.
// Every decoder returns a pic_status; on failure `message` holds a short reason (NUL-terminated).
// Pixel buffers returned through pic_image are malloc'd RGBA8 rows and must be released with
// pic_free. No function here prints anything or keeps global state.

#include <stddef.h>
#include <stdint.h>

/// Result of a codec call. PIC_OK is success; the others classify the failure.
typedef enum {
    PIC_OK = 0,
    PIC_ERR_CORRUPT = 1,      ///< the bytes are not a valid image of the format
    PIC_ERR_TRUNCATED = 2,    ///< the data ends before the image is complete
    PIC_ERR_UNSUPPORTED = 3,  ///< valid, but a variant this code does not decode
    PIC_ERR_NOMEM = 4,        ///< an allocation failed
    PIC_ERR_ARGUMENT = 5      ///< the caller passed inconsistent sizes or buffers
} pic_status;

/// Length of the message buffers in this API.
#define PIC_MESSAGE_LEN 160

/// An RGBA8 image owned by C (malloc'd); width/height in pixels, rows packed (stride 4*width).
typedef struct {
    int width;
    int height;
    unsigned char *pixels;
} pic_image;

/// Releases a buffer returned by this API (NULL is allowed).
void pic_free(void *pointer);

// MARK: JPEG via libjpeg-turbo

/// Reads the JPEG header: full size in pixels, component count and whether it is progressive.
int pic_jpeg_info(const uint8_t *data, size_t length, int *width, int *height,
                  int *components, int *progressive, char *message);

/// Size of the output of pic_jpeg_decode_into at 1/scale_denom scale (scale_denom in 1, 2, 4, 8).
int pic_jpeg_scaled_size(const uint8_t *data, size_t length, int scale_denom,
                         int *width, int *height, char *message);

/// Decodes a JPEG at 1/scale_denom scale into `rgba`, which must hold exactly
/// width*height*4 bytes for the size reported by pic_jpeg_scaled_size. CMYK/YCCK are converted
/// to RGB. A file that ends early gives PIC_ERR_TRUNCATED.
int pic_jpeg_decode_into(const uint8_t *data, size_t length, int scale_denom,
                         unsigned char *rgba, int width, int height, char *message);

/// What a JPEG's header and marker structure say about the cost of decoding it, found without
/// decoding any entropy-coded data (so it is cheap even for a hostile file).
typedef struct {
    int width, height;         ///< full size in pixels
    int components;            ///< colour components (1, 3 or 4)
    int progressive;           ///< 1 for a progressive (SOF2) file
    int scans;                 ///< start-of-scan markers in the whole file
    size_t coefficient_bytes;  ///< libjpeg's whole-image coefficient buffer (progressive files)
    size_t dc_bytes;           ///< peak working memory of pic_jpeg_dc_decode, output included
} pic_jpeg_survey_result;

/// Reads the header with libjpeg, then walks every marker segment to the end of the data
/// (skipping entropy-coded bytes with memchr) to count the scans.
int pic_jpeg_survey(const uint8_t *data, size_t length, pic_jpeg_survey_result *out, char *message);

/// Decodes a progressive JPEG at 1/8 scale with libjpeg's buffered-image mode, stopping after
/// the first (DC) scan. Kept to compare against pic_jpeg_dc_decode in benchmarks.
int pic_jpeg_decode_first_scan(const uint8_t *data, size_t length, pic_image *out,
                               char *message);

/// Our own DC-only decoder: produces the 1/8-scale image (one pixel per 8x8 block, chroma
/// replicated, libjpeg's colour arithmetic) from the DC coefficients of baseline or progressive
/// Huffman JPEGs in greyscale, YCbCr, RGB, CMYK or YCCK (Adobe inverted CMYK, converted to RGB
/// as pic_jpeg_decode_into does). For progressive files it reads the DC first scan(s) and DC
/// refinement scans and skips AC scans unread; for baseline files it decodes Huffman symbols but
/// skips AC values and does no IDCT. Anything unusual (arithmetic coding, 12-bit, odd sampling,
/// corrupt or truncated data, bad restart markers) returns a failure status so the caller can
/// fall back to libjpeg.
int pic_jpeg_dc_decode(const uint8_t *data, size_t length, pic_image *out, char *message);

/// Chroma subsampling choices for pic_jpeg_encode.
typedef enum { PIC_SUBSAMPLE_444 = 0, PIC_SUBSAMPLE_422 = 1, PIC_SUBSAMPLE_420 = 2 } pic_subsampling;

/// Encodes RGBA8 (alpha ignored) as JPEG. quality 1...100; progressive uses libjpeg's
/// jpeg_simple_progression; restart_interval in MCUs (0 = none); grayscale writes one component;
/// app1/app1_length (may be NULL/0) is written as an APP1 segment (e.g. "Exif\0\0" + TIFF).
/// On success *out is a malloc'd buffer of *out_length bytes.
int pic_jpeg_encode(const unsigned char *rgba, int width, int height, int quality,
                    int progressive, int subsampling, int restart_interval, int grayscale,
                    const uint8_t *app1, size_t app1_length,
                    uint8_t **out, size_t *out_length, char *message);

// MARK: PNG, GIF, BMP via stb_image

/// Header of a PNG/GIF/BMP: size in pixels, and whether samples are 16-bit.
int pic_stb_info(const uint8_t *data, size_t length, int *width, int *height, int *is16,
                 char *message);

/// Decodes the first image of a PNG/GIF/BMP to RGBA8. 16-bit PNGs are rounded to 8 bits
/// (v*255/65535, nearest) instead of truncated.
int pic_stb_decode(const uint8_t *data, size_t length, pic_image *out, char *message);

/// Encodes RGBA8 as PNG with `channels` in 1 (grey), 2 (grey+alpha), 3 (RGB), 4 (RGBA);
/// the input is always RGBA8 and is reduced (grey takes the red channel).
int pic_png_encode(const unsigned char *rgba, int width, int height, int channels,
                   uint8_t **out, size_t *out_length, char *message);

/// Encodes RGBA8 as an uncompressed 24-bit BMP (alpha dropped).
int pic_bmp_encode(const unsigned char *rgba, int width, int height,
                   uint8_t **out, size_t *out_length, char *message);

// MARK: WebP via libwebp

/// WebP header: size in pixels and whether it has alpha or animation.
int pic_webp_info(const uint8_t *data, size_t length, int *width, int *height, int *has_alpha,
                  int *animated, char *message);

/// Decodes a still WebP (lossy or lossless) to RGBA8.
int pic_webp_decode(const uint8_t *data, size_t length, pic_image *out, char *message);

/// Encodes RGBA8 as WebP: lossless when quality < 0, otherwise lossy at quality 0...100.
int pic_webp_encode(const unsigned char *rgba, int width, int height, float quality,
                    uint8_t **out, size_t *out_length, char *message);

#endif
