#!/bin/sh
# Make cupsd delete a job's document as soon as the job is done (PreserveJobFiles No), so no copy of a
# printed secret paper stays in the CUPS spool (/var/spool/cups/d*). Used by install.sh and the .deb.
#
#   cups-no-job-files.sh [CUPSD_CONF]     default /etc/cups/cupsd.conf
#
# Prints "changed" (cupsd must be restarted), "unchanged" or "absent" (no CUPS configuration).
set -eu
CONF=${1:-/etc/cups/cupsd.conf}
[ -f "$CONF" ] || { echo absent; exit 0; }
if [ "$(grep -Eci '^[[:space:]]*PreserveJobFiles[[:space:]]' "$CONF" || true)" = 1 ] \
   && grep -Eqi '^[[:space:]]*PreserveJobFiles[[:space:]]+No[[:space:]]*$' "$CONF"; then
  echo unchanged; exit 0
fi
TMP=$(mktemp "$CONF.somat.XXXXXX")
trap 'rm -f "$TMP"' EXIT
# Directives are case-insensitive; every earlier PreserveJobFiles line goes, one top-level line is added.
grep -Evi '^[[:space:]]*PreserveJobFiles[[:space:]]' "$CONF" > "$TMP" || true
printf '%s\n' "# Sổ Mật: xóa bản in khỏi hàng đợi ngay khi in xong (no copy of printed papers in the spool)" \
  "PreserveJobFiles No" >> "$TMP"
chmod --reference="$CONF" "$TMP"
chown --reference="$CONF" "$TMP" 2>/dev/null || true
mv -f "$TMP" "$CONF"
trap - EXIT
echo changed
