"""The encrypted workspace: SQLCipher store, keys in the OS keyring, audit log."""
