"""Times keys to frames in legit's explorer on one essay, against less on the same file, in one run.

Both programs run on a pseudo-terminal of 120x40. legit opens ESSAY, is left to read the whole
file and its argument (SETTLE seconds, default 8), then is sent SETUP (for example `:fn 1\\r`, to
select footnote 1) and then KEYS one at a time. Each key is timed from its write to the end of the
screen's answer: the last byte before the terminal goes quiet for 150 ms, so a key whose frame
comes in pieces is timed to its last piece. less is sent `j` and Space the same number of times.
Runs alternate between the two programs; prints medians per key, the slowest key a run, and the
ratio of legit's median key to less's.
Usage: python3 key_frame.py LEGIT_BINARY ESSAY KEYS [SETUP] [RUNS]
KEYS and SETUP take \\r (Enter), \\t (Tab) and \\x1b (Esc) escapes.
"""
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from search_keys import drain, key, start, stop  # noqa: E402


def decode(text):
    return text.encode().decode("unicode_escape").encode()


def main():
    legit, essay, keys = sys.argv[1], sys.argv[2], decode(sys.argv[3])
    setup = decode(sys.argv[4]) if len(sys.argv) > 4 else b""
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 5
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LESS="", XDG_STATE_HOME="/tmp/legit-bench-state",
               COLUMNS="120", LINES="40")
    settle = float(os.environ.get("SETTLE", "8"))
    legit_keys, legit_worst, less_keys = [], [], []
    by_key = {}
    for _ in range(runs):
        pid, fd = start([legit, "open", essay], env, settle=settle, size=(40, 120))
        for byte in setup:
            os.write(fd, bytes([byte]))
            drain(fd, first_timeout=30)
        times = [key(fd, bytes([byte])) for byte in keys]
        stop(pid, fd, b"\x1bq")
        legit_keys.extend(times)
        for byte, time in zip(keys, times):
            by_key.setdefault(chr(byte), []).append(time)
        legit_worst.append(max(times))
        pid, fd = start(["less", essay], env, settle=0.5, size=(40, 120))
        less_keys.extend(key(fd, b"j" if index % 2 == 0 else b" ") for index in range(len(keys)))
        stop(pid, fd, b"q")
    shown = sys.argv[3] + (f" after {sys.argv[4]}" if len(sys.argv) > 4 else "")
    print(f"legit: a key of {shown}, median of {len(legit_keys)}: {statistics.median(legit_keys):.1f} ms; "
          f"slowest key a run, median of {runs}: {statistics.median(legit_worst):.1f} ms")
    print("legit by key (median ms): " + ", ".join(f"{name!r} {statistics.median(values):.1f}" for name, values in by_key.items()))
    print(f"less: j or Space, median of {len(less_keys)}: {statistics.median(less_keys):.1f} ms")
    print(f"ratio legit / less, median key: {statistics.median(legit_keys) / statistics.median(less_keys):.2f}")


if __name__ == "__main__":
    main()
