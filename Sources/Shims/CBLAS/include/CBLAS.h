#ifndef PALETTE_CBLAS_H
#define PALETTE_CBLAS_H
// GEMM and friends: OpenBLAS on Linux, Accelerate on Apple platforms, behind one CBLAS interface.
#if defined(__APPLE__)
#define ACCELERATE_NEW_LAPACK 1
#include <Accelerate/Accelerate.h>
#else
#include <cblas.h>
#endif
#endif
