"""The one place that imports Qt. Every other UI module does ``from app.ui.qt import ...``."""
from __future__ import annotations

from PySide6.QtCore import (  # noqa: F401
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QT_TRANSLATE_NOOP,
    QtMsgType,
    QPoint,
    QRunnable,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import (  # noqa: F401
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QTextCursor,
    QPen,
    QPixmap,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
    QValidator,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QStackedWidget,
    QStatusBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

# Registers, dialogs, drafting and print preview.
from PySide6.QtGui import QImage, QTextCharFormat, QTextListFormat  # noqa: E402,F401
from PySide6.QtTest import QTest  # noqa: F401,E402
from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: E402,F401
from PySide6.QtWidgets import QButtonGroup  # noqa: E402,F401
from PySide6.QtCore import QBuffer  # noqa: E402,F401

try:  # QtPdf ships with the full PySide6, not with PySide6-Essentials
    from PySide6.QtPdf import QPdfDocument  # noqa: F401
except ImportError:  # pragma: no cover - depends on the installed wheel
    QPdfDocument = None
from PySide6.QtCore import QRect  # noqa: E402,F401
from PySide6.QtGui import QPdfWriter  # noqa: E402,F401
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem  # noqa: E402,F401
from PySide6.QtWidgets import QTextBrowser  # noqa: E402,F401 - help (F1)
