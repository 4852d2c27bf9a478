# 日本語: プールの脅威保護（モードとリスク設定）。対応: ../en/threat_protection.ftl.

## ページとモードのカード
risk-title = 脅威保護
risk-mode-title = モード
risk-mode-off = オフ
risk-mode-audit = 監査のみ
risk-mode-enforced = フル機能
risk-plan-not-reported = このエンドポイントからは取得できません
risk-feature-plan = 機能プラン: { $plan }（脅威保護は Plus に含まれます）。
risk-change-to = 変更後のモード
risk-save-mode = モードを保存
risk-mode-saved = モードを保存しました。

## 設定の対象: プール全体か、個々のアプリクライアントか
risk-scope-nav = 設定の対象
risk-scope-label = 設定の対象:
risk-scope-pool = プール全体

## 現在適用されている設定（文章で）
risk-in-force = 現在の設定
risk-whose-pool = プールの設定です。独自の設定を持たないすべてのアプリクライアントに適用されます。
risk-whose-client-own = このアプリクライアント独自の設定です。
risk-whose-client-pool = このアプリクライアントには独自の設定がないため、プールの設定が適用されます。
risk-leaked-unchecked = 漏洩したパスワード: 確認しません。
risk-leaked-at = 漏洩したパスワード（{ $events }）: { $what }。
risk-leaked-blocked = ブロック
risk-leaked-recorded = 記録のみ
risk-takeover-unset = アカウント乗っ取り: アクションが設定されていません。
risk-takeover-line = { $level }: { $action }
risk-takeover-line-emailed = { $level }: { $action }（ユーザーにメールで通知）
risk-always-blocked = 常にブロック: { $ranges }
risk-never-assessed = 評価しない: { $ranges }
risk-no-sender = リスク通知のメール送信元が設定されていないため、Cognito は誰にもメールを送信しません。（送信元は AWS コンソールで設定してください。ここでのアクションは、各レベルのメール設定を維持します。）

## 管理者用のフォーム
risk-set-pool = プール全体に設定
risk-set-client = このアプリクライアントに設定
risk-check-leaked-at = 漏洩した認証情報とパスワードを照合するタイミング
risk-event-sign-in = サインイン
risk-event-password-change = パスワード変更
risk-event-sign-up = サインアップ
risk-event-sign-in-in-sentence = サインイン
risk-event-password-change-in-sentence = パスワード変更
risk-event-sign-up-in-sentence = サインアップ
risk-leaked-is = 漏洩したパスワードの扱い
risk-blocked-option = ブロック
risk-recorded-option = 記録のみ
risk-takeover-legend = アカウント乗っ取りのリスク
risk-low = 低リスク
risk-medium = 中リスク
risk-high = 高リスク
risk-action-allow = 許可
risk-action-mfa-if-configured = ユーザーが MFA を設定済みなら MFA を要求し、未設定なら許可
risk-action-mfa-required = MFA を要求し、MFA 未設定のユーザーはブロック
risk-action-block = ブロック
risk-blocked-ips = 常にブロックするアドレス範囲
risk-blocked-ips-hint = 1 行に 1 つの CIDR 範囲（203.0.113.0/24）、最大 200 個。すべてのアプリクライアントに適用されます。
risk-skipped-ips = 評価しないアドレス範囲
risk-skipped-ips-hint = ここからのサインインは評価もブロックもされません（オフィス、監視用プローブなど）。
risk-saved = 脅威保護の設定を保存しました。
risk-save-pool = プール全体に保存
risk-save-client = このアプリクライアントに保存

## 項目ごとの拒否理由
risk-error-mode = 「オフ」「監査のみ」「フル機能」のいずれかを選択してください。
risk-error-plan = 脅威保護には Plus 機能プランが必要です。このプールは { $plan } です。
risk-error-events = サインイン、パスワード変更、サインアップの中から選択してください。
risk-error-action = 「ブロック」または「記録のみ」を選択してください。
risk-error-level = このリスクレベルでの動作を選択してください。
risk-error-too-many-ranges = 範囲は最大 { $max } 個までです（Cognito の上限）。
risk-error-not-a-range = { $range } はアドレス範囲ではありません。203.0.113.0/24 の形式で入力してください。
