# 日本語: どのページにも表示されうるエラーと、Cognito の失敗の意味。対応: ../en/errors.ftl.

## 閉じたエラー列挙 (`AppError::message`)
error-unauthenticated = セッションが終了しました。もう一度サインインしてください。
error-forbidden = お使いのアカウントにはこの操作が許可されていません。
error-login-failed = ユーザー名またはパスワードが正しくありません。
error-step-up-required = 続行するにはパスワードを再確認してください。この操作には最近のサインインが必要です。
error-not-found = { $what }が見つかりません。
error-throttled = Cognito がリクエストを制限しています。しばらく待ってからもう一度お試しください。
error-too-many-attempts = サインインの試行回数が多すぎます。1 分待ってからもう一度お試しください。
error-internal = サーバーで問題が発生しました。詳細はサーバーログに記録されています。

## `NotFound` が示すもの
missing-the-user-pool = ユーザープール
missing-the-group = グループ
missing-the-app-client = アプリクライアント
missing-the-domain = ドメイン
missing-the-resource-server = リソースサーバー
missing-the-identity-pool = IDプール
missing-the-identity = ID
missing-the-user = ユーザー
missing-the-device = デバイス
missing-the-sign-in-event = サインインイベント
missing-the-linked-identity = リンクされたID
missing-the-identity-provider = IDプロバイダー
missing-the-job = ジョブ
missing-the-saved-search = 保存済みの検索

## 失敗した Cognito の呼び出し: 日本語では英語の説明 ($does) ではなく、Cognito の
## オペレーション名 ($operation) を示します。
cognito-unsupported = この Cognito エンドポイントは { $operation } をサポートしていません。
cognito-timeout = Cognito から時間内に応答がありませんでした。もう一度お試しください。
cognito-unreachable = Cognito に接続できません。エンドポイントとネットワークを確認してください。
cognito-limit = この操作で Cognito の制限に達しました。しばらくしてからもう一度お試しください。
cognito-group-exists = この名前のグループは既に存在します。
cognito-user-exists = このユーザー名のユーザーは既に存在します。
cognito-password-policy = パスワードがプールのパスワードポリシーを満たしていません。
cognito-code-mismatch = コードが正しくないか、有効期限が切れています。
cognito-rejected-value = Cognito が { $operation } に渡された値を拒否しました。入力内容を確認してください。
cognito-access-denied = Pooldesk の AWS 認証情報には { $operation } を呼び出す権限がありません。Pooldesk の運用者が IAM で許可できます。
cognito-failed = Cognito で { $operation } が失敗しました。しばらくしてからもう一度お試しください。

## サポートデスク、サインイン、ジョブによる拒否（リクエストの言語で表示）
invalid-email = 有効なメールアドレスを入力してください。
invalid-phone = 番号は +819012345678 の形式（国番号付き、数字のみ）で入力してください。
invalid-phone-short = 番号は +819012345678 の形式で入力してください。
invalid-signs-in-with-it = このプールではこの値でサインインします。入力してください。
invalid-username = スペースを含まない 1〜128 文字のユーザー名を入力してください。
invalid-email-to-verify = 確認済みにするメールアドレスを入力してください。
invalid-phone-to-verify = 確認済みにする電話番号を入力してください。
invalid-required = このプールではこの値が必須です。
invalid-max-2048 = 2048 文字以内で入力してください。
invalid-max-128 = 128 文字以内で入力してください。
invalid-email-invitation = メールでの招待にはメールアドレスが必要です。
invalid-sms-invitation = SMS での招待には電話番号が必要です。
invalid-choose-group = グループを選択してください。
invalid-immutable = この属性は変更できません。
invalid-true-false = true または false を入力してください。
invalid-search-attribute = Cognito はこの属性で検索できません。
invalid-search-value = 検索できるのは印刷可能な文字 256 文字までです。
invalid-group-name = グループ名を入力してください。
invalid-group-spaces = グループ名にスペースは使用できません。
invalid-role-arn = arn:aws:iam::123456789012:role/MyRole のような IAM ロールの ARN を入力してください。
invalid-precedence = 0〜2147483647 の整数を入力してください。
invalid-typed = 確認のため、{ $expected } と正確に入力してください。
mfa-invalid-factor = 認証アプリ、SMS、メールのいずれかを選択してください。
mfa-invalid-setting = 「オフ」「オン」「優先」のいずれかを選択してください。
mfa-refused-pool-off = このプールでは MFA がオフです。まずプールの設定で MFA をオンにしてください。
mfa-refused-not-offered = このプールはこの要素を提供していません。プールの MFA 設定を確認してください。
mfa-refused-totp = 認証アプリを設定できるのは、ユーザー本人が自分のサインインで行う場合のみです。コンソールではオフにできます。
mfa-refused-no-phone = ユーザーに電話番号がありません。先に追加してください。
mfa-refused-no-email = ユーザーにメールアドレスがありません。先に追加してください。
mfa-refused-by-cognito = Cognito が変更を拒否しました。この要素に必要なものがユーザーにありません。
link-invalid-provider = プールのIDプロバイダーから 1 つ選択してください。
link-invalid-subject = プロバイダーでのユーザーの ID（`sub`）を入力してください。
link-invalid-duplicate = この ID は既にこのユーザーにリンクされています。
link-invalid-limit = このユーザーには Cognito の上限である { $max } 件のリンクされたIDが既にあります。先に 1 件のリンクを解除してください。
link-refused-signed-in = Cognito がリンクを拒否しました。この ID は既に独自のユーザーとしてサインインしています。先にそのユーザーを削除してください。
link-refused-limit = Cognito がリンクを拒否しました。このユーザーには許可されている上限数のリンクされたIDが既にあります。
reset-refused-status = Cognito がパスワードをリセットするのは、確認済みで有効なユーザーのみです。一時パスワードをまだ変更していないユーザーには、「パスワードを設定」で新しいパスワードを設定できます。
reset-refused-no-channel = このユーザーには、コードの送信先となる確認済みのメールアドレスも電話番号もありません。代わりにパスワードを設定してください。
desk-last-admin = これは最後の有効な管理者です。コンソールの管理者がいなくなってしまいます。
desk-self-delete = 自分のアカウントは削除できません。
desk-self-disable = 自分のアカウントは無効にできません。
desk-self-admin = 自分自身を管理者グループから削除することはできません。
desk-operator-locked = このユーザーはコンソールのオペレーターです。アカウントを変更できるのは管理者のみです。
desk-could-not-check = Cognito でこのユーザーを確認できなかったため、何も変更されていません。もう一度お試しください。
desk-created-not-added = ユーザー { $username } は作成されましたが、グループ { $group } に追加できませんでした。
desk-saved-not-removed = 新しい値は保存されましたが、{ $names } の削除に失敗しました: { $error }
group-guards-console = このグループはコンソール自体を保護しているため、コンソールから削除することはできません。
job-invalid-action = 操作を選択してください。
job-invalid-none-selected = ユーザーを 1 人以上選択してください。
job-invalid-too-many = 選択できるユーザーは { $max } 人までです。または、検索に一致するすべてのユーザーに適用してください。
job-invalid-format = CSV、JSON、NDJSON のいずれかを選択してください。
job-invalid-index-first = 先にプールの検索インデックスを検索してください。
job-already-ended = このジョブは既に終了しています。
job-no-file = このジョブにはダウンロードできるファイルがありません。
signin-enter-username = ユーザー名またはメールアドレスを入力してください。
signin-enter-password = パスワードを入力してください。
signin-passwords-differ = 2 つのパスワードが一致しません。
signin-enter-code = 認証アプリに表示される 6 桁のコードを入力してください。
signin-unavailable = サインインサービスを利用できません。しばらくしてからもう一度お試しください。
signin-unverifiable = サインインサービスのトークンを検証できないため、誰もサインインできません。理由はサーバーログに記録されています。
signin-wrong-password = パスワードが正しくありません。
signin-change-password-first = 先にパスワードを変更する必要があります。サインアウトしてから、もう一度サインインしてください。
signin-unsupported-step = このアカウントには、コンソールがサポートしていないサインイン手順が必要です。
cognito-idp-duplicate = このプールの別のプロバイダーが、この名前またはこれらの識別子のいずれかを使用しています。
cognito-idp-refused = Cognito がプロバイダーの詳細を拒否しました。メタデータURLまたは発行者がインターネットから応答すること、ID とシークレットがそのプロバイダーのものであることを確認してください。
cognito-risk-off = アクションを設定する前に、脅威保護をオン（「監査のみ」または「フル機能」）にしてください。
auth-events-no-threat-protection = Cognito がサインインイベントを記録するのは、プールで脅威保護がオン（「監査のみ」または「フル機能」、Plus 機能プラン）の場合のみです。プールの「脅威保護」タブを参照してください。

## コンソールが読み込むファイル（インポート、バックアップ）と監査ログ
import-header-unreadable = 1 行目（列名）を読み取れませんでした: { $error }。
import-file-empty = ファイルが空です。エクスポートと同じく、1 行目に列名が必要です。
import-unknown-columns = 不明な列: { $columns }。ユーザーのエクスポートの列を使用してください（カスタム属性はこのプールのスキーマにある必要があります）。
import-column-twice = 列 { $column } が 2 回あります。
import-no-rows = ファイルには列名の後に行がありません。
restore-not-a-backup = これは { $schema } ドキュメントで、バックアップ（{ $backup }）ではありません。ユーザーのエクスポートをプール全体として復元することはできません。
restore-unreadable = バックアップを読み取れませんでした: { $error }。Pooldesk のバックアップで作成したファイルを選択してください。
restore-user-twice = バックアップにユーザー { $user } が 2 回、または名前なしで含まれています。
restore-unknown-group = ユーザー { $user }: グループ { $group } はバックアップのグループにありません。
audit-write-failed = 監査ログに書き込めないため、何も変更されていません。しばらくしてからもう一度お試しください。
invalid-display-name = 1〜{ $max } 文字の英字、数字、スペース、または + = , . @ - _ を使用してください。
invalid-event-id = これはサインインイベントではありません。
invalid-device-key = これはデバイスキーではありません。
signin-limits-unavailable = 現在サインインできません。しばらくしてからもう一度お試しください。
database-unavailable = コンソールのデータベースに接続できません。しばらくしてからもう一度お試しください。
audit-read-failed = 監査ログを読み取れません。しばらくしてからもう一度お試しください。
