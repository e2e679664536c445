#!/usr/bin/env bash
# Check the built bundle as a user would run it, with nothing from the source tree on its path:
# --version, --self-check (window offscreen, a sample card drawn, the keyring backend), validate,
# render, and a send + delete against the bundle's own sandbox server over loopback.
#
#     bash packaging/check_bundle.sh [dist/card-designer/card-designer]
#
# Every step prints what it checked; the first failure stops the script with a non-zero status.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN="$(realpath "${1:-dist/card-designer/card-designer}")"
[ -x "$BIN" ] || { echo "check_bundle: no bundle at $BIN: run packaging/build.sh first" >&2; exit 2; }
WORK="$(mktemp -d)"
SANDBOX_PID=""
cleanup() {
  if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
# A throw-away home: the checks must not read or change the settings, history or keyring of
# whoever runs them. No display: the window check runs on Qt's offscreen platform.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
       XDG_CACHE_HOME="$WORK/home/.cache" XDG_STATE_HOME="$WORK/home/.local/state"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
unset DISPLAY WAYLAND_DISPLAY PYTHONPATH FEISHU_APP_ID FEISHU_APP_SECRET FEISHU_BASE_URL
export QT_QPA_PLATFORM=offscreen
cd "$WORK"  # nothing of the checkout is importable from here
REPO="$OLDPWD"

step() { printf '\n== %s\n' "$*"; }

step "--version (start time)"
start=$(date +%s%N)
"$BIN" --version
echo "answered in $(( ($(date +%s%N) - start) / 1000000 )) ms"

step "--self-check, inside a private D-Bus session with an unlocked Secret Service keyring"
# The same set-up as tests/conftest.py: gnome-keyring's secrets component on a session bus.
dbus-run-session -- sh -c '
  eval "$(printf check-bundle | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  exec "$0" --self-check' "$BIN"

step "validate: clean templates exit 0, a broken card exits 1 naming the place"
"$BIN" validate "$REPO"/resources/templates/{alert,approval,todo-reminder-form,welcome}.json
printf '{"elements": [{"tag": "markdown", "content": 5}]}' > broken.json
set +e; "$BIN" validate broken.json > validate.out; status=$?; set -e
cat validate.out
[ "$status" = 1 ] && grep -q '^broken.json:1:' validate.out || { echo "validate: expected exit 1 and a diagnostic" >&2; exit 1; }

step "render: a card with CJK text and emoji to a PNG"
"$BIN" render "$REPO/resources/templates/welcome.json" -o welcome.png --scale 2
[ "$(head -c 8 welcome.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || { echo "render: not a PNG" >&2; exit 1; }

step "send + delete through the bundle's own sandbox"
"$BIN" sandbox --port 0 > sandbox.out 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 100); do grep -q '^try:' sandbox.out && break; sleep 0.1; done
cat sandbox.out
BASE_URL="$(sed -n 's/^base URL: *//p' sandbox.out)"
APP_ID="$(sed -n 's/^app id: *//p' sandbox.out)"
APP_SECRET="$(sed -n 's/^app secret: *//p' sandbox.out)"
CHAT="$(grep -o -- '--chat [^ ]*' sandbox.out | cut -d' ' -f2)"
OPEN_ID="$(grep -o -- '--open-id [^ ]*' sandbox.out | cut -d' ' -f2)"
[ -n "$BASE_URL" ] && [ -n "$CHAT" ] || { echo "sandbox: did not start" >&2; exit 1; }
export FEISHU_BASE_URL="$BASE_URL" FEISHU_APP_ID="$APP_ID" FEISHU_APP_SECRET="$APP_SECRET"
"$BIN" send "$REPO/resources/templates/approval.json" --chat "$CHAT" --open-id "$OPEN_ID" | tee send.out
MESSAGE_ID="$(grep -o 'om_[A-Za-z0-9_]*' send.out | head -1)"
[ -n "$MESSAGE_ID" ] || { echo "send: no message id in the output" >&2; exit 1; }
"$BIN" delete "$MESSAGE_ID"

step "the .deb: the command on the PATH, the menu entry and its icon"
DEB="$(ls "$REPO"/dist/card-designer_*.deb 2>/dev/null | tail -1)"
if [ -n "$DEB" ]; then
  dpkg-deb -x "$DEB" deb
  deb/usr/bin/card-designer --version
  grep -q '^Exec=card-designer ' deb/usr/share/applications/card-designer.desktop
  grep -q '^Icon=card-designer$' deb/usr/share/applications/card-designer.desktop
  [ -s deb/usr/share/icons/hicolor/256x256/apps/card-designer.png ]
  echo "$(basename "$DEB"): $(dpkg-deb -f "$DEB" Package) $(dpkg-deb -f "$DEB" Version), entry and icon in place"
else
  echo "check_bundle: no dist/card-designer_*.deb: run packaging/build.sh" >&2
  exit 1
fi

printf '\ncheck_bundle: every check passed\n'
