"""Ingest: files and containers on disk read into RawDocument records (readers.py)."""
