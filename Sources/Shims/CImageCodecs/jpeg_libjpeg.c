// libjpeg-turbo behind a setjmp error manager: its default handler prints and calls exit().
#include "CImageCodecs.h"
#include "codec_util.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>
#include <jerror.h>

/// Progressive files with more scans than this are refused (a known way to make decoders spin).
#define PIC_MAX_JPEG_SCANS 1000

typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf escape;
    int status;            // status to report when escaping
    int saw_premature_eof; // libjpeg warned that the data ended early
    char *message;
} pic_jpeg_error;

static void pic_jpeg_error_exit(j_common_ptr cinfo) {
    pic_jpeg_error *err = (pic_jpeg_error *)cinfo->err;
    if (err->message) {
        char buffer[JMSG_LENGTH_MAX];
        (*cinfo->err->format_message)(cinfo, buffer);
        pic_set_message(err->message, buffer);
    }
    if (err->status == PIC_OK) err->status = PIC_ERR_CORRUPT;
    longjmp(err->escape, 1);
}

static void pic_jpeg_emit_message(j_common_ptr cinfo, int level) {
    // level < 0 is a warning about corrupt data; trace messages (level >= 0) are ignored.
    if (level < 0 && cinfo->err->msg_code == JWRN_JPEG_EOF) {
        ((pic_jpeg_error *)cinfo->err)->saw_premature_eof = 1;
    }
}

static void pic_jpeg_output_message(j_common_ptr cinfo) { (void)cinfo; }

static void pic_jpeg_progress(j_common_ptr cinfo) {
    if (!cinfo->is_decompressor) return;
    j_decompress_ptr d = (j_decompress_ptr)cinfo;
    if (d->input_scan_number > PIC_MAX_JPEG_SCANS) {
        pic_jpeg_error *err = (pic_jpeg_error *)cinfo->err;
        pic_set_message(err->message, "too many progressive scans");
        err->status = PIC_ERR_CORRUPT;
        longjmp(err->escape, 1);
    }
}

static void pic_jpeg_setup_errors(pic_jpeg_error *err, char *message) {
    jpeg_std_error(&err->base);
    err->base.error_exit = pic_jpeg_error_exit;
    err->base.emit_message = pic_jpeg_emit_message;
    err->base.output_message = pic_jpeg_output_message;
    err->status = PIC_OK;
    err->saw_premature_eof = 0;
    err->message = message;
}

int pic_jpeg_survey(const uint8_t *data, size_t length, pic_jpeg_survey_result *out, char *message) {
    memset(out, 0, sizeof *out);
    struct jpeg_decompress_struct cinfo;
    pic_jpeg_error err;
    pic_jpeg_setup_errors(&err, message);
    cinfo.err = &err.base;
    if (setjmp(err.escape)) {
        jpeg_destroy_decompress(&cinfo);
        return err.saw_premature_eof ? PIC_ERR_TRUNCATED : err.status;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, data, (unsigned long)length);
    jpeg_read_header(&cinfo, TRUE);
    out->width = (int)cinfo.image_width;
    out->height = (int)cinfo.image_height;
    out->components = cinfo.num_components;
    out->progressive = cinfo.progressive_mode ? 1 : 0;
    // Blocks per component, padded to whole MCUs as both decoders allocate them.
    int hmax = 1, vmax = 1;
    for (int c = 0; c < cinfo.num_components; c++) {
        if (cinfo.comp_info[c].h_samp_factor > hmax) hmax = cinfo.comp_info[c].h_samp_factor;
        if (cinfo.comp_info[c].v_samp_factor > vmax) vmax = cinfo.comp_info[c].v_samp_factor;
    }
    size_t mcus_x = ((size_t)cinfo.image_width + 8 * (size_t)hmax - 1) / (8 * (size_t)hmax);
    size_t mcus_y = ((size_t)cinfo.image_height + 8 * (size_t)vmax - 1) / (8 * (size_t)vmax);
    size_t blocks = 0;
    for (int c = 0; c < cinfo.num_components; c++) {
        blocks += mcus_x * (size_t)cinfo.comp_info[c].h_samp_factor * mcus_y * (size_t)cinfo.comp_info[c].v_samp_factor;
    }
    out->coefficient_bytes = cinfo.progressive_mode ? blocks * 64 * sizeof(JCOEF) : 0;
    size_t small = (((size_t)cinfo.image_width + 7) / 8) * (((size_t)cinfo.image_height + 7) / 8);
    // DC terms (int32 per block), one plane per component and the RGBA output.
    out->dc_bytes = blocks * sizeof(int32_t) + small * ((size_t)cinfo.num_components + 4) + small;
    jpeg_destroy_decompress(&cinfo);
    out->scans = pic_jpeg_count_scans(data, length);
    if (out->scans < 0) out->scans = 0;
    return PIC_OK;
}

int pic_jpeg_info(const uint8_t *data, size_t length, int *width, int *height,
                  int *components, int *progressive, char *message) {
    pic_jpeg_survey_result survey;
    int status = pic_jpeg_survey(data, length, &survey, message);
    if (status != PIC_OK) return status;
    *width = survey.width;
    *height = survey.height;
    *components = survey.components;
    *progressive = survey.progressive;
    return PIC_OK;
}

/// Configures a decompressor that has read its header for RGBA (or CMYK) output at a scale.
static void pic_jpeg_configure(j_decompress_ptr cinfo, int scale_denom) {
    cinfo->scale_num = 1;
    cinfo->scale_denom = (unsigned int)scale_denom;
    if (cinfo->jpeg_color_space == JCS_CMYK || cinfo->jpeg_color_space == JCS_YCCK) {
        cinfo->out_color_space = JCS_CMYK;
    } else {
        cinfo->out_color_space = JCS_EXT_RGBA;
    }
}

static int pic_valid_scale(int scale_denom) {
    return scale_denom == 1 || scale_denom == 2 || scale_denom == 4 || scale_denom == 8;
}

int pic_jpeg_scaled_size(const uint8_t *data, size_t length, int scale_denom,
                         int *width, int *height, char *message) {
    if (!pic_valid_scale(scale_denom)) {
        pic_set_message(message, "scale must be 1/1, 1/2, 1/4 or 1/8");
        return PIC_ERR_ARGUMENT;
    }
    struct jpeg_decompress_struct cinfo;
    pic_jpeg_error err;
    pic_jpeg_setup_errors(&err, message);
    cinfo.err = &err.base;
    if (setjmp(err.escape)) {
        jpeg_destroy_decompress(&cinfo);
        return err.saw_premature_eof ? PIC_ERR_TRUNCATED : err.status;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, data, (unsigned long)length);
    jpeg_read_header(&cinfo, TRUE);
    pic_jpeg_configure(&cinfo, scale_denom);
    jpeg_calc_output_dimensions(&cinfo);
    *width = (int)cinfo.output_width;
    *height = (int)cinfo.output_height;
    jpeg_destroy_decompress(&cinfo);
    return PIC_OK;
}

/// Adobe CMYK JPEGs store inverted ink values; RGB = C*K/255 per channel on those values.
static void pic_cmyk_row_to_rgba(unsigned char *row, int width) {
    for (int x = 0; x < width; x++) {
        unsigned char *p = row + 4 * x;
        int k = p[3];
        p[0] = (unsigned char)((p[0] * k + 127) / 255);
        p[1] = (unsigned char)((p[1] * k + 127) / 255);
        p[2] = (unsigned char)((p[2] * k + 127) / 255);
        p[3] = 255;
    }
}

int pic_jpeg_decode_into(const uint8_t *data, size_t length, int scale_denom,
                         unsigned char *rgba, int width, int height, char *message) {
    if (!pic_valid_scale(scale_denom) || rgba == NULL) {
        pic_set_message(message, "bad scale or buffer");
        return PIC_ERR_ARGUMENT;
    }
    struct jpeg_decompress_struct cinfo;
    struct jpeg_progress_mgr progress = {0};
    pic_jpeg_error err;
    pic_jpeg_setup_errors(&err, message);
    cinfo.err = &err.base;
    if (setjmp(err.escape)) {
        jpeg_destroy_decompress(&cinfo);
        return err.saw_premature_eof ? PIC_ERR_TRUNCATED : err.status;
    }
    jpeg_create_decompress(&cinfo);
    progress.progress_monitor = pic_jpeg_progress;
    cinfo.progress = &progress;
    jpeg_mem_src(&cinfo, data, (unsigned long)length);
    jpeg_read_header(&cinfo, TRUE);
    pic_jpeg_configure(&cinfo, scale_denom);
    jpeg_calc_output_dimensions(&cinfo);
    if ((int)cinfo.output_width != width || (int)cinfo.output_height != height) {
        pic_set_message(message, "output buffer does not match the scaled size");
        jpeg_destroy_decompress(&cinfo);
        return PIC_ERR_ARGUMENT;
    }
    int cmyk = cinfo.out_color_space == JCS_CMYK;
    jpeg_start_decompress(&cinfo);
    size_t stride = (size_t)width * 4;
    while (cinfo.output_scanline < cinfo.output_height) {
        unsigned char *row = rgba + stride * cinfo.output_scanline;
        JSAMPROW rows[1] = {row};
        if (jpeg_read_scanlines(&cinfo, rows, 1) != 1) break;
        if (cmyk) pic_cmyk_row_to_rgba(row, width);
    }
    if (err.saw_premature_eof) {
        pic_set_message(message, "the JPEG data ends before the image is complete");
        jpeg_destroy_decompress(&cinfo);
        return PIC_ERR_TRUNCATED;
    }
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    if (err.saw_premature_eof) {
        pic_set_message(message, "the JPEG data ends before the image is complete");
        return PIC_ERR_TRUNCATED;
    }
    return PIC_OK;
}

int pic_jpeg_decode_first_scan(const uint8_t *data, size_t length, pic_image *out,
                               char *message) {
    out->pixels = NULL;
    struct jpeg_decompress_struct cinfo;
    pic_jpeg_error err;
    pic_jpeg_setup_errors(&err, message);
    cinfo.err = &err.base;
    unsigned char *volatile pixels = NULL;
    if (setjmp(err.escape)) {
        free(pixels);
        jpeg_destroy_decompress(&cinfo);
        return err.saw_premature_eof ? PIC_ERR_TRUNCATED : err.status;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, data, (unsigned long)length);
    jpeg_read_header(&cinfo, TRUE);
    if (!cinfo.progressive_mode) {
        pic_set_message(message, "not a progressive JPEG");
        jpeg_destroy_decompress(&cinfo);
        return PIC_ERR_UNSUPPORTED;
    }
    pic_jpeg_configure(&cinfo, 8);
    cinfo.buffered_image = TRUE;
    jpeg_start_decompress(&cinfo);
    // Consume input until the second scan begins, so scan 1 is complete.
    for (;;) {
        int r = jpeg_consume_input(&cinfo);
        if (r == JPEG_SUSPENDED || r == JPEG_REACHED_EOI) break;
        if (r == JPEG_REACHED_SOS && cinfo.input_scan_number >= 2) break;
    }
    jpeg_start_output(&cinfo, 1);
    int width = (int)cinfo.output_width, height = (int)cinfo.output_height;
    pixels = malloc((size_t)width * height * 4);
    if (!pixels) {
        pic_set_message(message, "out of memory");
        jpeg_destroy_decompress(&cinfo);
        return PIC_ERR_NOMEM;
    }
    int cmyk = cinfo.out_color_space == JCS_CMYK;
    while (cinfo.output_scanline < cinfo.output_height) {
        unsigned char *row = pixels + (size_t)width * 4 * cinfo.output_scanline;
        JSAMPROW rows[1] = {row};
        if (jpeg_read_scanlines(&cinfo, rows, 1) != 1) break;
        if (cmyk) pic_cmyk_row_to_rgba(row, width);
    }
    jpeg_abort_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    out->width = width;
    out->height = height;
    out->pixels = pixels;
    return PIC_OK;
}

int pic_jpeg_encode(const unsigned char *rgba, int width, int height, int quality,
                    int progressive, int subsampling, int restart_interval, int grayscale,
                    const uint8_t *app1, size_t app1_length,
                    uint8_t **out, size_t *out_length, char *message) {
    *out = NULL;
    *out_length = 0;
    if (width <= 0 || height <= 0 || width > 65500 || height > 65500 || rgba == NULL) {
        pic_set_message(message, "bad image size for JPEG");
        return PIC_ERR_ARGUMENT;
    }
    if (app1_length > 65533) {
        pic_set_message(message, "APP1 segment too long");
        return PIC_ERR_ARGUMENT;
    }
    struct jpeg_compress_struct cinfo;
    pic_jpeg_error err;
    pic_jpeg_setup_errors(&err, message);
    cinfo.err = &err.base;
    unsigned char *volatile buffer = NULL;
    unsigned long buffer_size = 0;
    unsigned char *volatile row = NULL;
    if (setjmp(err.escape)) {
        jpeg_destroy_compress(&cinfo);
        free(buffer);
        free(row);
        return err.status;
    }
    jpeg_create_compress(&cinfo);
    jpeg_mem_dest(&cinfo, (unsigned char **)&buffer, &buffer_size);
    cinfo.image_width = (JDIMENSION)width;
    cinfo.image_height = (JDIMENSION)height;
    cinfo.input_components = grayscale ? 1 : 4;
    cinfo.in_color_space = grayscale ? JCS_GRAYSCALE : JCS_EXT_RGBA;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality < 1 ? 1 : (quality > 100 ? 100 : quality), TRUE);
    if (!grayscale) {
        int h = subsampling == PIC_SUBSAMPLE_444 ? 1 : 2;
        int v = subsampling == PIC_SUBSAMPLE_420 ? 2 : 1;
        cinfo.comp_info[0].h_samp_factor = h;
        cinfo.comp_info[0].v_samp_factor = v;
        for (int c = 1; c < 3; c++) {
            cinfo.comp_info[c].h_samp_factor = 1;
            cinfo.comp_info[c].v_samp_factor = 1;
        }
    }
    cinfo.restart_interval = restart_interval > 0 ? (unsigned int)restart_interval : 0;
    if (progressive) jpeg_simple_progression(&cinfo);
    jpeg_start_compress(&cinfo, TRUE);
    if (app1 && app1_length > 0) {
        jpeg_write_marker(&cinfo, JPEG_APP0 + 1, app1, (unsigned int)app1_length);
    }
    if (grayscale) {
        row = malloc((size_t)width);
        if (!row) {
            pic_set_message(message, "out of memory");
            err.status = PIC_ERR_NOMEM;
            longjmp(err.escape, 1);
        }
    }
    while (cinfo.next_scanline < cinfo.image_height) {
        const unsigned char *src = rgba + (size_t)cinfo.next_scanline * width * 4;
        JSAMPROW rows[1];
        if (grayscale) {
            for (int x = 0; x < width; x++) row[x] = src[4 * x];
            rows[0] = row;
        } else {
            rows[0] = (JSAMPROW)src;
        }
        jpeg_write_scanlines(&cinfo, rows, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    free(row);
    *out = buffer;
    *out_length = buffer_size;
    return PIC_OK;
}
