"""The card models build their validators when a card first needs them, not at import (issue 10).

Building the validators of all ~60 models took most of ``card-designer validate``'s start-up;
a card needs one (its version's model holds the others' schemas). Counted in a fresh
interpreter: this test process has built them all already.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_COUNT_BUILT = """
import json, sys
from pydantic import BaseModel
import designer.cards
from designer.cards import models

def built():
    return sorted(
        value.__name__
        for value in vars(models).values()
        if isinstance(value, type) and issubclass(value, BaseModel) and value.__pydantic_complete__
    )

report = {"after_import": built()}
for text in sys.argv[1:]:
    doc = designer.cards.parse(text)
    report[text] = {"built": built(), "errors": [d.rule for d in doc.errors]}
print(json.dumps(report))
"""

CLASSIC = '{"elements": [{"tag": "markdown", "content": "hi 👋"}]}'
CLASSIC_WITH_ERROR = '{"elements": [{"tag": "button", "text": {"tag": "plain_text"}}]}'
V2 = '{"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": "hi"}]}}'


def _run(*cards: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_BUILT, *cards],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_importing_the_card_format_builds_no_validator() -> None:
    assert _run()["after_import"] == []


def test_a_card_builds_only_its_versions_model_and_is_still_checked_fully() -> None:
    result = _run(CLASSIC_WITH_ERROR, V2)
    classic = result[CLASSIC_WITH_ERROR]
    assert isinstance(classic, dict)
    assert classic["built"] == ["CardV1"]
    # The nested models' rules still apply through CardV1's schema: the text has no content.
    assert "missing-required" in classic["errors"], classic
    v2 = result[V2]
    assert isinstance(v2, dict)
    assert v2["built"] == ["CardV1", "CardV2"]
    assert v2["errors"] == []


def test_a_clean_card_parses_clean_after_a_deferred_build() -> None:
    result = _run(CLASSIC)
    assert result[CLASSIC] == {"built": ["CardV1"], "errors": []}
