"""Each command's common failure, run as a person in a Chinese locale runs it: what it prints on
standard error is Chinese, with no English sentence left in it (a new English-only sentence in a
command's output fails here)."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from designer.store.profiles import Profile, ProfileStore
from tests.helpers.cli import CJK as _CJK
from tests.helpers.cli import english_left, run_in_locale

BROKEN = '{"elements": [{"tag": "buton"}]}'
NOT_A_CARD = "[1, 2"


def run_chinese(
    tmp_path: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_in_locale("zh_CN.UTF-8", tmp_path, *args, stdin=stdin, env=env)


def test_the_sentence_check_finds_english_and_passes_names() -> None:
    assert english_left("error: no profile named 'x' (no profiles are saved yet)")
    assert not english_left(
        "错误：没有名为 'work space' 的配置；用 `card-designer profile add x` 添加 --app-id cli_a"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("profile", "use", " padded "),
        ("profile", "remove", "nobody"),
        ("profile", "set-secret", "nobody"),
        ("profile", "add", "x" * 70, "--app-id", "cli_a"),
        ("profile", "add", "p", "--app-id", "cli_a", "--region", "lark", "--base-url", "http://127.0.0.1:1"),
    ],
    ids=["name-spaces", "remove-unknown", "secret-unknown", "name-long", "url-not-custom"],
)
def test_profile_failures_are_chinese(tmp_path: Path, args: tuple[str, ...]) -> None:
    ProfileStore().save(Profile("work", "feishu", "cli_work"))
    result = run_chinese(tmp_path, *args)
    assert result.returncode != 0
    assert _CJK.search(result.stderr), result.stderr
    assert not english_left(result.stderr), result.stderr


def assert_chinese(text: str) -> None:
    assert _CJK.search(text), text
    assert not english_left(text), text


@pytest.mark.parametrize(
    "args",
    [
        ("render", "missing.json", "-o", "out.png"),
        ("render", "not-a-card.json", "-o", "out.png"),
        ("render", "card.json", "-o", "no-such-folder/out.png"),
        ("sandbox", "--app-id", "cli_x"),
        ("sandbox", "--port", "70000"),
        ("listen",),  # no credentials
    ],
    ids=[
        "render-missing",
        "render-broken",
        "render-unwritable",
        "sandbox-half",
        "sandbox-port",
        "listen-none",
    ],
)
def test_command_failures_are_chinese(tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "not-a-card.json").write_text(NOT_A_CARD, encoding="utf-8")
    (tmp_path / "card.json").write_text(BROKEN, encoding="utf-8")
    result = run_chinese(tmp_path, *args)
    assert result.returncode != 0
    assert_chinese(result.stderr)


def test_listen_that_cannot_reach_the_service_says_so_in_chinese(tmp_path: Path) -> None:
    with socket.socket() as taken:  # a port nobody listens on: the connection is refused
        taken.bind(("127.0.0.1", 0))
        port = taken.getsockname()[1]
    variables = {
        "FEISHU_APP_ID": "cli_x",
        "FEISHU_APP_SECRET": "s",
        "FEISHU_BASE_URL": f"http://127.0.0.1:{port}",
    }
    result = run_chinese(tmp_path, "listen", "--timeout", "2", env=variables)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("listen：应用 cli_x"), result.stderr
    assert lines[-1].startswith("错误：") and "请检查网络" in lines[-1], result.stderr
    assert_chinese(result.stderr)


def test_the_window_without_a_display_says_what_to_do_in_chinese(tmp_path: Path) -> None:
    result = run_chinese(tmp_path, env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert result.returncode == 1
    assert_chinese(result.stderr)


def test_render_and_self_check_report_in_chinese(tmp_path: Path) -> None:
    (tmp_path / "card.json").write_text(BROKEN, encoding="utf-8")
    rendered = run_chinese(tmp_path, "render", "card.json", "-o", "out.png")
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stdout.startswith("out.png：")
    checked = run_chinese(tmp_path, "self-check")
    assert "self-check：" in checked.stdout, checked.stdout + checked.stderr
    assert_chinese(checked.stdout)


@pytest.mark.parametrize("option", ["--open-id", "--user-id", "--email"])
def test_a_blank_recipient_is_named_not_a_traceback(tmp_path: Path, option: str) -> None:
    (tmp_path / "card.json").write_text('{"elements": []}', encoding="utf-8")
    result = run_chinese(tmp_path, "send", "card.json", "--chat", "oc_1", option, "  ")
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("错误：没有接收者"), result.stderr
    assert_chinese(result.stderr)
