"""Reviewer: a privacy-first desktop client for transcribing voice-assistant recordings."""

__version__ = "0.1.0"
# The reverse-DNS application id (AppStream component id, desktop file and Qt's desktop file
# name): the reverse of reviewer.invalid, the reserved domain of the package's maintainer
# address (resources/packaging/README.md, "Application id").
APP_ID = "invalid.reviewer.reviewer"
