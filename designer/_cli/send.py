"""`card-designer send` (placeholder until implemented)."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*")


def run(args: argparse.Namespace) -> int:
    print("card-designer send: not implemented yet", file=sys.stderr)
    return 2
