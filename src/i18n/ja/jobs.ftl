# 日本語: ジョブ。対応: ../en/jobs.ftl.

## ジョブ
jobs-lead = 一括変更とエクスポートはサーバー上で実行されます。タブを閉じても処理は続き、コンソールが再起動した場合は再開されます。
jobs-none = ジョブはまだありません。プールのユーザーページから開始してください。
jobs-all = すべてのジョブ
jobs-pool-users = プールのユーザー
column-job = ジョブ
column-pool = プール
column-state = 状態
column-progress = 進捗
column-started-by = 開始者
column-started = 開始日時
column-step = ステップ
column-outcome = 結果
job-queued = 待機中
job-running = 実行中
job-finished = 完了
job-stopped = 停止
job-cancelled = キャンセル済み
job-progress = { $processed } / { $total }
job-estimate = Cognito のリクエストクォータでは約 { $secs } 秒かかります。
job-ended = { " · " }{ $at } に終了
job-where-who = プール { $pool } · { $operator } が { $at } に開始{ $ended }
job-counts = 完了 { $done } 件、変更なし { $already } 件、失敗 { $failed } 件。
job-not-attempted = 未実行 { $count } 件。
job-plan-restore = このバックアップからの復元を計画
job-reload = 再読み込み
job-cancel = ジョブをキャンセル
job-report = レポート
job-report-capped = 最初の { $count } 件を、失敗を先頭にして表示しています。上の件数はすべての項目を対象としています。
job-item-done = 完了
job-item-already = 変更なし
job-item-failed = 失敗: { $why }
job-item-not-attempted = 未実行

## ジョブの名前（`model::job::JobSpec::label`）
job-label-add = グループ { $group } に追加
job-label-remove = グループ { $group } から削除
job-label-enable = 有効化
job-label-disable = 無効化
job-label-change-group = グループを変更
job-label-selected = { $what }: 選択した { $count } 人のユーザー
job-label-matching = { $what }: 検索に一致するすべてのユーザー
job-label-backup = プールをバックアップ
job-label-backup-file = ファイルから追加したバックアップ
job-label-export = { $matching ->
        [true] 検索に一致するユーザー
       *[false] すべてのユーザー
    }をエクスポート（{ $format }{ $mfa ->
        [true] 、MFA を含む
       *[false] {""}
    }）
job-label-restore = バックアップを復元{ $remove ->
        [true] （バックアップにないものは削除）
       *[false] {""}
    }
job-label-import = CSV から { $rows } 人のユーザーをインポート
job-label-index = 検索インデックスを構築
job-label-index-because = 検索インデックスを構築（{ $why }）

## ジョブが停止した理由（ジョブを開始したオペレーターの言語で表示。`server::jobs`）
job-stop-role = このジョブを開始したオペレーターが必要なロールを持たなくなったため、ジョブは停止しました。それ以上の変更は行われていません。
job-stop-start = ジョブを開始できませんでした: { $error }
job-stop-pool-gone = ユーザープール { $pool } が存在しなくなったため、ジョブは停止しました。処理されなかったユーザーは未実行として表示されています。
job-stop-cognito-gone = Cognito に接続できなかった（{ $error }）ため、ジョブは停止しました。処理されなかったユーザーは未実行として表示されています。Cognito が復旧したら、ジョブをもう一度開始してください。
job-stop-search = 検索結果を一覧表示できませんでした: { $error }
job-stop-members = グループのメンバーを読み取れませんでした: { $error }
job-stop-not-export = エクスポートではありません。
job-stop-config = プールの構成を読み取れませんでした: { $error }
job-stop-export = エクスポートが停止しました: { $error }
job-stop-export-stopped = エクスポートは停止されました。
job-stop-no-index = このプールには検索インデックスがなくなりました。検索インデックスを構築してから、もう一度検索してください。
job-stop-index = 検索インデックスの構築が停止しました: { $error }。検索インデックスはそれまでの内容を保持しています。
job-stop-file-gone = ファイルがコンソールのデータベースに存在しなくなりました。
job-stop-pool-unreadable = プールを読み取れませんでした: { $error }
