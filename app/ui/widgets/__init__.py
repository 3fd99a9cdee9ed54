"""Small widgets and helpers shared by every page: confirmation and error dialogs, a bar chart,
a status banner. Pages import from the modules (``app.ui.widgets.messages`` ...)."""
