"""Accounts: stores, their key and token in the keyring, and the connection test."""
