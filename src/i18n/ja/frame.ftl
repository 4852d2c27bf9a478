# 日本語: すべてのページの枠組み、共通部品、サインイン。対応: ../en/frame.ftl.

## すべてのページの枠組み
nav-main = メインナビゲーション
nav-user-pools = ユーザープール
nav-identity-pools = IDプール
nav-jobs = ジョブ
nav-audit = 監査
sign-out = サインアウト
footer-press = キーボードショートカットは
footer-for-shortcuts = キーで表示できます。
skip-to-content = コンテンツへスキップ
theme-nav = テーマ
theme-label = テーマ:
theme-system = システム
theme-light = ライト
theme-dark = ダーク
lang-nav = 言語

## キーボードショートカット
shortcuts-title = キーボードショートカット
shortcuts-close = 閉じる
shortcuts-then = { $first } に続けて { $second }
shortcut-search = 検索（ユーザーページ）
shortcut-pools = ユーザープール
shortcut-users = このプールのユーザー
shortcut-groups = このプールのグループ
shortcut-list = この一覧

## プールのタブ
pool-sections = プールのセクション
tab-overview = 概要
tab-settings = 設定
tab-users = ユーザー
tab-analytics = 分析
tab-groups = グループ
tab-app-clients = アプリクライアント
tab-domain = ドメイン
tab-resource-servers = リソースサーバー
tab-identity-providers = IDプロバイダー
tab-summary = サマリー
tab-advisor = アドバイザー
tab-threat-protection = 脅威保護
tab-backup = バックアップ
tab-test = テスト

## 共通部品
loading = 読み込み中…
pagination = ページ送り
pagination-previous = 前へ
pagination-next = 次へ
pagination-page = { $page } ページ
confirm-your-password = パスワードの再確認
badge-disabled = 無効
type-to-confirm = 確認のため { $name } と入力してください
saved = 保存しました。
download-file = { $file } をダウンロード
none = なし
back = 戻る
not-found-title = ページが見つかりません
not-found-back = ユーザープール一覧に戻る

## サインイン
login-title = サインイン
login-username = メールアドレスまたはユーザー名
login-password = パスワード
login-submit = サインイン
new-password-title = 新しいパスワードを設定
new-password-lead = 一時パスワードでサインインしました。続行するには、ご自身のパスワードを設定してください。
new-password = 新しいパスワード
new-password-repeat = 新しいパスワード（確認）
new-password-submit = パスワードを設定してサインイン
start-again = 最初からやり直す
mfa-title = コードを入力
mfa-lead = 認証アプリに表示された 6 桁のコードを入力してください。
mfa-code = コード
mfa-submit = 確認
step-up-title = パスワードの再確認
step-up-lead = クライアントシークレットの操作、削除、およびコンソール自身のグループの変更には、最近のサインインが必要です。続行するにはパスワードを再確認してください。確認は数分間有効です。
step-up-code = 認証アプリのコード（アカウントで使用している場合）
step-up-submit = 確認

## スクリーンリーダー向けの表の名前（`components::table::DataTable`、`name` ごと）
table-apply = 適用結果一覧
table-audit = 監査ログ一覧
table-clients = クライアント一覧
table-groups = グループ一覧
table-identity-pools = IDプール一覧
table-import = インポート一覧
table-job-items = ジョブ項目一覧
table-jobs = ジョブ一覧
table-members = メンバー一覧
table-plan = 計画一覧
table-pools = プール一覧
table-summary-clients = サマリーのクライアント一覧
table-summary-groups = サマリーのグループ一覧
table-summary-identity-pools = サマリーのIDプール一覧
table-summary-users = サマリーのユーザー一覧
table-users = ユーザー一覧
