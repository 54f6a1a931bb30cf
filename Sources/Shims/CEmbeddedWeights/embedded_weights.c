// Embeds the trained weights files with the assembler's .incbin, so that `palette` runs from
// any directory without looking for files. Package.swift passes the absolute file paths as
// PALETTE_VAE_PATH / PALETTE_VAEGAN_PATH; a file is embedded only when it exists when this file
// is compiled (PALETTE_EMBED_VAE / PALETTE_EMBED_VAEGAN below), so the package builds (with
// empty accessors) without them. The check is made here rather than in the manifest because
// SwiftPM caches the manifest's evaluation and would keep a define for a file since removed.
//
// SwiftPM does not see a weights file that appears after this file was compiled: touch this file
// or clean the build (`make build` does it whenever assets/ changes; see README.md).
#include "CEmbeddedWeights.h"

#ifndef PALETTE_VAE_PATH
#define PALETTE_VAE_PATH ""
#endif
#ifndef PALETTE_VAEGAN_PATH
#define PALETTE_VAEGAN_PATH ""
#endif

#if defined(__has_include)
#if __has_include(PALETTE_VAE_PATH)
#define PALETTE_EMBED_VAE 1
#endif
#if __has_include(PALETTE_VAEGAN_PATH)
#define PALETTE_EMBED_VAEGAN 1
#endif
#endif

#if defined(__APPLE__)
// Mach-O: read-only data lives in __DATA,__const, and C symbols carry a leading underscore.
#define PALETTE_SECTION "__DATA,__const"
#define PALETTE_SYMBOL(name) "_" #name
#define PALETTE_HIDE(name) ".private_extern " PALETTE_SYMBOL(name) "\n"
#else
// ELF: plain read-only data, hidden so the symbols never clash with another library's.
#define PALETTE_SECTION ".rodata"
#define PALETTE_SYMBOL(name) #name
#define PALETTE_HIDE(name) ".hidden " PALETTE_SYMBOL(name) "\n"
#endif

// Defines `begin` at the first byte of `file` and `end` just past its last byte, 16-byte aligned.
#define PALETTE_INCBIN(begin, end, file)                     \
    __asm__(".pushsection " PALETTE_SECTION "\n"             \
            ".globl " PALETTE_SYMBOL(begin) "\n"             \
            PALETTE_HIDE(begin)                              \
            ".globl " PALETTE_SYMBOL(end) "\n"               \
            PALETTE_HIDE(end)                                \
            ".balign 16\n"                                   \
            PALETTE_SYMBOL(begin) ":\n"                      \
            ".incbin \"" file "\"\n"                         \
            PALETTE_SYMBOL(end) ":\n"                        \
            ".byte 0\n"                                      \
            ".popsection\n")

#ifdef PALETTE_EMBED_VAE
PALETTE_INCBIN(palette_vae_weights_begin, palette_vae_weights_end, PALETTE_VAE_PATH);
extern const unsigned char palette_vae_weights_begin[];
extern const unsigned char palette_vae_weights_end[];
const unsigned char *palette_embedded_vae_bytes(void) { return palette_vae_weights_begin; }
size_t palette_embedded_vae_count(void) { return (size_t)(palette_vae_weights_end - palette_vae_weights_begin); }
#else
const unsigned char *palette_embedded_vae_bytes(void) { return NULL; }
size_t palette_embedded_vae_count(void) { return 0; }
#endif

#ifdef PALETTE_EMBED_VAEGAN
PALETTE_INCBIN(palette_vaegan_weights_begin, palette_vaegan_weights_end, PALETTE_VAEGAN_PATH);
extern const unsigned char palette_vaegan_weights_begin[];
extern const unsigned char palette_vaegan_weights_end[];
const unsigned char *palette_embedded_vaegan_bytes(void) { return palette_vaegan_weights_begin; }
size_t palette_embedded_vaegan_count(void) { return (size_t)(palette_vaegan_weights_end - palette_vaegan_weights_begin); }
#else
const unsigned char *palette_embedded_vaegan_bytes(void) { return NULL; }
size_t palette_embedded_vaegan_count(void) { return 0; }
#endif

const char *palette_embedded_vae_source_path(void) { return PALETTE_VAE_PATH; }
const char *palette_embedded_vaegan_source_path(void) { return PALETTE_VAEGAN_PATH; }
