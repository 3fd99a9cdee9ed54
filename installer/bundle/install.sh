#!/usr/bin/env bash
# Cài đặt / nâng cấp Sổ Mật từ gói ngoại tuyến (offline install / upgrade). Không cần mạng.
#
#   sudo ./install.sh                  cài cho mọi người dùng: /opt/somat, /usr/local/bin/somat
#   ./install.sh                       cài cho riêng bạn: ~/.local/share/somat-app, ~/.local/bin/somat
#
# Tùy chọn (options):
#   --prefix DIR            thư mục cài đặt (install folder); lệnh và biểu tượng cũng đặt trong DIR
#   --bin-dir DIR           nơi đặt lệnh `somat` (launcher link)
#   --applications-dir DIR  nơi đặt mục trình đơn somat.desktop (desktop entry)
#   --python PATH           Python 3.11 dùng để cài (default: python3.11 / python3)
#   --no-system-packages    không cài các gói .deb thư viện Qt và không đổi cấu hình hệ thống (CUPS)
#                           (skip the .deb files and the CUPS setting)
#   --allow-downgrade       cho phép cài phiên bản cũ hơn (allow installing an older version)
#   --log-reader USER       cho USER đọc nhật ký hệ thống (nhóm adm, systemd-journal) để chức năng
#                           kiểm tra máy chứng minh được máy chưa từng cắm USB / nối mạng. Mặc định khi
#                           chạy bằng sudo: người gọi sudo. Không có quyền này, kiểm tra máy luôn chặn.
#   -h, --help
#
# Sổ đăng ký (registry data) không bao giờ nằm trong thư mục cài đặt và không bị động đến, trừ việc
# chép một bản sao lưu (vẫn mã hóa) trước khi nâng cấp.
set -euo pipefail
umask 022

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=""
BIN_DIR=""
APPS_DIR=""
PYTHON=""
SYSTEM_PACKAGES=1
ALLOW_DOWNGRADE=0
LOG_READER=${SUDO_USER:-}

say() { printf '%s\n' "$*"; }
die() { printf 'LỖI: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --bin-dir) BIN_DIR=$2; shift 2 ;;
    --applications-dir) APPS_DIR=$2; shift 2 ;;
    --python) PYTHON=$2; shift 2 ;;
    --no-system-packages) SYSTEM_PACKAGES=0; shift ;;
    --allow-downgrade) ALLOW_DOWNGRADE=1; shift ;;
    --log-reader) LOG_READER=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) die "Tùy chọn không hợp lệ: $1 (unknown option; xem --help)" ;;
  esac
done

# --- 1. Kiểm tra toàn vẹn gói trước mọi việc khác (verify SHA256SUMS first) -------------------
cd "$HERE"
[ -f SHA256SUMS ] || die "Gói cài đặt thiếu tệp SHA256SUMS. Không cài gì cả. Hãy chép lại gói từ USB gốc."
if ! sha256sum --check --strict --quiet SHA256SUMS >/dev/null 2>"${TMPDIR:-/tmp}/somat-sha.$$"; then
  bad=$(sha256sum --check --strict SHA256SUMS 2>/dev/null | grep -v ': OK$' | head -n 5 || true)
  rm -f "${TMPDIR:-/tmp}/somat-sha.$$"
  die "Gói cài đặt bị hỏng hoặc đã bị sửa đổi (checksum mismatch). Không cài gì cả.
Hãy chép lại gói từ USB gốc và đối chiếu mã SHA-256 với biên bản phát hành.
${bad}"
fi
rm -f "${TMPDIR:-/tmp}/somat-sha.$$"
listed=$(sed -E 's/^[0-9a-f]{64} [ *]//' SHA256SUMS | LC_ALL=C sort)
present=$(find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort)
if [ "$listed" != "$present" ]; then
  extra=$(LC_ALL=C comm -13 <(printf '%s\n' "$listed") <(printf '%s\n' "$present") | head -n 5)
  die "Gói cài đặt có tệp lạ không nằm trong SHA256SUMS (unexpected files). Không cài gì cả:
${extra}"
fi
say "Đã kiểm tra toàn vẹn gói cài đặt (SHA256SUMS OK)."

VERSION=$(cat VERSION)
buildinfo() { sed -n "s/^$1=//p" BUILDINFO; }
PY_VERSION=$(buildinfo python)

# --- 2. Vị trí cài đặt (layout) -------------------------------------------------------------
IS_ROOT=0; [ "$(id -u)" = 0 ] && IS_ROOT=1
if [ -n "$PREFIX" ]; then
  mkdir -p "$PREFIX"; PREFIX=$(cd "$PREFIX" && pwd)
  BIN_DIR=${BIN_DIR:-$PREFIX/bin}
  APPS_DIR=${APPS_DIR:-$PREFIX/share/applications}
elif [ "$IS_ROOT" = 1 ]; then
  PREFIX=/opt/somat
  BIN_DIR=${BIN_DIR:-/usr/local/bin}
  APPS_DIR=${APPS_DIR:-/usr/share/applications}
else
  PREFIX=${XDG_DATA_HOME:-$HOME/.local/share}/somat-app
  BIN_DIR=${BIN_DIR:-$HOME/.local/bin}
  APPS_DIR=${APPS_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/applications}
fi
mkdir -p "$PREFIX" "$PREFIX/bin" "$PREFIX/share" "$BIN_DIR" "$APPS_DIR"

exec 9>"$PREFIX/.install.lock"
flock -n 9 || die "Một lần cài đặt khác đang chạy vào $PREFIX (another install is running)."

# --- 3. Python ------------------------------------------------------------------------------
if [ -z "$PYTHON" ]; then
  for cand in "python$PY_VERSION" python3; do
    if command -v "$cand" >/dev/null 2>&1; then PYTHON=$(command -v "$cand"); break; fi
  done
fi
if [ -z "$PYTHON" ] || ! "$PYTHON" -c "import sys, venv; sys.exit(sys.version_info[:2] != tuple(map(int, '$PY_VERSION'.split('.'))))" 2>/dev/null; then
  die "Không tìm thấy Python $PY_VERSION trên máy này (Python $PY_VERSION not found).
Hãy dùng gói .deb của Sổ Mật (somat_${VERSION}_amd64.deb), gói này không cần Python."
fi

# --- 4. So sánh phiên bản (version check, downgrade refusal) ------------------------------------
vercmp() {  # prints -1, 0 or 1 comparing PEP 440 versions $1 and $2
  "$PYTHON" - "$1" "$2" <<'PY'
import re, sys
def key(v):
    m = re.fullmatch(r"(\d+(?:\.\d+)*)(?:(a|b|rc)(\d+))?(?:\.post(\d+))?(?:\.dev(\d+))?", v.strip())
    if not m:
        sys.exit(f"bad version {v!r}")
    rel = tuple(int(x) for x in m[1].split("."))
    rel += (0,) * (8 - len(rel))
    if m[2]:
        pre = ({"a": 0, "b": 1, "rc": 2}[m[2]], int(m[3]))
    elif m[5] is not None and m[4] is None:
        pre = (-1, 0)
    else:
        pre = (3, 0)
    post = int(m[4]) if m[4] is not None else -1
    dev = int(m[5]) if m[5] is not None else float("inf")
    return rel, pre, post, dev
a, b = key(sys.argv[1]), key(sys.argv[2])
print((a > b) - (a < b))
PY
}
OLD_VERSION=""
if [ -f "$PREFIX/current/VERSION" ]; then OLD_VERSION=$(cat "$PREFIX/current/VERSION"); fi
if [ -n "$OLD_VERSION" ]; then
  cmp=$(vercmp "$VERSION" "$OLD_VERSION")
  if [ "$cmp" = -1 ]; then
    if [ "$ALLOW_DOWNGRADE" = 0 ]; then
      die "Máy đang có Sổ Mật $OLD_VERSION, mới hơn gói này ($VERSION). Không cài phiên bản cũ đè lên
phiên bản mới (downgrade refused): sổ đăng ký đã được nâng cấp sẽ không mở được bằng bản cũ.
Nếu thật sự cần, chạy lại với --allow-downgrade và khôi phục bản sao lưu trước nâng cấp."
    fi
    say "CẢNH BÁO: hạ cấp $OLD_VERSION → $VERSION theo --allow-downgrade. Bản cũ sẽ từ chối mở sổ
đăng ký đã nâng cấp (DatabaseTooNew); khi đó hãy khôi phục bản sao lưu trong thư mục backups."
  fi
  say "Đang có phiên bản $OLD_VERSION; sẽ cài phiên bản $VERSION."
fi

if [ "$(dpkg-query -W -f='${Status}' somat 2>/dev/null || true)" = "install ok installed" ]; then
  say "CHÚ Ý: máy cũng có gói .deb somat (/usr/bin/somat). Nên chỉ giữ một bản: sudo dpkg -r somat."
fi

# The app must not run while its files are replaced.
if pgrep -f -- "$PREFIX/[^ ]*/venv/bin/python" >/dev/null 2>&1; then
  die "Sổ Mật đang chạy. Hãy đóng chương trình (và khóa sổ) rồi chạy lại lệnh cài đặt."
fi

# --- 5. Thư viện hệ thống cho Qt (.deb) ------------------------------------------------------
if [ "$SYSTEM_PACKAGES" = 1 ] && ls debs/*.deb >/dev/null 2>&1; then
  missing=()
  for deb in debs/*.deb; do
    pkg=$(dpkg-deb -f "$deb" Package)
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$deb")
  done
  . /etc/os-release 2>/dev/null || true
  if [ ${#missing[@]} -eq 0 ]; then
    say "Các thư viện hệ thống cho giao diện đã có sẵn."
  elif [ "${ID:-}" != debian ] || [ "${VERSION_ID:-}" != 12 ]; then
    say "CẢNH BÁO: các gói .deb trong gói này dành cho Debian 12; máy này là ${PRETTY_NAME:-không rõ}.
Nhờ quản trị viên cài bằng trình quản lý gói của máy: $(printf '%s ' "${missing[@]##*/}")"
  elif [ "$IS_ROOT" = 1 ]; then
    say "Cài các thư viện hệ thống còn thiếu: ${missing[*]##*/}"
    dpkg -i "${missing[@]}" || die "dpkg không cài được thư viện hệ thống (see messages above)."
  else
    say "CẢNH BÁO: thiếu thư viện hệ thống cho giao diện; dòng lệnh vẫn dùng được.
Nhờ quản trị viên chạy: sudo dpkg -i $(printf "'$HERE/%s' " "${missing[@]}")"
  fi
fi

# --- 5b. In ấn: CUPS không giữ bản in trong hàng đợi (PreserveJobFiles No) ---------------------------
# The GUI streams each PDF to `lp` (no file of ours); cupsd's spool file is the one copy left, and
# with PreserveJobFiles No cupsd deletes it as soon as the job is done (docs/SECURITY.md, "In ấn").
if [ "$SYSTEM_PACKAGES" = 0 ]; then
  :  # --no-system-packages: the system is left as it is
elif [ -f /etc/cups/cupsd.conf ]; then
  if [ "$IS_ROOT" = 1 ]; then
    if [ "$(sh "$HERE/cups-no-job-files.sh" /etc/cups/cupsd.conf)" = changed ]; then
      command -v systemctl >/dev/null 2>&1 && systemctl try-restart cups.service >/dev/null 2>&1 || true
      say "Đã đặt dịch vụ in CUPS xóa bản in khỏi hàng đợi ngay khi in xong (PreserveJobFiles No)."
    fi
  elif ! grep -Eqi '^[[:space:]]*PreserveJobFiles[[:space:]]+No[[:space:]]*$' /etc/cups/cupsd.conf 2>/dev/null; then
    say "CẢNH BÁO: dịch vụ in CUPS còn giữ bản in trong hàng đợi sau khi in. Nhờ quản trị viên chạy:
  sudo sh '$HERE/cups-no-job-files.sh' && sudo systemctl restart cups"
  fi
else
  say "CHÚ Ý: máy chưa có dịch vụ in CUPS (gói cups); Sổ Mật chưa in trực tiếp được. Sau khi cài CUPS, chạy lại
  lệnh cài đặt này (với sudo) để CUPS không giữ bản in trong hàng đợi."
fi
command -v lp >/dev/null 2>&1 || say "CHÚ Ý: thiếu lệnh in lp (gói cups-client); Sổ Mật chưa in trực tiếp được."

# --- 6. Sao lưu sổ đăng ký trước khi nâng cấp (encrypted copy of each registry) ---------------------
backup_dir_of() {  # $1 = data dir; copies every *.somat (SQLCipher, still encrypted) + its .keys
  local data=$1 f stamp dest owner
  [ -d "$data" ] || return 0
  stamp=$(date +%Y%m%d-%H%M%S)
  for f in "$data"/*.somat; do
    [ -f "$f" ] || continue
    owner=$(stat -c %u:%g "$data")
    install -d -m 700 -o "${owner%:*}" -g "${owner#*:}" "$data/backups"
    dest="$data/backups/truoc-nang-cap-${OLD_VERSION}-len-${VERSION}-${stamp}-$(basename "$f")"
    for part in "" -wal .keys; do   # .keys = the key sidecar; without it the copy cannot be opened
      [ -f "$f$part" ] || continue
      cp -p "$f$part" "$dest$part"
      chmod 600 "$dest$part"
    done
    say "Đã sao lưu (bản mã hóa) $f → $dest"
  done
}
if [ -n "$OLD_VERSION" ] && [ "$OLD_VERSION" != "$VERSION" ]; then
  if [ -n "${SOMAT_HOME:-}" ]; then
    backup_dir_of "$SOMAT_HOME/data"
  elif [ "$IS_ROOT" = 1 ]; then
    while IFS=: read -r _ _ uid _ _ home _; do
      if [ "$uid" = 0 ] || { [ "$uid" -ge 1000 ] && [ "$uid" -lt 60000 ]; }; then
        backup_dir_of "$home/.local/share/somat"
      fi
    done < <(getent passwd)
  else
    backup_dir_of "${XDG_DATA_HOME:-$HOME/.local/share}/somat"
  fi
fi

# --- 7. Môi trường Python riêng, chỉ từ các wheel trong gói (pip --no-index) -----------------------
TARGET=$PREFIX/$VERSION
ASIDE=""
if [ -e "$TARGET" ]; then
  ASIDE=$PREFIX/.old-$VERSION-$$
  mv "$TARGET" "$ASIDE"
fi
rollback() {
  rm -rf "$TARGET"
  if [ -n "$ASIDE" ]; then mv "$ASIDE" "$TARGET"; fi
}
trap 'rollback; die "Cài đặt thất bại; giữ nguyên bản đang dùng (install failed, nothing changed)."' ERR

PIP_WHEEL=$(ls "$HERE"/wheels/pip-*.whl | head -n1)
say "Đang tạo môi trường Python tại $TARGET ..."
"$PYTHON" -m venv --without-pip "$TARGET/venv"
# A clean environment: no pip configuration, no index, no network, only the bundle's wheels.
env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 PIP_CONFIG_FILE=/dev/null PIP_NO_INDEX=1 \
  "$TARGET/venv/bin/python" "$PIP_WHEEL/pip" install --quiet --no-index --no-cache-dir \
  --disable-pip-version-check --no-warn-script-location --only-binary=:all: \
  --find-links "$HERE/wheels" "somat==$VERSION"
cp VERSION "$TARGET/VERSION"
installed=$("$TARGET/venv/bin/python" -I -m app --version)
case "$installed" in *"$VERSION"*) ;; *) false ;; esac
trap - ERR
[ -z "$ASIDE" ] || rm -rf "$ASIDE"

# --- 8. Chuyển `current` (atomic switch), lệnh somat, mục trình đơn ----------------------------------
if [ -n "$OLD_VERSION" ] && [ "$OLD_VERSION" != "$VERSION" ]; then
  ln -sfn "$OLD_VERSION" "$PREFIX/.previous.$$" && mv -T "$PREFIX/.previous.$$" "$PREFIX/previous"
fi
ln -sfn "$VERSION" "$PREFIX/.current.$$"
mv -T "$PREFIX/.current.$$" "$PREFIX/current"

cat > "$PREFIX/bin/.somat.$$" <<EOF
#!/bin/sh
# Sổ Mật launcher, written by install.sh. Runs the version that $PREFIX/current points to.
exec "$PREFIX/current/venv/bin/python" -I -m app "\$@"
EOF
chmod 755 "$PREFIX/bin/.somat.$$"
mv -f "$PREFIX/bin/.somat.$$" "$PREFIX/bin/somat"
if [ "$BIN_DIR" != "$PREFIX/bin" ]; then ln -sfn "$PREFIX/bin/somat" "$BIN_DIR/somat"; fi

cp icons/somat.png icons/somat.svg "$PREFIX/share/"
DESKTOP=$APPS_DIR/somat.desktop
sed -e "s|@EXEC@|$PREFIX/bin/somat|g" -e "s|@ICON@|$PREFIX/share/somat.png|g" \
    -e "s|@PREFIX@|$PREFIX|g" -e "s|@VERSION@|$VERSION|g" somat.desktop.in > "$DESKTOP"
chmod 644 "$DESKTOP"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS_DIR" 2>/dev/null || true

install -m 755 uninstall.sh "$PREFIX/uninstall.sh"
install -m 755 cups-no-job-files.sh "$PREFIX/cups-no-job-files.sh"  # if CUPS comes later (docs/SECURITY.md)
cat > "$PREFIX/install.conf" <<EOF
# Written by install.sh $VERSION; read by uninstall.sh.
PREFIX=$PREFIX
BIN_LINK=$([ "$BIN_DIR" != "$PREFIX/bin" ] && echo "$BIN_DIR/somat")
DESKTOP_FILE=$DESKTOP
EOF

# Keep the current and the previous version (rollback); remove older ones.
PREVIOUS=$(readlink "$PREFIX/previous" 2>/dev/null || true)
for dir in "$PREFIX"/*; do
  name=$(basename "$dir")
  [ -d "$dir" ] && [ ! -L "$dir" ] && [ -f "$dir/VERSION" ] || continue   # never follow current/previous
  [ "$name" = "$VERSION" ] || [ "$name" = "$PREVIOUS" ] || rm -rf -- "$dir"
done

# The hardware check reads kernel logs and the journal (root:adm, systemd-journal) to prove the
# machine never had a USB drive or network: grant the clerk's account read access (fail closed
# otherwise: unreadable evidence blocks drafting).
if [ "$IS_ROOT" = 1 ] && [ -n "$LOG_READER" ] && [ "$LOG_READER" != root ] && id "$LOG_READER" >/dev/null 2>&1; then
  for group in adm systemd-journal; do
    if getent group "$group" >/dev/null 2>&1 && ! id -nG "$LOG_READER" | tr ' ' '\n' | grep -qx "$group"; then
      usermod -a -G "$group" "$LOG_READER" && \
        say "  Đã cho tài khoản $LOG_READER đọc nhật ký hệ thống (nhóm $group) để kiểm tra máy; đăng nhập lại để có hiệu lực."
    fi
  done
fi

if [ -n "${SOMAT_HOME:-}" ]; then DATA=$SOMAT_HOME/data; else DATA="~/.local/share/somat"; fi
say "Đã cài Sổ Mật $VERSION vào $PREFIX."
say "  Lệnh: $BIN_DIR/somat    Trình đơn: $DESKTOP"
say "  Sổ đăng ký của mỗi người dùng nằm ở $DATA (không thuộc thư mục cài đặt)."
[ -z "$OLD_VERSION" ] || [ "$OLD_VERSION" = "$VERSION" ] || say "  Lần mở đầu tiên, Sổ Mật sẽ tự sao lưu và nâng cấp sổ đăng ký. Bản $OLD_VERSION được giữ tại $PREFIX/$OLD_VERSION."
say "  Gỡ cài đặt: $PREFIX/uninstall.sh"
case ":$PATH:" in *":$BIN_DIR:"*) ;; *) say "  (Thư mục $BIN_DIR chưa có trong PATH; hãy mở từ trình đơn hoặc gõ đường dẫn đầy đủ.)" ;; esac
