# auth-middleware 0.6 and later
# Tokens are accepted for the app client MyApp-UserAuth (2userauth0client0id00000).
from auth_middleware import JwtAuthMiddleware
from auth_middleware.providers.oidc import OidcProvider, OidcProviderSettings

auth_settings = OidcProviderSettings(
    issuer="https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123",
    audience="2userauth0client0id00000",
    jwks_uri="https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123/.well-known/jwks.json",
    username_claim="cognito:username",
    username_claim_fallbacks=["username"],
    groups_claim="cognito:groups",
)

# app.add_middleware(JwtAuthMiddleware, auth_provider=OidcProvider(settings=auth_settings))
