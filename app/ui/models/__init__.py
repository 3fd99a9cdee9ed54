"""Qt item models fed plain rows by the services (one ``QAbstractTableModel`` per list view)."""
