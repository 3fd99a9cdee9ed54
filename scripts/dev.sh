#!/usr/bin/env bash
# Sổ Mật — cài đặt và chạy từ mã nguồn trên Debian 12 / Ubuntu (Python 3.11).
#   bash scripts/dev.sh run    cài đặt rồi mở ứng dụng (tạo sổ mẫu nếu chưa có sổ nào)
#   bash scripts/dev.sh test   cài đặt rồi chạy toàn bộ bộ kiểm thử
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Gói hệ thống: scripts/apt/run.txt cho ứng dụng; thêm scripts/apt/test-*.txt cho kiểm thử (mỗi tệp một
# họ công cụ tạo chứng cứ thật: trình duyệt, NetworkManager, hivex…). Một gói một dòng, "#" là chú thích.
lists="scripts/apt/run.txt"
[ "$mode" = "test" ] && lists="$lists $(ls scripts/apt/test-*.txt 2>/dev/null | tr '\n' ' ')"
packages=$(sed -e 's/#.*//' $lists | tr -s ' \t\n' ' ')
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Cài gói hệ thống:$missing"
  # Chờ khi một tiến trình apt khác đang giữ khóa (cập nhật tự động), thay vì dừng ngay.
  APT_WAIT="-o DPkg::Lock::Timeout=600"
  $SUDO apt-get $APT_WAIT update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get $APT_WAIT install -y -q $missing
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
    # Linters first (pyproject.toml: [tool.ruff], [tool.vulture]); a finding stops the run.
    .venv/bin/ruff check app tests bench scripts installer
    .venv/bin/vulture
    exec .venv/bin/python -m pytest -n 2 -q "${@:2}"
    ;;
  *)
    echo "Cách dùng: bash scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac
