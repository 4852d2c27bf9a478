# Deutsch: die Seite der Empfehlungen und ihre Befunde (die Regeln, die sie finden, stehen in rules/advisor.rs). Gegenstück: ../en/advisor.ftl.

## Die Seite der Empfehlungen
advisor-lead = Prüft diesen Pool, seine App-Clients, Gruppen, wartenden Benutzer und verknüpften Identitätspools anhand der Sicherheitsempfehlungen und der Fehlerbehebungsliste der Anleitung.
advisor-no-findings = Keine Befunde: Dieser Pool hält jede geprüfte Empfehlung ein.
advisor-fix = Beheben →
advisor-severity-high = Hoch
advisor-severity-medium = Mittel
advisor-severity-low = Niedrig

## Befunde: Titel und Erläuterung jeder Regel, mit dem, was die Regel darin nennt
advisor-mfa-off-title = MFA ist aus
advisor-mfa-off-detail = Ein gestohlenes Passwort genügt zur Anmeldung. Machen Sie MFA optional oder verpflichtend, mit einer Authenticator-App.
advisor-deletion-protection-off-title = Der Löschschutz ist aus
advisor-deletion-protection-off-detail = Ein einziger Aufruf löscht den Pool mit allen Benutzern darin, und das lässt sich nicht rückgängig machen.
advisor-no-domain-title = OAuth-Flows ohne Domain ({ $clients })
advisor-no-domain-detail = Die gehostete UI und /oauth2/token liegen auf der Domain des Pools: Ohne sie können diese Clients keine Tokens über OAuth erhalten.
advisor-threat-protection-audit-title = Der Bedrohungsschutz protokolliert nur
advisor-threat-protection-audit-detail = Riskante Anmeldungen und kompromittierte Passwörter werden aufgezeichnet, blockiert wird nichts. Sobald der Anmeldeverlauf stimmig aussieht, schalten Sie auf „Volle Funktion“ um.
advisor-threat-protection-off-admins-title = Der Bedrohungsschutz ist in einem Pool mit Administratoren aus
advisor-threat-protection-off-title = Der Bedrohungsschutz ist aus
advisor-threat-protection-off-detail = Cognito prüft Passwörter weder auf kompromittierte Zugangsdaten, noch bewertet es das Risiko einer Anmeldung, und es führt keinen Anmeldeverlauf zum Nachprüfen. Der Bedrohungsschutz gehört zum Funktionsplan Plus.
advisor-long-token-title = { $name }: { $token ->
        [access] Zugriffstokens
       *[id] ID-Tokens
    } sind { $validity } gültig
advisor-long-token-detail = Ein entwendetes Token bleibt bis zu seinem Ablauf nutzbar. Halten Sie Zugriffs- und ID-Tokens bei 60 Minuten oder weniger und verwenden Sie Aktualisierungstokens.
advisor-implicit-grant-title = { $name }: Implicit Grant aktiviert
advisor-implicit-grant-detail = Die Tokens stehen in der URL, wo Browserverlauf und Protokolle sie festhalten. Verwenden Sie den Authorization Code Grant (mit PKCE).
advisor-credentials-client-user-flows-title = { $name }: Client-Credentials-Client meldet auch Benutzer an ({ $flows })
advisor-credentials-client-user-flows-detail = Ein Maschine-zu-Maschine-Client braucht keinen Ablauf für die Benutzeranmeldung. Die Anleitung aktiviert hier versehentlich ALLOW_ADMIN_USER_PASSWORD_AUTH: Lassen Sie nur ALLOW_REFRESH_TOKEN_AUTH.
advisor-browser-client-secret-title = { $name }: Client für die Benutzeranmeldung mit Geheimnis
advisor-browser-client-secret-detail = Eine Browser- oder Mobil-App kann kein Geheimnis bewahren. Wird dieser Client aus einer solchen genutzt, legen Sie einen Client ohne Geheimnis an; behalten Sie diesen für serverseitige Apps.
advisor-token-revocation-off-title = { $name }: Token-Widerruf deaktiviert
advisor-token-revocation-off-detail = Aktualisierungstokens lassen sich bei der Abmeldung nicht widerrufen; sie bleiben ihre ganze Lebensdauer lang gültig.
advisor-user-existence-errors-title = { $name }: PreventUserExistenceErrors ist aus
advisor-user-existence-errors-detail = Fehler bei Anmeldung und Wiederherstellung verraten, ob ein Konto existiert; so kann jeder Ihre Benutzer auflisten.
advisor-no-admin-group-title = Keine Gruppe { $group }
advisor-no-admin-group-detail = Die Einrichtung der Anleitung hat eine Administratorgruppe mit der niedrigsten Priorität; ohne sie hat niemand Administratorrechte in Ihrer App.
advisor-empty-admin-group-title = Die Gruppe { $group } hat keine Mitglieder
advisor-empty-admin-group-detail = Niemand kann als Administrator Ihrer App handeln.
advisor-unconfirmed-user-title = { $user } hat das Konto seit mehr als { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } nicht bestätigt
advisor-pending-password-change-title = { $user } hat sich seit mehr als { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } nicht angemeldet, um das vorläufige Passwort zu ersetzen
advisor-waiting-user-detail = Bestätigen Sie das Konto, laden Sie erneut ein oder löschen Sie es; verwaiste Konten sind ungenutzte Angriffsfläche.
advisor-identity-unauthenticated-title = Identitätspool { $name } gibt nicht angemeldeten Identitäten AWS-Zugangsdaten
advisor-identity-unauthenticated-detail = Jeder kann Zugangsdaten der Rolle für nicht Angemeldete erhalten. Schalten Sie den Gastzugang aus, es sei denn, Gäste brauchen AWS-Zugriff, und beschränken Sie diese Rolle auf das Nötigste.
advisor-identity-classic-flow-title = Identitätspool { $name } erlaubt den einfachen (klassischen) Authflow
advisor-identity-classic-flow-detail = Im einfachen Authflow können Clients jede Rolle wählen, die die Vertrauensrichtlinie zulässt. Verwenden Sie den erweiterten Authflow.
advisor-identity-pools-unchecked-title = Die Identitätspools wurden nicht geprüft
advisor-identity-pools-unchecked-detail = Sie konnten nicht aufgelistet werden: { $why }
