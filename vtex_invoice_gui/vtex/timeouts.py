"""The client's timeouts in seconds, without httpx (the window reads them before any client exists)."""

CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 30.0
WRITE_TIMEOUT_S = 30.0
POOL_TIMEOUT_S = 10.0
