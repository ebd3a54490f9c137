"""The desk's words: core messages and errors in the clerk's language, money, dates and status names."""
