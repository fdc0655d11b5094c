"""``python -m factex`` runs the command line."""

import os
import signal
import sys

try:
    from factex.cli import run
except KeyboardInterrupt:  # Ctrl-C before the command line could catch it
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    print("factex: interrupted", file=sys.stderr)
    os._exit(130)
run()
