"""Paper and PDF output from plain data (no database, no Qt).

Inputs are the frozen dataclasses of :mod:`app.printing.data`; every printer takes a rule pack,
its data and an :class:`~app.printing.data.AuditSeal`, returns the PDF bytes (built in memory) and
also writes them to ``out`` when a binary file object is given. Every paper is printed under the
regime in force on its own date (register rows, records, notices: their date; reports: the end of
the period) — the pack passed in serves only undated papers. See docs/FORMS.md.

- :func:`app.printing.registers.render_register` — sổ đăng ký đi / đến, sổ sao chụp, sổ chuyển giao
- :mod:`app.printing.stamps` — ``make_stamp``, ``stamp_sheet``, ``overlay_stamps``, ``mark_copy``,
  ``mark_level``
- :func:`app.printing.envelopes.render_envelopes`
- :mod:`app.printing.records` — ``destruction_record``, ``handover_record``, ``commitment``,
  ``provision_request``, ``inspection_record``
- :mod:`app.printing.reports` — ``statistics_record``, ``annual_report``, ``consolidated_report``
- :mod:`app.printing.notices` — ``change_notice`` (gia hạn, điều chỉnh độ mật, giải mật),
  ``copy_record`` (chụp, trích sao)
"""
