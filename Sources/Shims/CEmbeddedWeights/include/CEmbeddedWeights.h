// The trained weights files built into the executable (see README.md in this directory).
#ifndef PALETTE_C_EMBEDDED_WEIGHTS_H
#define PALETTE_C_EMBEDDED_WEIGHTS_H

#include <stddef.h>

/// First byte of the embedded `assets/palette-vae.safetensors`; NULL when it was not built in.
const unsigned char *palette_embedded_vae_bytes(void);
/// Size in bytes of the embedded VAE weights; 0 when they were not built in.
size_t palette_embedded_vae_count(void);

/// First byte of the embedded `assets/palette-vaegan.safetensors`; NULL when it was not built in.
const unsigned char *palette_embedded_vaegan_bytes(void);
/// Size in bytes of the embedded VAE-GAN weights; 0 when they were not built in.
size_t palette_embedded_vaegan_count(void);

/// The absolute path the weights were (or would have been) embedded from, for messages.
const char *palette_embedded_vae_source_path(void);
/// The absolute path the VAE-GAN weights were (or would have been) embedded from.
const char *palette_embedded_vaegan_source_path(void);

#endif
