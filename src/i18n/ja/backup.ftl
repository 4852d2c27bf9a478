# 日本語: プールのバックアップと復元。対応: ../en/backup.ftl.

## バックアップページ: バックアップ
backup-title = バックアップと復元
backup-back-up = バックアップ
backup-lead = 1 つの JSON ドキュメントに、プールの設定、カスタム属性、リソースサーバー、アプリクライアント（シークレットを除く）、グループ、そしてすべてのユーザーとその属性、有効フラグ、グループをまとめます。バックアップはジョブとして実行され、ファイルはジョブのページからダウンロードできます。パスワードと MFA シークレットは Cognito から読み取れないため、どのバックアップにも含まれません。
backup-this-pool = このプールをバックアップ
backup-add-title = ファイルからバックアップを追加
backup-add-field = バックアップ（Pooldesk のバックアップが書き出す JSON ドキュメント、最大 2 MB）
backup-add-and-plan = 追加して計画

## バックアップページ: 復元
backup-restore-title = このプールに復元
backup-restore-lead = このプールまたは別のプールのバックアップ（コピー）を使います。計画には差分が表示されます。復元では、不足しているものを作成し、属性、有効フラグ、メンバーシップを揃えます。作成されたユーザーには一時パスワードが設定されます。招待を送る場合は Cognito がそれを送信します。そうでない場合は、ユーザーがサインインする必要が生じたときにパスワードをリセットしてください。
backup-none = バックアップはまだありません。まずプールをバックアップしてください。
backup-backup = バックアップ
backup-remove = バックアップにないものを削除
backup-remove-hint = このプールにあってバックアップにないユーザー、メンバーシップ、グループ、アプリクライアント、リソースサーバーが対象です。
backup-plan = 復元を計画
backup-reading-pool = プールを読み取っています…
backup-plan-nothing = 変更はありません。プールはバックアップと一致しています。
# $parts: 下の件数をカンマ区切りでつないだもの。
backup-plan-summary = { $changes } 件の変更を計画しました（{ $parts }）。まだ何も適用されていません。
backup-count-create = 作成 { $count }
backup-count-update = 更新 { $count }
backup-count-delete = 削除 { $count }
backup-count-keep = 維持 { $count }
backup-count-skip = スキップ { $count }
backup-plan-capped = 最初の { $count } ステップを、変更を先頭にして表示しています。件数はすべてのステップを対象としています。
backup-invite = 作成したユーザーに Cognito の招待を送信
backup-restore-and-remove = 復元して削除
backup-restore = 復元

## バックアップまたは復元が拒否する場合
backup-choose = バックアップを選択してください。
backup-paste = バックアップ（Pooldesk のバックアップが書き出す JSON ドキュメント）を貼り付けてください。
backup-not-the-consoles-pool = コンソール自身のプールには復元もインポートもできません。そのグループによって、誰がコンソールのロールを持つかが決まるためです。オペレーターを 1 人ずつ追加するか、別のプールを選択してください。
backup-choose-finished = 完了したバックアップを選択してください。
backup-nothing-to-restore = 復元するものはありません。プールは既にバックアップと一致しています。
backup-no-valid-pool-id = バックアップに有効なプールIDが含まれていません。

## 復元の計画: 各ステップの内容（`rules::restore`）
restore-as-in-backup = バックアップと同じ
restore-not-in-backup = バックアップにない
restore-group-not-in-backup = バックアップにない（メンバーはそのまま残ります）
restore-settings-differ = { $settings }。プールの「設定」ページで変更してください
restore-setting-differs = { $setting }: このプールでは { $here }、バックアップでは { $backup }
restore-setting-sign-in = サインイン方法
restore-setting-mfa = MFA
restore-setting-self-sign-up = セルフサインアップ
restore-setting-deletion-protection = 削除保護
restore-setting-password-length = パスワードの長さ
restore-domain-unique = Cognito ドメインは AWS 全体で一意です。プールの「ドメイン」ページで追加してください
restore-mutable = 変更可能
restore-immutable = 変更不可
restore-new-secret = 新しいシークレットを使用
restore-no-secret = シークレットなし
restore-no-email = メールアドレスなし: このプールはメールアドレスでサインインします
restore-add = 追加
restore-scopes = { $name }（スコープ: { $scopes }）
restore-precedence = 優先順位 { $precedence }
restore-role = ロール { $role }
restore-enable = 有効化
restore-disable = 無効化
restore-disabled = 無効
restore-attributes = 属性 { $count } 個
restore-was-status = 元は { $status }。一時パスワードで開始します
