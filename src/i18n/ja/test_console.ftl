# 日本語: テストコンソール（アプリクライアント経由のサインイン、クライアントクレデンシャルによるトークン）と Lambda トリガーフォームの拒否メッセージ。対応: ../en/test_console.ftl.

## ページ
test-title = テストコンソール
test-login-title = ユーザーのサインイン
test-login-lead = USER_PASSWORD_AUTH で InitiateAuth を呼び出し（シークレットのあるクライアントには SECRET_HASH を付加）、回答が入力されているチャレンジに応答します。パスワードは Cognito にのみ送信されます。
test-app-client = アプリクライアント
test-username = ユーザー名
test-password = パスワード
test-new-password = 新しいパスワード（ユーザーがまだ一時パスワードの場合）
test-mfa-code = MFA コード（ユーザーが MFA を使用している場合）
test-run-login = サインインテストを実行
test-credentials-title = クライアントクレデンシャル
test-credentials-lead = クライアントIDとシークレットを使って、プールのドメインの /oauth2/token に POST します。ローカルエミュレーターにはこのエンドポイントがないため、その場合コンソールは送信せずにその旨を表示します。
test-credentials-none = このプールには、client_credentials 付与を許可するアプリクライアントがありません。
test-scopes = スコープ（スペース区切り。空の場合はクライアントのすべてのスコープ）
test-request-token = トークンをリクエスト
test-choose-client = アプリクライアントを選択してください。

## 実行結果
test-signed-in = サインインしました。
test-signed-in-refresh = サインインしました。更新トークンも発行されました（表示されません）。
test-challenge = Cognito が { $name } を要求しています。
test-verified = 署名、発行者、オーディエンス、有効期限をプールの JWKS で検証しました。
test-id-token = IDトークン
test-access-token = アクセストークン
test-expires = 有効期限
test-groups = グループ
test-scopes-label = スコープ
test-header-claims = ヘッダーとクレーム
test-step-initiate = { $client } 経由で { $user } の InitiateAuth USER_PASSWORD_AUTH
test-step-initiate-secret = { $client } 経由で { $user } の InitiateAuth USER_PASSWORD_AUTH、SECRET_HASH 付き（クライアントにシークレットがあります）
test-step-respond = RespondToAuthChallenge { $challenge }（{ $answer } を指定）
test-step-token = POST { $base }/oauth2/token、grant_type=client_credentials、scope={ $scope }、クライアントIDとシークレットは HTTP Basic で送信
test-step-all-scopes = （クライアントのすべてのスコープ）
test-enter-username = ユーザー名を入力してください。
test-enter-password = パスワードを入力してください。
test-too-many-steps = Cognito がサインインのステップを要求し続けました。

## サインインが失敗した理由と確認事項（ガイドのトラブルシューティング一覧）
test-problem-secret-hash = SECRET_HASH が受け入れられませんでした。
test-hint-secret-hash = このクライアントにはシークレットがあり、ハッシュは HMAC-SHA256(secret, username + client id) です。シークレットがこのクライアントのものであること、ユーザー名が Cognito に登録されているものであることを確認してください（メールアドレスをユーザー名とするプールでは、トークン更新時のハッシュにユーザーの sub が使われます）。
test-problem-disabled = このユーザーは無効になっています。
test-hint-disabled = ユーザーのページでユーザーを有効にしてください。
test-problem-attempts = このユーザーのサインイン失敗回数が多すぎます。
test-hint-attempts = Cognito は失敗が続くと、しばらくの間ユーザーをロックします。しばらく待ってからもう一度お試しください。
test-problem-flow = このクライアントでは USER_PASSWORD_AUTH が有効になっていません。
test-hint-flow = アプリクライアントで ALLOW_USER_PASSWORD_AUTH を有効にしてください。
test-problem-incorrect = ユーザー名またはパスワードが正しくありません。
test-hint-incorrect = パスワード（必要に応じてユーザーのページで新しいパスワードを設定してください）と、ユーザーがこのプールに属していることを確認してください。PreventUserExistenceErrors が有効な場合、存在しないユーザーにもこのメッセージが表示されます。
test-problem-no-user = このプールにそのユーザーは存在しません。
test-hint-no-user = ユーザー名と、選択したプールとリージョンが正しいことを確認してください。アプリから判別できないように、クライアントで PreventUserExistenceErrors を有効にしてください。
test-problem-unconfirmed = ユーザーがアカウントを確認していません。
test-hint-unconfirmed = ユーザーのページで「サインアップを確認」を実行するか、送信されたコードをユーザーに入力してもらってください。
test-problem-reset = パスワードのリセットが必要です。
test-hint-reset = ユーザーが送信されたコードでリセットを完了するか、ユーザーのページで新しいパスワードを設定する必要があります。
test-problem-not-found = アプリクライアントまたはプールが見つかりませんでした。
test-hint-not-found = クライアントIDは、このリージョンのこのプールに属している必要があります。
test-problem-needs-hash = このクライアントには SECRET_HASH が必要です。
test-hint-needs-hash = このクライアントにはシークレットがあります。コンソールはシークレットを読み取れる場合にのみハッシュを送信します。
test-problem-parameters = Cognito がリクエストのパラメータを拒否しました。
test-hint-parameters = クライアントの設定と、プールが想定するユーザー名の形式（メールアドレス、電話番号、ユーザー名）を確認してください。
test-problem-throttled = Cognito がリクエストを制限しています。
test-hint-throttled = しばらく待ってからもう一度お試しください。
test-problem-lambda = Lambda トリガーが失敗したか、サインインを拒否しました。
test-hint-lambda = プールの認証前トリガーとトークン生成前トリガー、およびそのログを確認してください。
test-problem-refused = Cognito がサインインを拒否しました。
test-hint-refused = 詳細はサーバーログに記録されています。

## テストが停止したチャレンジ
test-challenge-new-password = ユーザーはまだ一時パスワードを使用しています。初回サインインを完了するには「新しいパスワード」を入力するか、ユーザーのページで恒久的なパスワードを設定してください。
test-challenge-totp = ユーザーは認証アプリを使用しています。続行するには現在のコードを入力してください。
test-challenge-code-sent = Cognito がユーザーにコードを送信しました。続行するにはそのコードを入力してください。
test-challenge-mfa-setup = MFA が必須ですが、ユーザーはまだ要素を設定していません。先にお使いのアプリで設定してもらう必要があります。
test-challenge-other = このチャレンジにはコンソールから応答できません。アプリで応答する必要があります。

## クライアントクレデンシャルのリクエスト
test-no-grant = このクライアントは client_credentials 付与を許可していません。
test-no-grant-hint = クライアントクレデンシャルのプリセットを使用するか、クライアントでこの付与とカスタムスコープを有効にしてください。
test-scope-not-allowed = このクライアントに許可されていないスコープがあります。
test-scope-not-allowed-hint = { $scope } はクライアントのスコープに含まれていません。
test-no-domain = このプールにはドメインがありません。
test-no-domain-hint = クライアントクレデンシャルのトークンはドメインの /oauth2/token から発行されます。先にドメインを追加してください。
test-emulator = ローカルの Cognito エミュレーターには OAuth2 エンドポイントがありません。
test-emulator-hint = 何も送信していません。AWS に対しては、このリクエストは選択したスコープのアクセストークンを返します。
test-no-secret = このクライアントにはシークレットがありません。クライアントクレデンシャルにはシークレットが必要です。
test-unreachable = プールのトークンエンドポイントに接続できませんでした。
test-token-refused = トークンエンドポイントがリクエストを拒否しました。
test-token-invalid-client = クライアントIDまたはシークレットが受け入れられませんでした。
test-token-invalid-scope = このクライアントに許可されていないか、存在しないスコープがあります。
test-token-unauthorized-client = このクライアントには client_credentials 付与が許可されていません。
test-token-refused-hint = トークンエンドポイントがリクエストを拒否しました。詳細はサーバーログに記録されています。

## Lambda トリガーフォームの拒否メッセージ（model::triggers。トリガー名は pools.ftl にあります）
test-trigger-unknown = { $key } は Lambda トリガーではありません。
test-trigger-arn = arn:aws:lambda:us-east-1:123456789012:function:my-trigger のような Lambda 関数の ARN を入力してください。
