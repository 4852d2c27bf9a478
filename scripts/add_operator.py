"""add_operator.py ENDPOINT POOL_ID EMAIL PASSWORD GROUP: a console operator with a permanent
password in GROUP (created if missing), on the local Cognito. Safe to run again."""

import sys

import boto3

endpoint, pool, email, password, group = sys.argv[1:6]
idp = boto3.client("cognito-idp", endpoint_url=endpoint, region_name="us-east-1",
                   aws_access_key_id="local", aws_secret_access_key="local")
try:
    idp.create_group(UserPoolId=pool, GroupName=group)
except idp.exceptions.GroupExistsException:
    pass
try:
    idp.admin_create_user(UserPoolId=pool, Username=email, MessageAction="SUPPRESS",
                          UserAttributes=[{"Name": "email", "Value": email},
                                          {"Name": "email_verified", "Value": "true"}])
except idp.exceptions.UsernameExistsException:
    pass
idp.admin_set_user_password(UserPoolId=pool, Username=email, Password=password, Permanent=True)
idp.admin_add_user_to_group(UserPoolId=pool, Username=email, GroupName=group)
