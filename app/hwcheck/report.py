"""The verdict for people (Vietnamese text) and for inspectors' scripts (JSON)."""
from __future__ import annotations

import json

from app.hwcheck.model import Verdict

SEVERITY_VI = {"block": "CHẶN", "warn": "CẢNH BÁO", "info": "THÔNG TIN"}
LIVE_SKIPPED = "Bỏ qua kiểm tra trực tiếp (thư mục gốc không phải /)"


def render_json(verdict: Verdict) -> str:
    return json.dumps(verdict.to_json_dict(), ensure_ascii=False, indent=2)


def render_text(verdict: Verdict) -> str:
    lines = [
        "KẾT QUẢ KIỂM TRA MÁY TÍNH SOẠN THẢO BÍ MẬT NHÀ NƯỚC",
        f"Thư mục gốc: {verdict.root}",
        f"Thời điểm kiểm tra: {verdict.checked_at.astimezone().strftime('%d/%m/%Y %H:%M:%S (UTC%z)')}",
    ]
    if not verdict.live_probes:
        lines.append(LIVE_SKIPPED)
    counts = {s: sum(1 for f in verdict.findings if f.severity == s) for s in SEVERITY_VI}
    if verdict.passed:
        lines.append("KẾT LUẬN: ĐẠT — không phát hiện dấu hiệu ngăn cấm soạn thảo bí mật nhà nước trên máy này.")
    else:
        lines.append("KẾT LUẬN: KHÔNG ĐẠT — không được soạn thảo bí mật nhà nước trên máy này.")
    lines.append(f"Số phát hiện: {counts['block']} chặn, {counts['warn']} cảnh báo, {counts['info']} thông tin.")
    for index, f in enumerate(verdict.findings, start=1):
        lines += [
            "",
            f"{index}. [{SEVERITY_VI[f.severity]}] {f.summary}",
            f"   Mã quy tắc: {f.rule}",
            f"   Nguồn: {f.source}",
            f"   Căn cứ: {f.legal_basis}",
        ]
    lines += ["", f"Mã băm chứng cứ (SHA-256): {verdict.evidence_sha256}"]
    return "\n".join(lines) + "\n"
