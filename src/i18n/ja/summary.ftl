# 日本語: プールの構成サマリーと、そのエクスポートのページ（エクスポートされるファイル自体は英語のままです）。対応: ../en/summary.ftl.

## サマリーページ
summary-title = 構成サマリー
summary-print = 印刷
summary-include-secrets = クライアントシークレットを含める
summary-user-pool = ユーザープール
summary-region = リージョン
summary-arn = ARN
summary-issuer = 発行者
summary-jwks-url = JWKS URL
summary-domain = ドメイン
summary-hosted-ui = ホストされたUI
summary-token-endpoint = トークンエンドポイント

## アプリクライアント、グループ、ユーザー、IDプール
summary-app-clients = アプリクライアント
summary-client-id = クライアントID
summary-secret = シークレット
summary-auth-flows = 認証フロー
summary-oauth-flows = OAuth フロー
summary-scopes = スコープ
summary-tokens = トークン（アクセス / ID / 更新）
summary-groups-by-precedence = 優先順位別のグループ
summary-group = グループ
summary-users-and-groups = ユーザーと所属グループ
summary-groups = グループ
summary-user-disabled = （無効）
summary-users-first = 最初の { $count } 人のユーザーを表示しています。
summary-all-users = すべてのユーザー →
summary-identity-pools = IDプール
summary-identity-pools-unlisted = IDプールを一覧表示できませんでした: { $why }
summary-identity-pools-forbidden = コンソールの AWS 認証情報には、IDプールを一覧表示する権限がない可能性があります（cognito-identity:ListIdentityPools）。
summary-no-identity-pool = このユーザープールでサインインするIDプールはありません。
summary-create-identity-pool = 作成する →
summary-identity-pool-id = IDプールID
summary-guests = ゲスト
summary-guests-allowed = 許可
summary-guests-no = いいえ
summary-authenticated-role = 認証済みロール
summary-unauthenticated-role = 未認証ロール
summary-roles-not-reported = このエンドポイントからは取得できません

## エクスポート
summary-exports = エクスポート
summary-export-formats = エクスポート形式
summary-audience = API がトークンを受け入れるアプリクライアント
summary-audience-default = 最初のユーザーサインイン用クライアント
summary-apply = 適用
summary-secrets-included = このエクスポートにはクライアントシークレットが含まれています。読み取りはあなたの名前で記録されました。
summary-error-format = エクスポート形式のいずれかを選択してください。
