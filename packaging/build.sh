#!/usr/bin/env bash
# Build the Linux bundle and its Debian package:
#   dist/card-designer/                         the PyInstaller folder (runs in place)
#   dist/card-designer_<version>_<arch>.deb     the same folder in /opt, with a menu entry and icons
#
#     bash packaging/build.sh          # from the repository root, after: pip install -e '.[packaging]'
#
# Why a .deb and not an AppImage: an AppImage is a runtime stub plus a squashfs image, and both
# appimagetool and that runtime are published only as downloads from the AppImage project's own
# releases; Debian has no package of them, and the PyPI tools (appimage, appimage-builder) fetch
# them from there at build time. dpkg-deb is on every Debian/Ubuntu machine.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "packaging/build.sh: PyInstaller is missing: run $PYTHON -m pip install -e '.[packaging]'" >&2
  exit 2
fi
VERSION="$("$PYTHON" -c 'from designer import __version__; print(__version__)')"
ARCH="$(dpkg --print-architecture 2>/dev/null || uname -m)"
DIST="dist"
BUNDLE="$DIST/card-designer"

start=$(date +%s)
# The work folder is a scratch folder: keep it under build/, which is not committed.
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath build/pyinstaller packaging/card-designer.spec
built=$(date +%s)
echo "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)) built in $((built - start)) s"

# --- the Debian package -------------------------------------------------------------------------
ROOT_DIR="build/deb/card-designer"
rm -rf "$ROOT_DIR"
mkdir -p "$ROOT_DIR/DEBIAN" "$ROOT_DIR/opt" "$ROOT_DIR/usr/bin"
cp -a "$BUNDLE" "$ROOT_DIR/opt/card-designer"
ln -sr "$ROOT_DIR/opt/card-designer/card-designer" "$ROOT_DIR/usr/bin/card-designer"  # relative: works where the package is unpacked
install -Dm644 packaging/card-designer.desktop "$ROOT_DIR/usr/share/applications/card-designer.desktop"
install -Dm644 resources/icons/app.png "$ROOT_DIR/usr/share/icons/hicolor/256x256/apps/card-designer.png"
install -Dm644 resources/icons/app.svg "$ROOT_DIR/usr/share/icons/hicolor/scalable/apps/card-designer.svg"
install -Dm644 LICENSE "$ROOT_DIR/usr/share/doc/card-designer/copyright"

# The system libraries Qt's X11 plugin needs: the same table the app's start-up check uses.
DEPENDS="$("$PYTHON" -c 'from designer._cli.qt_preflight import QT_GUI_LIBRARIES, XCB_LIBRARIES, required_packages
print(", ".join(required_packages((*QT_GUI_LIBRARIES, *XCB_LIBRARIES), "apt")))')"
cat > "$ROOT_DIR/DEBIAN/control" <<CONTROL
Package: card-designer
Version: $VERSION
Architecture: $ARCH
Maintainer: Card Designer contributors <card-designer@users.noreply.example>
Installed-Size: $(du -sk "$ROOT_DIR" | cut -f1)
Depends: $DEPENDS
Recommends: gnome-keyring | kwalletmanager, fonts-noto-cjk, fonts-noto-color-emoji
Section: devel
Priority: optional
Description: Design Feishu / Lark message cards and send them as ephemeral cards
 A desktop app to write Feishu / Lark interactive card JSON with a live preview
 drawn as the Feishu client draws it, and send the card as an ephemeral card
 (visible to one group member only). The app secret is kept in the desktop
 keyring (Secret Service).
CONTROL
DEB="$DIST/card-designer_${VERSION}_${ARCH}.deb"
# gzip, not xz: for 170 MB of libraries xz ran over twice the CPU time gzip needs (and had not
# finished), which .ci/run cannot spare on 2 cores.
dpkg-deb --root-owner-group -Zgzip --build "$ROOT_DIR" "$DEB" >/dev/null
packed=$(date +%s)
echo "package: $DEB ($(du -sh "$DEB" | cut -f1)) packed in $((packed - built)) s"
