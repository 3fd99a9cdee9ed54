"""Sổ chuyển giao BMNN as a register view with its year and print."""
from app.ui.pages.logbook_page import LogbookPage
from app.ui.qt import QT_TRANSLATE_NOOP


class TransferLogbookPage(LogbookPage):
    BOOK = "chuyen_giao"
    HINT = QT_TRANSLATE_NOOP("logbook", "Mỗi lần cung cấp, chuyển giao tài liệu BMNN là một dòng. Dòng mới được ghi "
                                        "từ chi tiết tài liệu (nút «Cung cấp, chuyển giao…»); trang này để xem và in "
                                        "sổ.")
