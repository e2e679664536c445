"""``card-designer profile add|list|remove|set-secret|use|test``: the apps you send as.

A profile is a name, a region (``feishu``, ``lark`` or ``custom`` with ``--base-url``) and an
app id, kept in the config folder; its app secret goes to the keyring only. The secret is
read with a hidden prompt, or from standard input when that is not a terminal (scripts:
``printf %s "$SECRET" | card-designer profile add work --app-id cli_…``) — never from an
argument, which would end up in the shell history and the process list.

Exit status: 0 done, 1 failed (no keyring, unknown profile, …), 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from designer._cli import say, translator, words
from designer._cli.send import (
    EXIT_OK,
    EXIT_USAGE,
    LOCAL_FILE,
    CommandFailed,
    error_line,
    fail,
    feishu_errors,
    report,
    warn,
)
from designer.errors import DesignerError
from designer.feishu import Region
from designer.messages import Text, shown
from designer.store.credentials import (
    MissingCredentials,
    get_secret,
    keyring_problem,
    require_keyring,
    resolve_credentials,
    set_secret,
)
from designer.store.profiles import REGIONS, Profile, ProfileStore, check_profile_name

CANCELLED = Text("error: cancelled — nothing was changed")
THE_CONFIG_FOLDER = Text("the config folder")
SECRET_PROMPT = Text("App secret of profile {name} (input hidden): ")
NO_SECRET = Text("error: no app secret was given for profile {name} — nothing was changed")
EXISTS = Text(
    "error: profile {name} exists already — remove it first, "
    "or change its secret with `card-designer profile set-secret {plain}`"
)
ADDED = Text("added profile {name} ({region}, {url}, app {app_id})")
ACTIVE = Text("{name} is the active profile")
NO_PROFILES = Text("no profiles yet: add one with `card-designer profile add NAME --app-id cli_…`")
NO_KEYRING = Text("no keyring")
STORED = Text("stored")
MISSING = Text("missing")
REMOVED = Text("removed profile {name} and its secret")
NEW_SECRET = Text("stored a new app secret for profile {name}")
NO_ACTIVE = Text("error: no active profile: name one, or add one with `card-designer profile add`")
CONNECTED = Text("profile {name}: connected to {url} as app {app_id}")


ADD_COMMAND_HELP = Text("add a profile; asks for the app secret (stored in the keyring)")
APP_ID_HELP = Text("the app id (cli_…)")
REGION_HELP = Text("feishu (open.feishu.cn, default), lark (open.larksuite.com) or custom (needs --base-url)")
BASE_URL_HELP = Text("API address for region custom (e.g. the sandbox)")
LIST_COMMAND_HELP = Text("list the profiles; * marks the active one")
REMOVE_COMMAND_HELP = Text("remove a profile and its secret")
SET_SECRET_COMMAND_HELP = Text("store a new app secret for a profile")
USE_COMMAND_HELP = Text("make a profile the active one")
TEST_COMMAND_HELP = Text("fetch a tenant token to check the app id and secret")
NAME_HELP = Text("default: the active profile")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    add = actions.add_parser("add", help=words(ADD_COMMAND_HELP))
    add.add_argument("name", metavar="NAME")
    add.add_argument("--app-id", required=True, metavar="ID", help=words(APP_ID_HELP))
    add.add_argument(
        "--region",
        choices=REGIONS,
        help=words(REGION_HELP),
    )
    add.add_argument("--base-url", metavar="URL", help=words(BASE_URL_HELP))
    actions.add_parser("list", help=words(LIST_COMMAND_HELP))
    remove = actions.add_parser("remove", help=words(REMOVE_COMMAND_HELP))
    remove.add_argument("name", metavar="NAME")
    set_secret_parser = actions.add_parser("set-secret", help=words(SET_SECRET_COMMAND_HELP))
    set_secret_parser.add_argument("name", metavar="NAME")
    use = actions.add_parser("use", help=words(USE_COMMAND_HELP))
    use.add_argument("name", metavar="NAME")
    test = actions.add_parser("test", help=words(TEST_COMMAND_HELP))
    test.add_argument("name", nargs="?", metavar="NAME", help=words(NAME_HELP))


def run(args: argparse.Namespace) -> int:
    handlers = {
        "add": _add,
        "list": _list,
        "remove": _remove,
        "set-secret": _set_secret,
        "use": _use,
        "test": _test,
    }
    try:
        return handlers[args.action](args, ProfileStore())
    except CommandFailed as exc:
        return report(exc)
    except DesignerError as exc:  # the keyring, an unknown profile: what happened and what to do
        return report(CommandFailed(error_line(exc)))
    except (KeyboardInterrupt, EOFError):
        return report(CommandFailed(CANCELLED()))
    except OSError as exc:  # the config folder is not writable, the disk is full, ...
        where = exc.filename or THE_CONFIG_FOLDER()
        return report(CommandFailed(LOCAL_FILE(file=where, reason=exc.strerror or exc)))


def _read_secret(name: str) -> str:
    """The app secret: hidden prompt on a terminal, else the first line of standard input."""
    if sys.stdin.isatty():
        secret = getpass.getpass(shown(SECRET_PROMPT(name=repr(name)), translator()))
    else:
        secret = sys.stdin.readline().strip()
    if not secret:
        fail(NO_SECRET(name=repr(name)), EXIT_USAGE)
    return secret


def _add(args: argparse.Namespace, store: ProfileStore) -> int:
    region = Region(args.region or (Region.CUSTOM if args.base_url else Region.FEISHU))
    try:
        profile = Profile(name=args.name, region=region, app_id=args.app_id, base_url=args.base_url)
    except ValueError as exc:  # an InsecureURL too: it says where and what to do
        fail(error_line(exc), EXIT_USAGE)
    if store.get(profile.name) is not None:
        fail(EXISTS(name=repr(profile.name), plain=profile.name))
    require_keyring()  # before asking: nothing is written when the secret has nowhere to go
    set_secret(profile.name, _read_secret(profile.name))
    store.save(profile)
    say(ADDED(name=profile.name, region=profile.region, url=profile.api_base_url, app_id=profile.app_id))
    if store.active_name == profile.name:
        say(ACTIVE(name=profile.name))
    return EXIT_OK


def _list(args: argparse.Namespace, store: ProfileStore) -> int:
    profiles = store.list()
    if store.load_problem:
        warn(store.load_problem)
    if not profiles:
        say(NO_PROFILES())
        return EXIT_OK
    active = store.active_name
    keyring_ok = keyring_problem() is None
    rows = [("", "NAME", "REGION", "APP ID", "BASE URL", "SECRET")]
    for profile in profiles:
        said = NO_KEYRING if not keyring_ok else STORED if get_secret(profile.name) else MISSING
        secret = shown(said(), translator())
        mark = "*" if profile.name == active else ""
        rows.append((mark, profile.name, profile.region, profile.app_id, profile.api_base_url, secret))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK


def _remove(args: argparse.Namespace, store: ProfileStore) -> int:
    store.remove(args.name)
    from designer.store.settings import load_settings, save_settings

    settings = load_settings()
    settings.forget_profile(args.name)
    save_settings(settings)
    say(REMOVED(name=args.name))
    return EXIT_OK


def _set_secret(args: argparse.Namespace, store: ProfileStore) -> int:
    check = store.require(args.name)
    require_keyring()
    set_secret(check.name, _read_secret(check.name))
    say(NEW_SECRET(name=check.name))
    return EXIT_OK


def _use(args: argparse.Namespace, store: ProfileStore) -> int:
    try:
        check_profile_name(args.name)
    except ValueError as exc:
        fail(error_line(exc), EXIT_USAGE)
    store.active_name = args.name
    say(ACTIVE(name=args.name))
    return EXIT_OK


def _test(args: argparse.Namespace, store: ProfileStore) -> int:
    name = args.name or store.active_name
    if name is None:
        fail(NO_ACTIVE())
    try:
        credentials = resolve_credentials(name, store=store)
    except MissingCredentials as exc:
        fail(error_line(exc))
    from designer.feishu import FeishuClient

    with (
        feishu_errors(),
        FeishuClient(credentials.base_url, credentials.app_id, credentials.app_secret) as client,
    ):
        client.auth.tenant_token()
    say(CONNECTED(name=name, url=credentials.base_url, app_id=credentials.app_id))
    return EXIT_OK
