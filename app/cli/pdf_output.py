"""Writing a PDF the user asked for, with a clear message when the disk refuses."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def registry_pdf(args, build) -> int:
    """Open the registry of ``args.db`` read-only, ``build(session, pack) -> bytes``, write ``args.out``."""
    from app.cli.passwords import fail, open_for_cli
    from app.services.errors import SomatError

    try:
        registry = open_for_cli(args, args.db, read_only=True)
    except SomatError as exc:
        return fail(exc)
    try:
        with registry.session() as session:
            pdf = build(session, registry.pack)
    except SomatError as exc:
        return fail(exc)
    finally:
        registry.close()
    return write_pdf(args.out, pdf)


def write_pdf(path: Path, data: bytes) -> int:
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        print(f"Lỗi: không ghi được tệp «{path}»: {exc.strerror}. Kiểm tra thư mục và chỗ trống trên đĩa.",
              file=sys.stderr)
        return 1
    print(f"Đã ghi {path} ({len(data) // 1024 + 1} KB). Tệp có nội dung BMNN: chỉ để trên máy soạn thảo, "
          "in xong thì xóa.")
    return 0
