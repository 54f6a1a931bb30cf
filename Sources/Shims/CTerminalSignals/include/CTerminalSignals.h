#ifndef PALETTE_CTERMINALSIGNALS_H
#define PALETTE_CTERMINALSIGNALS_H
// SIGINT, SIGTERM and SIGHUP for the explorer, through a self-pipe: the handler records the
// signal and writes one byte to a non-blocking pipe, so a thread waiting in poll() on the
// terminal and on palette_signals_fd() wakes at once. The state lives in signals.c (one copy
// per process), not in a header: a `static` variable in a header would exist once per
// compilation unit that includes it.

/// Installs the handlers (replacing any inherited disposition, including "ignore"), unblocks
/// the three signals in the calling thread, and opens the pipe. Returns 0, or -1 with errno
/// set when the pipe cannot be made. Calling it twice without palette_signals_release is a no-op.
int palette_signals_install(void);

/// Restores the dispositions and signal mask saved by palette_signals_install and closes the
/// pipe.
void palette_signals_release(void);

/// The read end of the pipe (readable once a signal has arrived), or -1 when not installed.
int palette_signals_fd(void);

/// Returns and clears the last signal caught (0 when none), draining the pipe.
int palette_signals_take(void);

/// Bytes waiting to be read on `fd` (FIONREAD), or -1 when the descriptor cannot tell.
int palette_pending_bytes(int fd);

/// Opens a pseudo-terminal pair (controlling side, terminal side in raw mode, as the explorer
/// sets it), neither becoming the controlling terminal. Returns 0, or -1 with errno set. For tests of terminal hang-ups.
int palette_open_pseudo_terminal(int *controller, int *terminal);

#endif
