"""Sổ Mật — sổ đăng ký và quản lý bí mật nhà nước (BMNN) cho máy soạn thảo độc lập."""

__version__ = "0.3.0"
