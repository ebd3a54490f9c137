"""Issue 11 finding 5: a key or token with a stray line break never reaches an error, a log or a file.

Every entry point strips and checks keys and tokens (Credentials, the keyring, the client), and
``redact`` catches every escaped form of a secret that the HTTP library or a server may print.
"""

from __future__ import annotations

import json
from urllib.parse import quote, quote_plus

import httpx
import pytest

from vtex_invoice_gui.messages import Message
from vtex_invoice_gui.secrets import Credentials, SecretStore
from vtex_invoice_gui.vtex import Account, OmsClient, RetryPolicy, ServerError
from vtex_invoice_gui.vtex.credentials import CredentialError
from vtex_invoice_gui.vtex.errors import redact

KEY = "vtexappkey-mystore-ABCDEF"
TOKEN = "SECRETTOKEN0123456789ABCDEF"
ORDER = {"orderId": "1-01", "status": "handling", "value": 100, "items": []}


class DictBackend:
    name = "dict"

    def __init__(self, value: str) -> None:
        self.value = value

    def get_password(self, service: str, user: str) -> str | None:
        return self.value


@pytest.mark.parametrize("tail", ["\n", "\r\n", "\t", " ", "\r"])
def test_finding_5_surrounding_whitespace_is_stripped_everywhere(tail: str) -> None:
    creds = Credentials(KEY + tail, tail + TOKEN + tail)
    assert (creds.app_key, creds.app_token) == (KEY, TOKEN)
    stored = SecretStore(backend=DictBackend(json.dumps({"app_key": KEY + tail, "app_token": TOKEN + tail})))
    assert stored.load("mystore") == Credentials(KEY, TOKEN)
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=ORDER)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    OmsClient(Account("mystore"), KEY + tail, TOKEN + tail, http=http).get_order("1-01")
    assert sent[0].headers["X-VTEX-API-AppToken"] == TOKEN
    assert sent[0].headers["X-VTEX-API-AppKey"] == KEY


@pytest.mark.parametrize(
    "mangled",
    [TOKEN[:10] + "\n" + TOKEN[10:], TOKEN[:10] + "\x00" + TOKEN[10:], TOKEN[:5] + " " + TOKEN[5:], TOKEN + "é"],
)
def test_finding_5_a_mangled_token_is_refused_with_what_to_do(mangled: str) -> None:
    for make in (
        lambda: Credentials(KEY, mangled),
        lambda: OmsClient(Account("mystore"), KEY, mangled),
        lambda: SecretStore(backend=DictBackend(json.dumps({"app_key": KEY, "app_token": mangled}))).load("s"),
    ):
        with pytest.raises(CredentialError) as caught:
            make()
        message = str(caught.value)
        assert "Copy the app token again from the VTEX Admin" in message
        assert caught.value.args[0].code == "secrets.token_characters"
        assert TOKEN[:10] not in message and TOKEN[-10:] not in message
    with pytest.raises(CredentialError) as caught:
        Credentials(mangled.replace(TOKEN[:5], KEY[:5]), TOKEN)
    assert "Copy the app key again" in str(caught.value)


@pytest.mark.parametrize("secret", [TOKEN + "\n", TOKEN + "\r\n", "\t" + TOKEN, TOKEN + "/+ ?\"'\\é"])
def test_finding_5_redact_catches_every_escaped_form(secret: str) -> None:
    forms = {
        "raw": secret,
        "core": secret.strip(),
        "repr": repr(secret),
        "bytes repr": repr(secret.encode()),
        "json": json.dumps(secret),
        "json unicode": json.dumps(secret, ensure_ascii=False),
        "percent": quote(secret, safe=""),
        "percent lower": quote(secret, safe="").lower(),
        "form": quote_plus(secret),
        "h11": f"Illegal header value {secret.encode()!r}",
    }
    for name, text in forms.items():
        cleaned = redact(f"before {text} after", (KEY, secret))
        assert TOKEN not in cleaned and TOKEN.lower() not in cleaned, name
        assert "***" in cleaned and cleaned.startswith("before ") and cleaned.endswith(" after"), name


def test_finding_5_an_answer_echoing_the_token_in_any_form_is_redacted_in_the_error() -> None:
    echoes = " ".join(
        (repr(TOKEN + "\n"), json.dumps(TOKEN + "\n"), quote(TOKEN + "\n"), repr((TOKEN + "\n").encode()))
    )

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            500,
            json={"error": {"code": TOKEN, "message": f"bad header {echoes}"}},
            headers={"content-type": f"application/json; x={TOKEN}"},
        )

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = OmsClient(Account("mystore"), KEY, TOKEN + "\n", http=http, retry=RetryPolicy(attempts=1))
    with pytest.raises(ServerError) as caught:
        client.get_order("1-01")
    error = caught.value
    for text in (str(error), error.details(), error.vtex_message or "", error.code or "", error.body or ""):
        assert TOKEN not in text
    assert "***" in error.details()


def test_finding_5_a_redirect_to_an_address_holding_the_token_is_redacted() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": f"https://evil.example/?t={quote(TOKEN)}"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = OmsClient(Account("mystore"), KEY, TOKEN, http=http, retry=RetryPolicy(attempts=1))
    with pytest.raises(Exception) as caught:
        client.get_order("1-01")
    assert TOKEN not in caught.value.details()  # type: ignore[attr-defined]
    assert "redirected to https://evil.example/?t=***" in caught.value.details()  # type: ignore[attr-defined]
    found = caught.value.vtex_message  # type: ignore[attr-defined]
    assert TOKEN not in found and not isinstance(found, Message)  # redacted text, not the message holding the token


def test_finding_5_log_records_never_hold_a_token_in_use(tmp_path) -> None:
    import logging

    from vtex_invoice_gui.vtex.errors import RedactingFilter

    token = "LOGTOKEN" + TOKEN
    OmsClient(Account("mystore"), KEY, token + "\n", http=httpx.Client(transport=httpx.MockTransport(print)))
    handler = logging.FileHandler(tmp_path / "desk.log", encoding="utf-8")
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("test.finding5")
    logger.addHandler(handler)
    try:
        header_error = ValueError(f"Illegal header value {token.encode()!r}")
        logger.warning("send_request_headers.failed exception=%r", header_error)
        try:
            raise RuntimeError(json.dumps({"echo": token + "\n"}))
        except RuntimeError:
            logger.exception("unexpected: %s", quote(token))
    finally:
        logger.removeHandler(handler)
        handler.close()
    written = (tmp_path / "desk.log").read_text(encoding="utf-8")
    assert "Illegal header value b'***'" in written and "RuntimeError" in written
    assert token not in written
