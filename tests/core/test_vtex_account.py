"""Account names and base URLs: keys can only ever go to the store's own VTEX host or loopback."""

import pytest

from vtex_invoice_gui.vtex import Account, AccountError, Environment


@pytest.mark.parametrize(
    ("name", "environment", "url"),
    [
        ("mystore", "vtexcommercestable", "https://mystore.vtexcommercestable.com.br"),
        ("my-store2", "vtexcommercebeta", "https://my-store2.vtexcommercebeta.com.br"),
        ("a", Environment.STABLE, "https://a.vtexcommercestable.com.br"),
    ],
)
def test_valid_accounts_build_the_store_host(name, environment, url):
    account = Account(name, environment)
    assert account.base_url == url
    assert account.host == url.removeprefix("https://")


@pytest.mark.parametrize(
    "hostile",
    [
        "evil.com/x?",
        "a.b",
        "x@y",
        "x#",
        "my store",
        " mystore",
        "mystore\n",
        "myst\u043ere",  # Cyrillic 'o' look-alike
        "ｍystore",  # full-width m
        "-store",
        "store-",
        "MyStore",  # the constructor wants the canonical lowercase name
        "evil.com:443",
        "a/../b",
        "",
        "x" * 64,
    ],
)
def test_hostile_account_names_are_refused(hostile):
    with pytest.raises(AccountError) as info:
        Account(hostile)
    assert "account" in str(info.value).lower() or "letters" in str(info.value)


def test_unknown_environment_is_refused():
    with pytest.raises(AccountError, match="environment"):
        Account("mystore", "myvtex")


@pytest.mark.parametrize(
    ("typed", "name", "environment"),
    [
        ("MyStore", "mystore", Environment.STABLE),
        ("  mystore  ", "mystore", Environment.STABLE),
        ("https://mystore.vtexcommercestable.com.br/admin/orders", "mystore", Environment.STABLE),
        ("mystore.vtexcommercebeta.com.br", "mystore", Environment.BETA),
        ("https://mystore.myvtex.com/", "mystore", Environment.STABLE),
    ],
)
def test_what_clerks_type_or_paste_is_understood(typed, name, environment):
    account = Account.from_user_input(typed)
    assert (account.name, account.environment) == (name, environment)


@pytest.mark.parametrize(
    "pasted",
    [
        "https://evil.com/?x=mystore.vtexcommercestable.com.br",
        "https://mystore.vtexcommercestable.com.br.evil.com",
        "https://user@evil.com",
        "evil.com",
        "mystore.vtexcommercestable.com.br@evil.com",
    ],
)
def test_pasted_urls_of_other_hosts_are_refused(pasted):
    with pytest.raises(AccountError):
        Account.from_user_input(pasted)


@pytest.mark.parametrize(
    ("url", "normalised"),
    [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("http://localhost:1234", "http://localhost:1234"),
        ("http://[::1]:9000", "http://[::1]:9000"),
        ("http://127.5.6.7", "http://127.5.6.7"),
    ],
)
def test_loopback_base_urls_are_accepted(url, normalised):
    account = Account.sandbox(url)
    assert account.base_url == normalised
    assert account.is_sandbox


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1:8080",
        "https://example.com",
        "http://127.0.0.1.evil.com",
        "http://localhost.evil.com",
        "http://user:pw@127.0.0.1:80",
        "http://evil.com@127.0.0.1",
        "ftp://127.0.0.1",
        "http://127.0.0.1:8080/api?x=1",
        "http://127.0.0.1:99999",
        "127.0.0.1:8080",
    ],
)
def test_other_base_urls_are_refused(url):
    with pytest.raises(AccountError):
        Account.sandbox(url)
