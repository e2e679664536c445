"""PyInstaller entry point: the frozen app runs the same ``main`` as the ``card-designer`` command.

A separate file (rather than ``designer/__main__.py``) so PyInstaller analyses ``designer`` as an
installed package, exactly as ``pip install`` lays it out.
"""

import sys

from designer.cli import main

if __name__ == "__main__":
    sys.exit(main())
