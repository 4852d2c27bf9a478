# 日本語: アプリクライアント、そのフォーム、サーバーがそれについて返すメッセージ。対応: ../en/clients.ftl.

## アプリクライアント一覧のページ
client-new-credentials = 新規: クライアントクレデンシャル（サーバー間）
client-new-user = 新規: ユーザー名とパスワード
client-new-custom = 新規: カスタム
client-none = このプールにはアプリクライアントがありません。
client-id = クライアントID
client-secret = シークレット
client-auth-flows = 認証フロー
client-oauth-flows = OAuth フロー

## 個々のアプリクライアントのページ
client-back = ← アプリクライアント
client-guide-mistake = このクライアントクレデンシャルのクライアントは ALLOW_ADMIN_USER_PASSWORD_AUTH も許可していますが、サーバー間のクライアントには不要です。削除を検討してください。
client-secret-yes = はい（機密）
client-secret-no = いいえ（パブリック）
client-attributes-all = すべて
# トークンの有効期間: $value と $unit は Cognito が保存する値です（$unit は seconds、minutes、hours、days のいずれか）。
client-validity = { $value } { $unit ->
        [seconds] 秒
        [minutes] 分
        [hours] 時間
        [days] 日
       *[other] { $unit }
    }
client-secret-title = クライアントシークレット
client-secret-lead = 非表示です。表示するとあなたの名前で記録されます。シークレットマネージャーに保管してください。
client-edit = このクライアントを編集
client-saved = 保存しました。このフォームにない設定はそのまま保持されています。
client-save = クライアントを保存
client-console-no-delete = コンソールはこのクライアントでサインインします。ここから削除することはできません。
client-delete-title = このクライアントを削除
client-delete-lead = このクライアントIDを使用するアプリは、ユーザーをサインインさせることも、トークンを取得することもできなくなります。
client-delete = クライアントを削除

## クライアントのページの設定カード
client-details-tokens = トークンと属性
client-details-last-modified = 最終更新
client-details-token-revocation = トークンの取り消し
client-details-sign-in-session = サインインセッション
client-details-default-redirect = デフォルトのリダイレクト
client-details-readable = 読み取り可能な属性
client-details-writable = 書き込み可能な属性

## プリセットからアプリクライアントを作成
client-create-title-credentials = 新しいクライアント: クライアントクレデンシャル
client-create-title-user = 新しいクライアント: ユーザー名とパスワード
client-create-title = 新しいアプリクライアント
client-credentials-note = サーバー間のクライアントです。シークレットを持ち、ユーザーのサインインはなく、プールのドメインの /oauth2/token エンドポイントから grant_type=client_credentials でトークンを取得します。ドメインと、リソースサーバーのカスタムスコープが 1 つ以上必要です。
client-credentials-not-admin = ALLOW_ADMIN_USER_PASSWORD_AUTH は有効にしません（セットアップガイドの誤りです）。このフローは管理者の認証情報でユーザーをサインインさせるもので、クライアントクレデンシャルとは関係ありません。
client-no-domain = このプールにはまだドメインがありません。
client-no-domain-add = ドメインを追加
client-no-domain-after = すると、アプリがトークンを取得できるようになります。
client-no-scopes = プールにはまだカスタムスコープがありません。先にリソースサーバーを追加してください:
client-user-note = ユーザー名とパスワードでユーザーをサインインさせるアプリ向けです。ブラウザアプリやモバイルアプリにはパブリック（シークレットなし）が適しています。シークレットはサーバー側のアプリの場合にのみチェックしてください。暗黙的な付与は、指定しない限りオフのままです。
client-create = アプリクライアントを作成

## アプリクライアントのフォーム
client-section-client = クライアント
client-name = 名前
client-generate-secret = クライアントシークレットを生成する（機密クライアント）
client-generate-secret-hint = シークレットを秘密に保てるサーバー専用です。ブラウザアプリやモバイルアプリには使用しないでください。後から追加や削除はできません。
client-section-sign-in = サインインフロー
client-prevent-existence-errors = ユーザー存在エラーを防ぐ
client-prevent-existence-errors-hint = サインインに失敗しても、ユーザーが存在するかどうかはわかりません。
client-allow-revocation = トークンの取り消しを許可する
client-session-minutes = サインインセッションの有効期間（分、3〜15）
client-grant-types-hint = クライアントクレデンシャルは他の 2 つと組み合わせることができず、シークレット、カスタムスコープ、ドメインが必要です。
client-allow-implicit = 暗黙的な付与では URL にトークンが公開されることを理解しています
client-callback-urls = コールバックURL
client-callback-urls-hint = 1 行に 1 つ。https://（localhost の場合のみ http://）。
client-logout-urls = サインアウトURL
client-one-per-line = 1 行に 1 つ。
client-default-redirect-field = デフォルトのリダイレクトURL（コールバックURLのいずれか。省略可）
client-section-lifetimes = トークンの有効期間
client-lifetimes-note = アクセストークンとIDトークン: 5 分〜1 日。更新トークン: 60 分〜3650 日。
client-access-token = アクセストークン
client-id-token = IDトークン
client-refresh-token = 更新トークン
client-unit = 単位
client-unit-minutes = 分
client-unit-hours = 時間
client-unit-days = 日
client-section-attributes = 属性のアクセス許可
client-attributes-note = 何もチェックしない場合、クライアントはすべての属性を読み取る（または書き込む）ことができます。
client-flow-user-password = ユーザー名とパスワードを Cognito に送信（USER_PASSWORD_AUTH）
client-flow-user-srp = Secure Remote Password（USER_SRP_AUTH）
client-flow-refresh-token = 更新トークン（Cognito で必須）
client-flow-custom = Lambda によるカスタムチャレンジ（CUSTOM_AUTH）
client-flow-user-auth = 選択ベースのサインイン（USER_AUTH）
client-flow-admin-user-password = 管理者の認証情報によるサーバー側のサインイン（ADMIN_USER_PASSWORD_AUTH）
client-grant-code = 認可コード付与
client-grant-implicit = 暗黙的な付与（URL にトークン: 非推奨）
client-grant-client-credentials = クライアントクレデンシャル（サーバー間）

## フォームのチェックボックスグループ
client-legend-auth-flows = 明示的な認証フロー
client-legend-grant-types = 付与タイプ
client-legend-scopes = スコープ
client-legend-identity-providers = IDプロバイダー
client-legend-readable = 読み取り可能
client-legend-writable = 書き込み可能

## クライアントのフォームについてサーバーが返すメッセージ
client-error-auth-flows = 一覧から認証フローを選択してください。
client-error-refresh-required = Cognito ではすべてのクライアントに ALLOW_REFRESH_TOKEN_AUTH が必要です。
client-error-oauth-flows = 一覧から OAuth フローを選択してください。
client-error-credentials-combined = クライアントクレデンシャルは認可コード付与や暗黙的な付与と組み合わせることはできません。クライアントを 2 つに分けてください。
client-error-implicit = 暗黙的な付与では、トークンがブラウザのアドレスバーに表示されます。それでも使用する場合は、確認のチェックボックスをオンにしてください。
client-error-credentials-need-secret = クライアントクレデンシャルにはクライアントシークレットが必要です。
client-error-no-scope = プールにスコープ { $scope } がありません。
client-error-credentials-need-scope = クライアントクレデンシャルには、リソースサーバーのカスタムスコープが 1 つ以上必要です。
client-error-credentials-custom-only = クライアントクレデンシャルで使用できるのはカスタムスコープのみです。
client-error-scopes-without-flow = スコープは OAuth フローに適用されます。フローを選択するか、スコープの選択を解除してください。
client-error-needs-scope = OAuth フロー用のスコープを 1 つ以上選択してください。
client-error-needs-openid = email、profile、phone の各スコープには openid も必要です。
client-error-no-provider = プールにIDプロバイダー { $provider } がありません。
client-error-needs-provider = 認可コード付与と暗黙的な付与にはIDプロバイダーが必要です（プール自身のユーザーには COGNITO）。
client-error-needs-callback = 認可コード付与と暗黙的な付与にはコールバックURLが必要です。
client-error-default-redirect = デフォルトのリダイレクトURLは、コールバックURLのいずれかである必要があります。
client-error-no-attribute = プールに属性 { $attribute } がありません。
client-error-not-writable = { $attribute } は書き込めません。変更不可または不明な属性です。
client-error-session-minutes = 3〜15 分の値を入力してください。
client-error-url = { $url }: https://（localhost の場合のみ http://）を使用し、#フラグメントは含めないでください。
client-error-too-many-urls = URL は 100 個までにしてください。
client-error-unit = 分、時間、日のいずれかを選択してください。
# $min と $max は `client-validity` が書く形式の有効期間です。
client-error-lifetime = { $min }〜{ $max } の有効期間を入力してください。
client-error-no-secret = このクライアントにはシークレットがありません。
client-error-console-client = コンソールはこのクライアントでサインインします。コンソールから削除することはできません。
