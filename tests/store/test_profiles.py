"""Profiles: validation, the JSON file, the active profile, removal with the keyring secret."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from designer.store.credentials import get_secret, set_secret
from designer.store.profiles import Profile, ProfileStore, UnknownProfile


def test_region_gives_the_base_url() -> None:
    assert Profile("a", "feishu", "cli_1").api_base_url == "https://open.feishu.cn"
    assert Profile("a", "lark", "cli_1").api_base_url == "https://open.larksuite.com"
    assert Profile("a", "custom", "cli_1", "http://127.0.0.1:8765/").api_base_url == "http://127.0.0.1:8765"
    assert (
        Profile("a", "custom", "cli_1", "https://feishu.example.com").api_base_url
        == "https://feishu.example.com"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "", "region": "feishu", "app_id": "x"}, "profile name is empty"),
        ({"name": " a", "region": "feishu", "app_id": "x"}, "starts or ends with a space"),
        ({"name": "a\nb", "region": "feishu", "app_id": "x"}, "control character"),
        ({"name": "a", "region": "moon", "app_id": "x"}, "region 'moon' is not 'feishu', 'lark' or 'custom'"),
        ({"name": "a", "region": "feishu", "app_id": ""}, "app id '' is empty"),
        ({"name": "a", "region": "custom", "app_id": "x"}, "custom region needs a base URL"),
        ({"name": "a", "region": "custom", "app_id": "x", "base_url": "http://example.com"}, "uses http"),
        (
            {"name": "a", "region": "custom", "app_id": "x", "base_url": "open.feishu.cn"},
            "is not a web address",
        ),
        (
            {"name": "a", "region": "lark", "app_id": "x", "base_url": "https://x.y"},
            "only used with region custom",
        ),
    ],
)
def test_bad_profiles_say_what_is_wrong(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        Profile(**kwargs)  # type: ignore[arg-type]


def test_save_list_update_and_active(tmp_path: Path) -> None:
    store = ProfileStore()
    assert store.list() == [] and store.active() is None
    store.save(Profile("work", "feishu", "cli_work"))
    store.save(Profile("intl", "lark", "cli_intl"))
    assert store.names() == ["work", "intl"]
    assert store.active_name == "work"  # the first profile becomes active
    store.save(Profile("work", "feishu", "cli_work2"))  # update keeps the place
    assert store.list() == [Profile("work", "feishu", "cli_work2"), Profile("intl", "lark", "cli_intl")]
    store.active_name = "intl"
    # A second store (another window, another process) sees the same file.
    assert ProfileStore().active() == Profile("intl", "lark", "cli_intl")
    with pytest.raises(UnknownProfile, match="no profile named 'nope' \\(saved profiles: work, intl\\)"):
        store.active_name = "nope"
    data = json.loads((tmp_path / "xdg/xdg_config_home/card-designer/profiles.json").read_text())
    assert data["version"] == 1 and data["active"] == "intl"
    assert set(data["profiles"][0]) == {"name", "region", "app_id", "base_url"}


@pytest.mark.keyring
def test_remove_deletes_the_secret_and_clears_active(secret_service: None) -> None:
    name = f"rm-{uuid.uuid4().hex[:8]}"
    store = ProfileStore()
    store.save(Profile(name, "feishu", "cli_x"))
    store.save(Profile("other", "feishu", "cli_y"))
    set_secret(name, "to-be-removed")
    store.remove(name)
    assert get_secret(name) is None
    assert store.names() == ["other"] and store.active_name is None
    with pytest.raises(UnknownProfile, match="no profile named"):
        store.remove(name)


def test_remove_without_any_keyring_still_removes() -> None:
    keyring.set_keyring(fail.Keyring())  # no secret can exist, so none needs deleting
    store = ProfileStore()
    store.save(Profile("a", "feishu", "cli_x"))
    store.remove("a")
    assert store.list() == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "Expecting property name"),
        (
            '{"version": 1, "profiles": [{"name": "a", "region": "feishu"}]}',
            "profiles[0]: missing or not text: app_id",
        ),
        ('{"version": 9, "profiles": []}', "newer Card Designer"),
    ],
)
def test_unreadable_file_is_set_aside_not_lost(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "profiles.json"
    path.write_text(content)
    store = ProfileStore(path)
    assert store.list() == []
    assert store.load_problem is not None and reason in store.load_problem
    backups = list(tmp_path.glob("profiles.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_text() == content
    store.save(Profile("a", "feishu", "cli_x"))
    assert ProfileStore(path).names() == ["a"]


def test_run_only_profiles_are_never_written_and_leave_the_active_choice_alone() -> None:
    store = ProfileStore()
    store.save(Profile("work", "feishu", "cli_work"))
    saved = store.path.read_bytes()
    assert store.free_name("work") == "work 2" and store.free_name("Sandbox") == "Sandbox"
    run = Profile("Sandbox", "custom", "cli_demo", "http://127.0.0.1:8765")
    store.add_run_profile(run)
    store.active_name = "Sandbox"
    assert store.names() == ["work", "Sandbox"] and store.active() == run
    assert store.free_name("Sandbox") == "Sandbox 2"
    store.save(Profile("Sandbox", "custom", "cli_demo", "http://127.0.0.1:8766"))  # stays run-only
    assert store.path.read_bytes() == saved
    other = ProfileStore()  # another window or process: sees only the file
    assert other.names() == ["work"] and other.active_name == "work"
    with pytest.raises(ValueError, match="already named 'work'"):
        store.add_run_profile(Profile("work", "custom", "cli_demo", "http://127.0.0.1:8765"))
    store.remove("Sandbox")
    assert store.names() == ["work"] and store.active_name == "work"
    assert store.path.read_bytes() == saved
    # Removed by the person, then a profile of theirs made with that name: ending the run
    # (which forgets its profile) leaves theirs alone.
    store.save(Profile("Sandbox", "lark", "cli_mine"))
    assert not store.discard_run_profile("Sandbox")
    assert ProfileStore().names() == ["work", "Sandbox"]


_PROFILE_WRITER = """
import sys
from pathlib import Path
from designer.store.profiles import Profile, ProfileStore

path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
store = ProfileStore(path)
for number in range(count):
    store.save(Profile(f"{name}{number}", "feishu", f"cli_{name}{number}"))
"""


def test_two_processes_saving_profiles_lose_none(tmp_path: Path) -> None:
    # A window and the CLI saving profiles at once: each read-change-write holds the store's
    # file lock across processes, so neither writes over a profile the other just added.
    path = tmp_path / "profiles.json"
    count = 60
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _PROFILE_WRITER, str(path), name, str(count)], stderr=subprocess.PIPE
        )
        for name in ("a", "b")
    ]
    for writer in writers:
        _, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors.decode()
    assert set(ProfileStore(path).names()) == {
        f"{name}{number}" for name in ("a", "b") for number in range(count)
    }


class _KeyringThatLetsAnotherProcessSave(KeyringBackend):
    """While the store asks it to delete a secret, another process saves a profile: it can
    only finish when ``remove`` does not hold the file lock across the keyring call."""

    priority = 1  # type: ignore[assignment]
    path: Path
    answer: subprocess.CompletedProcess[bytes] | None = None

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError

    def delete_password(self, service: str, username: str) -> None:
        type(self).answer = subprocess.run(
            [sys.executable, "-c", _PROFILE_WRITER, str(self.path), "other", "1"],
            capture_output=True,
            timeout=60,
        )


def test_remove_lets_other_processes_save_while_the_keyring_is_asked(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    store = ProfileStore(path)
    store.save(Profile("gone", "feishu", "cli_gone"))
    backend = _KeyringThatLetsAnotherProcessSave()
    _KeyringThatLetsAnotherProcessSave.path = path
    keyring.set_keyring(backend)
    store.remove("gone")
    answer = _KeyringThatLetsAnotherProcessSave.answer
    assert answer is not None and answer.returncode == 0, answer and answer.stderr.decode()
    # The other process's profile, saved in the middle of the removal, is kept.
    assert store.names() == ["other0"]


def test_the_region_is_one_enum_from_the_file_to_the_client(tmp_path: Path) -> None:
    # One Region (designer.feishu) for the client's table and the profiles: a file written
    # with plain strings loads as the enum and is written back as the same strings.
    from designer.feishu import BASE_URLS, Region

    path = tmp_path / "profiles.json"
    path.write_text(
        '{"version": 1, "active": "w", "profiles": [{"name": "w", "region": "lark", "app_id": "cli_1"}]}'
    )
    store = ProfileStore(path)
    (profile,) = store.list()
    assert profile.region is Region.LARK and profile.api_base_url == BASE_URLS[Region.LARK]
    store.save(Profile("c", "custom", "cli_2", "http://127.0.0.1:9"))
    regions = [item["region"] for item in json.loads(path.read_text())["profiles"]]
    assert regions == ["lark", "custom"]
