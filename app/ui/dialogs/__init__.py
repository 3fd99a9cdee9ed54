"""Dialogs of the registers: entry form, detail with its timeline, lifecycle actions, import, print."""
