"""Release 0.1.0 schema: every table of app.models, the triggers and the search index.

Never edit after release. TRIGGERS and SEARCH_DDL are frozen copies of app.models.triggers and
app.models.search_index as they were at release 0.1.0; later changes need a new revision.

Revision ID: 0001
Revises: (none, first revision)
Create Date: release 0.1.0
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event\n    BEGIN SELECT RAISE(ABORT, 'Nhật ký kiểm toán chỉ được ghi thêm, không được sửa'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event\n    BEGIN SELECT RAISE(ABORT, 'Nhật ký kiểm toán chỉ được ghi thêm, không được xóa'); END",
    "CREATE TRIGGER IF NOT EXISTS document_no_delete BEFORE DELETE ON document\n    BEGIN SELECT RAISE(ABORT, 'Không được xóa hồ sơ BMNN khỏi sổ'); END",
    "CREATE TRIGGER IF NOT EXISTS copy_record_no_delete BEFORE DELETE ON copy_record\n    BEGIN SELECT RAISE(ABORT, 'Không được xóa dòng sổ sao, chụp'); END",
    "CREATE TRIGGER IF NOT EXISTS transfer_no_delete BEFORE DELETE ON transfer\n    BEGIN SELECT RAISE(ABORT, 'Không được xóa dòng sổ chuyển giao'); END",
    "CREATE TRIGGER IF NOT EXISTS document_summary_forbidden_insert BEFORE INSERT ON document\n    WHEN NEW.trich_yeu IS NOT NULL AND NEW.trich_yeu <> '' AND EXISTS (\n        SELECT 1 FROM rule_summary_forbidden r WHERE r.regime = NEW.regime AND r.level = NEW.do_mat)\n    BEGIN SELECT RAISE(ABORT, 'Không được ghi trích yếu cho tài liệu độ Tuyệt mật theo quy định hiện hành'); END",
    "CREATE TRIGGER IF NOT EXISTS document_summary_forbidden_update BEFORE UPDATE ON document\n    WHEN NEW.trich_yeu IS NOT NULL AND NEW.trich_yeu <> '' AND EXISTS (\n        SELECT 1 FROM rule_summary_forbidden r WHERE r.regime = NEW.regime AND r.level = NEW.do_mat)\n    BEGIN SELECT RAISE(ABORT, 'Không được ghi trích yếu cho tài liệu độ Tuyệt mật theo quy định hiện hành'); END",
)

SEARCH_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS document_fts USING fts5(\n        search_fold,\n        content='document', content_rowid='id',\n        tokenize='unicode61 remove_diacritics 2',\n        prefix='2 3', columnsize=0\n    )",
    "CREATE TRIGGER IF NOT EXISTS document_fts_after_insert AFTER INSERT ON document\n    BEGIN\n        INSERT INTO document_fts(rowid, search_fold) VALUES (NEW.id, COALESCE(NEW.search_fold, ''));\n    END",
    "CREATE TRIGGER IF NOT EXISTS document_fts_after_update AFTER UPDATE OF search_fold ON document\n    WHEN OLD.search_fold IS NOT NEW.search_fold\n    BEGIN\n        INSERT INTO document_fts(document_fts, rowid, search_fold)\n            VALUES ('delete', OLD.id, COALESCE(OLD.search_fold, ''));\n        INSERT INTO document_fts(rowid, search_fold) VALUES (NEW.id, COALESCE(NEW.search_fold, ''));\n    END",
    "CREATE TRIGGER IF NOT EXISTS document_fts_after_delete AFTER DELETE ON document\n    BEGIN\n        INSERT INTO document_fts(document_fts, rowid, search_fold)\n            VALUES ('delete', OLD.id, COALESCE(OLD.search_fold, ''));\n    END",
)


def upgrade() -> None:
    op.create_table('agency',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('superior_body', sa.String(length=300), nullable=True),
    sa.Column('unit_level', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=True),
    sa.Column('short_code', sa.String(length=40), nullable=True),
    sa.Column('former_names', sa.Text(), nullable=True),
    sa.Column('signing_key_public', sa.LargeBinary(), nullable=True),
    sa.Column('signing_key_private', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency'))
    )
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=True),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_event_hash'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_action'), ['action'], unique=False)

    op.create_table('catalogue_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=120), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('issuer', sa.String(length=120), nullable=False),
    sa.Column('field', sa.String(length=200), nullable=True),
    sa.Column('dieu', sa.String(length=10), nullable=False),
    sa.Column('khoan', sa.String(length=10), nullable=True),
    sa.Column('diem', sa.String(length=10), nullable=True),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_fold', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_item')),
    sa.UniqueConstraint('decision', 'dieu', 'khoan', 'diem', name='article')
    )
    op.create_table('destruction_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('regime', sa.String(length=10), nullable=False),
    sa.Column('emergency', sa.Boolean(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('proposed_on', sa.Date(), nullable=False),
    sa.Column('proposed_by', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('council_decision', sa.String(length=120), nullable=True),
    sa.Column('minutes_on', sa.Date(), nullable=True),
    sa.Column('minutes_summary', sa.Text(), nullable=True),
    sa.Column('decision_number', sa.String(length=120), nullable=True),
    sa.Column('decision_on', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.String(length=200), nullable=True),
    sa.Column('destroyed_on', sa.Date(), nullable=True),
    sa.Column('method', sa.String(length=200), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('record_number', sa.String(length=120), nullable=True),
    sa.Column('report_ref', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.CheckConstraint("stage IN ('de_xuat','hoi_dong','bien_ban_hop','quyet_dinh','da_tieu_huy','huy_de_xuat')", name=op.f('ck_destruction_case_stage')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destruction_case'))
    )
    op.create_table('machine',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('tag_number', sa.String(length=80), nullable=True),
    sa.Column('inspected_on', sa.Date(), nullable=True),
    sa.Column('inspecting_unit', sa.String(length=200), nullable=True),
    sa.Column('machine_id', sa.String(length=64), nullable=True),
    sa.Column('dmi_uuid', sa.String(length=64), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('purpose', sa.String(length=200), nullable=True),
    sa.Column('allowed_lan_macs', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('retired_on', sa.Date(), nullable=True),
    sa.Column('retired_note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_machine'))
    )
    op.create_table('register_volume',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('book', sa.String(length=12), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('volume', sa.Integer(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_volume')),
    sa.UniqueConstraint('book', 'year', 'volume', name='book_year_volume')
    )
    op.create_table('report_narrative',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('situation', sa.Text(), nullable=False),
    sa.Column('results', sa.Text(), nullable=False),
    sa.Column('incidents', sa.Text(), nullable=False),
    sa.Column('outlook', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_report_narrative'))
    )
    op.create_table('rule_summary_forbidden',
    sa.Column('regime', sa.String(length=10), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.Column('citation', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('regime', 'level', name=op.f('pk_rule_summary_forbidden'))
    )
    op.create_table('self_inspection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspected_on', sa.Date(), nullable=False),
    sa.Column('led_by', sa.String(length=200), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=True),
    sa.Column('conclusions', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_self_inspection'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('full_name_fold', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('title_code', sa.String(length=40), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('can_login', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('left_reason', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.CheckConstraint("role IN ('van_thu','can_bo_bao_mat','lanh_dao','quan_tri')", name=op.f('ck_user_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user')),
    sa.UniqueConstraint('username', name=op.f('uq_user_username'))
    )
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_full_name_fold'), ['full_name_fold'], unique=False)

    op.create_table('approved_usb',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.String(length=4), nullable=False),
    sa.Column('product_id', sa.String(length=4), nullable=False),
    sa.Column('serial', sa.String(length=128), nullable=False),
    sa.Column('vendor', sa.String(length=120), nullable=True),
    sa.Column('product', sa.String(length=120), nullable=True),
    sa.Column('capacity_bytes', sa.Integer(), nullable=True),
    sa.Column('allocation_decision', sa.String(length=200), nullable=True),
    sa.Column('holder_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['holder_id'], ['user.id'], name=op.f('fk_approved_usb_holder_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approved_usb')),
    sa.UniqueConstraint('vendor_id', 'product_id', 'serial', name='identity')
    )
    op.create_table('check_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('machine_id', sa.Integer(), nullable=True),
    sa.Column('checked_at', sa.DateTime(), nullable=False),
    sa.Column('verdict', sa.String(length=8), nullable=False),
    sa.Column('findings_json', sa.Text(), nullable=False),
    sa.Column('evidence_sha256', sa.String(length=64), nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['machine_id'], ['machine.id'], name=op.f('fk_check_run_machine_id_machine')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_run'))
    )
    with op.batch_alter_table('check_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_check_run_machine_id'), ['machine_id'], unique=False)

    op.create_table('commitment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('regime', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.CheckConstraint("kind IN ('nhan_nhiem_vu','thoi_nhiem_vu')", name=op.f('ck_commitment_kind')),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_commitment_user_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment'))
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_user_id'), ['user_id'], unique=False)

    op.create_table('council_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint("role IN ('chu_tich','nguoi_quan_ly','thanh_vien')", name=op.f('ck_council_member_role')),
    sa.ForeignKeyConstraint(['case_id'], ['destruction_case.id'], name=op.f('fk_council_member_case_id_destruction_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council_member'))
    )
    with op.batch_alter_table('council_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_council_member_case_id'), ['case_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('book', sa.String(length=4), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('volume', sa.Integer(), nullable=False),
    sa.Column('regime', sa.String(length=10), nullable=False),
    sa.Column('so_ky_hieu', sa.String(length=120), nullable=True),
    sa.Column('ngay_van_ban', sa.Date(), nullable=True),
    sa.Column('loai_van_ban', sa.String(length=80), nullable=True),
    sa.Column('trich_yeu', sa.Text(), nullable=True),
    sa.Column('do_mat', sa.String(length=12), nullable=False),
    sa.Column('ghi_chu', sa.Text(), nullable=True),
    sa.Column('ngay_den', sa.Date(), nullable=True),
    sa.Column('co_quan_ban_hanh', sa.String(length=300), nullable=True),
    sa.Column('don_vi_ky_nhan', sa.String(length=300), nullable=True),
    sa.Column('nguoi_ky', sa.String(length=200), nullable=True),
    sa.Column('noi_nhan', sa.Text(), nullable=True),
    sa.Column('don_vi_luu', sa.String(length=200), nullable=True),
    sa.Column('so_luong', sa.Integer(), nullable=True),
    sa.Column('catalogue_item_id', sa.Integer(), nullable=True),
    sa.Column('classified_by', sa.String(length=200), nullable=True),
    sa.Column('classified_on', sa.Date(), nullable=True),
    sa.Column('period_years', sa.Integer(), nullable=True),
    sa.Column('period_note', sa.String(length=300), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('holder_id', sa.Integer(), nullable=True),
    sa.Column('storage_place', sa.String(length=200), nullable=True),
    sa.Column('recall_required', sa.Boolean(), nullable=False),
    sa.Column('recall_deadline', sa.Date(), nullable=True),
    sa.Column('search_fold', sa.Text(), nullable=False),
    sa.Column('sort_key', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.CheckConstraint("book IN ('den','di')", name=op.f('ck_document_book')),
    sa.CheckConstraint("do_mat IN ('tuyet_mat','toi_mat','mat')", name=op.f('ck_document_do_mat')),
    sa.CheckConstraint("status IN ('dang_quan_ly','da_giai_mat','da_tieu_huy','da_huy_so','da_chuyen_giao')", name=op.f('ck_document_status')),
    sa.CheckConstraint('number > 0', name=op.f('ck_document_number_positive')),
    sa.ForeignKeyConstraint(['catalogue_item_id'], ['catalogue_item.id'], name=op.f('fk_document_catalogue_item_id_catalogue_item')),
    sa.ForeignKeyConstraint(['holder_id'], ['user.id'], name=op.f('fk_document_holder_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document')),
    sa.UniqueConstraint('book', 'year', 'number', name='book_year_number')
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index('ix_document_book_year_number', ['book', 'year', 'number'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_expires_on'), ['expires_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_holder_id'), ['holder_id'], unique=False)
        batch_op.create_index('ix_document_sort', ['book', 'sort_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_status'), ['status'], unique=False)

    op.create_table('handover',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_number', sa.String(length=80), nullable=False),
    sa.Column('from_user_id', sa.Integer(), nullable=False),
    sa.Column('to_user_id', sa.Integer(), nullable=False),
    sa.Column('handed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('witness', sa.String(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['from_user_id'], ['user.id'], name=op.f('fk_handover_from_user_id_user')),
    sa.ForeignKeyConstraint(['to_user_id'], ['user.id'], name=op.f('fk_handover_to_user_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover'))
    )
    op.create_table('staff_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('decision_number', sa.String(length=80), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('duties', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.CheckConstraint("kind IN ('chuyen_trach','kiem_nhiem')", name=op.f('ck_staff_assignment_kind')),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_staff_assignment_user_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_assignment'))
    )
    with op.batch_alter_table('staff_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_assignment_user_id'), ['user_id'], unique=False)

    op.create_table('copy_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('regime', sa.String(length=10), nullable=False),
    sa.Column('form', sa.String(length=20), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.Column('copied_on', sa.Date(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('first_copy_no', sa.Integer(), nullable=False),
    sa.Column('last_copy_no', sa.Integer(), nullable=False),
    sa.Column('authorised_by_id', sa.Integer(), nullable=False),
    sa.Column('authoriser_title', sa.String(length=40), nullable=False),
    sa.Column('copied_by', sa.String(length=200), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('machine_id', sa.Integer(), nullable=True),
    sa.Column('spoiled_count', sa.Integer(), nullable=False),
    sa.Column('spoiled_destroyed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.CheckConstraint('last_copy_no >= first_copy_no', name=op.f('ck_copy_record_copy_numbers')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_copy_record_quantity')),
    sa.ForeignKeyConstraint(['authorised_by_id'], ['user.id'], name=op.f('fk_copy_record_authorised_by_id_user')),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_copy_record_document_id_document')),
    sa.ForeignKeyConstraint(['machine_id'], ['machine.id'], name=op.f('fk_copy_record_machine_id_machine')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_copy_record'))
    )
    with op.batch_alter_table('copy_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_copy_record_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_copy_record_year'), ['year'], unique=False)

    op.create_table('custody_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('holder_id', sa.Integer(), nullable=True),
    sa.Column('storage_place', sa.String(length=200), nullable=True),
    sa.Column('from_on', sa.Date(), nullable=False),
    sa.Column('to_on', sa.Date(), nullable=True),
    sa.Column('handover_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_custody_record_document_id_document')),
    sa.ForeignKeyConstraint(['handover_id'], ['handover.id'], name=op.f('fk_custody_record_handover_id_handover')),
    sa.ForeignKeyConstraint(['holder_id'], ['user.id'], name=op.f('fk_custody_record_holder_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody_record'))
    )
    with op.batch_alter_table('custody_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_record_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_record_holder_id'), ['holder_id'], unique=False)

    op.create_table('declassification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('regime', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=200), nullable=True),
    sa.Column('decision_number', sa.String(length=80), nullable=True),
    sa.Column('scope', sa.Text(), nullable=True),
    sa.Column('notice_due', sa.Date(), nullable=True),
    sa.Column('notified_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.CheckConstraint("kind IN ('tu_dong','toan_bo','mot_phan')", name=op.f('ck_declassification_kind')),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_declassification_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_declassification'))
    )
    with op.batch_alter_table('declassification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_declassification_document_id'), ['document_id'], unique=False)

    op.create_table('destruction_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['destruction_case.id'], name=op.f('fk_destruction_item_case_id_destruction_case')),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_destruction_item_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destruction_item'))
    )
    with op.batch_alter_table('destruction_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_destruction_item_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_destruction_item_document_id'), ['document_id'], unique=False)

    op.create_table('draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('do_mat', sa.String(length=12), nullable=False),
    sa.Column('catalogue_item_id', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('machine_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['user.id'], name=op.f('fk_draft_author_id_user')),
    sa.ForeignKeyConstraint(['catalogue_item_id'], ['catalogue_item.id'], name=op.f('fk_draft_catalogue_item_id_catalogue_item')),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_draft_document_id_document')),
    sa.ForeignKeyConstraint(['machine_id'], ['machine.id'], name=op.f('fk_draft_machine_id_machine')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft'))
    )
    op.create_table('extension',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('regime', sa.String(length=10), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=200), nullable=False),
    sa.Column('decision_number', sa.String(length=80), nullable=True),
    sa.Column('years', sa.Integer(), nullable=False),
    sa.Column('old_expires_on', sa.Date(), nullable=False),
    sa.Column('new_expires_on', sa.Date(), nullable=False),
    sa.Column('notice_due', sa.Date(), nullable=False),
    sa.Column('notified_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_extension_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_extension'))
    )
    with op.batch_alter_table('extension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_extension_document_id'), ['document_id'], unique=False)

    op.create_table('handover_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handover_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('storage_place', sa.String(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_handover_item_document_id_document')),
    sa.ForeignKeyConstraint(['handover_id'], ['handover.id'], name=op.f('fk_handover_item_handover_id_handover')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_item'))
    )
    with op.batch_alter_table('handover_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_item_handover_id'), ['handover_id'], unique=False)

    op.create_table('incident',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('reported_to', sa.String(length=200), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('cause', sa.Text(), nullable=True),
    sa.Column('handling', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.CheckConstraint("kind IN ('lo','mat','bi_boc','khac')", name=op.f('ck_incident_kind')),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_incident_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident'))
    )
    op.create_table('level_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('regime', sa.String(length=10), nullable=False),
    sa.Column('old_level', sa.String(length=12), nullable=False),
    sa.Column('new_level', sa.String(length=12), nullable=False),
    sa.Column('catalogue_item_id', sa.Integer(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=200), nullable=False),
    sa.Column('old_expires_on', sa.Date(), nullable=True),
    sa.Column('new_expires_on', sa.Date(), nullable=True),
    sa.Column('notice_due', sa.Date(), nullable=False),
    sa.Column('notified_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['catalogue_item_id'], ['catalogue_item.id'], name=op.f('fk_level_change_catalogue_item_id_catalogue_item')),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_level_change_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_level_change'))
    )
    with op.batch_alter_table('level_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_level_change_document_id'), ['document_id'], unique=False)

    op.create_table('storage_removal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('approved_by', sa.String(length=200), nullable=False),
    sa.Column('out_on', sa.Date(), nullable=False),
    sa.Column('due_back_on', sa.Date(), nullable=True),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_storage_removal_document_id_document')),
    sa.ForeignKeyConstraint(['person_id'], ['user.id'], name=op.f('fk_storage_removal_person_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_storage_removal'))
    )
    with op.batch_alter_table('storage_removal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_storage_removal_document_id'), ['document_id'], unique=False)

    op.create_table('transfer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('regime', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('party', sa.String(length=12), nullable=False),
    sa.Column('recipient', sa.String(length=300), nullable=False),
    sa.Column('request_ref', sa.String(length=200), nullable=False),
    sa.Column('request_date', sa.Date(), nullable=True),
    sa.Column('authorised_by', sa.String(length=200), nullable=False),
    sa.Column('transferred_on', sa.Date(), nullable=False),
    sa.Column('receipt_ref', sa.String(length=200), nullable=True),
    sa.Column('recall_deadline', sa.Date(), nullable=True),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.CheckConstraint("kind IN ('cung_cap','chuyen_giao')", name=op.f('ck_transfer_kind')),
    sa.CheckConstraint("party IN ('trong_nuoc','nuoc_ngoai')", name=op.f('ck_transfer_party')),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_transfer_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer'))
    )
    with op.batch_alter_table('transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_transfer_year'), ['year'], unique=False)

    for statement in (*TRIGGERS, *SEARCH_DDL):
        op.execute(statement)



def downgrade() -> None:
    raise RuntimeError("The first revision cannot be downgraded: registry records are never dropped.")
