"""Loads an auth-middleware settings file exported by Pooldesk into the real package, puts it in
front of a FastAPI app exactly as the file's last line says, and sends each token on stdin (a
JSON object: name -> token) as a bearer token. Prints, as JSON, per token: the answer's status and
the user the middleware made of it (name, groups, machine-to-machine, client id).

With `--claims`, stdin holds claims instead of tokens (name -> claims), and each is turned into a
user by the provider without a signature check: for token shapes the local Cognito cannot issue
(a client-credentials access token needs the pool domain's token endpoint).

Usage: python auth_middleware_check.py SETTINGS.py [--claims] < tokens.json
"""

import asyncio
import json
import runpy
import sys

from auth_middleware import JwtAuthMiddleware
from auth_middleware.providers.oidc import OidcProvider
from auth_middleware.types.jwt import JWTAuthorizationCredentials
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient


async def user_of(provider: OidcProvider, claims: dict) -> dict:
    credentials = JWTAuthorizationCredentials(
        jwt_token="unsigned", header={}, claims=claims, signature="", message=""
    )
    user = await provider.create_user_from_token(credentials)
    return {
        "name": user.name,
        "groups": list(await user.groups),
        "m2m": user.is_m2m,
        "client_id": user.client_id,
    }


def main() -> None:
    settings = runpy.run_path(sys.argv[1])["auth_settings"]
    if "--claims" in sys.argv[2:]:
        provider = OidcProvider(settings=settings)
        shapes = json.load(sys.stdin)
        json.dump({name: asyncio.run(user_of(provider, c)) for name, c in shapes.items()}, sys.stdout)
        return
    app = FastAPI()
    app.add_middleware(JwtAuthMiddleware, auth_provider=OidcProvider(settings=settings))

    @app.get("/me")
    async def me(request: Request) -> dict:
        user = request.state.current_user
        return {
            "name": user.name,
            "groups": list(await user.groups),
            "m2m": user.is_m2m,
            "client_id": user.client_id,
        }

    client = TestClient(app)
    results = {}
    for name, token in json.load(sys.stdin).items():
        answer = client.get("/me", headers={"Authorization": f"Bearer {token}"})
        results[name] = {
            "status": answer.status_code,
            "user": answer.json() if answer.status_code == 200 else None,
        }
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
