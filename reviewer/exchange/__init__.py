"""Transports for the exchange port (core/exchange.py): a shared folder and an S3 store."""
