#ifndef LEGIT_CNCURSES_SHIM_H
#define LEGIT_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

// Swift cannot import these macros; wrap each as a function.
static inline attr_t legit_a_bold(void) { return A_BOLD; }
static inline attr_t legit_a_reverse(void) { return A_REVERSE; }
static inline attr_t legit_a_underline(void) { return A_UNDERLINE; }
static inline attr_t legit_a_dim(void) { return A_DIM; }
static inline attr_t legit_a_italic(void) {
#ifdef A_ITALIC
    return A_ITALIC;
#else
    return A_UNDERLINE;
#endif
}
static inline attr_t legit_a_normal(void) { return A_NORMAL; }
static inline WINDOW *legit_stdscr(void) { return stdscr; }
static inline int legit_lines(void) { return LINES; }
static inline int legit_cols(void) { return COLS; }
static inline int legit_colors(void) { return COLORS; }
static inline int legit_key_f(int n) { return KEY_F(n); }
static inline mmask_t legit_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t legit_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t legit_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t legit_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t legit_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t legit_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t legit_button5_pressed(void) { return 0; }
#endif
static inline int legit_color_pair(int n) { return COLOR_PAIR(n); }

/// Draws one cell: a wide-character string with attributes and a colour pair.
static inline int legit_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// Sets the attributes and colour pair for the text drawn next.
static inline void legit_set_attributes(attr_t attrs, short pair) { attr_set(attrs, pair, NULL); }

static inline int legit_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
