#ifndef PALETTE_CNCURSES_SHIM_H
#define PALETTE_CNCURSES_SHIM_H
// Wide-character ncurses; macros that Swift cannot import are wrapped as inline functions here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#endif
