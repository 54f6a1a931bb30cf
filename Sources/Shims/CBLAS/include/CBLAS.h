#ifndef PALETTE_CBLAS_H
#define PALETTE_CBLAS_H
// GEMM and friends: OpenBLAS on Linux, Accelerate on Apple platforms, behind one CBLAS interface.
#if defined(__APPLE__)
#define ACCELERATE_NEW_LAPACK 1
#include <Accelerate/Accelerate.h>
#else
#include <cblas.h>
#endif

/// Sets the number of threads the BLAS uses for one call (>= 1). OpenBLAS only; Accelerate
/// manages its own threads, so this is a no-op there.
static inline void palette_blas_set_threads(int count) {
#if defined(__APPLE__)
    (void)count;
#else
    openblas_set_num_threads(count);
#endif
}

/// The number of threads the BLAS uses; 1 where it cannot be queried (Accelerate).
static inline int palette_blas_get_threads(void) {
#if defined(__APPLE__)
    return 1;
#else
    return openblas_get_num_threads();
#endif
}
#endif
