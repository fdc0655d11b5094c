"""``python -m factex`` runs the command line."""

from factex.cli import main

raise SystemExit(main())
