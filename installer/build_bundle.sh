#!/usr/bin/env bash
# Build the offline bundle of Sổ Mật for Debian 12 / Ubuntu x86-64 (gói cài đặt ngoại tuyến).
#
#   installer/build_bundle.sh [--source head|worktree] [--version-override V] [--no-debs]
#                             [--no-tar] [--offline] [--out DIR] [--source-hook CMD]
#
#   --offline      use only the cache (no PyPI / apt access); fails if something is missing
#   --source-hook  tests only: run `CMD <source copy>` before building (e.g. add a migration)
#
# Output: installer/out/somat-<version>-debian12-x86_64/ and the same as .tar.gz (+ .sha256).
# The app is built from a copy of the source (git HEAD by default) in a temporary folder; the
# repository is never modified. Downloaded wheels and .deb files are cached in
# ${SOMAT_BUNDLE_CACHE:-~/.cache/somat-bundle} so re-runs only rebuild the somat wheel.
set -euo pipefail
umask 022

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
PYTHON=${PYTHON:-$REPO/.venv/bin/python}
CACHE=${SOMAT_BUNDLE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/somat-bundle}
PY_VERSION=3.11
PY_TAG=cp311
TARGET_GLIBC_MINOR=36          # Debian 12 has glibc 2.36; wheels needing newer glibc are refused
SOURCE=head
VERSION_OVERRIDE=${SOMAT_VERSION_OVERRIDE:-}
WITH_DEBS=1
WITH_TAR=1
OFFLINE=0
SOURCE_HOOK=""                 # tests only: a command run as `HOOK <source copy>` before the build
OUT=$HERE/out

die() { echo "build_bundle: $*" >&2; exit 1; }
say() { echo "build_bundle: $*" >&2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --source) SOURCE=$2; shift 2 ;;
    --version-override) VERSION_OVERRIDE=$2; shift 2 ;;
    --no-debs) WITH_DEBS=0; shift ;;
    --no-tar) WITH_TAR=0; shift ;;
    --offline) OFFLINE=1; shift ;;
    --source-hook) SOURCE_HOOK=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done
[ -x "$PYTHON" ] || die "no Python at $PYTHON (set PYTHON=...)"
"$PYTHON" -c "import sys; sys.exit(sys.version_info[:2] != (3, 11))" \
  || say "warning: building with $("$PYTHON" -V); the bundle targets Python $PY_VERSION"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/somat-bundle.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
SRC=$WORK/src
mkdir -p "$SRC" "$WORK/dist"

# --- 1. source copy ------------------------------------------------------------------------
case "$SOURCE" in
  head)
    git -C "$REPO" archive --format=tar HEAD | tar -x -C "$SRC"
    COMMIT=$(git -C "$REPO" rev-parse HEAD) ;;
  worktree)
    (cd "$REPO" && git ls-files -z --cached --others --exclude-standard \
      | xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' \
      | tar --null -T - -cf -) | tar -x -C "$SRC"
    COMMIT="$(git -C "$REPO" rev-parse HEAD)+worktree" ;;
  *) die "--source must be head or worktree" ;;
esac
# app/resources is a link to resources/ in the repository; pyproject ships it inside the wheel.
if [ -n "$VERSION_OVERRIDE" ]; then
  sed -i -E "s/^__version__ = .*/__version__ = \"$VERSION_OVERRIDE\"/" "$SRC/app/__init__.py"
fi
if [ -n "$SOURCE_HOOK" ]; then
  $SOURCE_HOOK "$SRC" || die "source hook failed: $SOURCE_HOOK"
fi
VERSION=$("$PYTHON" - "$SRC/app/__init__.py" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
print(re.search(r'^__version__\s*=\s*["\']([^"\']+)', text, re.M).group(1))
PY
)
NAME=somat-$VERSION-debian12-x86_64
BUNDLE=$OUT/$NAME
say "version $VERSION from $SOURCE ($COMMIT)"

# --- 2. the somat wheel ---------------------------------------------------------------------
"$PYTHON" -m pip wheel --quiet --no-deps -w "$WORK/dist" "$SRC" 2> "$WORK/wheel.log" \
  || { cat "$WORK/wheel.log" >&2; die "building the somat wheel failed"; }
WHEEL=$(ls "$WORK"/dist/somat-*.whl)
"$PYTHON" - "$WHEEL" <<'PY' || die "the somat wheel lacks its resources"
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
need = ("app/resources/rules/", "app/resources/fonts/", "app/resources/icons/somat.png",
        "app/resources/hwcheck_rules.toml", "app/migrations/versions/", "app/cli/main.py")
missing = [n for n in need if not any(x.startswith(n) for x in names)]
if missing:
    sys.exit(f"missing in wheel: {missing}")
PY

# --- 3. dependency wheels (cached) ------------------------------------------------------------
PLATFORMS=()
for minor in $(seq 17 "$TARGET_GLIBC_MINOR"); do PLATFORMS+=(--platform "manylinux_2_${minor}_x86_64"); done
PLATFORMS+=(--platform manylinux2014_x86_64 --platform manylinux2010_x86_64 --platform manylinux1_x86_64)
PLATFORMS+=(--platform linux_x86_64)
TAGS=(--only-binary=:all: "${PLATFORMS[@]}" --python-version "$PY_VERSION" --implementation cp
      --abi "$PY_TAG")
WHEELCACHE=$CACHE/wheels-$PY_TAG
mkdir -p "$WHEELCACHE"
"$PYTHON" - "$WHEEL" > "$WORK/requirements.txt" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
for line in z.read(meta).decode().splitlines():
    if line.startswith("Requires-Dist:") and "extra ==" not in line:
        print(line.split(":", 1)[1].strip())
print("pip")  # run from its wheel by install.sh to bootstrap without ensurepip
PY
if [ "$OFFLINE" = 0 ]; then
  # sdist-only pure-Python dependencies: built once into a wheel in the cache (installer/bundle/sdist-wheels.txt)
  while read -r req _; do
    [ -n "$req" ] && [ "${req#\#}" = "$req" ] || continue
    name=${req%%[=<>!~]*}
    if ! ls "$WHEELCACHE"/"$(echo "$name" | tr - _)"-*-py3-none-any.whl "$WHEELCACHE"/"$(echo "$name" | tr - _)"-*-py2.py3-none-any.whl \
         >/dev/null 2>&1; then
      say "building a wheel of $req (published as source only)"
      "$PYTHON" -m pip wheel --quiet --disable-pip-version-check --no-deps -w "$WHEELCACHE" "$req" \
        2> >(grep -v "is ignored: it is neither a file nor a directory" >&2) || die "pip wheel $req failed"
    fi
    ls "$WHEELCACHE"/"$(echo "$name" | tr - _)"-*-none-any.whl >/dev/null 2>&1 || die "$req did not give a pure-Python wheel"
  done < "$HERE/bundle/sdist-wheels.txt"
  say "resolving dependencies (cache: $WHEELCACHE)"
  "$PYTHON" -m pip download --quiet --disable-pip-version-check -d "$WHEELCACHE" --find-links "$WHEELCACHE" \
    "${TAGS[@]}" -r "$WORK/requirements.txt" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
fi
# Assemble from the cache with every index disabled: proves the set is complete offline.
rm -rf "$BUNDLE"
mkdir -p "$BUNDLE/wheels"
env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null "$PYTHON" -m pip download --quiet --disable-pip-version-check \
  --no-index --find-links "$WHEELCACHE" --find-links "$WORK/dist" -d "$BUNDLE/wheels" "${TAGS[@]}" \
  "somat==$VERSION" pip

# --- 4. Qt runtime .deb files (cached) ------------------------------------------------------
mkdir -p "$BUNDLE/debs"
if [ "$WITH_DEBS" = 1 ]; then
  DEBCACHE=$CACHE/debs-debian12-amd64
  mkdir -p "$DEBCACHE"
  mapfile -t PKGS < <(cat "$HERE/bundle/qt-runtime-debs.txt" "$HERE/bundle/print-runtime-debs.txt" \
                      | grep -v -E '^\s*(#|$)')
  for pkg in "${PKGS[@]}"; do
    ver=$(apt-cache policy "$pkg" | awk '/Candidate:/ {print $2}')
    [ -n "$ver" ] && [ "$ver" != "(none)" ] || die "apt knows no candidate for $pkg (apt-get update?)"
    file=""
    for f in "$DEBCACHE/${pkg}_"*.deb; do
      if [ -f "$f" ] && [ "$(dpkg-deb -f "$f" Package)" = "$pkg" ] \
         && [ "$(dpkg-deb -f "$f" Version)" = "$ver" ]; then file=$f; break; fi
    done
    if [ -z "$file" ]; then
      [ "$OFFLINE" = 0 ] || die "$pkg $ver not in $DEBCACHE and --offline given"
      (cd "$DEBCACHE" && apt-get download -qq -o APT::Sandbox::User=root "$pkg=$ver") || die "apt-get download $pkg failed"
      file=$(ls -t "$DEBCACHE/${pkg}_"*.deb | head -n1) || die "no .deb for $pkg after download"
    fi
    cp "$file" "$BUNDLE/debs/"
  done
  printf '%s\n' "${PKGS[@]}" > "$BUNDLE/debs/PACKAGES.txt"
fi

# --- 5. scripts, launcher, desktop entry, icons, metadata -------------------------------------
install -m 755 "$HERE/bundle/install.sh" "$BUNDLE/install.sh"
install -m 755 "$HERE/bundle/uninstall.sh" "$BUNDLE/uninstall.sh"
install -m 755 "$HERE/bundle/cups-no-job-files.sh" "$BUNDLE/cups-no-job-files.sh"
install -m 644 "$HERE/bundle/somat.desktop.in" "$BUNDLE/somat.desktop.in"
install -m 644 "$HERE/bundle/README.txt" "$BUNDLE/README.txt"
mkdir -p "$BUNDLE/icons"
install -m 644 "$SRC/resources/icons/somat.svg" "$SRC/resources/icons/somat.png" "$BUNDLE/icons/"
echo "$VERSION" > "$BUNDLE/VERSION"
cat > "$BUNDLE/BUILDINFO" <<EOF
name=somat
version=$VERSION
python=$PY_VERSION
python_tag=$PY_TAG
glibc_min=2.$TARGET_GLIBC_MINOR
platform=debian12-x86_64
source=$SOURCE
commit=$COMMIT
built=$(date -u +%Y-%m-%dT%H:%M:%SZ)
EOF
(cd "$BUNDLE" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort \
  | xargs -d '\n' sha256sum > SHA256SUMS)

if [ "$WITH_TAR" = 1 ]; then
  tar -C "$OUT" --owner=0 --group=0 --numeric-owner --sort=name -czf "$OUT/$NAME.tar.gz" "$NAME"
  (cd "$OUT" && sha256sum "$NAME.tar.gz" > "$NAME.tar.gz.sha256")
  say "$(du -h "$OUT/$NAME.tar.gz" | cut -f1) $OUT/$NAME.tar.gz"
fi
say "$(du -sh "$BUNDLE" | cut -f1) $BUNDLE"
echo "$BUNDLE"
