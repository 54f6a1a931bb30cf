// Intentionally empty: the shim is header-only; this file gives SwiftPM a compilation unit.
#include "CBLAS.h"
