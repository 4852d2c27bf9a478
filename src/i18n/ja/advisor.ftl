# 日本語: アドバイザーのページとその検出結果（検出するルールは rules/advisor.rs にあります）。対応: ../en/advisor.ftl.

## アドバイザーのページ
advisor-lead = このプールとそのアプリクライアント、グループ、待機中のユーザー、リンクされたIDプールを、ガイドのセキュリティのベストプラクティスとトラブルシューティングの一覧に照らしてチェックします。
advisor-no-findings = 検出結果はありません。このプールはチェック対象のすべてのプラクティスに従っています。
advisor-fix = 修正する →
advisor-severity-high = 高
advisor-severity-medium = 中
advisor-severity-low = 低

## 検出結果: 各ルールのタイトルと詳細、およびルールがそこで挙げる対象
advisor-mfa-off-title = MFA がオフです
advisor-mfa-off-detail = 盗まれたパスワードだけでサインインできてしまいます。認証アプリを使う MFA を任意または必須にしてください。
advisor-deletion-protection-off-title = 削除保護がオフです
advisor-deletion-protection-off-detail = 1 回の呼び出しで、プールがすべてのユーザーとともに削除され、元に戻すことはできません。
advisor-no-domain-title = ドメインのない OAuth フロー（{ $clients }）
advisor-no-domain-detail = ホストされたUIと /oauth2/token はプールのドメイン上にあります。ドメインがないと、これらのクライアントは OAuth でトークンを取得できません。
advisor-threat-protection-audit-title = 脅威保護が「監査のみ」です
advisor-threat-protection-audit-detail = リスクのあるサインインや漏洩したパスワードは記録されますが、何もブロックされません。サインイン履歴に問題がないことを確認したら、「フル機能」に切り替えてください。
advisor-threat-protection-off-admins-title = 管理者のいるプールで脅威保護がオフです
advisor-threat-protection-off-title = 脅威保護がオフです
advisor-threat-protection-off-detail = Cognito は、パスワードを漏洩した認証情報と照合することも、サインインのリスクを評価することもせず、確認用のサインイン履歴も残しません。脅威保護は Plus 機能プランに含まれます。
advisor-long-token-title = { $name }: { $token ->
        [access] アクセストークン
       *[id] IDトークン
    }の有効期間が{ $validity }です
advisor-long-token-detail = 漏洩したトークンは有効期限が切れるまで使用できます。アクセストークンとIDトークンは 60 分以下にし、更新トークンを使用してください。
advisor-implicit-grant-title = { $name }: 暗黙的な付与が有効です
advisor-implicit-grant-detail = トークンが URL で渡されるため、ブラウザの履歴やログに残ります。認可コード付与（PKCE 付き）を使用してください。
advisor-credentials-client-user-flows-title = { $name }: クライアントクレデンシャルのクライアントがユーザーのサインインも行います（{ $flows }）
advisor-credentials-client-user-flows-detail = マシン間（M2M）のクライアントには、ユーザーのサインインフローは不要です。ガイドではここで誤って ALLOW_ADMIN_USER_PASSWORD_AUTH を有効にしています。ALLOW_REFRESH_TOKEN_AUTH だけを残してください。
advisor-browser-client-secret-title = { $name }: シークレットのあるユーザーサインイン用クライアント
advisor-browser-client-secret-detail = ブラウザやモバイルアプリはシークレットを安全に保持できません。このクライアントをそのようなアプリから使用している場合は、シークレットのないクライアントを作成し、このクライアントはサーバー側のアプリ用に残してください。
advisor-token-revocation-off-title = { $name }: トークンの取り消しが無効です
advisor-token-revocation-off-detail = サインアウト時に更新トークンを取り消せないため、有効期間が終わるまで有効なままです。
advisor-user-existence-errors-title = { $name }: PreventUserExistenceErrors がオフです
advisor-user-existence-errors-detail = サインインやアカウント復旧のエラーからアカウントの有無がわかるため、誰でもユーザーを列挙できてしまいます。
advisor-no-admin-group-title = { $group } グループがありません
advisor-no-admin-group-detail = ガイドの構成では、優先順位の値が最も小さい管理者グループを置きます。このグループがないと、アプリの管理者権限を持つ人がいません。
advisor-empty-admin-group-title = { $group } グループにメンバーがいません
advisor-empty-admin-group-detail = アプリの管理者として操作できる人がいません。
advisor-unconfirmed-user-title = { $user } が { $days } 日を超えてアカウントを確認していません
advisor-pending-password-change-title = { $user } が { $days } 日を超えて、一時パスワードを変更するためのサインインをしていません
advisor-waiting-user-detail = アカウントを確認するか、再招待するか、削除してください。放置されたアカウントは、使われていない攻撃対象領域になります。
advisor-identity-unauthenticated-title = IDプール { $name } が未認証IDに AWS 認証情報を発行しています
advisor-identity-unauthenticated-detail = 誰でも未認証ロールの認証情報を取得できます。ゲストに AWS へのアクセスが必要な場合を除いてオフにし、そのロールの権限は最小限にしてください。
advisor-identity-classic-flow-title = IDプール { $name } が基本（クラシック）フローを許可しています
advisor-identity-classic-flow-detail = 基本フローでは、クライアントが信頼ポリシーで許可された任意のロールを選択できます。拡張フローを使用してください。
advisor-identity-pools-unchecked-title = IDプールはチェックされていません
advisor-identity-pools-unchecked-detail = IDプールを一覧表示できませんでした: { $why }
