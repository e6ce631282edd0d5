"""The cache of verified tokens answers exactly as ``verify_token`` would, only faster."""

from __future__ import annotations

import secrets

import pytest

from outlook_mock import auth, faults
from outlook_mock.auth import ALL_SCOPES, VerifiedTokens, issue_token
from outlook_mock.errors import InvalidAuthenticationToken
from outlook_mock.store import Tenant


@pytest.fixture
def tenant() -> Tenant:
    return Tenant.with_default_users()


def bearer(tenant: Tenant, now: float | None = None) -> str:
    return "Bearer " + issue_token(tenant, tenant.find_user("alex@contoso.com"), ALL_SCOPES, now=now)


def test_a_hit_is_the_same_principal_without_verifying_again(tenant: Tenant, monkeypatch) -> None:
    cache, token = VerifiedTokens(), bearer(tenant)
    first = cache.verify(tenant, token)
    monkeypatch.setattr(auth, "verify_token", lambda *_: pytest.fail("verified twice"))
    assert cache.verify(tenant, token) is first


def test_a_cached_token_still_expires_at_its_exp(tenant: Tenant, monkeypatch) -> None:
    cache, token = VerifiedTokens(), bearer(tenant)
    cache.verify(tenant, token)
    now = auth.time.time()
    expired = InvalidAuthenticationToken("Access token has expired.")

    def verify_again(*_):
        raise expired

    monkeypatch.setattr(auth, "verify_token", verify_again)
    monkeypatch.setattr(auth.time, "time", lambda: now + auth.LIFETIME_SECONDS - 5)
    cache.verify(tenant, token)  # still valid: from the cache
    monkeypatch.setattr(auth.time, "time", lambda: now + auth.LIFETIME_SECONDS + 1)
    with pytest.raises(InvalidAuthenticationToken) as refused:
        cache.verify(tenant, token)  # past exp: verified again (and refused)
    assert refused.value is expired


def test_a_new_secret_or_a_removed_user_ends_a_cached_token(tenant: Tenant) -> None:
    cache, token = VerifiedTokens(), bearer(tenant)
    cache.verify(tenant, token)
    tenant.secret = secrets.token_urlsafe(32)
    with pytest.raises(InvalidAuthenticationToken):
        cache.verify(tenant, token)
    token = bearer(tenant)
    cache.verify(tenant, token)
    del tenant.users["alex@contoso.com"]
    with pytest.raises(InvalidAuthenticationToken):
        cache.verify(tenant, token)


def test_refused_tokens_are_not_kept_and_the_cache_is_bounded(tenant: Tenant) -> None:
    cache = VerifiedTokens(size=3)
    for _ in range(3):
        with pytest.raises(InvalidAuthenticationToken):
            cache.verify(tenant, "Bearer forged")
    assert not cache._entries
    for i in range(5):
        cache.verify(tenant, bearer(tenant, now=auth.time.time() - i))
    assert len(cache._entries) == 3


def test_nothing_is_cached_while_a_fault_is_planted(tenant: Tenant) -> None:
    cache = VerifiedTokens()
    with faults.planted(next(iter(faults.FAULTS))):
        cache.verify(tenant, bearer(tenant))
    assert not cache._entries
