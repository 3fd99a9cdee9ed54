"""Services: plain functions over a SQLAlchemy ``Session``; one unit of work per user action; every
state change writes its audit event in the same transaction (``app.services.audit.record``)."""
