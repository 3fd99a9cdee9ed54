"""Pages shown in the main window, each built as ``Page(ctx, parent)``."""
