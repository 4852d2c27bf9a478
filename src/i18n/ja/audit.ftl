# 日本語: 監査ログ。対応: ../en/audit.ftl.

## 監査ページ
audit-title = 監査ログ
audit-lead = すべての変更、シークレットの表示、コンソールへのサインインを新しい順に表示します。時刻は UTC です。
audit-operator = オペレーター
audit-operator-hint = メールアドレス、ユーザー名、または sub
audit-action = 操作
audit-target = 対象
audit-target-hint = 例: user=jane
audit-from = 開始
audit-to = 終了
audit-time-hint = YYYY-MM-DD または YYYY-MM-DDTHH:MM（UTC）
audit-any = すべて
audit-filter = 絞り込み
audit-clear = クリア
audit-newest = 最新
audit-older = 古いエントリ →
audit-export = CSV をエクスポート
audit-none = 一致するエントリはありません。
audit-column-time = 時刻（UTC）
audit-column-source-ip = 送信元IP
audit-request-id = リクエストID

## フィルターが受け付けない入力
audit-filter-too-long = 特殊文字を含まない { $max } 文字以内で入力してください。
audit-end-before-start = 終了は開始より後にしてください。
audit-bad-time = YYYY-MM-DD または YYYY-MM-DDTHH:MM（UTC）の形式で入力してください。
