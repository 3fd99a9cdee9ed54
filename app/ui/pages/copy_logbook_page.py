"""Sổ quản lý sao, chụp BMNN as a register view with its year and print."""
from app.ui.pages.logbook_page import LogbookPage
from app.ui.qt import QT_TRANSLATE_NOOP


class CopyLogbookPage(LogbookPage):
    BOOK = "sao_chup"
    HINT = QT_TRANSLATE_NOOP("logbook", "Mỗi lần sao, chụp tài liệu BMNN là một dòng. Dòng mới được ghi từ chi tiết "
                                        "tài liệu (nút «Sao, chụp…»); trang này để xem và in sổ.")
