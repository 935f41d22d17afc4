"""Build helpers for the Windows program and its installer (used by build_installer.spec and Makefile)."""
