#include "CImageCodecs.h"
#include <stdlib.h>

void pic_free(void *pointer) { free(pointer); }
