"""Translations. Vietnamese is the source language (strings in the code); ``somat_en.ts`` holds the
English translation, compiled to ``somat_en.qm`` at build time by ``python -m app.ui.i18n.build``."""
