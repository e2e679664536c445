"""`card-designer validate`: output lines, JSON output, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli import main
from tests.helpers.cards import DATA


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_card_exits_0_and_prints_only_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "ok.json", '{"elements": [{"tag": "markdown", "content": "hi"}]}')
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "warn.json", '{\n  "elements": [],\n  "confg": {}\n}')
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        out
        == f"{path}:3:3: warning: unknown field 'confg': Feishu ignores it; did you mean 'config'? [unknown-field] (/confg)\n"
    )


def test_errors_exit_1_in_file_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = _write(
        tmp_path, "bad.json", '{\n  "elements": [\n    {"tag": "buton"},\n    {"tag": "img"}\n  ]\n}'
    )
    broken = _write(tmp_path, "broken.json", '{"elements": [}')
    assert main(["validate", str(bad), str(broken)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        f"{bad}:3:13: error: 'buton' is not a component; did you mean 'button'? [unknown-tag] (/elements/0/tag)"
    )
    assert lines[1].startswith(
        f"{bad}:4:5: error: missing required field 'img_key' in 'img' [missing-required]"
    )
    assert lines[-1].startswith(f"{broken}:1:15: error: expected a value, found '}}' [json-syntax]")


def test_ephemeral_example_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DATA / "ephemeral_example.json")]) == 1
    assert "[ephemeral-element-i18n]" in capsys.readouterr().out


def test_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = '{"elements": [{"tag": "buton"}]}'
    path = _write(tmp_path, "bad.json", text)
    assert main(["validate", "--format", "json", str(path)]) == 1
    (record,) = json.loads(capsys.readouterr().out)
    assert record["rule"] == "unknown-tag" and record["suggestion"] == "button"
    assert (record["file"], record["line"], record["column"], record["pointer"]) == (
        str(path),
        1,
        text.index('"buton"') + 1,
        "/elements/0/tag",
    )
    assert record["severity"] == "error" and record["rule_description"]


def test_ephemeral_flag_makes_element_i18n_an_error(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "i18n.json",
        '{"elements": [{"tag": "div", "text": {"tag": "plain_text", "i18n": {"zh_cn": "a"}}}]}',
    )
    assert main(["validate", str(path)]) == 0
    assert main(["validate", "--ephemeral", str(path)]) == 1


def test_missing_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.json")]) == 2
    assert "nope.json: no such file" in capsys.readouterr().err
    assert main(["validate", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err
    assert main(["validate"]) == 2
    assert "give at least one FILE" in capsys.readouterr().err
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"a": "\xe9"}')
    assert main(["validate", str(latin)]) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_bad_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["validate", "--format", "xml", "x.json"])
    assert exc.value.code == 2


def test_list_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--list-rules"]) == 0
    out = capsys.readouterr().out
    assert "ephemeral-element-i18n\twarning\t" in out and "card-size\terror\t" in out
    assert main(["validate", "--list-rules", "--format", "json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert {"id": "card-size", "severity": "error"}.items() <= next(
        r for r in rules if r["id"] == "card-size"
    ).items()


def test_stdin_through_a_real_process() -> None:
    text = '{"elements": [{"tag": "hr"}], "elements": 3}'
    result = subprocess.run(
        [sys.executable, "-m", "designer", "validate", "-"],
        input=text,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    key_column = text.rindex('"elements"') + 1
    value_column = text.rindex("3") + 1
    assert f'<stdin>:1:{key_column}: warning: duplicate member "elements"' in result.stdout
    assert (
        f"<stdin>:1:{value_column}: error: 'elements': expected an array, found number 3 [wrong-type]"
        in result.stdout
    )
    assert "PySide6" not in result.stderr


def test_one_line_per_diagnostic_even_with_newlines_in_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card = {"elements": [{"tag": "img", "img_key": 5, "alt": {"tag": "plain_text", "content": ""}}]}
    card["card_link"] = {"url": "ftp://a\nb"}
    path = _write(tmp_path, "lines.json", json.dumps(card))
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{path}:1:") for line in lines)
    assert 'found "ftp://a\\nb"' in "\n".join(lines)


@pytest.mark.parametrize("output", ["text", "json"])
def test_a_console_that_is_not_utf8_gets_escapes_not_a_crash(tmp_path: Path, output: str) -> None:
    # A cp1252 pipe (Windows, PYTHONIOENCODING) cannot show CJK or emoji: they are written as
    # \\u escapes, the rest of the line stays readable, and the exit status still says "errors".
    text = '{"elements": [{"tag": "按钮😀"}], "header": {"title": {"tag": "plain_text", "content": 5}}}'
    path = _write(tmp_path, "卡片.json", text)
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    for source, stdin in ((str(path), None), ("-", text.encode("utf-8"))):
        result = subprocess.run(
            [sys.executable, "-m", "designer", "validate", "--format", output, source],
            input=stdin,
            capture_output=True,
            check=False,
            timeout=60,
            env=env,
        )
        out, err = result.stdout.decode("cp1252"), result.stderr.decode("cp1252")
        assert result.returncode == 1, err
        assert "Traceback" not in err and err == ""
        assert "\\u6309\\u94ae\\U0001f600" in out  # 按钮😀, escaped
        assert "error" in out


def test_a_message_on_standard_error_survives_a_console_that_is_not_utf8(tmp_path: Path) -> None:
    # Python's stderr escapes by default; this keeps it so for the usage messages.
    missing = tmp_path / "缺失😀.json"
    result = subprocess.run(
        [sys.executable, "-m", "designer", "validate", str(missing)],
        capture_output=True,
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
    )
    err = result.stderr.decode("cp1252")
    assert result.returncode == 2 and "Traceback" not in err
    assert "\\u7f3a\\u5931\\U0001f600.json: no such file" in err
