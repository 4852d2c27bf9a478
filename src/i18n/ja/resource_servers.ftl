# 日本語: プールのリソースサーバーとそのカスタムスコープ。対応: ../en/resource_servers.ftl.

## リソースサーバーのページ
rs-lead = リソースサーバーは API です。そのカスタムスコープ（識別子/スコープ）は、クライアントクレデンシャルのクライアントが要求するものです。
rs-none = このプールにはリソースサーバーがありません。
rs-add-title = リソースサーバーを追加
rs-identifier = 識別子（例: myapp-api、https://api.example.com）
rs-name = 名前
rs-scopes = スコープ
# スコープ欄の初期テキスト: 1 行に 1 スコープ、名前、半角スペース、説明。
rs-scopes-example =
    read 読み取りアクセス
    write 書き込みアクセス
rs-scopes-hint = 1 行に 1 つ: スコープ名、半角スペース、説明の順に入力してください。
rs-add = リソースサーバーを追加
rs-added = リソースサーバーを追加しました。
rs-scope = スコープ
rs-edit = 編集
rs-delete-title = 削除
rs-delete-lead = クライアントにはスコープ名が残りますが、そのスコープのトークンは取得できなくなります。
rs-delete = リソースサーバーを削除
rs-deleted = 削除しました。

## リソースサーバーのフォームについてサーバーが返すメッセージ
rs-error-identifier = スペース、引用符、バックスラッシュを含まない 1〜256 文字を使用してください（例: myapp-api、https://api.example.com）。
rs-error-scope-name = { $scope }: スコープ名にスペース、スラッシュ、引用符、バックスラッシュは使えません。
rs-error-scope-description = { $scope }: 名前の後に説明を追加してください（256 文字以内）。
rs-error-scope-twice = スコープ { $scope } が 2 回指定されています。
rs-error-too-many-scopes = リソースサーバーに設定できるスコープは 100 個までです。
rs-error-exists = このプールには、この識別子のリソースサーバーが既にあります。
