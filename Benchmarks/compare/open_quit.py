"""Times opening an essay and quitting, legit's explorer against less, side by side in one run.

Each run starts the program on a pseudo-terminal of 100x30, waits until it has drawn its first
screen (MARKER, the essay's title by default, appears), sends `q`, and waits for the exit. Runs
alternate between the two programs; prints medians of the time to the first screen and to the exit,
and the ratios.
Usage: python3 open_quit.py LEGIT_BINARY ESSAY [RUNS] [MARKER]
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


def run_once(argv, marker, env):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    seen = b""
    sent = False
    first = None
    while True:
        ready, _, _ = select.select([fd], [], [], 10)
        if not ready:
            os.kill(pid, 9)
            raise RuntimeError(f"{argv[0]} did not draw {marker!r}")
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if not sent and marker in seen:
            first = (time.perf_counter() - start) * 1000
            os.write(fd, b"q")
            sent = True
    os.waitpid(pid, 0)
    os.close(fd)
    return first, (time.perf_counter() - start) * 1000


def main():
    legit, essay = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    marker = sys.argv[4].encode() if len(sys.argv) > 4 else b"Legitimacy"
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LESS="", XDG_STATE_HOME="/tmp/legit-bench-state")
    programs = [("less", ["less", essay]), ("legit", [legit, "open", essay])]
    for _, argv in programs:
        run_once(argv, marker, env)  # warm the page cache
    # Interleaved, so both programs meet the same load on a shared machine.
    firsts = {name: [] for name, _ in programs}
    totals = {name: [] for name, _ in programs}
    for _ in range(runs):
        for name, argv in programs:
            first, total = run_once(argv, marker, env)
            firsts[name].append(first)
            totals[name].append(total)
    for name, _ in programs:
        print(f"{name}: first screen, median of {runs}: {statistics.median(firsts[name]):.1f} ms; "
              f"open to first screen and quit: {statistics.median(totals[name]):.1f} ms")
    print(f"ratio legit/less: first screen {statistics.median(firsts['legit']) / statistics.median(firsts['less']):.2f}, "
          f"open and quit {statistics.median(totals['legit']) / statistics.median(totals['less']):.2f}")


if __name__ == "__main__":
    main()
