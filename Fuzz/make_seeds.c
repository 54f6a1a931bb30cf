// Writes the seed corpus of the fuzz targets into Fuzz/corpus (committed; rerun with
// `make fuzz-seeds` after changing this file). Small files of every format and variant the
// readers handle: baseline, progressive, greyscale, CMYK and restart-marker JPEGs; PNGs of
// several colour types and depths; GIF, BMP, lossy and lossless WebP; safetensors; CSV; hex.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>
#include <stb/stb_image_write.h>
#include <webp/encode.h>

static const char *root;

static void put(const char *target, const char *name, const void *data, size_t length) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s/%s", root, target, name);
    FILE *file = fopen(path, "wb");
    if (!file || fwrite(data, 1, length, file) != length) { perror(path); exit(1); }
    fclose(file);
}

static void put_text(const char *target, const char *name, const char *text) { put(target, name, text, strlen(text)); }

/// A 24x16 gradient with four bands, RGBA.
static unsigned char *gradient(int w, int h) {
    unsigned char *p = malloc((size_t)w * h * 4);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            unsigned char *q = p + 4 * (y * w + x);
            q[0] = (unsigned char)(x * 255 / (w - 1)); q[1] = (unsigned char)(y * 255 / (h - 1));
            q[2] = (unsigned char)((x + y) * 8); q[3] = (unsigned char)(x < w / 2 ? 255 : 128);
        }
    return p;
}

static void jpeg(const char *name, int w, int h, J_COLOR_SPACE space, int progressive, int restart, int h0, int v0) {
    struct jpeg_compress_struct c;
    struct jpeg_error_mgr err;
    unsigned char *out = NULL;
    unsigned long length = 0;
    c.err = jpeg_std_error(&err);
    jpeg_create_compress(&c);
    jpeg_mem_dest(&c, &out, &length);
    c.image_width = (JDIMENSION)w;
    c.image_height = (JDIMENSION)h;
    int components = space == JCS_GRAYSCALE ? 1 : space == JCS_CMYK ? 4 : 3;
    c.input_components = components;
    c.in_color_space = space;
    jpeg_set_defaults(&c);
    if (space == JCS_CMYK) jpeg_set_colorspace(&c, JCS_YCCK);
    jpeg_set_quality(&c, 60, TRUE);
    if (components >= 3) { c.comp_info[0].h_samp_factor = h0; c.comp_info[0].v_samp_factor = v0; }
    c.restart_interval = (unsigned)restart;
    if (progressive) jpeg_simple_progression(&c);
    jpeg_start_compress(&c, TRUE);
    unsigned char *rgba = gradient(w, h), *row = malloc((size_t)w * 4);
    while (c.next_scanline < c.image_height) {
        for (int x = 0; x < w; x++)
            for (int k = 0; k < components; k++) row[x * components + k] = rgba[4 * (c.next_scanline * w + x) + k];
        JSAMPROW rows[1] = {row};
        jpeg_write_scanlines(&c, rows, 1);
    }
    jpeg_finish_compress(&c);
    jpeg_destroy_compress(&c);
    put("image", name, out, length);
    put("jpeg_dc", name, out, length);
    free(out); free(rgba); free(row);
}

/// stb_image_write callback: appends to a buffer written out by stb_put.
static unsigned char sink[65536];
static size_t sink_length;
static void stb_sink(void *context, void *data, int size) {
    (void)context;
    if (sink_length + (size_t)size <= sizeof sink) memcpy(sink + sink_length, data, (size_t)size);
    sink_length += (size_t)size;
}
static void stb_put(const char *name) {
    put("image", name, sink, sink_length);
    sink_length = 0;
}

int main(int argc, char **argv) {
    root = argc > 1 ? argv[1] : "Fuzz/corpus";
    jpeg("baseline-420.jpg", 24, 16, JCS_RGB, 0, 0, 2, 2);
    jpeg("baseline-444-restart.jpg", 24, 16, JCS_RGB, 0, 2, 1, 1);
    jpeg("progressive-422.jpg", 24, 16, JCS_RGB, 1, 0, 2, 1);
    jpeg("progressive-grey.jpg", 17, 9, JCS_GRAYSCALE, 1, 0, 1, 1);
    jpeg("progressive-ycck.jpg", 16, 16, JCS_CMYK, 1, 0, 1, 1);
    jpeg("baseline-ycck.jpg", 16, 8, JCS_CMYK, 0, 0, 1, 1);

    unsigned char *rgba = gradient(24, 16);
    stbi_write_png_to_func(stb_sink, NULL, 24, 16, 4, rgba, 24 * 4);
    stb_put("rgba.png");
    stbi_write_png_to_func(stb_sink, NULL, 24, 16, 1, rgba, 24);
    stb_put("grey.png");
    stbi_write_bmp_to_func(stb_sink, NULL, 24, 16, 3, rgba);
    stb_put("rgb.bmp");
    uint8_t *webp = NULL;
    size_t size = WebPEncodeRGBA(rgba, 24, 16, 24 * 4, 50, &webp);
    put("image", "lossy.webp", webp, size);
    WebPFree(webp);
    size = WebPEncodeLosslessRGBA(rgba, 24, 16, 24 * 4, &webp);
    put("image", "lossless.webp", webp, size);
    WebPFree(webp);
    free(rgba);
    // A 2x2 GIF: header, a 4-colour table, one image with LZW minimum code size 2.
    static const unsigned char gif[] = {
        'G', 'I', 'F', '8', '9', 'a', 2, 0, 2, 0, 0x81, 0, 0,
        255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255,
        0x2C, 0, 0, 0, 0, 2, 0, 2, 0, 0, 2, 3, 0x44, 0x34, 0x05, 0, 0x3B};
    put("image", "tiny.gif", gif, sizeof gif);

    // safetensors: one F32 tensor with metadata, and one F64 tensor.
    const char *header = "{\"__metadata__\":{\"format_version\":\"1\",\"config\":\"{}\"},"
                         "\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                         "\"d\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[8,16]}}";
    size_t n = strlen(header);
    unsigned char file[512] = {0};
    for (int i = 0; i < 8; i++) file[i] = (unsigned char)(n >> (8 * i));
    memcpy(file + 8, header, n);
    float w[2] = {1.5f, -2.0f};
    double d = 0.25;
    memcpy(file + 8 + n, w, 8);
    memcpy(file + 16 + n, &d, 8);
    put("safetensors", "two-tensors.safetensors", file, 24 + n);

    put_text("csv", "palettes.csv", "c1,c2,c3,c4,c5\n#112233,#445566,#778899,#aabbcc,#ddeeff\n\"#000\",#fff,#f00,#0f0,#00f\n");
    put_text("csv", "pairs.csv", "image,c1,c2,c3,c4,c5\nbeach.jpg,#112233,#445566,#778899,#aabbcc,#ddeeff\n\"a,b.png\",#000,#111,#222,#333,#444\n");
    put_text("hex", "codes.txt", "#12ab34 #FFF,0a0b0c\t#000000");
    return 0;
}
