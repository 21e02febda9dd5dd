import time
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from argon2 import PasswordHasher

from jobmatch.core.config import Environment, Settings
from jobmatch.core.security import (
    ALGORITHM,
    AUDIENCE,
    InvalidTokenError,
    PasswordService,
    create_access_token,
    decode_access_token,
)

KEY = "k" * 40
SETTINGS = Settings(ENVIRONMENT=Environment.TEST, SECRET_KEY=KEY, _env_file=None)  # type: ignore[call-arg]


async def test_default_hash_is_argon2id_with_owasp_parameters() -> None:
    passwords = PasswordService(Settings(_env_file=None))  # type: ignore[call-arg]
    digest = await passwords.hash("s3cret-password")
    assert digest.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert await passwords.verify(digest, "s3cret-password")
    assert not await passwords.verify(digest, "wrong")
    assert not await passwords.verify("not-a-hash", "wrong")


async def test_changed_parameters_ask_for_a_rehash() -> None:
    old = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash("pw")
    passwords = PasswordService(Settings(_env_file=None))  # type: ignore[call-arg]
    assert passwords.needs_rehash(old)
    assert not passwords.needs_rehash(await passwords.hash("pw"))


def test_access_token_has_string_sub_and_standard_claims() -> None:
    token, lifetime = create_access_token(SETTINGS, "user-1")
    claims = decode_access_token(SETTINGS, token)
    assert claims["sub"] == "user-1"
    assert {"exp", "iat", "jti", "iss", "aud"} <= claims.keys()
    assert lifetime == SETTINGS.ACCESS_TOKEN_EXPIRE_MINUTES * 60


def sign(claims: dict[str, object], key: str = KEY) -> str:
    return jwt.encode(claims, key, algorithm=ALGORITHM)


@pytest.mark.parametrize(
    "forge",
    [
        lambda claims: sign(claims, "another-key-" * 4),
        lambda claims: jwt.encode(claims, None, algorithm="none"),
        lambda claims: jwt.encode(
            {**claims, "exp": datetime.now(UTC) - timedelta(seconds=1)},
            "k" * 40,
            algorithm=ALGORITHM,
        ),
        lambda claims: sign({**claims, "aud": "elsewhere"}),
        lambda claims: sign({**claims, "sub": 42}),
        lambda claims: jwt.encode(
            {k: v for k, v in claims.items() if k != "jti"}, "k" * 40, algorithm=ALGORITHM
        ),
    ],
    ids=["wrong-key", "alg-none", "expired", "wrong-audience", "int-sub", "no-jti"],
)
def test_bad_tokens_are_refused(forge: object) -> None:
    now = datetime.now(UTC)
    claims = {
        "sub": "user-1",
        "iat": now,
        "exp": now + timedelta(minutes=5),
        "jti": "x",
        "iss": SETTINGS.JWT_ISSUER,
        "aud": AUDIENCE,
        "type": "access",
    }
    token = forge(claims)  # type: ignore[operator]
    with pytest.raises(InvalidTokenError):
        decode_access_token(SETTINGS, token)


def test_tokens_differ_per_issue() -> None:
    first, _ = create_access_token(SETTINGS, "u")
    time.sleep(0.001)
    assert first != create_access_token(SETTINGS, "u")[0]
