#!/usr/bin/env bash
# Build somat_<version>_amd64.deb: a PyInstaller one-folder build (its own Python, no system Python
# needed) installed to /usr/lib/somat, with /usr/bin/somat, a desktop entry and icons.
#
#   installer/build_deb.sh [--bundle DIR]        (default: builds the offline bundle first)
#
# The frozen app is made from exactly the wheels of the offline bundle (installed with
# --no-index into a cached build venv); only PyInstaller itself comes from PyPI (cached).
# Output: installer/out/somat_<debversion>_amd64.deb (+ .sha256).
set -euo pipefail
umask 022

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
PYTHON=${PYTHON:-$REPO/.venv/bin/python}
CACHE=${SOMAT_BUNDLE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/somat-bundle}
PYINSTALLER_REQ=${PYINSTALLER_REQ:-pyinstaller>=6.10,<7}
OUT=$HERE/out
BUNDLE=""

die() { echo "build_deb: $*" >&2; exit 1; }
say() { echo "build_deb: $*" >&2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) BUNDLE=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done
command -v dpkg-deb >/dev/null || die "dpkg-deb is needed"
mkdir -p "$OUT"
if [ -z "$BUNDLE" ]; then
  BUNDLE=$("$HERE/build_bundle.sh" --no-tar --out "$OUT" | tail -n1)
fi
VERSION=$(cat "$BUNDLE/VERSION")
# PEP 440 -> Debian: pre-releases sort before the release (~), post-releases after (+).
DEBVERSION=$(echo "$VERSION" | sed -E 's/\.?(a|b|rc)([0-9]+)/~\1\2/; s/\.dev([0-9]+)/~dev\1/; s/\.post([0-9]+)/+post\1/')

WORK=$(mktemp -d "${TMPDIR:-/tmp}/somat-deb.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# --- build venv (cached; one build at a time) ---------------------------------------------------
VENV=$CACHE/pyinstaller-venv-cp311
mkdir -p "$CACHE"
exec 9>"$CACHE/pyinstaller-venv.lock"
flock 9
if [ ! -x "$VENV/bin/pyinstaller" ]; then
  say "creating build venv $VENV"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$PYINSTALLER_REQ" \
    2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
fi
env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null "$VENV/bin/python" -m pip install --quiet \
  --disable-pip-version-check --no-index --find-links "$BUNDLE/wheels" --force-reinstall --no-deps \
  "$BUNDLE"/wheels/somat-*.whl
env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null "$VENV/bin/python" -m pip install --quiet \
  --disable-pip-version-check --no-index --find-links "$BUNDLE/wheels" "somat==$VERSION"

# --- freeze --------------------------------------------------------------------------------
say "PyInstaller one-folder build of somat $VERSION"
(cd "$WORK" && "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$WORK/dist" \
  --workpath "$WORK/build" "$HERE/deb/somat-linux.spec") > "$WORK/pyinstaller.log" 2>&1 \
  || { tail -n 40 "$WORK/pyinstaller.log" >&2; die "PyInstaller failed"; }
"$WORK/dist/somat/somat" --version | grep -q "$VERSION" || die "the frozen somat does not run"

# --- package tree ------------------------------------------------------------------------------
ROOT=$WORK/pkg
mkdir -p "$ROOT/usr/lib" "$ROOT/usr/bin" "$ROOT/usr/share/applications" "$ROOT/DEBIAN" \
  "$ROOT/usr/share/icons/hicolor/256x256/apps" "$ROOT/usr/share/icons/hicolor/scalable/apps" \
  "$ROOT/usr/share/doc/somat"
cp -a "$WORK/dist/somat" "$ROOT/usr/lib/somat"
ln -s ../lib/somat/somat "$ROOT/usr/bin/somat"
install -m 755 "$HERE/bundle/cups-no-job-files.sh" "$ROOT/usr/lib/somat/cups-no-job-files.sh"
install -m 644 "$BUNDLE/icons/somat.png" "$ROOT/usr/share/icons/hicolor/256x256/apps/somat.png"
install -m 644 "$BUNDLE/icons/somat.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/somat.svg"
sed -e 's|"@EXEC@"|/usr/bin/somat|' -e 's|@ICON@|somat|' -e 's|@PREFIX@|/usr/lib/somat|' \
    -e "s|@VERSION@|$VERSION|" "$BUNDLE/somat.desktop.in" > "$ROOT/usr/share/applications/somat.desktop"
cat > "$ROOT/usr/share/doc/somat/copyright" <<EOF
Sổ Mật $VERSION — proprietary. Bundled third-party components keep their own licences (Qt/PySide6
LGPLv3, SQLCipher BSD, reportlab BSD, Liberation fonts SIL OFL 1.1, CPython PSF); see
/usr/lib/somat/_internal/*.dist-info for each Python package's licence.
EOF

DEPENDS=$(cat "$HERE/bundle/qt-runtime-debs.txt" "$HERE/bundle/print-runtime-debs.txt" \
          | grep -v -E '^\s*(#|$)' | paste -sd, | sed 's/,/, /g')
SIZE=$(du -sk "$ROOT/usr" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<EOF
Package: somat
Version: $DEBVERSION
Architecture: amd64
Maintainer: Sổ Mật release team <somat@localhost>
Installed-Size: $SIZE
Depends: libc6 (>= 2.34), $DEPENDS
Recommends: cups
Section: misc
Priority: optional
Description: Sổ Mật — sổ đăng ký và quản lý bí mật nhà nước (máy không kết nối mạng)
 Self-contained build (its own Python and Qt, PyInstaller one-folder). The registry of each
 user stays in ~/.local/share/somat and is never touched by installing, upgrading or removing
 this package.
EOF
cat > "$ROOT/DEBIAN/preinst" <<EOF
#!/bin/sh
# Refuse a downgrade: an upgraded registry cannot be opened by an older Sổ Mật.
set -e
if [ "\$1" = upgrade ] && [ -n "\$2" ] && dpkg --compare-versions "\$2" gt "$DEBVERSION" \\
   && [ -z "\${SOMAT_ALLOW_DOWNGRADE:-}" ]; then
  echo "LỖI: máy đang có Sổ Mật \$2, mới hơn gói này ($DEBVERSION); không hạ cấp (downgrade refused)." >&2
  echo "Nếu thật sự cần: SOMAT_ALLOW_DOWNGRADE=1 dpkg -i ... và khôi phục bản sao lưu trước nâng cấp." >&2
  exit 1
fi
exit 0
EOF
cat > "$ROOT/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
  # No copy of a printed paper stays in the CUPS spool (docs/SECURITY.md, "In ấn").
  if [ "$(/usr/lib/somat/cups-no-job-files.sh /etc/cups/cupsd.conf)" = changed ]; then
    command -v systemctl >/dev/null 2>&1 && systemctl try-restart cups.service >/dev/null 2>&1 || true
    echo "Đã đặt dịch vụ in CUPS xóa bản in khỏi hàng đợi ngay khi in xong (PreserveJobFiles No)."
  fi
  echo "Sổ Mật đã được cài. Lần mở đầu tiên sau khi nâng cấp, chương trình tự sao lưu và nâng cấp sổ đăng ký."
fi
exit 0
EOF
cat > "$ROOT/DEBIAN/postrm" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
  echo "Sổ đăng ký và bản sao lưu của mỗi người dùng vẫn được giữ tại ~/.local/share/somat (không bị xóa)."
fi
exit 0
EOF
chmod 755 "$ROOT/DEBIAN/preinst" "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"

DEB=$OUT/somat_${DEBVERSION}_amd64.deb
dpkg-deb --root-owner-group -Zxz -z6 --build "$ROOT" "$DEB" >/dev/null
(cd "$OUT" && sha256sum "$(basename "$DEB")" > "$(basename "$DEB").sha256")
say "$(du -h "$DEB" | cut -f1) $DEB"
echo "$DEB"
