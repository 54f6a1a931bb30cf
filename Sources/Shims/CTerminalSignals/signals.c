// Self-pipe signal catching for the explorer (see CTerminalSignals.h).
#define _XOPEN_SOURCE 600
#define _DEFAULT_SOURCE 1
#include "CTerminalSignals.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

static const int caught_signals[] = {SIGINT, SIGTERM, SIGHUP};
#define SIGNAL_COUNT (sizeof caught_signals / sizeof caught_signals[0])

static volatile sig_atomic_t last_signal = 0;
static int pipe_fds[2] = {-1, -1};
static struct sigaction saved_actions[SIGNAL_COUNT];
static sigset_t saved_mask;
static int installed = 0;

static void on_signal(int number) {
    int saved_errno = errno;
    last_signal = number;
    if (pipe_fds[1] >= 0) {
        char byte = (char)number;
        ssize_t ignored = write(pipe_fds[1], &byte, 1);  // a full pipe already wakes the reader
        (void)ignored;
    }
    errno = saved_errno;
}

static int set_flags(int fd) {
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) return -1;
    int fdflags = fcntl(fd, F_GETFD);
    if (fdflags < 0 || fcntl(fd, F_SETFD, fdflags | FD_CLOEXEC) < 0) return -1;
    return 0;
}

int palette_signals_install(void) {
    if (installed) return 0;
    if (pipe(pipe_fds) != 0) return -1;
    if (set_flags(pipe_fds[0]) != 0 || set_flags(pipe_fds[1]) != 0) {
        int saved_errno = errno;
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        pipe_fds[0] = pipe_fds[1] = -1;
        errno = saved_errno;
        return -1;
    }
    last_signal = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigset_t unblock;
    sigemptyset(&unblock);
    for (size_t i = 0; i < SIGNAL_COUNT; i++) {
        sigaction(caught_signals[i], &action, &saved_actions[i]);
        sigaddset(&unblock, caught_signals[i]);
    }
    // A parent that started us with these signals blocked (some test runners and launchers
    // do) would otherwise leave kill and a closed terminal without effect.
    pthread_sigmask(SIG_UNBLOCK, &unblock, &saved_mask);
    installed = 1;
    return 0;
}

void palette_signals_release(void) {
    if (!installed) return;
    for (size_t i = 0; i < SIGNAL_COUNT; i++) sigaction(caught_signals[i], &saved_actions[i], NULL);
    pthread_sigmask(SIG_SETMASK, &saved_mask, NULL);
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    pipe_fds[0] = pipe_fds[1] = -1;
    installed = 0;
}

int palette_signals_fd(void) { return installed ? pipe_fds[0] : -1; }

int palette_signals_take(void) {
    if (pipe_fds[0] >= 0) {
        char buffer[64];
        while (read(pipe_fds[0], buffer, sizeof buffer) > 0) {}
    }
    int number = last_signal;
    last_signal = 0;
    return number;
}

int palette_pending_bytes(int fd) {
    int available = 0;
    return ioctl(fd, FIONREAD, &available) == 0 ? available : -1;
}

int palette_open_pseudo_terminal(int *controller, int *terminal) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0) return -1;
    const char *name = NULL;
    if (grantpt(master) != 0 || unlockpt(master) != 0 || (name = ptsname(master)) == NULL) {
        close(master);
        return -1;
    }
    int slave = open(name, O_RDWR | O_NOCTTY);
    if (slave < 0) {
        close(master);
        return -1;
    }
    struct termios modes;
    if (tcgetattr(slave, &modes) == 0) {
        cfmakeraw(&modes);
        tcsetattr(slave, TCSANOW, &modes);
    }
    *controller = master;
    *terminal = slave;
    return 0;
}
