#!/usr/bin/env bash
# Sổ Mật — cài đặt và chạy từ mã nguồn trên Debian 12 / Ubuntu (Python 3.11).
#   bash scripts/dev.sh run    cài đặt rồi mở ứng dụng (tạo sổ mẫu nếu chưa có sổ nào)
#   bash scripts/dev.sh test   cài đặt rồi chạy toàn bộ bộ kiểm thử
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Thư viện hệ thống mà Qt (xcb) cần; công cụ xem trang PDF và màn hình ảo cho kiểm thử.
APT_RUN="python3 python3-venv python3-pip libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libglib2.0-0 udev"
APT_TEST="xvfb poppler-utils iproute2"
packages="$APT_RUN"
[ "$mode" = "test" ] && packages="$APT_RUN $APT_TEST"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Cài gói hệ thống:$missing"
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
fi

PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
case "$mode" in
  run)
    .venv/bin/python -m pip install -q -e .
    exec .venv/bin/somat gui --demo
    ;;
  test)
    .venv/bin/python -m pip install -q -e '.[test]'
    exec .venv/bin/python -m pytest -n 2 -q "${@:2}"
    ;;
  *)
    echo "Cách dùng: bash scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac
