# 日本語: プールのIDプロバイダー（SAML、OpenID Connect、ソーシャルサインイン）とそのフォーム。対応: ../en/identity_providers.ftl.

## IDプロバイダーのページ
idp-lead = フェデレーション: ユーザーは別のディレクトリ（SAML 2.0、OpenID Connect）またはソーシャルアカウントを使い、プールのマネージドログインページからサインインします。初回サインイン時に、Cognito はプロバイダー名とそのプロバイダーでの本人の ID から名前を付けたユーザーを作成します。アプリクライアントでは、そのIDプロバイダーの一覧でチェックを入れたプロバイダーが利用できるようになります。
idp-no-domain = このプールにはドメインがありません。フェデレーションサインインはマネージドログインページを経由するため、ドメインが必要です (
idp-no-domain-link = ドメイン
idp-none = このプールにはIDプロバイダーがありません。ユーザーはプール独自のユーザー名とパスワードでサインインします。
idp-add-title = IDプロバイダーを追加

## プロバイダーに設定する値
idp-give-provider = プロバイダーに設定する値:
idp-entity-id = エンティティID（オーディエンス）:
idp-acs-url = アサーションコンシューマーサービス（ACS）URL:
idp-redirect-uri = リダイレクトURI:
idp-return-later = 戻り先のアドレスは、プールにドメインを設定すると決まります。

## プロバイダーのカード
idp-card-meta = { $kind } · 追加: { $added } · 変更: { $changed }
idp-withheld-uploaded = アップロード済み
idp-withheld-set = 設定済み（表示されません）
idp-not-offered = このプロバイダーを利用するアプリクライアントはまだありません。アプリクライアントのIDプロバイダーでチェックを入れてください。
idp-offered-by = 利用中のアプリクライアント:
idp-mapping-none = なし: フェデレーションユーザーにはユーザー名のみが設定されます。
idp-column-pool-attribute = プール属性
idp-column-provider-attribute = プロバイダー属性
idp-unmapped = プールでは { $attributes } が必須ですが、このプロバイダーはマッピングしていません。このプロバイダーのユーザーは作成できません。
idp-identifiers-shown = 識別子:
idp-edit = 編集
idp-delete = 削除
idp-delete-lead = このプロバイダー経由でサインインしていたユーザーは、今後このプロバイダーでサインインできなくなります。Cognito がそのユーザー用に作成したユーザーは残り、他のユーザーからこのプロバイダーへのリンクは機能しなくなります。
idp-delete-offered = アプリクライアントがまだこのプロバイダーを利用しています。先に各アプリクライアントのIDプロバイダーから外してください。
idp-delete-button = IDプロバイダーを削除
idp-deleted = 削除しました。

## プロバイダーの追加
idp-add-saml = SAML 2.0 プロバイダー
idp-add-oidc = OpenID Connect プロバイダー
idp-name-label = 名前（サインインページに表示されます。例: Okta、CorpAD）
idp-add-button = { $kind } を追加
idp-added = プロバイダーを追加しました。

## プロバイダーの項目と詳細
idp-keep-hint = { $what }（空欄のままにすると、Cognito に保存されている値を保持します）
idp-private-key-file = 秘密鍵（.p8 ファイル）
idp-metadata-file-keep = またはメタデータドキュメント（空欄のままにすると、アップロード済みのものを保持します）
idp-metadata-file-paste = またはメタデータドキュメント（XML を貼り付け）
idp-init-label = プロバイダー側で開始されたサインインを受け入れる
idp-init-hint = 非請求アサーション: 便利ですが、アサーションの有効期間内はリプレイ攻撃を受けるおそれがあります。
idp-encrypted-label = 暗号化されたアサーションを要求する
idp-sign-requests-label = リクエストに署名する（RSA-SHA256）
idp-api-version-label = Graph API バージョン（例: v17.0。空欄の場合は Cognito のデフォルト）
idp-issuer-url = 発行者URL
idp-endpoints-summary = エンドポイント（発行者にディスカバリードキュメントがない場合）
idp-mapping = 属性マッピング
idp-mapping-hint = 1 行に 1 つ: プール属性 = プロバイダーの属性（例: email = email）。
idp-identifiers = 識別子
idp-identifiers-hint = 1 行に 1 つ。サインインリンクでは識別子でプロバイダーを指定できます。メールドメイン（example.com）を指定すると、そのドメインのユーザーはこのプロバイダーに送られます。
idp-client-id = クライアントID
idp-client-secret = クライアントシークレット
idp-scopes = スコープ
idp-api-version = Graph API バージョン
idp-team-id = チームID
idp-key-id = キーID
idp-private-key = 秘密鍵
idp-issuer = 発行者
idp-attributes-request-method = userInfo リクエストのメソッド
idp-authorize-url = 認可エンドポイント
idp-token-url = トークンエンドポイント
idp-attributes-url = userInfo エンドポイント
idp-jwks-uri = JWKS URI
idp-token-request-method = トークンリクエストのメソッド
idp-attributes-url-add-attributes = userInfo URL に追加する属性
idp-metadata-url = メタデータURL
idp-metadata-file = メタデータドキュメント
idp-signout = プロバイダーからもサインアウト
idp-init = プロバイダー側で開始されたサインイン
idp-encrypted-responses = 暗号化されたアサーション
idp-request-signing = 署名付きリクエスト
idp-sso-url = プロバイダーのサインインURL
idp-slo-url = プロバイダーのサインアウトURL
idp-encryption-certificate = 暗号化証明書

## フォームが受け付けないもの
idp-error-choose-type = プロバイダーの種類を選択してください。
idp-error-cannot-edit = Pooldesk では { $type } プロバイダーを編集できません。
idp-error-metadata-both = メタデータURLを指定するか、ドキュメントを貼り付けてください。両方は指定できません。
idp-error-metadata-missing = プロバイダーの SAML メタデータの URL を指定するか、下にドキュメントを貼り付けてください。
idp-error-client-id = プロバイダーが発行したクライアントIDを入力してください。
idp-error-private-key-missing = Apple が発行した秘密鍵（.p8）を貼り付けてください。
idp-error-client-secret-missing = プロバイダーが発行したクライアントシークレットを入力してください。
idp-error-private-key-whole = 秘密鍵の .p8 ファイル全体を、-----BEGIN PRIVATE KEY----- から END の行まで貼り付けてください。
idp-error-api-version = Graph API バージョンは v17.0 の形式で入力するか、空欄にしてください。
idp-error-team-id = Apple のチームIDは英数字 10 文字です。
idp-error-key-id = Apple のキーIDは英数字 10 文字です。
idp-error-request-method = userInfo リクエストには GET または POST を選択してください。
idp-error-endpoints = 4 つのエンドポイントをすべて指定するか、すべて空欄にして Cognito に発行者から検出させてください。
idp-error-social-name = { $kind } プロバイダーの名前は { $name } です。
idp-error-name = スペースとアンダースコアを含まない 3〜32 文字で指定してください（例: Okta、CorpAD）。
idp-error-name-reserved = { $name } は予約されています。別の名前を選択してください。
idp-error-https = https:// で始まる URL を指定してください。
idp-error-metadata-size = メタデータドキュメントが 128 KB を超えています。代わりに URL を指定してください。
idp-error-metadata-not-saml = SAML メタデータではありません。EntityDescriptor を含む XML ドキュメントを貼り付けてください。
idp-error-scopes-missing = 要求するスコープを指定してください（例: { $scopes }）。
idp-error-not-a-scope = { $scope } はスコープではありません。
idp-error-openid-scope = OpenID Connect プロバイダーには openid スコープが必要です。
idp-error-apple-scopes = Apple が提供するのは email と name のみです。{ $scope } は指定できません。
idp-error-mapping-line = { $line }: 「プール属性 = プロバイダー属性」の形式で記述してください。
idp-error-mapping-value = { $attribute }: = の後にプロバイダーの属性名を記述してください。
idp-error-username-claim = { $kind } では、Cognito は username を { $claim } からのみマッピングします。
idp-error-saml-username = SAML ユーザーのユーザー名はアサーションの NameID です。username は指定しないでください。
idp-error-not-an-attribute = { $attribute } はこのプールの属性ではありません。
idp-error-immutable = { $attribute } はサインアップ後に変更できませんが、Cognito はサインインのたびにマッピングされた属性を書き換えます。マッピングから外してください。
idp-error-mapped-twice = { $attribute } が 2 回マッピングされています。
idp-error-required-unmapped = プールでは { $attribute } が必須です。マッピングしないと、フェデレーションユーザーを作成できません。
idp-error-identifier = { $identifier }: 英字、数字、スペース、+ = . @ - _ を使って最大 40 文字で指定してください（例: example.com）。
idp-error-identifier-twice = { $identifier } が 2 回記載されています。
idp-error-too-many-identifiers = 1 つのプロバイダーに指定できる識別子は最大 50 個です。
idp-error-still-offered = { $name } はまだアプリクライアントで利用されています: { $clients }。先に各アプリクライアントのIDプロバイダーから外してください。
idp-error-name-taken = このプールには { $name } という名前のプロバイダーが既にあります。
