# Deutsch: die Domain eines Pools (die gehostete UI und die OAuth-Endpunkte). Gegenstück: ../en/domain.ftl.

## Die Domain-Seite
domain-title = Domain
domain-lead = Die Domain stellt die gehosteten Anmeldeseiten und die OAuth-Endpunkte bereit (/oauth2/authorize, /oauth2/token). Clients mit Client-Credentials brauchen eine, um Tokens zu erhalten.
domain-none = Dieser Pool hat noch keine Domain.
domain-add-title = Domain hinzufügen
domain-kind = Art
domain-kind-prefix = Cognito-Domain: <prefix>.auth.<region>.amazoncognito.com
domain-kind-custom = Eigene Domain (mit einem ACM-Zertifikat)
domain-name = Präfix oder vollständiger Domainname
domain-certificate-arn = ARN des ACM-Zertifikats (eigene Domains; muss in us-east-1 liegen)
domain-add = Domain hinzufügen
domain-added = Domain hinzugefügt. Eine eigene Domain braucht bis zu einer Stunde, bis sie aktiv ist.
domain-custom = Eigene
domain-cognito-prefix = Cognito-Präfix
domain-status = Status
domain-base-url = Basis-URL der gehosteten UI
domain-token-endpoint = Token-Endpunkt
domain-certificate = Zertifikat
domain-cname = DNS: CNAME auf
domain-delete-title = Diese Domain löschen
domain-delete-lead = Apps, die die gehostete UI oder den Token-Endpunkt dieser Domain nutzen, funktionieren dann nicht mehr.
domain-delete = Domain löschen

## Ablehnungen des Domain-Formulars (in der Sprache der Anfrage)
domain-error-prefix = Verwenden Sie 1 bis 63 Kleinbuchstaben, Ziffern und Bindestriche, ohne Bindestrich am Anfang oder Ende.
domain-error-reserved = Ein Präfix darf weder aws noch amazon noch cognito enthalten.
domain-error-full-name = Geben Sie einen vollständigen Domainnamen ein, etwa auth.example.com.
domain-error-certificate = Geben Sie den ARN eines ACM-Zertifikats in us-east-1 ein (CloudFront stellt eigene Domains von dort bereit).
domain-error-kind = Wählen Sie ein Cognito-Präfix oder eine eigene Domain.
domain-error-has-custom = Dieser Pool hat schon eine eigene Domain: Löschen Sie sie zuerst.
domain-error-has-cognito = Dieser Pool hat schon eine Cognito-Domain: Löschen Sie sie zuerst.
domain-error-taken = Diese Domain ist vergeben. Wählen Sie eine andere.
