"""SQL triggers that make the database itself enforce the rules nothing may bypass.

Used by the migrations (``op.execute``) and by ``create_schema`` for tests; each statement is
idempotent (IF NOT EXISTS).
"""
from __future__ import annotations

TRIGGERS: tuple[str, ...] = (
    # Audit log: append only.
    """CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'Nhật ký kiểm toán chỉ được ghi thêm, không được sửa'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'Nhật ký kiểm toán chỉ được ghi thêm, không được xóa'); END""",
    # Certificates of users' signing keys: append only (schema 0003).
    """CREATE TRIGGER IF NOT EXISTS user_certificate_no_update BEFORE UPDATE ON user_certificate
    BEGIN SELECT RAISE(ABORT, 'Chứng thư khóa ký chỉ được ghi thêm, không được sửa'); END""",
    """CREATE TRIGGER IF NOT EXISTS user_certificate_no_delete BEFORE DELETE ON user_certificate
    BEGIN SELECT RAISE(ABORT, 'Chứng thư khóa ký chỉ được ghi thêm, không được xóa'); END""",
    # Registry records are never deleted.
    """CREATE TRIGGER IF NOT EXISTS document_no_delete BEFORE DELETE ON document
    BEGIN SELECT RAISE(ABORT, 'Không được xóa hồ sơ BMNN khỏi sổ'); END""",
    """CREATE TRIGGER IF NOT EXISTS copy_record_no_delete BEFORE DELETE ON copy_record
    BEGIN SELECT RAISE(ABORT, 'Không được xóa dòng sổ sao, chụp'); END""",
    """CREATE TRIGGER IF NOT EXISTS transfer_no_delete BEFORE DELETE ON transfer
    BEGIN SELECT RAISE(ABORT, 'Không được xóa dòng sổ chuyển giao'); END""",
    # No trích yếu for levels the rule pack forbids (Tuyệt mật under the 2025 regime).
    """CREATE TRIGGER IF NOT EXISTS document_summary_forbidden_insert BEFORE INSERT ON document
    WHEN NEW.trich_yeu IS NOT NULL AND NEW.trich_yeu <> '' AND EXISTS (
        SELECT 1 FROM rule_summary_forbidden r WHERE r.regime = NEW.regime AND r.level = NEW.do_mat)
    BEGIN SELECT RAISE(ABORT, 'Không được ghi trích yếu cho tài liệu độ Tuyệt mật theo quy định hiện hành'); END""",
    """CREATE TRIGGER IF NOT EXISTS document_summary_forbidden_update BEFORE UPDATE ON document
    WHEN NEW.trich_yeu IS NOT NULL AND NEW.trich_yeu <> '' AND EXISTS (
        SELECT 1 FROM rule_summary_forbidden r WHERE r.regime = NEW.regime AND r.level = NEW.do_mat)
    BEGIN SELECT RAISE(ABORT, 'Không được ghi trích yếu cho tài liệu độ Tuyệt mật theo quy định hiện hành'); END""",
)
