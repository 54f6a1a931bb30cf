#ifndef PALETTE_CIMAGECODECS_H
#define PALETTE_CIMAGECODECS_H
// C wrappers around libjpeg-turbo, stb_image and libwebp that never exit the process.
#endif
