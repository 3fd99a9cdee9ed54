"""A pick list over the staff table (no typed "Họ tên; chức vụ" lines): active people in Vietnamese order,
loaded off the GUI thread. The first entry means "nobody chosen" (value None)."""
from __future__ import annotations

from app.ui.qt import QComboBox, QCoreApplication

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


class PeopleCombo(QComboBox):
    def __init__(self, tasks, none_text: str, parent=None):
        super().__init__(parent)
        self.addItem(none_text, None)
        self.setMinimumContentsLength(24)
        from app.ui.dialogs.lifecycle_actions import people_choices

        tasks.run_db(people_choices, self._fill, lambda _exc: None)

    def _fill(self, people: list[tuple[str, int]]) -> None:
        for label, person_id in people:
            self.addItem(label, person_id)

    def value(self):
        return self.currentData()

    def select_person(self, person_id: int | None) -> bool:
        index = self.findData(person_id)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0
