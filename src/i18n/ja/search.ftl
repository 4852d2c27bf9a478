# 日本語: ユーザーページでのコンソールの検索インデックスの検索。対応: ../en/search.ftl.

## 検索インデックスの状態
search-index = 検索インデックス
search-index-of = コンソールの検索インデックスを検索しています。収録ユーザー数:
search-index-users = { $count } 人
search-index-built = 、構築から
# $age: 下記の経過時間のいずれか。
search-index-age = { $age }
search-index-elsewhere = このコンソールでの変更は反映されています。他の場所での変更は、次回の構築後に反映されます。
search-rebuilding = 再構築を実行中です。
search-cognito-directly = Cognito を直接検索
search-rebuild-now = 今すぐ再構築
search-rebuild = 再構築
search-only-when-asked = 手動でのみ
search-every-hour = 1 時間ごと
search-every-day = 毎日
search-every-week = 毎週
search-every-hours = { $hours } 時間ごと
search-save-schedule = スケジュールを保存
search-schedule-saved = スケジュールを保存しました。

## 検索インデックスの経過時間（「構築から」の後に表示。分析ページでも使用）
search-age-under-a-minute = 1 分未満
search-age-minutes = { $count } 分
search-age-hours = { $count } 時間
search-age-days = { $count } 日

## 検索インデックスのないプール
search-cognito-now = Cognito を直接検索しています（1 つの属性で、「前方一致」または「完全一致」のみ）。
search-the-index = コンソールの検索インデックスを検索
search-the-index-for = （任意の属性、フィルターの組み合わせ、並べ替えが使えます）。
search-building = コンソールがこのプールの検索インデックスを構築しています:
search-follow-build = 進行状況を表示
search-building-until = 。完了するまでは、検索は Cognito に対して行われます。
search-build = 検索インデックスを構築
search-who-builds = サポートまたは管理者ロールを持つオペレーターが構築できます。
search-offer = Cognito の検索は一度に 1 つの標準属性のみが対象です。任意の属性（カスタム属性を含む）を「を含む」「で終わる」「が存在しない」の条件で検索し、ステータス、グループ、日付と組み合わせるため、またプールの分析を表示するために、コンソールはすべてのユーザーを独自の検索インデックスに読み込みます（Cognito のクォータに収まるペースで実行されるジョブです）。

## 検索フォームと結果
search-match-count = { $count } 人のユーザーが一致しました。
search-sort-by = 並べ替え
search-sort-by-label = 並べ替え:
search-sort-username = ユーザー名
search-sort-email = メールアドレス
search-sort-status = ステータス
search-sort-created = 作成日時
search-sort-modified = 更新日時
search-op-contains = を含む
search-op-starts-with = で始まる
search-op-ends-with = で終わる
search-op-equals = と等しい
search-op-present = が存在する
search-op-absent = が存在しない
search-status-any = すべて
search-enabled-either = すべて
search-enabled-yes = 有効
search-enabled-no = 無効
search-groups-any = いずれかに所属
search-groups-all = すべてに所属
search-groups-none = どれにも所属しない
search-these-groups = 対象のグループ（複数選択は Ctrl キーを押しながらクリック）
search-created-from = 作成日（開始）
search-date-to = 終了
search-modified-from = 更新日（開始）

## 保存した検索
search-saved = 保存した検索
search-save-as = この検索を保存する名前
search-saved-done = 保存しました。ここに一覧表示され、リンクを共有できます。
search-forget = 保存した検索「{ $name }」を削除

## 検索が受け付けないもの
search-bad-attribute = 属性名に使えるのは英字、数字、_ : - . です（最大 64 文字）。
search-value-too-long = 検索語は印刷可能な文字で 256 文字以内にしてください。
search-too-many-groups = グループは最大 10 個まで選択してください。
search-unknown-group = このプールのグループを選択してください。
search-bad-date = 日付は YYYY-MM-DD の形式で入力してください。
search-end-before-start = 終了日が開始日より前になっています。
search-bad-interval = 表示されている間隔から選択してください。
search-too-long = この検索は長すぎます。
search-no-index = このプールにはまだ検索インデックスがありません。先に構築するか、Cognito を検索してください。
search-bad-stuck-days = 日数は 1〜3650 の範囲で入力してください。
search-no-index-analytics = このプールにはまだ検索インデックスがありません。分析を表示するには構築してください。
search-bad-name = 検索に名前を付けてください（最大 80 文字）。
