# 日本語: CSV からのユーザーのインポート。対応: ../en/import.ftl.

## インポートページ
import-title = ユーザーをインポート
import-lead = ユーザーエクスポートと同じ列を持つ CSV: 標準属性（email、given_name、phone_number など）、このプールのカスタム属性、cognito:username、enabled、groups（; 区切り）。sub、status、日付、MFA の列は読み飛ばします。既存のユーザーは更新され（属性は設定のみで削除はされず、有効になり、グループに追加されます）、新しいユーザーは一時パスワード付きで作成されます。まずすべての行を検証し、1 行でも誤りがあれば何もインポートしません。
import-csv = CSV
import-check = ファイルを検証
import-submit = インポート

## 検証したファイルのレポート
import-counts = 作成 { $create } 件、更新 { $update } 件、変更なし { $skip } 件、エラー { $error } 件。
import-blocked = エラーのある行を修正してください。エラーの行が残っている間は何もインポートされません。
import-nothing-applied = まだ何も適用されていません。
import-column-line = 行
import-column-action = 操作
import-column-detail = 詳細
import-action-create = 作成
import-action-update = 更新
import-action-skip = スキップ
import-action-error = エラー

## インポートが受け付けないもの
import-paste = CSV を貼り付けてください。エクスポートと同様に、1 行目に列名を記述します。
import-too-large = ファイルが 2 MB を超えています。分割してインポートしてください。
import-nothing-to-import = インポートするものはありません。すべてのユーザーが既にファイルの内容どおりです。

## インポートの各行: 行をインポートできない理由と、行による変更内容 (`rules::import`)
import-column-needed = { $column } 列が必要です。この列で各行がどのユーザーかを示します。
import-row-unreadable = 行を読み取れませんでした: { $error }
import-not-true-false = { $value } は true でも false でもありません
import-not-a-group = { $group } はこのプールのグループではありません
import-no-user = 空欄のため、この行はユーザーを指定していません
import-same-user = { $line } 行目と同じユーザーです
import-not-email = { $value } はメールアドレスではありません
import-not-phone = { $value } は +15551234567 形式の電話番号ではありません
import-too-long = 2,048 文字を超えています
import-formula = { $value } はスプレッドシートの数式として実行されます。テキストとしてインポートするには先頭に ' を付けてください
import-joins = { $groups } に追加
import-already = 既にファイルの内容どおりです
import-error-line = { $line } 行目（{ $user }）: { $detail }
import-and-more = ほか { $count } 件
import-refused-rows = インポートできない行が { $count } 行あるため、何もインポートしていません: { $lines }。
