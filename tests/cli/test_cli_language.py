"""The commands follow the locale without Qt: ``LANG=zh_CN.UTF-8`` prints Chinese, ``LANG=C``
English; ``validate --format json`` stays English with the message id and parameters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from designer.messages import locale_language, translator_for_environment

BROKEN = '{\n  "elements": [{"tag": "buton"}],\n  "header": {"template": "bleu", "title": {"tag": "plain_text", "content": "x"}}\n}\n'


def _validate(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "bad.json"
    path.write_text(BROKEN, encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    return subprocess.run(
        [sys.executable, "-m", "designer", "validate", *args, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
        env={**clean, "PYTHONIOENCODING": "utf-8", **env},
        cwd=tmp_path,
    )


def test_validate_prints_chinese_in_a_chinese_locale(tmp_path: Path) -> None:
    result = _validate(tmp_path, LANG="zh_CN.UTF-8")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith(": 错误: 'buton' 不是组件；是否想写 'button'？ [unknown-tag] (/elements/0/tag)")
    assert any('标题主题色 "bleu" 不是飞书提供的颜色' in line for line in lines)


def test_validate_prints_english_in_the_c_locale(tmp_path: Path) -> None:
    for env in ({"LANG": "C"}, {"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, {}):
        result = _validate(tmp_path, **env)
        assert result.returncode == 1, result.stderr
        first = result.stdout.splitlines()[0]
        assert first.endswith(
            ": error: 'buton' is not a component; did you mean 'button'? [unknown-tag] (/elements/0/tag)"
        )


def test_validate_json_stays_english_with_message_ids(tmp_path: Path) -> None:
    result = _validate(tmp_path, "--format", "json", LANG="zh_CN.UTF-8")
    record = json.loads(result.stdout)[0]
    assert record["message"] == "'buton' is not a component; did you mean 'button'?"
    assert record["message_id"] == "{problem}; did you mean '{suggestion}'?"
    assert record["params"] == {"problem": "'buton' is not a component", "suggestion": "button"}
    assert record["suggestion"] == "button"


def test_a_usage_problem_is_said_in_the_locale_language(tmp_path: Path) -> None:
    clean = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    result = subprocess.run(
        [sys.executable, "-m", "designer", "validate", "missing.json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
        env={**clean, "PYTHONIOENCODING": "utf-8", "LANG": "zh_CN.UTF-8"},
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "validate：missing.json：文件不存在" in result.stderr


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),  # the one Chinese translation there is
        ({"LANG": "C"}, None),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8"}, None),
        ({}, None),
        # LANGUAGE, gettext's priority list, names the language unless the locale is C
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh_CN"),
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_US:zh_CN"}, None),
        ({"LANG": "C", "LANGUAGE": "zh_CN"}, None),
        ({"LANGUAGE": "zh_CN"}, None),
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": ""}, "zh_CN"),
    ],
)
def test_the_locale_variables_decide_as_setlocale_does(environ: dict[str, str], language: str | None) -> None:
    assert locale_language(environ) == language


def test_an_unknown_id_is_shown_in_english() -> None:
    translate = translator_for_environment({"LANG": "zh_CN.UTF-8"})
    assert translate("not a message of the app") == "not a message of the app"


def test_the_rule_list_is_chinese_in_a_chinese_locale_and_english_as_json(tmp_path: Path) -> None:
    clean = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    env = {**clean, "PYTHONIOENCODING": "utf-8", "LANG": "zh_CN.UTF-8"}

    def listed(*args: str) -> str:
        command = [sys.executable, "-m", "designer", "validate", "--list-rules", *args]
        done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    lines = listed().splitlines()
    assert "card-size\t错误\t卡片超过 30 KB（按发送时的 UTF-8 JSON 计算）。" in lines
    rules = {rule["id"]: rule for rule in json.loads(listed("--format", "json"))}
    assert rules["card-size"]["description"] == "The card is larger than 30 KB (UTF-8 JSON as sent)."
