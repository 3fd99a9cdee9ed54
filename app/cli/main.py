"""Entry point of the ``somat`` command.

Each sub-command lives in its own module of this package and exposes
``register(subparsers)``; the module sets ``func`` on its parser, and
``func(args)`` returns the exit code. Exit codes: 0 success, 1 refused or
invalid input, 2 usage or internal error.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from app import __version__
from app.errors import SomatError

log = logging.getLogger(__name__)

# Order is the order shown by ``somat --help``.
COMMAND_MODULES = (
    "gui_cmd",
    "check_cmd",
    "init_cmd",
    "import_cmd",
    "list_cmd",
    "audit_cmd",
    "backup_cmd",
    "user_cmd",
    "logbook_cmd",
    "report_cmd",
    "export_cmd",
)


class UsageError(Exception):
    """Raised by a command for bad arguments (exit code 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="somat",
        description="Sổ Mật — quản lý bí mật nhà nước trên máy soạn thảo độc lập.",
    )
    parser.add_argument("--version", action="version", version=f"Sổ Mật {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    for name in COMMAND_MODULES:
        importlib.import_module(f"app.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    # ``somat`` and ``somat --db SỔ`` open the GUI: options without a command belong to ``gui``.
    if "gui" in _commands(parser) and (not argv or (argv[0].startswith("-")
                                                   and argv[0] not in ("-h", "--help", "--version"))):
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except SomatError as exc:  # a refusal or an environment fault a command did not catch itself
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 1
    except Exception as exc:
        fault = _environment_fault(exc)
        if fault is None:
            raise
        print(f"Lỗi: {fault.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return 2


def _environment_fault(exc: BaseException):
    """A database error the machine caused (disk full, locked, I/O …) as its Vietnamese fault."""
    from app.models.db import classify  # only on this error path: keeps ``somat --version`` light

    return classify(exc)


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._subparsers._group_actions:  # noqa: SLF001 - argparse has no public API
        return set(action.choices)
    return set()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
