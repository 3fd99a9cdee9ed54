#!/usr/bin/env bash
# Gỡ cài đặt Sổ Mật (uninstall). KHÔNG BAO GIỜ xóa sổ đăng ký (registry data is never touched).
#
#   /opt/somat/uninstall.sh [--yes]                 (bản cài cho mọi người dùng, chạy bằng sudo)
#   ~/.local/share/somat-app/uninstall.sh [--yes]   (bản cài cho riêng bạn)
#   ./uninstall.sh --prefix DIR [--yes]             (từ gói cài đặt, chỉ rõ thư mục cài)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=""
YES=0
say() { printf '%s\n' "$*"; }
die() { printf 'LỖI: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    -y|--yes) YES=1; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) die "Tùy chọn không hợp lệ: $1 (unknown option)" ;;
  esac
done
if [ -z "$PREFIX" ]; then
  if [ -f "$HERE/install.conf" ]; then PREFIX=$HERE
  elif [ "$(id -u)" = 0 ]; then PREFIX=/opt/somat
  else PREFIX=${XDG_DATA_HOME:-$HOME/.local/share}/somat-app
  fi
fi
[ -d "$PREFIX" ] || die "Không thấy Sổ Mật đã cài tại $PREFIX (nothing installed there)."
PREFIX=$(cd "$PREFIX" && pwd)
[ -f "$PREFIX/install.conf" ] || die "$PREFIX không phải thư mục cài đặt Sổ Mật (no install.conf); không xóa gì."

conf() { sed -n "s/^$1=//p" "$PREFIX/install.conf" | head -n1; }
BIN_LINK=$(conf BIN_LINK)
DESKTOP_FILE=$(conf DESKTOP_FILE)
VERSION=$(cat "$PREFIX/current/VERSION" 2>/dev/null || echo "?")

# Where each user's registry lives; refuse anything that could contain it.
if [ -n "${SOMAT_HOME:-}" ]; then DATA=$SOMAT_HOME/data; else DATA=${XDG_DATA_HOME:-$HOME/.local/share}/somat; fi
case "$PREFIX/" in
  /|/usr/*|/home/|/root/|"$HOME/") die "Thư mục cài đặt $PREFIX không an toàn để xóa; dừng lại." ;;
esac
case "$DATA/" in "$PREFIX"/*) die "Sổ đăng ký ($DATA) nằm trong $PREFIX; không xóa gì." ;; esac
if find "$PREFIX" -name '*.somat' -print -quit | grep -q .; then
  die "Có tệp sổ đăng ký (*.somat) trong $PREFIX; không xóa gì. Hãy chuyển chúng đi trước."
fi

if pgrep -f -- "$PREFIX/[^ ]*/venv/bin/python" >/dev/null 2>&1; then
  die "Sổ Mật đang chạy. Hãy đóng chương trình rồi gỡ cài đặt."
fi

if [ "$YES" = 0 ]; then
  [ -t 0 ] || die "Chạy lại với --yes để xác nhận gỡ cài đặt (confirmation needed)."
  printf 'Gỡ Sổ Mật %s khỏi %s? Sổ đăng ký KHÔNG bị xóa. [c/K] ' "$VERSION" "$PREFIX"
  read -r answer
  case "$answer" in c|C|co|có|Có|y|Y|yes) ;; *) say "Không gỡ gì."; exit 0 ;; esac
fi

if [ -n "$BIN_LINK" ] && [ -L "$BIN_LINK" ] && [ "$(readlink "$BIN_LINK")" = "$PREFIX/bin/somat" ]; then
  rm -f "$BIN_LINK"
fi
if [ -n "$DESKTOP_FILE" ] && [ -f "$DESKTOP_FILE" ] && grep -qx "X-Somat-Prefix=$PREFIX" "$DESKTOP_FILE"; then
  rm -f "$DESKTOP_FILE"
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(dirname "$DESKTOP_FILE")" 2>/dev/null || true
fi
rm -rf "$PREFIX"

say "Đã gỡ Sổ Mật $VERSION (chương trình, lệnh somat, mục trình đơn)."
if [ "$(id -u)" = 0 ] && [ -z "${SOMAT_HOME:-}" ]; then
  say "Sổ đăng ký và bản sao lưu của mỗi người dùng vẫn được giữ nguyên tại ~/.local/share/somat."
else
  say "Sổ đăng ký và bản sao lưu vẫn được giữ nguyên tại $DATA (registry data kept)."
fi
say "Các thư viện hệ thống (.deb) đã cài kèm không bị gỡ."
