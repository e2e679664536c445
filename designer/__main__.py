"""``python -m designer`` runs the same entry point as ``card-designer``."""

from designer.cli import main

raise SystemExit(main())
