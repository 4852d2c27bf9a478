# auth-middleware 0.4.2 to 0.5
# Tokens are accepted for the app client MyApp-UserAuth (2userauth0client0id00000).
from auth_middleware import JwtAuthMiddleware
from auth_middleware.providers.aws.cognito_authz_provider_settings import CognitoAuthzProviderSettings
from auth_middleware.providers.aws.cognito_groups_provider import CognitoGroupsProvider
from auth_middleware.providers.aws.cognito_provider import CognitoProvider

auth_settings = CognitoAuthzProviderSettings(
    user_pool_id="eu-west-1_AbCdEf123",
    user_pool_region="eu-west-1",
    user_pool_client_id="2userauth0client0id00000",
)
# Identity pool (MyApp Identities): eu-west-1:11111111-2222-3333-4444-555555555555

# app.add_middleware(
#     JwtAuthMiddleware,
#     auth_provider=CognitoProvider(settings=auth_settings, groups_provider=CognitoGroupsProvider),
# )
