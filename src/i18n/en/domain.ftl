# English: a pool's domain (the hosted UI and the OAuth endpoints). Twin: ../de/domain.ftl.

## The domain page
domain-title = Domain
domain-lead = The domain serves the hosted sign-in pages and the OAuth endpoints (/oauth2/authorize, /oauth2/token). Client-credentials clients need one to get tokens.
domain-none = This pool has no domain yet.
domain-add-title = Add a domain
domain-kind = Kind
domain-kind-prefix = Cognito domain: <prefix>.auth.<region>.amazoncognito.com
domain-kind-custom = Custom domain (your own, with an ACM certificate)
domain-name = Prefix or full domain name
domain-certificate-arn = ACM certificate ARN (custom domains; must be in us-east-1)
domain-add = Add domain
domain-added = Domain added. A custom domain takes up to an hour to become active.
domain-custom = Custom
domain-cognito-prefix = Cognito prefix
domain-status = Status
domain-base-url = Hosted UI base URL
domain-token-endpoint = Token endpoint
domain-certificate = Certificate
domain-cname = DNS: CNAME to
domain-delete-title = Delete this domain
domain-delete-lead = Apps using the hosted UI or the token endpoint on this domain stop working.
domain-delete = Delete domain

## Refusals of the domain form (the request's language)
domain-error-prefix = Use 1 to 63 lowercase letters, digits and hyphens, not starting or ending with a hyphen.
domain-error-reserved = A prefix cannot contain aws, amazon or cognito.
domain-error-full-name = Enter a full domain name such as auth.example.com.
domain-error-certificate = Enter an ACM certificate ARN in us-east-1 (CloudFront serves custom domains from there).
domain-error-kind = Choose a Cognito prefix or a custom domain.
domain-error-has-custom = This pool already has a custom domain: delete it first.
domain-error-has-cognito = This pool already has a Cognito domain: delete it first.
domain-error-taken = This domain is taken. Choose another one.
