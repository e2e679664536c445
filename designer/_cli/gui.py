"""``card-designer [FILE] [--sandbox]``: open the designer window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="card-designer", description="Open the Card Designer window.")
    parser.add_argument("file", nargs="?", help="a card JSON file to open")
    parser.add_argument("--sandbox", action="store_true", help="start the built-in sandbox and use it")
    parser.parse_args(list(argv))
    print("card-designer: the window is not implemented yet", file=sys.stderr)
    return 2
