// libFuzzer's entry point, forwarding to one of the Swift entry points of PaletteFuzz, chosen
// at compile time with -DFUZZ_ENTRY=palette_fuzz_NAME (see the Makefile's fuzz targets).
#include <stddef.h>
#include <stdint.h>

int FUZZ_ENTRY(const uint8_t *data, ptrdiff_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return FUZZ_ENTRY(data, (ptrdiff_t)size);
}
