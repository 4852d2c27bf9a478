# 日本語: セットアップブループリント（ページ、計画と結果、復元と共有する計画の表）。ブループリントファイル自体は英語のままです。対応: ../en/blueprint.ftl.

## ページ
blueprint-title = セットアップブループリント
blueprint-lead = ブループリントは、プールのリソースサーバー、アプリクライアント、グループ、ユーザー、メンバーシップを記述したものです（TOML または JSON。ガイドの標準セットアップが入力されています）。「計画」では変更内容を表示し、「適用」では変更を実行して各ステップの結果を報告します。ブループリントは作成と調整のみを行い、削除は行いません。
blueprint-target = 対象:
blueprint-target-named = [pool] で指定されたプール（存在しない場合はガイドの設定で作成）
blueprint-target-pool = プール { $pool }（[pool] の名前は使用されません）
blueprint-label = ブループリント
blueprint-plan = 計画
blueprint-apply = 適用

## 計画と適用の結果
blueprint-nothing = 変更はありません。プールはブループリントと一致しています。
blueprint-planned = { $count } 件の変更を計画しました。まだ何も適用されていません。
blueprint-stopped = { $count } 件の変更の後、失敗したステップで停止しました。以降のステップは実行されていません。
blueprint-applied = { $count } 件の変更を適用しました。
blueprint-skipped = { $count } 件のステップをスキップしました。この Cognito エンドポイントはこれらに対応していません。
blueprint-open-summary = プールのサマリーを開く →
blueprint-passwords = 新しいユーザーには以下の一時パスワードが設定されました。表示されるのは今回限りで、初回サインイン時に変更する必要があります。
blueprint-column-action = 操作
blueprint-column-kind = 種類
blueprint-column-detail = 詳細
blueprint-not-attempted = 未実行
blueprint-temporary-password = 一時パスワード: { $password }
blueprint-outcome-done = 完了
blueprint-outcome-skipped = スキップ: { $why }
blueprint-outcome-failed = 失敗: { $why }

## ステップの操作と種類（ブループリントと復元）
blueprint-action-create = 作成
blueprint-action-update = 更新
blueprint-action-keep = 維持
blueprint-action-skip = スキップ
blueprint-action-delete = 削除
blueprint-kind-pool = プール
blueprint-kind-pool-settings = プール設定
blueprint-kind-domain = ドメイン
blueprint-kind-attribute = 属性
blueprint-kind-resource-server = リソースサーバー
blueprint-kind-app-client = アプリクライアント
blueprint-kind-group = グループ
blueprint-kind-user = ユーザー
blueprint-kind-membership = メンバーシップ

## ブループリントのステップの内容（`rules::blueprint::plan`）
blueprint-detail-guide-settings = ガイドの設定を使用
blueprint-detail-pool-exists = 既存（{ $id }）。ブループリントではその設定は変更されません
blueprint-detail-domain-new = { $prefix }-…（ランダムなサフィックス）
blueprint-detail-domain-has = プールには { $domain } があります
blueprint-detail-scopes = スコープ { $scopes }
blueprint-detail-as-described = 記述どおり
blueprint-detail-name-scopes = 名前とスコープを { $scopes } に更新
blueprint-detail-preset = { $preset } プリセット
blueprint-detail-precedence = 優先順位 { $precedence }
blueprint-detail-precedence-change = 優先順位 { $now } → { $want }
blueprint-detail-user-new = 生成された一時パスワードを使用、招待なし
blueprint-detail-user-exists = 既存。属性とパスワードはそのままです
blueprint-detail-member = 既にメンバーです
blueprint-detail-add = グループに追加
blueprint-diff-auth-flows = 認証フロー
blueprint-diff-oauth-flows = OAuth フロー
blueprint-diff-scopes = スコープ
blueprint-diff-callback-urls = コールバックURL
blueprint-diff-sign-out-urls = サインアウトURL
blueprint-diff-access-token = アクセストークン
blueprint-diff-id-token = IDトークン
blueprint-diff-refresh-token = 更新トークン

## 拒否されたブループリント（`blueprint` フィールド）
blueprint-error-too-large = ブループリントが 256 KB を超えています。
blueprint-error-unreadable = ブループリントを読み取れませんでした: { $error }
blueprint-error-pool-name = プール名 { $name }: 英字、数字、スペース、および + = , . @ - _ を使用してください（最大 128 文字）。
blueprint-error-domain-prefix = ドメインプレフィックス { $prefix }: { $error }（9 文字が付加された後の値）。
blueprint-error-preset = クライアント { $name }: プリセットは { $presets } のいずれかにしてください。
blueprint-error-email = ユーザー { $email }: メールアドレスを入力してください。
blueprint-error-user-group = ユーザー { $email }: グループ { $group } はブループリントのグループに含まれていません。
blueprint-error-too-many = { $section }は 1 つのブループリントにつき最大 { $max } 件です。
blueprint-error-twice = { $name } が{ $section }に 2 回含まれています。
blueprint-error-resource-server = リソースサーバー { $id }: { $error }
blueprint-error-group = グループ { $name }: { $error }
blueprint-error-client = クライアント { $name }: { $error }
blueprint-section-resource-servers = リソースサーバー
blueprint-section-clients = クライアント
blueprint-section-groups = グループ
blueprint-section-users = ユーザー
