"""Times a search typed into a large essay, key by key, legit's explorer against less, in one run.

Both programs run on a pseudo-terminal of 100x30. legit searches as each key is typed, so every key
of `/QUERY` and its Enter are timed from its write to the end of the screen's answer (the last byte before the
terminal goes quiet); less searches on Enter, so its Enter is timed the same way. Runs alternate
between the programs; prints medians (legit: per key, and the slowest key) and the ratio of legit's
slowest key to less's Enter.
Usage: python3 search_keys.py LEGIT_BINARY ESSAY [QUERY] [RUNS]
"""
import os
import pty
import select
import statistics
import struct
import sys
import fcntl
import termios
import time

QUIET = 0.15


def drain(fd, until_quiet=QUIET, first_timeout=15.0):
    """Reads until nothing comes for `until_quiet` seconds; returns the time of the last byte read."""
    last = None
    timeout = first_timeout
    while True:
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return last
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return last
        if not chunk:
            return last
        last = time.perf_counter()
        timeout = until_quiet


def start(argv, env, settle, size=(30, 100)):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[0], size[1], 0, 0))
    drain(fd)
    # Let a program that reads the rest of the file, and indexes it, finish before keys are timed.
    deadline = time.perf_counter() + settle
    while time.perf_counter() < deadline:
        drain(fd, until_quiet=0.05, first_timeout=0.05)
    return pid, fd


def key(fd, data):
    sent = time.perf_counter()
    os.write(fd, data)
    last = drain(fd, first_timeout=20)
    return ((last or sent) - sent) * 1000


def stop(pid, fd, data):
    os.write(fd, data)
    drain(fd, first_timeout=1)
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)


def main():
    legit, essay = sys.argv[1], sys.argv[2]
    query = sys.argv[3] if len(sys.argv) > 3 else "veto"
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LESS="", XDG_STATE_HOME="/tmp/legit-bench-state")
    legit_keys, legit_worst, legit_enter, less_enter = [], [], [], []
    for _ in range(runs):
        pid, fd = start([legit, "open", essay], env, settle=float(os.environ.get("SETTLE", "8")))
        times = [key(fd, ch.encode()) for ch in "/" + query]
        legit_enter.append(key(fd, b"\r"))
        stop(pid, fd, b"\x1bq")
        legit_keys.extend(times[1:])
        legit_worst.append(max(times[1:]))
        pid, fd = start(["less", essay], env, settle=0.5)
        for ch in "/" + query:
            os.write(fd, ch.encode())
            drain(fd, first_timeout=1)
        less_enter.append(key(fd, b"\r"))
        stop(pid, fd, b"q")
    print(f"legit: a key of /{query}, median of {len(legit_keys)}: {statistics.median(legit_keys):.1f} ms; "
          f"slowest key a run, median of {runs}: {statistics.median(legit_worst):.1f} ms (each less {QUIET * 1000:.0f} ms of quiet)")
    print(f"legit: Enter after /{query}, median of {runs}: {statistics.median(legit_enter):.1f} ms")
    print(f"less: Enter after /{query}, median of {runs}: {statistics.median(less_enter):.1f} ms")
    print(f"ratio legit slowest key / less Enter: {statistics.median(legit_worst) / statistics.median(less_enter):.2f}")


if __name__ == "__main__":
    main()
