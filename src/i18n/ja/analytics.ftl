# 日本語: プールの分析（コンソールのインデックスから集計）。対応: ../en/analytics.ftl.

## インデックスがまだない場合
analytics-no-index = 分析はコンソールが持つプールの検索インデックスから集計しますが、このプールにはまだ検索インデックスがありません。
analytics-build-under-way = 構築を実行中です。進行状況を確認してください。
analytics-build-index = 検索インデックスを構築

## 分析のページ
analytics-counted = コンソールの検索インデックスから集計しています（構築から { $age }、{ $date }）。MFA は検索インデックスに含まれません（Cognito はユーザーごとにしか返しません）。MFA を含めてエクスポートすると確認できます。
analytics-users = ユーザー
analytics-stuck = 一時パスワードのまま
analytics-stuck-label = 一時パスワードを { $days } 日以上変更していない
analytics-days = 日数
analytics-count = 件数
analytics-by-status = ステータス別
analytics-enabled = 有効
analytics-email = メールアドレス
analytics-phone = 電話番号
analytics-groups = グループ
analytics-per-day = 1 日あたりのサインアップ数（過去 30 日）
analytics-per-week = 1 週間あたりのサインアップ数（過去 26 週）
analytics-column-users = ユーザー
analytics-column-count = 件数
analytics-column-share = 割合
analytics-chart = { $title }: サインアップは合計 { $sum } 件です。グラフの下の表に各数値があります。
analytics-as-table = 同じ数値を表で表示

## 分析の棒グラフ（`server::index::search`）
analytics-bar-verified = 確認済み
analytics-bar-not-verified = 未確認
analytics-bar-no-email = メールアドレスなし
analytics-bar-no-phone = 電話番号なし
analytics-bar-enabled = 有効
analytics-bar-disabled = 無効
analytics-bar-no-group = グループなし
analytics-bar-week = { $first } からの週
