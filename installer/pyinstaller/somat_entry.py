"""Entry point frozen by PyInstaller (same as the ``somat`` console script)."""
import multiprocessing
import sys

from app.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
