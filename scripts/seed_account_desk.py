"""seed_account_desk.py ENDPOINT PASSWORD USER...: a pool for the account desk's browser tests,
on a local Cognito that has devices and sign-in events (fakecloud). Device tracking and threat
protection (audit, Plus plan) on; each USER signs in three times, fails once with a wrong password, and
remembers two devices (Laptop, Phone), and has a Google identity linked (subject `google-USER`,
in its `identities` attribute as a federated sign-in leaves it). Prints the pool's id."""

import json
import sys
import time

import boto3

endpoint, password, *users = sys.argv[1:]
idp = boto3.client("cognito-idp", endpoint_url=endpoint, region_name="us-east-1",
                   aws_access_key_id="local", aws_secret_access_key="local")
pool = idp.create_user_pool(
    PoolName=f"Desk-{int(time.time())}",
    DeviceConfiguration={"ChallengeRequiredOnNewDevice": True,
                         "DeviceOnlyRememberedOnUserPrompt": False},
    UserPoolAddOns={"AdvancedSecurityMode": "AUDIT"},
    UserPoolTier="PLUS",
)["UserPool"]["Id"]
client = idp.create_user_pool_client(
    UserPoolId=pool, ClientName="desk-app",
    ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
)["UserPoolClient"]["ClientId"]

idp.create_identity_provider(
    UserPoolId=pool, ProviderName="Google", ProviderType="Google",
    ProviderDetails={"client_id": "desk.apps.example.com", "client_secret": "desk-secret",
                     "authorize_scopes": "openid email"},
    AttributeMapping={"email": "email"},
)


def sign_in(name, secret):
    try:
        return idp.initiate_auth(ClientId=client, AuthFlow="USER_PASSWORD_AUTH",
                                 AuthParameters={"USERNAME": name, "PASSWORD": secret})
    except idp.exceptions.NotAuthorizedException:
        return None


for n, name in enumerate(users):
    idp.admin_create_user(UserPoolId=pool, Username=name, MessageAction="SUPPRESS",
                          UserAttributes=[{"Name": "email", "Value": f"{name}@example.com"}])
    idp.admin_set_user_password(UserPoolId=pool, Username=name, Password=password, Permanent=True)
    for _ in range(3):
        token = sign_in(name, password)["AuthenticationResult"]["AccessToken"]
    assert sign_in(name, password + "-wrong") is None
    for d, device in enumerate(["Laptop", "Phone"]):
        idp.confirm_device(
            AccessToken=token, DeviceKey=f"us-east-1_0000000{n}-0000-4000-8000-00000000000{d}",
            DeviceName=device,
            DeviceSecretVerifierConfig={"PasswordVerifier": "dmVyaWZpZXI=", "Salt": "c2FsdA=="},
        )
    subject = f"google-{name}"
    identity = {"userId": subject, "providerName": "Google", "providerType": "Google", "issuer": None,
                "primary": "false", "dateCreated": "1700000000000"}
    idp.admin_update_user_attributes(UserPoolId=pool, Username=name, UserAttributes=[
        {"Name": "identities", "Value": json.dumps([identity])}])
    idp.admin_link_provider_for_user(
        UserPoolId=pool,
        DestinationUser={"ProviderName": "Cognito", "ProviderAttributeValue": name},
        SourceUser={"ProviderName": "Google", "ProviderAttributeName": "Cognito_Subject",
                    "ProviderAttributeValue": subject},
    )
print(pool)
