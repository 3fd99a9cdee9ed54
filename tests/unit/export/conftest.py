import pytest


@pytest.fixture
def sample_pdf():
    import io
    from reportlab.pdfgen.canvas import Canvas
    from app.printing import fonts
    fonts.register()
    buf = io.BytesIO()
    c = Canvas(buf, initialFontName=fonts.REGULAR)
    c.setFont(fonts.REGULAR, 14)
    c.drawString(72, 700, "Báo cáo công tác bảo vệ bí mật nhà nước năm 2026")
    c.showPage()
    c.save()
    return buf.getvalue()
