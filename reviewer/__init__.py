"""Reviewer: a privacy-first desktop client for transcribing voice-assistant recordings."""

__version__ = "0.1.0"
