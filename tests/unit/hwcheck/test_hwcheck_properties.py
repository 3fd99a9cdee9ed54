"""No parser crashes on arbitrary input: a hostile or damaged file yields data or nothing."""
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.hwcheck.probes import journal, leases, network_profiles
from app.hwcheck.probes.browsers_firefox import firefox_time, parse_profiles_ini
from app.hwcheck.probes.browsers_chromium import chromium_time
from app.hwcheck.probes.common import parse_keyfile
from app.hwcheck.probes.identity import parse_machine_id
from app.hwcheck.probes.logtime import split_line
from app.hwcheck.probes.urls import host_of, is_local, tally
from app.hwcheck.probes.usb_history import UsbHistory

UTC = dt.timezone.utc
FAST = settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes biased toward the shapes the parsers look for, so the fuzzing reaches deep branches.
FRAGMENTS = [b"usb 1-1: ", b"New USB device found, idVendor=0781, idProduct=5567", b"Product: ",
             b"SerialNumber: ", b"usb-storage 1-1:1.0: USB Mass Storage device detected", b"\n",
             b"Jan  2 03:04:05 h kernel: ", b"2025-13-45T99:99:99+99:99 h kernel: ", b"[ 12.5] ",
             b"Feb 29 01:02:03 h kernel: ", b"rndis_host 1-2:1.0 usb0: ", b"scsi host2: uas", b"\xff\xfe",
             b"lease {", b"}", b"fixed-address 1.2.3.4;", b"renew 2 2024/02/30 25:61:61;", b"[connection]",
             b"timestamp=99999999999999999999", b"ssid=1;2;300;", b"network={ssid=abc}", b"ADDRESS=",
             b"MESSAGE=", b"\x00", b"[Profile0]", b"Path=", b"IsRelative=0"]
log_bytes = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=40)), max_size=40).map(b"".join)


@FAST
@given(log_bytes)
def test_kernel_log_parser(data):
    history = UsbHistory()
    history.feed_bytes(data, "x", UTC, dt.datetime(2025, 1, 1, tzinfo=UTC))
    history.devices()


@FAST
@given(st.text(max_size=200))
def test_split_line(text):
    split_line(text, UTC, None)
    split_line(text, UTC, dt.datetime(2025, 3, 1, tzinfo=UTC))


@FAST
@given(log_bytes)
def test_text_parsers(data):
    text = data.decode("utf-8", "replace")
    parse_keyfile(text)
    network_profiles.parse_nm_keyfile(text, {"": text}, {})
    network_profiles.parse_wpa_conf(text)
    network_profiles.decode_ssid(text)
    leases.parse_dhclient(text)
    leases.parse_keyvalue_lease(text)
    parse_profiles_ini(text)
    parse_machine_id(text)
    journal.scan_journal_file(data)


@FAST
@given(st.binary(max_size=600))
def test_dhcp_message(data):
    leases.parse_dhcp_message(data)
    leases.parse_dhcp_message(data[:236].ljust(236, b"\0") + b"\x63\x82\x53\x63" + data)


@FAST
@given(st.lists(st.tuples(st.one_of(st.text(max_size=60), st.binary(max_size=30)),
                          st.integers(0, 10), st.one_of(st.none(), st.integers(-2**63, 2**63 - 1)),
                          st.one_of(st.none(), st.integers(-2**63, 2**63 - 1))), max_size=20))
def test_url_tally_and_epochs(rows):
    tally(rows)
    for url, _, first, last in rows:
        if isinstance(url, str):
            is_local(*host_of(url))
        chromium_time(first)
        firefox_time(last)


URLISH = st.lists(st.sampled_from(["http", "https", "file", "about", ":", "//", "/", "?", "#", "@", "[", "]",
                                   "::1", "a.vn", "127.0.0.1", ":8080", "x", "é", "%2F", " "]),
                  max_size=12).map("".join)


@FAST
@given(st.lists(st.one_of(URLISH, st.text(max_size=30)), min_size=1, max_size=20))
def test_sql_origin_keeps_the_host(urls):
    import sqlite3

    from app.hwcheck.probes.urls import origin_sql

    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE v(url TEXT, t INTEGER)")
    con.executemany("INSERT INTO v VALUES(?, 1)", [(u,) for u in urls])
    rows = con.execute(origin_sql("url", "t", "v")).fetchall()
    con.close()
    assert sum(r[1] for r in rows) == len(urls)
    assert {host_of(r[0]) for r in rows} == {host_of(u) for u in urls}
