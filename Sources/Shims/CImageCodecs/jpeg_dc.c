// A small DC-only JPEG decoder producing the 1/8-scale image directly (see CImageCodecs.h).
//
// The DC coefficient of an 8x8 block is 8x the block's mean sample (minus 128), so the DC
// terms alone give the image at 1/8 scale, which is what libjpeg's 1/8-scale IDCT outputs.
// Progressive files carry all DC terms in their first scan(s) plus one-bit refinement scans,
// so the expensive AC scans can be skipped without entropy-decoding them. Every read is
// bounds-checked; any surprise returns a failure so the caller falls back to libjpeg.
#include "CImageCodecs.h"
#include "codec_util.h"

#include <stdlib.h>
#include <string.h>

#define DC_FAST_BITS 9
#define DC_MAX_COMPONENTS 4

#define DC_DIFF_BITS 11

typedef struct {
    uint16_t fast[1 << DC_FAST_BITS]; // (length << 8) | symbol for codes up to DC_FAST_BITS
    // For DC tables: code and magnitude bits together in at most DC_DIFF_BITS bits, as
    // (total length << 16) | (uint16_t)difference; 0 when the slow path is needed.
    uint32_t diff[1 << DC_DIFF_BITS];
    int32_t maxcode[18];              // largest code of each length, -1 if none
    int32_t valptr[17];               // index into values of the first code of each length
    int32_t mincode[17];
    uint8_t values[256];
    int defined;
} dc_huffman;

typedef struct {
    int id, h, v, tq;
    int dc_table, ac_table;
    int blocks_w, blocks_h;  // allocated block grid (padded to whole MCUs)
    int used_w, used_h;      // blocks covering the component's own samples
    int32_t *dc;             // blocks_w * blocks_h DC coefficients
    int quant;               // DC quantiser latched at the component's first scan
    int have_dc;             // the DC first scan has been read
    int dc_al;               // remaining point transform of the DC values
    int pred;
} dc_component;

/// The colour space of the components, as libjpeg would read it.
typedef enum { DC_GREY, DC_YCBCR, DC_RGB, DC_CMYK, DC_YCCK } dc_colour;

typedef struct {
    const uint8_t *data, *end;
    dc_colour colour;
    int width, height, ncomp, progressive, hmax, vmax, mcus_x, mcus_y;
    int restart_interval, adobe, adobe_transform;
    int quant[4], quant_defined[4];
    dc_huffman dc_tables[4], ac_tables[4];
    dc_component comp[DC_MAX_COMPONENTS];
    char *message;
} dc_decoder;

typedef struct {
    const uint8_t *p, *end;
    uint64_t bits;
    int nbits;
    int at_marker;     // stopped at a marker (or the end); zeros are fed from here on
    int phantom_bits;  // zero bits fed past the end of the entropy data
} dc_bits;

static int dc_fail(dc_decoder *d, int status, const char *why) {
    pic_set_message(d->message, why);
    return status;
}

/// Counts 8 zero bits fed past the end. Any count above the 64 bits the buffer holds already
/// means "unsound", so it stops growing there (it cannot overflow).
static inline void dc_add_phantom(dc_bits *b) {
    if (b->phantom_bits < 128) b->phantom_bits += 8;
}

static inline void dc_fill(dc_bits *b) {
    while (b->nbits <= 56) {
        uint32_t byte = 0;
        if (!b->at_marker && b->p < b->end) {
            byte = *b->p;
            if (byte == 0xFF) {
                if (b->p + 1 < b->end && b->p[1] == 0x00) {
                    b->p += 2;
                } else {
                    b->at_marker = 1;
                    byte = 0;
                    dc_add_phantom(b);
                }
            } else {
                b->p++;
            }
        } else {
            b->at_marker = 1;
            dc_add_phantom(b);
        }
        b->bits |= (uint64_t)byte << (56 - b->nbits);
        b->nbits += 8;
    }
}

/// True when no bit past the end of the entropy-coded segment has been consumed.
static inline int dc_bits_sound(const dc_bits *b) { return b->nbits >= b->phantom_bits; }

static inline uint32_t dc_get(dc_bits *b, int n) {
    uint32_t v = (uint32_t)(b->bits >> (64 - n));
    b->bits <<= n;
    b->nbits -= n;
    return v;
}

static inline int32_t dc_extend(uint32_t v, int s) {
    return (v < (1u << (s - 1))) ? (int32_t)v - (int32_t)((1u << s) - 1) : (int32_t)v;
}

/// Decodes one Huffman symbol; needs at least 16 bits buffered. Returns -1 for a bad code.
static inline int dc_symbol(dc_bits *b, const dc_huffman *t) {
    uint32_t peek = (uint32_t)(b->bits >> (64 - DC_FAST_BITS));
    uint16_t e = t->fast[peek];
    if (e) {
        int len = e >> 8;
        b->bits <<= len;
        b->nbits -= len;
        return e & 0xFF;
    }
    uint32_t code16 = (uint32_t)(b->bits >> 48);
    for (int len = DC_FAST_BITS + 1; len <= 16; len++) {
        int32_t code = (int32_t)(code16 >> (16 - len));
        if (code <= t->maxcode[len]) {
            int index = t->valptr[len] + code - t->mincode[len];
            if (index < 0 || index > 255) return -1;
            b->bits <<= len;
            b->nbits -= len;
            return t->values[index];
        }
    }
    return -1;
}

static int dc_build_table(dc_huffman *t, const uint8_t counts[16], const uint8_t *values,
                          int total) {
    memset(t, 0, sizeof *t);
    memcpy(t->values, values, (size_t)total);
    int32_t code = 0;
    int k = 0;
    for (int len = 1; len <= 16; len++) {
        int n = counts[len - 1];
        t->valptr[len] = k;
        t->mincode[len] = code;
        t->maxcode[len] = n ? code + n - 1 : -1;
        for (int i = 0; i < n; i++, k++, code++) {
            if (code >= (1 << len)) return 0;  // over-subscribed code lengths
            if (len <= DC_FAST_BITS) {
                int shift = DC_FAST_BITS - len;
                for (int j = 0; j < (1 << shift); j++) {
                    t->fast[(code << shift) | j] = (uint16_t)((len << 8) | values[k]);
                }
            }
        }
        code <<= 1;
    }
    t->maxcode[17] = 0x7FFFFFFF;
    t->defined = 1;
    // Combined entries for DC difference decoding (only meaningful for DC tables).
    code = 0;
    k = 0;
    for (int len = 1; len <= 16; len++) {
        for (int i = 0; i < counts[len - 1]; i++, k++, code++) {
            int size = values[k];
            if (size > 11 || len + size > DC_DIFF_BITS) continue;
            for (uint32_t extra = 0; extra < (1u << size); extra++) {
                int32_t diff = size ? dc_extend(extra, size) : 0;
                uint32_t prefix = ((uint32_t)code << size) | extra;
                int shift = DC_DIFF_BITS - len - size;
                uint32_t entry = ((uint32_t)(len + size) << 16) | (uint16_t)(int16_t)diff;
                for (uint32_t j = 0; j < (1u << shift); j++) t->diff[(prefix << shift) | j] = entry;
            }
        }
        code <<= 1;
    }
    return 1;
}

static inline int dc_u16(const uint8_t *p) { return (p[0] << 8) | p[1]; }

static int dc_read_dht(dc_decoder *d, const uint8_t *p, int len) {
    while (len > 0) {
        if (len < 17) return 0;
        int tc = p[0] >> 4, th = p[0] & 15;
        if (tc > 1 || th > 3) return 0;
        int total = 0;
        for (int i = 0; i < 16; i++) total += p[1 + i];
        if (total > 256 || 17 + total > len) return 0;
        dc_huffman *t = tc == 0 ? &d->dc_tables[th] : &d->ac_tables[th];
        if (!dc_build_table(t, p + 1, p + 17, total)) return 0;
        p += 17 + total;
        len -= 17 + total;
    }
    return 1;
}

static int dc_read_dqt(dc_decoder *d, const uint8_t *p, int len) {
    while (len > 0) {
        int pq = p[0] >> 4, tq = p[0] & 15;
        if (pq > 1 || tq > 3) return 0;
        int need = 1 + 64 * (pq + 1);
        if (len < need) return 0;
        d->quant[tq] = pq ? dc_u16(p + 1) : p[1];  // first entry in zigzag order is DC
        d->quant_defined[tq] = 1;
        p += need;
        len -= need;
    }
    return 1;
}

static int dc_read_sof(dc_decoder *d, const uint8_t *p, int len) {
    if (len < 6 || p[0] != 8) return 0;
    d->height = dc_u16(p + 1);
    d->width = dc_u16(p + 3);
    d->ncomp = p[5];
    if (d->width == 0 || d->height == 0) return 0;
    if (d->ncomp != 1 && d->ncomp != 3 && d->ncomp != 4) return 0;
    if (len < 6 + 3 * d->ncomp) return 0;
    d->hmax = d->vmax = 1;
    for (int c = 0; c < d->ncomp; c++) {
        dc_component *k = &d->comp[c];
        k->id = p[6 + 3 * c];
        k->h = p[7 + 3 * c] >> 4;
        k->v = p[7 + 3 * c] & 15;
        k->tq = p[8 + 3 * c];
        if (k->h < 1 || k->h > 4 || k->v < 1 || k->v > 4 || k->tq > 3) return 0;
        if (k->h > d->hmax) d->hmax = k->h;
        if (k->v > d->vmax) d->vmax = k->v;
    }
    if (d->ncomp == 1) {
        // A single component is always coded non-interleaved with 1x1 blocks of its own.
        d->comp[0].h = d->comp[0].v = d->hmax = d->vmax = 1;
    }
    d->mcus_x = (d->width + 8 * d->hmax - 1) / (8 * d->hmax);
    d->mcus_y = (d->height + 8 * d->vmax - 1) / (8 * d->vmax);
    for (int c = 0; c < d->ncomp; c++) {
        dc_component *k = &d->comp[c];
        if (d->hmax % k->h || d->vmax % k->v) return 0;  // fractional ratios: leave to libjpeg
        k->blocks_w = d->mcus_x * k->h;
        k->blocks_h = d->mcus_y * k->v;
        int samples_w = (d->width * k->h + d->hmax - 1) / d->hmax;
        int samples_h = (d->height * k->v + d->vmax - 1) / d->vmax;
        k->used_w = (samples_w + 7) / 8;
        k->used_h = (samples_h + 7) / 8;
        k->dc = calloc((size_t)k->blocks_w * k->blocks_h, sizeof(int32_t));
        if (!k->dc) return -1;
    }
    return 1;
}

/// Reads the restart marker expected after an interval and resets the bit reader.
static int dc_restart(dc_bits *b, int *next_rst) {
    if (!dc_bits_sound(b)) return 0;
    const uint8_t *p = b->p;
    while (p + 1 < b->end && p[0] == 0xFF && p[1] == 0xFF) p++;
    if (p + 1 >= b->end || p[0] != 0xFF || p[1] != 0xD0 + *next_rst) return 0;
    b->p = p + 2;
    b->bits = 0;
    b->nbits = 0;
    b->at_marker = 0;
    b->phantom_bits = 0;
    *next_rst = (*next_rst + 1) & 7;
    return 1;
}

/// Skips entropy-coded data from p to the next marker that is not a restart marker.
static const uint8_t *dc_skip_entropy(const uint8_t *p, const uint8_t *end) {
    while (p < end) {
        const uint8_t *ff = memchr(p, 0xFF, (size_t)(end - p));
        if (!ff || ff + 1 >= end) return end;
        uint8_t next = ff[1];
        if (next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7)) {
            p = ff + 1;
            continue;
        }
        return ff;
    }
    return end;
}

int pic_jpeg_count_scans(const uint8_t *data, size_t length) {
    const uint8_t *p = data, *end = data + length;
    if (length < 4 || p[0] != 0xFF || p[1] != 0xD8) return -1;
    p += 2;
    int scans = 0;
    while (p < end) {
        if (p[0] != 0xFF) return -1;
        while (p < end && p[0] == 0xFF) p++;
        if (p >= end) break;
        int marker = *p++;
        if (marker == 0xD9) break;
        if (marker >= 0xD0 && marker <= 0xD7) continue;
        if (end - p < 2) break;
        int len = dc_u16(p);
        if (len < 2 || end - p < len) break;
        p += len;
        if (marker == 0xDA) {
            scans++;
            p = dc_skip_entropy(p, end);
        }
    }
    return scans;
}

typedef enum { SCAN_DC_FIRST, SCAN_DC_REFINE, SCAN_SEQUENTIAL } dc_scan_kind;

/// Decodes one block's worth of bits for `k` according to the scan kind.
static inline __attribute__((always_inline)) int dc_block(dc_decoder *d, dc_bits *b, dc_component *k, int32_t *slot,
                           dc_scan_kind kind, int al) {
    if (b->nbits < 32) dc_fill(b);
    if (kind == SCAN_DC_REFINE) {
        if (dc_get(b, 1)) *slot |= (int32_t)(1u << al);
        return 1;
    }
    const dc_huffman *t = &d->dc_tables[k->dc_table];
    uint32_t e = t->diff[b->bits >> (64 - DC_DIFF_BITS)];
    if (e) {
        int len = (int)(e >> 16);
        b->bits <<= len;
        b->nbits -= len;
        k->pred = (int32_t)((uint32_t)k->pred + (uint32_t)(int32_t)(int16_t)(e & 0xFFFF));
    } else {
        int s = dc_symbol(b, t);
        if (s < 0 || s > 11) return 0;
        if (s) k->pred = (int32_t)((uint32_t)k->pred + (uint32_t)dc_extend(dc_get(b, s), s));
    }
    *slot = (int32_t)((uint32_t)k->pred << al);
    if (kind == SCAN_SEQUENTIAL) {
        const dc_huffman *ac = &d->ac_tables[k->ac_table];
        for (int i = 1; i < 64;) {
            if (b->nbits < 32) dc_fill(b);
            int rs = dc_symbol(b, ac);
            if (rs < 0) return 0;
            int r = rs >> 4, size = rs & 15;
            if (size) {
                i += r;
                b->bits <<= size;
                b->nbits -= size;
                i++;
            } else if (r == 15) {
                i += 16;
            } else {
                break;
            }
            if (i > 64) return 0;
        }
    }
    return 1;
}

/// Decodes a scan's entropy data starting at *pos; on success *pos is the next marker.
static int dc_decode_scan(dc_decoder *d, const uint8_t **pos, dc_component **scomp, int ns,
                          dc_scan_kind kind, int al) {
    dc_bits b = {.p = *pos, .end = d->end};
    int next_rst = 0, since_restart = 0;
    for (int i = 0; i < ns; i++) scomp[i]->pred = 0;
    if (ns == 1) {
        dc_component *k = scomp[0];
        for (int by = 0; by < k->used_h; by++) {
            // Data that ended early is refused at the row where it ends, not after decoding
            // zeros for the rest of a (possibly huge) frame.
            if (!dc_bits_sound(&b)) return 0;
            for (int bx = 0; bx < k->used_w; bx++) {
                if (d->restart_interval && since_restart == d->restart_interval) {
                    if (!dc_restart(&b, &next_rst)) return 0;
                    since_restart = 0;
                    k->pred = 0;
                }
                if (!dc_block(d, &b, k, &k->dc[(size_t)by * k->blocks_w + bx], kind, al)) return 0;
                since_restart++;
            }
        }
    } else {
        for (int my = 0; my < d->mcus_y; my++) {
            if (!dc_bits_sound(&b)) return 0;
            for (int mx = 0; mx < d->mcus_x; mx++) {
                if (d->restart_interval && since_restart == d->restart_interval) {
                    if (!dc_restart(&b, &next_rst)) return 0;
                    since_restart = 0;
                    for (int i = 0; i < ns; i++) scomp[i]->pred = 0;
                }
                for (int i = 0; i < ns; i++) {
                    dc_component *k = scomp[i];
                    for (int v = 0; v < k->v; v++) {
                        int32_t *row = &k->dc[(size_t)(my * k->v + v) * k->blocks_w + mx * k->h];
                        for (int h = 0; h < k->h; h++) {
                            if (!dc_block(d, &b, k, &row[h], kind, al)) return 0;
                        }
                    }
                }
                since_restart++;
            }
        }
    }
    if (!dc_bits_sound(&b)) return 0;
    *pos = dc_skip_entropy(b.p, d->end);
    return 1;
}

static int dc_read_sos(dc_decoder *d, const uint8_t *p, int len, const uint8_t **pos, int *done) {
    if (d->ncomp == 0 || len < 1) return 0;
    int ns = p[0];
    if (ns < 1 || ns > d->ncomp || len < 1 + 2 * ns + 3) return 0;
    dc_component *scomp[DC_MAX_COMPONENTS];
    for (int i = 0; i < ns; i++) {
        int id = p[1 + 2 * i];
        scomp[i] = NULL;
        for (int c = 0; c < d->ncomp; c++) {
            if (d->comp[c].id == id) scomp[i] = &d->comp[c];
        }
        if (!scomp[i]) return 0;
        for (int j = 0; j < i; j++) {
            if (scomp[j] == scomp[i]) return 0;
        }
        scomp[i]->dc_table = p[2 + 2 * i] >> 4;
        scomp[i]->ac_table = p[2 + 2 * i] & 15;
        if (scomp[i]->dc_table > 3 || scomp[i]->ac_table > 3) return 0;
    }
    const uint8_t *q = p + 1 + 2 * ns;
    int ss = q[0], se = q[1], ah = q[2] >> 4, al = q[2] & 15;
    int blocks_in_mcu = 0;
    for (int i = 0; i < ns; i++) blocks_in_mcu += scomp[i]->h * scomp[i]->v;
    if (ns > 1 && blocks_in_mcu > 10) return 0;

    dc_scan_kind kind;
    if (!d->progressive) {
        if (ss != 0 || se != 63 || ah != 0 || al != 0) return 0;
        kind = SCAN_SEQUENTIAL;
    } else if (ss == 0) {
        if (se != 0 || al > 13) return 0;
        kind = ah == 0 ? SCAN_DC_FIRST : SCAN_DC_REFINE;
    } else {
        *pos = dc_skip_entropy(*pos, d->end);  // an AC scan: not needed at 1/8 scale
        return 1;
    }
    for (int i = 0; i < ns; i++) {
        dc_component *k = scomp[i];
        if (kind == SCAN_DC_REFINE) {
            if (!k->have_dc || ah != k->dc_al || al != ah - 1) return 0;
        } else {
            if (k->have_dc) return 0;
            if (!d->dc_tables[k->dc_table].defined) return 0;
            if (kind == SCAN_SEQUENTIAL && !d->ac_tables[k->ac_table].defined) return 0;
            if (!d->quant_defined[k->tq]) return 0;
            k->quant = d->quant[k->tq];
        }
    }
    if (!dc_decode_scan(d, pos, scomp, ns, kind, al)) return 0;
    for (int i = 0; i < ns; i++) {
        scomp[i]->have_dc = 1;
        scomp[i]->dc_al = al;
    }
    *done = 1;
    for (int c = 0; c < d->ncomp; c++) {
        if (!d->comp[c].have_dc || d->comp[c].dc_al != 0) *done = 0;
    }
    return 1;
}

/// Walks the marker segments to EOI, decoding what the DC terms need.
static int dc_parse(dc_decoder *d) {
    const uint8_t *p = d->data;
    if (d->end - p < 4 || p[0] != 0xFF || p[1] != 0xD8) {
        return dc_fail(d, PIC_ERR_CORRUPT, "not a JPEG");
    }
    p += 2;
    int saw_frame = 0, done = 0;
    // After the DC terms are complete the remaining segments are still walked (AC scans are
    // skipped with memchr) so that a file cut short is reported like libjpeg reports it.
    for (;;) {
        if (p >= d->end) return dc_fail(d, PIC_ERR_TRUNCATED, "JPEG ends early");
        if (p[0] != 0xFF) return dc_fail(d, PIC_ERR_CORRUPT, "expected a marker");
        while (p < d->end && p[0] == 0xFF) p++;
        if (p >= d->end) return dc_fail(d, PIC_ERR_TRUNCATED, "JPEG ends early");
        int marker = *p++;
        if (marker == 0xD9) break;                   // EOI
        if (marker >= 0xD0 && marker <= 0xD7) continue;  // stray RST: tolerated
        if (d->end - p < 2) return dc_fail(d, PIC_ERR_TRUNCATED, "JPEG ends early");
        int len = dc_u16(p) - 2;
        if (len < 0) return dc_fail(d, PIC_ERR_CORRUPT, "bad segment length");
        const uint8_t *body = p + 2;
        if (d->end - body < len) return dc_fail(d, PIC_ERR_TRUNCATED, "JPEG ends early");
        p = body + len;
        switch (marker) {
        case 0xC0: case 0xC1: case 0xC2: {
            if (saw_frame) return dc_fail(d, PIC_ERR_CORRUPT, "two frames");
            saw_frame = 1;
            d->progressive = marker == 0xC2;
            int r = dc_read_sof(d, body, len);
            if (r < 0) return dc_fail(d, PIC_ERR_NOMEM, "out of memory");
            if (r == 0) return dc_fail(d, PIC_ERR_UNSUPPORTED, "frame not handled by the DC decoder");
            break;
        }
        case 0xC3: case 0xC5: case 0xC6: case 0xC7: case 0xC9: case 0xCA: case 0xCB:
        case 0xCD: case 0xCE: case 0xCF:
            return dc_fail(d, PIC_ERR_UNSUPPORTED, "lossless, hierarchical or arithmetic JPEG");
        case 0xC4:
            if (!dc_read_dht(d, body, len)) return dc_fail(d, PIC_ERR_CORRUPT, "bad Huffman table");
            break;
        case 0xDB:
            if (!dc_read_dqt(d, body, len)) return dc_fail(d, PIC_ERR_CORRUPT, "bad quantisation table");
            break;
        case 0xDD:
            if (len < 2) return dc_fail(d, PIC_ERR_CORRUPT, "bad restart interval");
            d->restart_interval = dc_u16(body);
            break;
        case 0xEE:
            if (len >= 12 && memcmp(body, "Adobe", 5) == 0) {
                d->adobe = 1;
                d->adobe_transform = body[11];
            }
            break;
        case 0xDA:
            if (!saw_frame) return dc_fail(d, PIC_ERR_CORRUPT, "scan before frame");
            if (done) {
                p = dc_skip_entropy(p, d->end);  // later scans: only check the file is whole
            } else if (!dc_read_sos(d, body, len, &p, &done)) {
                return dc_fail(d, PIC_ERR_CORRUPT, "scan not decodable by the DC decoder");
            }
            break;
        default:
            break;  // APPn, COM, DNL and others carry nothing needed here
        }
    }
    if (!done) return dc_fail(d, PIC_ERR_TRUNCATED, "DC coefficients incomplete");
    return PIC_OK;
}

static inline unsigned char dc_clamp(int v) {
    return (unsigned char)(v < 0 ? 0 : (v > 255 ? 255 : v));
}

/// The 1/8-scale sample of block `dc` with DC quantiser q, as libjpeg's 1x1 IDCT computes it.
static inline int dc_sample(int32_t dc, int q) {
    int64_t v = ((int64_t)dc * q + 4) >> 3;
    v += 128;
    return v < 0 ? 0 : (v > 255 ? 255 : (int)v);
}

/// Per-axis map from a grid subsampled by `factor` to full resolution. Interpolating: output i
/// samples grid position (i + 0.5) / factor - 0.5 (clamped to 0 ... used - 1), blending i0 and
/// i1 with weight w1 / 256 on i1. Otherwise each grid value is repeated `factor` times.
static void dc_axis(int out_count, int factor, int used, int interpolate, int *i0, int *i1, int *w1) {
    for (int i = 0; i < out_count; i++) {
        if (!interpolate) {
            int a = i / factor;
            i0[i] = i1[i] = a < used ? a : used - 1;
            w1[i] = 0;
            continue;
        }
        int num = 2 * i + 1 - factor;   // position * 2 * factor
        int den = 2 * factor;
        int base = num >= 0 ? num / den : -((-num + den - 1) / den);
        int frac = (int)(((int64_t)(num - base * den) * 256 + den / 2) / den);
        int a = base < 0 ? 0 : (base >= used ? used - 1 : base);
        int b = base + 1 < 0 ? 0 : (base + 1 >= used ? used - 1 : base + 1);
        i0[i] = a;
        i1[i] = b;
        w1[i] = frac;
    }
}

/// Writes one component's samples at full output resolution into `plane` (ow x oh bytes).
/// Chroma subsampled 2x both ways (4:2:0) is interpolated linearly between block centres:
/// libjpeg reconstructs it at 1/8 scale with a 2x2 IDCT from AC terms we do not read, and
/// interpolation is the closer estimate of that gradient. Other ratios are repeated, as
/// libjpeg's 1/8-scale upsampling does.
static int dc_plane(dc_decoder *d, dc_component *k, unsigned char *plane, int ow, int oh) {
    int fx = d->hmax / k->h, fy = d->vmax / k->v;
    if (fx == 1 && fy == 1) {
        for (int y = 0; y < oh; y++) {
            const int32_t *row = k->dc + (size_t)y * k->blocks_w;
            unsigned char *o = plane + (size_t)y * ow;
            for (int x = 0; x < ow; x++) o[x] = (unsigned char)dc_sample(row[x], k->quant);
        }
        return 1;
    }
    size_t cells = (size_t)k->used_w * k->used_h;
    unsigned char *grid = malloc(cells);
    int *ax = malloc(sizeof(int) * 3 * (size_t)(ow + oh));
    if (!grid || !ax) {
        free(grid);
        free(ax);
        return 0;
    }
    for (int y = 0; y < k->used_h; y++) {
        for (int x = 0; x < k->used_w; x++) {
            grid[(size_t)y * k->used_w + x] =
                (unsigned char)dc_sample(k->dc[(size_t)y * k->blocks_w + x], k->quant);
        }
    }
    int *x0 = ax, *x1 = ax + ow, *wx = ax + 2 * ow;
    int *y0 = ax + 3 * ow, *y1 = y0 + oh, *wy = y1 + oh;
    int interpolate = fx == 2 && fy == 2;
    dc_axis(ow, fx, k->used_w, interpolate, x0, x1, wx);
    dc_axis(oh, fy, k->used_h, interpolate, y0, y1, wy);
    for (int y = 0; y < oh; y++) {
        const unsigned char *ra = grid + (size_t)y0[y] * k->used_w;
        const unsigned char *rb = grid + (size_t)y1[y] * k->used_w;
        int b = wy[y], a = 256 - b;
        unsigned char *o = plane + (size_t)y * ow;
        for (int x = 0; x < ow; x++) {
            int top = ra[x0[x]] * (256 - wx[x]) + ra[x1[x]] * wx[x];
            int bottom = rb[x0[x]] * (256 - wx[x]) + rb[x1[x]] * wx[x];
            o[x] = (unsigned char)((top * a + bottom * b + 32768) >> 16);
        }
    }
    free(grid);
    free(ax);
    return 1;
}

/// Writes the RGBA output with libjpeg's fixed-point YCbCr->RGB tables (16 fraction bits).
static int dc_emit(dc_decoder *d, pic_image *out) {
    int ow = (d->width + 7) / 8, oh = (d->height + 7) / 8;
    size_t count = (size_t)ow * oh;
    unsigned char *pixels = malloc(count * 4);
    unsigned char *planes = malloc(count * (size_t)d->ncomp);
    if (!pixels || !planes) {
        free(pixels);
        free(planes);
        return dc_fail(d, PIC_ERR_NOMEM, "out of memory");
    }
    for (int c = 0; c < d->ncomp; c++) {
        if (!dc_plane(d, &d->comp[c], planes + count * c, ow, oh)) {
            free(pixels);
            free(planes);
            return dc_fail(d, PIC_ERR_NOMEM, "out of memory");
        }
    }
    if (d->ncomp == 1) {
        for (size_t i = 0; i < count; i++) {
            pixels[4 * i] = pixels[4 * i + 1] = pixels[4 * i + 2] = planes[i];
            pixels[4 * i + 3] = 255;
        }
    } else if (d->colour == DC_RGB || d->colour == DC_CMYK) {
        const unsigned char *p0 = planes, *p1 = planes + count, *p2 = planes + 2 * count;
        const unsigned char *pk = d->colour == DC_CMYK ? planes + 3 * count : NULL;
        for (size_t i = 0; i < count; i++) {
            unsigned char rgb[3] = {p0[i], p1[i], p2[i]};
            for (int c = 0; c < 3; c++) {
                // Adobe CMYK stores inverted inks: RGB = C*K/255 (as pic_jpeg_decode_into).
                pixels[4 * i + c] = pk ? (unsigned char)((rgb[c] * pk[i] + 127) / 255) : rgb[c];
            }
            pixels[4 * i + 3] = 255;
        }
    } else {
        int cr_r[256], cb_b[256], cr_g[256], cb_g[256];
        const int32_t one_half = 1 << 15;
        for (int i = 0; i < 256; i++) {
            int32_t x = i - 128;
            cr_r[i] = (int)((91881 * x + one_half) >> 16);   // FIX(1.40200)
            cb_b[i] = (int)((116130 * x + one_half) >> 16);  // FIX(1.77200)
            cr_g[i] = -46802 * x;                            // -FIX(0.71414)
            cb_g[i] = -22554 * x + one_half;                 // -FIX(0.34414), rounding
        }
        const unsigned char *py = planes, *pb = planes + count, *pr = planes + 2 * count;
        const unsigned char *pk = d->colour == DC_YCCK ? planes + 3 * count : NULL;
        for (size_t i = 0; i < count; i++) {
            int yy = py[i], cb = pb[i], cr = pr[i];
            unsigned char rgb[3] = {dc_clamp(yy + cr_r[cr]), dc_clamp(yy + ((cb_g[cb] + cr_g[cr]) >> 16)),
                                    dc_clamp(yy + cb_b[cb])};
            for (int c = 0; c < 3; c++) {
                // YCCK: libjpeg gives inverted inks 255 - RGB with K, then RGB = C*K/255.
                pixels[4 * i + c] = pk ? (unsigned char)(((255 - rgb[c]) * pk[i] + 127) / 255) : rgb[c];
            }
            pixels[4 * i + 3] = 255;
        }
    }
    free(planes);
    out->width = ow;
    out->height = oh;
    out->pixels = pixels;
    return PIC_OK;
}

int pic_jpeg_dc_decode(const uint8_t *data, size_t length, pic_image *out, char *message) {
    out->pixels = NULL;
    dc_decoder *d = calloc(1, sizeof *d);
    if (!d) {
        pic_set_message(message, "out of memory");
        return PIC_ERR_NOMEM;
    }
    d->data = data;
    d->end = data + length;
    d->message = message;
    int status = dc_parse(d);
    if (status == PIC_OK) {
        // libjpeg's choice of colour space: three components are YCbCr unless an Adobe marker
        // says transform 0 or (without one) the ids spell R, G, B; four are YCCK with Adobe
        // transform 2 and CMYK otherwise.
        if (d->ncomp == 3) {
            int rgb_ids = d->comp[0].id == 'R' && d->comp[1].id == 'G' && d->comp[2].id == 'B';
            d->colour = (d->adobe && d->adobe_transform == 0) || (!d->adobe && rgb_ids) ? DC_RGB : DC_YCBCR;
        } else if (d->ncomp == 4) {
            d->colour = d->adobe && d->adobe_transform == 2 ? DC_YCCK : DC_CMYK;
        }
    }
    if (status == PIC_OK) status = dc_emit(d, out);
    for (int c = 0; c < DC_MAX_COMPONENTS; c++) free(d->comp[c].dc);
    free(d);
    return status;
}
