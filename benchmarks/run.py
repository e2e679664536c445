"""Run every benchmark and print one table: median, min and max of repeated runs, with the
floors (what Python and a bare PySide6 window cost on this machine) measured in the same run.

Run: ``.venv/bin/python benchmarks/run.py [--quick] [--json OUT]``. ``--quick`` (fewer repeats,
fewer members) takes under a minute, the full run a few minutes. The table is Markdown, with
the machine (CPU, cores, RAM, Python, PySide6, load) on top, ready for the README.

``--json OUT`` writes the medians as one JSON object. Dotted names are nested objects:

    {"startup_s": 1.2, "startup_floor_s": 0.3, "cli_version_s": 0.2, "cli_validate_s": 0.6,
     "python_floor_s": 0.02, "peak_rss_mb": 130.0,
     "parse_lint_ms": {"example": 1.8, "limit": 60.0}, "render_ms": {...},
     "keystroke_to_preview_ms": {...}, "bulk_send": {"sends_per_second": 38.5, "rejected": 0},
     "bulk_send_multi_chat": {"sends_per_second": ..., "rejected": ...}}

Numbers to compare between commits and machines, never asserts. Everything runs offscreen, on
an empty profile, against the in-process sandbox.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runs from a checkout

from benchmarks import bench_bulk_send, bench_keystroke, bench_parse, bench_render, bench_startup
from benchmarks._common import EXAMPLE, Stats, isolated_profile, machine, qt_application, summarize
from designer.cards import parse


@dataclass(frozen=True, slots=True)
class Metric:
    key: str  # the JSON name; a dot nests
    what: str  # the table's description
    unit: str


BULK_LATENCY = 0.05  # seconds each sandbox send takes: a real network's round trip
MULTI_CHATS = 3  # chats the members of the multi-chat bulk send come from

# Every figure, in the table's order (a floor right after what it bounds).
METRICS: tuple[Metric, ...] = (
    Metric("startup_s", "window start: launch to a painted, idle main window", "s"),
    Metric("startup_floor_s", "floor: bare PySide6 QMainWindow, painted, quit when idle", "s"),
    Metric("peak_rss_mb", "peak RSS of the window start", "MB"),
    Metric("cli_version_s", "`card-designer --version`", "s"),
    Metric("cli_validate_s", "`card-designer validate` of the example card", "s"),
    Metric("python_floor_s", "floor: `python -c pass`", "s"),
    Metric("parse_lint_ms.example", "parse + lint, ephemeral example card", "ms"),
    Metric("parse_lint_ms.limit", "parse + lint, card near 30 KB", "ms"),
    Metric("render_ms.example", "render_image (build, layout, paint), example card", "ms"),
    Metric("render_ms.limit", "render_image, card near 30 KB", "ms"),
    Metric(
        "keystroke_to_preview_ms.example", "key press to repainted preview (debounce incl.), example", "ms"
    ),
    Metric("keystroke_to_preview_ms.limit", "key press to repainted preview, card near 30 KB", "ms"),
    Metric(
        "bulk_send.sends_per_second",
        f"bulk send, 1 chat, {BULK_LATENCY * 1000:.0f} ms latency (limit {bench_bulk_send.pace_limit(1)}/s)",
        "/s",
    ),
    Metric("bulk_send.rejected", "bulk send, 1 chat: sends the server rejected (429)", ""),
    Metric(
        "bulk_send_multi_chat.sends_per_second",
        f"bulk send, members of {MULTI_CHATS} chats at once (limit {bench_bulk_send.pace_limit(MULTI_CHATS)}/s)",
        "/s",
    ),
    Metric(
        "bulk_send_multi_chat.rejected",
        f"bulk send, {MULTI_CHATS} chats: sends the server rejected (429)",
        "",
    ),
)


@dataclass(frozen=True, slots=True)
class Plan:
    """How much to repeat: the full run, or ``--quick``."""

    name: str
    launches: int  # of each subprocess
    launch_warmup: int  # unmeasured launches first (the OS's file cache)
    parse_runs: tuple[int, int]  # example, limit
    render_runs: tuple[int, int]
    keystrokes: int
    bulk_runs: int
    bulk_members: int  # at most this many members of each chat
    bulk_latency: float = BULK_LATENCY
    multi_chats: int = MULTI_CHATS


FULL = Plan(
    "full",
    launches=10,
    launch_warmup=1,
    parse_runs=(300, 60),
    render_runs=(50, 20),
    keystrokes=20,
    bulk_runs=3,
    bulk_members=200,
)
QUICK = Plan(
    "quick",
    launches=2,
    launch_warmup=0,
    parse_runs=(30, 10),
    render_runs=(10, 5),
    keystrokes=3,
    bulk_runs=1,
    bulk_members=60,
)

# A benchmark measures some of METRICS' keys; what the reader must know about the figures
# (a measurement that could not be made as planned) goes into the notes under the table.
Bench = Callable[[Plan, list[str]], dict[str, Stats]]


def _subprocesses(plan: Plan, _notes: list[str]) -> dict[str, Stats]:
    with isolated_profile() as env:
        window = bench_startup.startup(plan.launches, env, plan.launch_warmup)
        figures = {"startup_s": window.seconds}
        for key, bench in (
            ("startup_floor_s", bench_startup.startup_floor),
            ("cli_version_s", bench_startup.cli_version),
            ("cli_validate_s", bench_startup.cli_validate),
            ("python_floor_s", bench_startup.python_floor),
        ):
            figures[key] = bench(plan.launches, env, plan.launch_warmup).seconds
    if window.peak_rss_mb is not None:
        figures["peak_rss_mb"] = window.peak_rss_mb
    return figures


def _cards() -> dict[str, str]:
    return {"example": EXAMPLE.read_text(encoding="utf-8"), "limit": bench_parse.large_card()}


def _parse(plan: Plan, _notes: list[str]) -> dict[str, Stats]:
    return {
        f"parse_lint_ms.{name}": bench_parse.measure(text, runs)
        for (name, text), runs in zip(_cards().items(), plan.parse_runs, strict=True)
    }


def _render(plan: Plan, _notes: list[str]) -> dict[str, Stats]:
    qt_application()
    return {
        f"render_ms.{name}": bench_render.measure(parse(text), runs)
        for (name, text), runs in zip(_cards().items(), plan.render_runs, strict=True)
    }


def _keystroke(plan: Plan, _notes: list[str]) -> dict[str, Stats]:
    return {
        f"keystroke_to_preview_ms.{name}": bench_keystroke.measure(text, plan.keystrokes)
        for name, text in _cards().items()
    }


def _bulk(plan: Plan, notes: list[str]) -> dict[str, Stats]:
    figures: dict[str, Stats] = {}
    for prefix, chats in (("bulk_send", 1), ("bulk_send_multi_chat", plan.multi_chats)):
        runs = [
            bench_bulk_send.measure(plan.bulk_members, plan.bulk_latency, chats)
            for _ in range(plan.bulk_runs)
        ]
        if runs[0].chats < chats:
            notes.append(
                f"`{prefix}`: the sandbox's demo tenant has only {runs[0].chats} chat(s) an ephemeral card "
                f"can go to, so the members came from {runs[0].chats}, not {chats} ("
                + "; ".join(f"{run.sent} of {run.recipients} sent in {run.seconds:.1f} s" for run in runs)
                + ")."
            )
        figures[f"{prefix}.sends_per_second"] = summarize([run.sends_per_second for run in runs])
        figures[f"{prefix}.rejected"] = summarize([run.rejected for run in runs])
    return figures


BENCHES: tuple[Bench, ...] = (_subprocesses, _parse, _render, _keystroke, _bulk)


def collect(plan: Plan, notes: list[str], benches: Sequence[Bench] = BENCHES) -> dict[str, Stats]:
    """Run ``benches`` in turn. One that fails is named in ``notes`` with its error and the
    others still run (a full run is minutes of work); so is every key of ``METRICS`` that no
    benchmark measured."""
    results: dict[str, Stats] = {}
    for bench in benches:
        name = bench.__name__.strip("_")
        print(f"measuring {name}…", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            results.update(bench(plan, notes))
        except Exception as error:  # any failure of a benchmark is reported, not raised
            notes.append(f"the {name} benchmark failed: {type(error).__name__}: {error}")
            print(f"  {name} failed: {error}", file=sys.stderr, flush=True)
            continue
        print(f"  {name} took {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    missing = missing_keys(results)
    if missing:
        notes.append(f"no figure for {', '.join(missing)}")
    return results


def missing_keys(results: Mapping[str, Stats]) -> list[str]:
    return [metric.key for metric in METRICS if metric.key not in results]


def medians_json(results: Mapping[str, Stats]) -> dict[str, Any]:
    """The medians, with dotted names nested (``parse_lint_ms.example`` ->
    ``{"parse_lint_ms": {"example": ...}}``), in ``METRICS`` order; null where none was measured."""
    out: dict[str, Any] = {}
    for metric in METRICS:
        *parents, leaf = metric.key.split(".")
        into = out
        for parent in parents:
            into = into.setdefault(parent, {})
        stats = results.get(metric.key)
        into[leaf] = round(stats.median, 4) if stats is not None else None
    return out


def _figure(value: float) -> str:
    return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"


def table(results: Mapping[str, Stats], plan: Plan, on: str, notes: Sequence[str] = ()) -> str:
    """A Markdown table of every metric (median, min, max, runs), under the machine line."""
    lines = [
        f"Card Designer benchmarks, {plan.name} run, {time.strftime('%Y-%m-%d %H:%M %Z')}.",
        "",  # paragraphs of their own in Markdown
        f"Machine: {on}",
        "",
        "| figure | what | median | min | max | runs |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for metric in METRICS:
        stats = results.get(metric.key)
        if stats is None:
            lines.append(f"| `{metric.key}` | {metric.what} | not measured | | | 0 |")
            continue
        unit = f" {metric.unit}" if metric.unit else ""
        lines.append(
            f"| `{metric.key}` | {metric.what} | {_figure(stats.median)}{unit} | {_figure(stats.minimum)} "
            f"| {_figure(stats.maximum)} | {stats.runs} |"
        )
    if notes:
        lines += ["", *(f"Note: {note}" for note in notes)]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and members: under a minute")
    parser.add_argument("--json", metavar="OUT", type=Path, help="also write the medians to this JSON file")
    args = parser.parse_args(argv)
    if args.json is not None:
        try:  # now, not after minutes of measuring
            with args.json.open("a", encoding="utf-8"):
                pass
        except OSError as error:
            parser.error(f"cannot write the JSON file {args.json}: {error.strerror or error}")
    plan = QUICK if args.quick else FULL
    on = machine()  # before the run, so the load figure is what the benchmarks competed with
    notes: list[str] = []
    results = collect(plan, notes)
    print(table(results, plan, on, notes))
    if args.json is not None:
        args.json.write_text(json.dumps(medians_json(results), indent=2) + "\n", encoding="utf-8")
    return 1 if missing_keys(results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
