# 日本語: プール。対応: ../en/pools.ftl.

## プール、コピー、シークレット
pools-blueprint = ブループリントを適用
pools-create = ユーザープールを作成
pools-none = このリージョンにはユーザープールがありません。
column-pool-id = プールID
column-estimated-users = 推定ユーザー数
copy = コピー
copied = コピーしました
secret-hide = 非表示
secret-reveal = 表示
secret-hidden = 非表示
user-group-precedence = 優先順位 { $precedence }


## プールの概要
pool-back = ← ユーザープール
pool-edit-settings-link = 設定、MFA、トリガーを編集 →
pool-blueprint-link = このプールに標準設定を適用 →
pool-general = 全般
pool-sign-in = サインイン
pool-security = セキュリティ
pool-messages-and-domain = メッセージとドメイン
pool-triggers = トリガー
pool-sign-in-username = ユーザー名（エイリアス: { $aliases }）
pool-sign-in-attributes = { $attributes } をユーザー名として使用
pool-region = リージョン
pool-created = 作成日時
pool-last-modified = 最終更新日時
pool-deletion-protection = 削除保護
pool-active = 有効
pool-inactive = 無効
pool-tags = タグ
pool-sign-in-identifiers = サインイン識別子
pool-case-sensitive = ユーザー名の大文字と小文字を区別
pool-self-sign-up = セルフサインアップ
pool-verified-automatically = 自動確認
pool-required-attributes = 必須属性
pool-custom-attributes = カスタム属性
pool-factor-app = 認証アプリ
pool-password-min-length = パスワードの最小文字数
pool-password-requires = パスワードの必須文字
pool-temporary-password = 一時パスワードの有効期間
pool-days = { $days } 日
pool-mfa-factors = MFA の要素
pool-account-recovery = アカウントの復旧
pool-email-sending = メール送信
pool-ses-identity = SES ID
pool-from = 送信元
pool-sms-role = SMS ロール
pool-cognito-domain = Cognito ドメイン
pool-custom-domain = カスタムドメイン
pool-lambda-triggers = Lambda トリガー
pool-trigger-other = その他

## Lambda トリガー: 名前と実行されるタイミング
trigger-pre-sign-up = サインアップ前
trigger-pre-sign-up-hint = ユーザーの登録前に実行。自動確認や拒否ができます
trigger-post-confirmation = 確認後
trigger-post-confirmation-hint = ユーザーがアカウントを確認した後に実行
trigger-pre-authentication = 認証前
trigger-pre-authentication-hint = サインイン前に実行。サインインを拒否できます
trigger-post-authentication = 認証後
trigger-post-authentication-hint = サインインに成功した後に実行
trigger-user-migration = ユーザー移行
trigger-user-migration-hint = 旧ディレクトリにのみ存在するユーザーをサインインさせます
trigger-custom-message = カスタムメッセージ
trigger-custom-message-hint = 確認メッセージと招待メッセージを書き換えます
trigger-pre-token-generation = トークン生成前
trigger-pre-token-generation-hint = トークンのクレームを追加または削除します
trigger-define-auth-challenge = 認証チャレンジの定義
trigger-define-auth-challenge-hint = カスタム認証: 次のチャレンジを決定します
trigger-create-auth-challenge = 認証チャレンジの作成
trigger-create-auth-challenge-hint = カスタム認証: チャレンジを作成します
trigger-verify-auth-challenge-response = 認証チャレンジレスポンスの検証
trigger-verify-auth-challenge-response-hint = カスタム認証: 回答を検証します

## プールの設定ページ
pool-back-overview = ← 概要
pool-settings-title = プールの設定
pool-settings-saved = 設定を保存しました。その他の設定は変更されていません。
pool-settings-save = 設定を保存
pool-custom-read-only = { $name }（{ $kind }、読み取り専用）
pool-fixed-title = 作成時に固定
pool-fixed-note = プールの作成後、Cognito ではこれらを変更できません（カスタム属性は追加のみ可能です）。変更するには、新しいプールを作成してユーザーを移行してください。
pool-add-custom = カスタム属性を追加
pool-custom-added = カスタム属性を追加しました。
pool-add-attributes = 属性を追加
pool-mfa-updated = MFA を更新しました。
pool-mfa-save = MFA を保存
pool-triggers-note = トリガーごとに Lambda 関数の ARN を 1 つ指定します。使用しない場合は空欄のままにしてください。Cognito が各関数を呼び出せるよう許可されている必要があります（関数のリソースベースのポリシー）。
pool-triggers-others = その他の設定済みトリガー（そのまま維持されます）: { $triggers }
pool-triggers-saved = トリガーを保存しました。
pool-triggers-save = トリガーを保存
pool-delete-title = このプールを削除
pool-delete-protected = 削除保護が有効です。先に設定で無効にしてください。
pool-delete-lead = プールを、すべてのユーザー、グループ、アプリクライアントとともに削除します。この操作は元に戻せません。
pool-delete = プールを削除

## プールの作成
pool-create-lead = セットアップガイドの推奨値が入力されています。固定と表示された設定は、プールの作成後に変更できません。
pool-create-submit = ユーザープールを作成

## プールのフォーム（作成と設定）
pool-legend-pool = プール
pool-name = プール名
pool-legend-sign-up = サインアップ、確認、復旧
pool-self-sign-up-label = ユーザーが自分でサインアップできる
pool-self-sign-up-hint = オフの場合、ユーザーを作成できるのは管理者のみです。
pool-auto-verify = 自動的に確認する（Cognito がコードを送信します）
pool-email-address = メールアドレス
pool-phone-sms = 電話番号（SMS）
pool-recovery-email-only = メールのみ
pool-recovery-email-then-phone = メール、次に SMS
pool-recovery-phone-then-email = SMS、次にメール
pool-recovery-phone-only = SMS のみ
pool-recovery-admin-only = なし（管理者がパスワードをリセットします）
pool-required-hint = すべてのユーザーに必要です。プールの作成後は変更できません。
pool-legend-protection = 保護とタグ
pool-deletion-protection-hint = オンの間はプールを削除できません（コンソールは削除前にこれを確認します）。
pool-tags-hint = key=value の形式で、1 行に 1 つ入力してください。
pool-sign-in-fixed = これらはプールの作成時に Cognito によって固定され、後から変更できません。
pool-sign-in-with = ユーザーのサインイン方法
pool-sign-in-mode-attributes = メールアドレスと電話番号のいずれかまたは両方をユーザー名として使用
pool-sign-in-mode-username = ユーザー名（エイリアスは任意）
pool-identifiers = 識別子（またはエイリアス）
pool-identifiers-hint = 優先ユーザー名はエイリアスとしてのみ使用できます。
pool-case-sensitive-label = ユーザー名の大文字と小文字を区別する
pool-case-sensitive-hint = オフを推奨します。オフの場合、User@example.com と user@example.com は同じアカウントになります。
pool-legend-password = パスワードポリシー
pool-policy = ポリシー
pool-policy-custom = カスタム（以下で指定）
pool-policy-cognito = Cognito のデフォルト（8 文字、4 種類すべて、7 日）
pool-min-length = 最小文字数（6〜99）
pool-temporary-days = 一時パスワードの有効期間（日数、0〜365）
pool-require-number = 数字を必須にする
pool-require-symbol = 記号を必須にする
pool-require-uppercase = 大文字を必須にする
pool-require-lowercase = 小文字を必須にする
pool-legend-mfa = 多要素認証
pool-mfa-off = オフ
pool-mfa-optional = 任意（各ユーザーが選択）
pool-mfa-required = 全員に必須
pool-mfa-sms = SMS テキストメッセージ
pool-mfa-sms-hint = 下の「メールと SMS」で SNS ロールを指定する必要があります。
pool-custom-note = custom:name として保存されます。後から削除や名前の変更はできません。行の名前を空欄にするとその行はスキップされます。min/max は String では長さ、Number では値を表します。
pool-column-type = 型
pool-column-mutable = 変更可能
pool-column-min = 最小
pool-column-max = 最大
pool-custom-row-name = カスタム属性 { $row } の名前
pool-custom-row-type = カスタム属性 { $row } の型
pool-custom-row-mutable = カスタム属性 { $row } の変更可否
pool-custom-row-min = カスタム属性 { $row } の最小
pool-custom-row-max = カスタム属性 { $row } の最大
pool-legend-messaging = メールと SMS
pool-email-provider = メールプロバイダー
pool-email-cognito = Cognito の送信機能（1 日の送信数に制限あり。テスト向け）
pool-email-ses = Amazon SES（本番環境向け）
pool-ses-arn = SES ID の ARN（SES のみ）
pool-from-address = 送信元アドレス（SES のみ）
pool-reply-to = 返信先アドレス
pool-sns-role = SMS 用の SNS ロール ARN
pool-sns-external-id = SNS 外部ID

## プールのフォームとプールの変更に対する拒否メッセージ（リクエストの言語）
pool-error-number-range = { $min }〜{ $max } の整数を入力してください。
pool-error-tag-line = 各タグを key=value の形式で 1 行ずつ入力してください。
pool-error-tag-length = タグのキーは 1〜128 文字、値は 256 文字以内にしてください。
pool-error-tag-aws = aws: で始まるタグキーは AWS で予約されています。
pool-error-tag-twice = タグ { $key } が 2 回指定されています。
pool-error-tags-max = プールに設定できるタグは 50 個までです。
pool-error-email = メールアドレスを入力してください。
pool-error-ses-arn = arn:aws:ses:us-east-1:123456789012:identity/example.com のような、確認済みの SES ID の ARN を入力してください。
pool-error-from = アドレス、または名前とアドレスを入力してください（例: Name <a@b.com>）。
pool-error-role-arn = arn:aws:iam::123456789012:role/CognitoSns のような IAM ロールの ARN を入力してください。
pool-error-external-id = 1224 文字以内で入力してください。
pool-error-recovery = ユーザーのアカウント復旧方法を選択してください。
pool-error-auto-verify = 自動的に確認できるのは email と phone_number のみです。
pool-error-sms-role-needed = 電話番号の確認や SMS による復旧ではテキストメッセージが送信されます。Cognito が SNS 経由で送信するために使用する IAM ロールを指定してください。
pool-error-custom-name = カスタム属性名には、英字、数字、- または _ を 1〜20 文字で使用してください。
pool-error-custom-twice = 属性名 { $name } が 2 回使用されています。
pool-error-custom-type = 各カスタム属性の型を選択してください。
pool-error-custom-min-max = { $name }: 最小値が最大値を上回っています。
pool-error-custom-max = プールに設定できるカスタム属性は 50 個までです。
pool-error-sign-in-attributes = サインインに使用するメールアドレス、電話番号、またはその両方を選択してください。
pool-error-aliases = エイリアスに使用できるのは、メールアドレス、電話番号、優先ユーザー名です。
pool-error-sign-in-mode = ユーザーのサインイン方法を選択してください。
pool-error-not-standard = { $attribute } は標準属性ではありません。
pool-error-phone-sign-in-sms = 電話番号でのサインインではテキストメッセージが送信されます。Cognito が SNS 経由で送信するために使用する IAM ロールを指定してください。
pool-error-mfa-mode = 「オフ」「任意」「全員に必須」のいずれかを選択してください。
pool-error-mfa-factor = 2 つ目の要素を 1 つ以上選択してください（認証アプリまたは SMS）。
pool-error-mfa-sms-role = SMS コードを使用するには、先にプールの SNS ロール（SMS 設定）を指定してください。
pool-error-custom-none = 属性名を 1 つ以上入力してください。
pool-error-custom-exists = このプールには既に custom:{ $name } があります。
pool-error-console-pool = コンソールはこのプールでサインインしているため、コンソールから削除することはできません。
pool-error-deletion-protection = このプールは削除保護が有効です。先にプールの設定で無効にしてください。
pool-error-has-domain = このプールにはまだドメイン { $domain } があります。先に「ドメイン」タブで削除してください。

## 新しいパスワードが満たしていない要件（リクエストの言語）
pool-password-too-short = { $length } 文字以上にしてください。
pool-password-too-long = 256 文字以内にしてください。
pool-password-needs-uppercase = 大文字を含めてください。
pool-password-needs-lowercase = 小文字を含めてください。
pool-password-needs-number = 数字を含めてください。
pool-password-needs-symbol = ! @ # $ % ^ & * などの記号を含めてください。
pool-password-space = 先頭と末尾にスペースを使用しないでください。
