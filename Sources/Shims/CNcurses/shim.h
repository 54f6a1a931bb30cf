#ifndef PALETTE_CNCURSES_SHIM_H
#define PALETTE_CNCURSES_SHIM_H
// Wide-character ncurses for Swift. Macros that Swift cannot import are wrapped as inline
// functions, and C globals are read through getters (Swift 6 rejects direct use of mutable
// globals). Only the ExplorerTerminal target uses this module.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <string.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// MARK: Process

// glibc's mallopt(M_ARENA_MAX, count) (see AllocatorArenas.swift); nothing elsewhere.
#if defined(__GLIBC__)
#include <malloc.h>
static inline void palette_limit_malloc_arenas(int count) { (void)mallopt(M_ARENA_MAX, count); }
#else
static inline void palette_limit_malloc_arenas(int count) { (void)count; }
#endif

// MARK: Globals

static inline WINDOW *palette_stdscr(void) { return stdscr; }
static inline int palette_colors(void) { return COLORS; }
static inline int palette_color_pairs(void) { return COLOR_PAIRS; }
static inline TERMINAL *palette_cur_term(void) { return cur_term; }

// MARK: Macros

static inline void palette_getmaxyx(WINDOW *win, int *out_rows, int *out_columns) {
    int y, x;
    getmaxyx(win, y, x);
    *out_rows = y;
    *out_columns = x;
}

static inline attr_t palette_a_normal(void) { return A_NORMAL; }
static inline attr_t palette_a_bold(void) { return A_BOLD; }
static inline attr_t palette_a_underline(void) { return A_UNDERLINE; }
static inline attr_t palette_a_reverse(void) { return A_REVERSE; }
static inline attr_t palette_a_dim(void) { return A_DIM; }

static inline mmask_t palette_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int palette_mouse_is_button1(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int palette_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int palette_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

// MARK: Cells

/// Draws one single-column glyph at the cursor with attributes and a colour pair of any number
/// (COLOR_PAIR() only holds 8 bits, so the pair goes through setcchar's opts pointer).
static inline int palette_add_cell(WINDOW *win, wchar_t glyph, attr_t attributes, int pair) {
    cchar_t cell;
    wchar_t text[2] = { glyph, 0 };
    if (setcchar(&cell, text, attributes, 0, &pair) != OK) return ERR;
    return wadd_wch(win, &cell);
}

/// Reads back the cell at (row, column): its glyph, attributes and colour pair.
static inline int palette_read_cell(WINDOW *win, int at_row, int at_column, wchar_t *glyph, attr_t *attributes, int *pair) {
    cchar_t cell;
    wchar_t text[CCHARW_MAX + 1];
    short shortPair = 0;
    if (mvwin_wch(win, at_row, at_column, &cell) != OK) return ERR;
    *pair = 0;
    if (getcchar(&cell, text, attributes, &shortPair, pair) == ERR) return ERR;
    *glyph = text[0];
    return OK;
}

// MARK: terminfo (the prototypes take non-const strings in some versions)

static inline int palette_tigetflag(const char *name) { return tigetflag((char *)name); }
static inline int palette_tigetnum(const char *name) { return tigetnum((char *)name); }

/// Loads a terminal description without creating a screen, to read its capabilities.
/// Returns OK, or ERR when the terminal is unknown; never prints or exits.
static inline int palette_probe_terminal(const char *name, int fd, int *out_colors, int *out_rgb, int *out_ccc) {
    int error = 0;
    TERMINAL *saved = cur_term;
    if (setupterm((char *)name, fd, &error) != OK) {
        set_curterm(saved);
        return ERR;
    }
    TERMINAL *probe = cur_term;
    *out_colors = tigetnum((char *)"colors");
    *out_rgb = tigetflag((char *)"RGB");
    *out_ccc = tigetflag((char *)"ccc");
    set_curterm(saved);
    del_curterm(probe);
    return OK;
}

#endif
