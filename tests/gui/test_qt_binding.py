"""The installed Qt binding does not lose references to ``None`` (PySide6 6.12.0 did, on
QStackedWidget.setCurrentIndex and QWizard.next: a long session then aborted at exit on Python 3.11).
pyproject.toml keeps PySide6-Essentials below 6.12; this test fails if a broken release gets in."""
import sys

from app.ui.qt import QLabel, QStackedWidget, QWizard, QWizardPage


def test_switching_pages_keeps_none_alive(qtbot):
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.addWidget(QLabel("a"))
    stack.addWidget(QLabel("b"))
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    before = sys.getrefcount(None)
    for _ in range(200):
        stack.setCurrentIndex(1)
        stack.setCurrentIndex(0)
        wizard.next()
        wizard.back()
    assert sys.getrefcount(None) >= before - 5
