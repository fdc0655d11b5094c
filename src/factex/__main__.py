"""``python -m factex`` runs the command line."""

import signal
import sys

try:
    from factex.cli import main

    code = main()
except KeyboardInterrupt:  # Ctrl-C before the command line could catch it
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    print("factex: interrupted", file=sys.stderr)
    code = 130
raise SystemExit(code)
