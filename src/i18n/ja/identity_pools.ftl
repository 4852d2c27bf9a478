# 日本語: IDプール（Cognito フェデレーティッドアイデンティティ）、そのロールとプロバイダー。対応: ../en/identity_pools.ftl.

## 一覧と作成ページ
ipool-title = IDプール
ipool-lead = IDプールは、ユーザープールのトークンを一時的な AWS 認証情報と交換します（ガイドのステップ 8）。
ipool-create = IDプールを作成
ipool-none = このリージョンにはIDプールがありません。
ipool-column-id = IDプールID
ipool-back = ← IDプール
ipool-user-pool = ユーザープール
ipool-choose-user-pool = ユーザープールを選択
ipool-show-clients = アプリクライアントを表示

## 作成・編集の項目
ipool-name = 名前（英字、数字、スペース、アンダースコア）
ipool-providers = サインインできる Cognito ユーザープールのアプリクライアント
ipool-providers-hint = これらのクライアントでサインインしたユーザーには、認証済みロールが使われます。
ipool-server-check = サーバー側でトークンを確認
ipool-server-check-hint = Cognito は、ユーザープールのセッションがまだ有効である（サインアウトしていない）ことも確認します。
ipool-allow-guests = 未認証ID（ゲスト）を許可
ipool-allow-guests-hint = 誰でも未認証ロールの認証情報を取得できます。ゲストに AWS へのアクセスが必要な場合を除き、オフのままにしてください。
ipool-classic = 基本（クラシック）認証フローを許可
ipool-classic-hint = 推奨しません。拡張フロー（デフォルト）では、ロールの選択を Cognito が行います。

## 個々のIDプール: 設定
ipool-settings = 設定
ipool-guests = ゲスト（未認証）
ipool-authflow = 認証フロー
ipool-authflow-classic = 基本（クラシック）を許可
ipool-authflow-enhanced = 拡張
ipool-user-pool-clients = ユーザープールのクライアント
ipool-other-providers = その他のプロバイダー
ipool-authenticated-role = 認証済みロール
ipool-unauthenticated-role = 未認証ロール
ipool-provider = { $pool }（クライアント { $client }）
ipool-provider-checked = { $pool }（クライアント { $client }）、サーバー側で確認
ipool-role-unknown = このエンドポイントからは取得できません

## 個々のIDプール: 編集、ロール、ポリシー、削除
ipool-edit = このIDプールを編集
ipool-edit-note = 別のユーザープールのクライアントを選択肢に加えるには、?pool=<ユーザープールID> を付けてこのページを開いてください。
ipool-saved = IDプールを保存しました。その他のプロバイダーはそのまま残っています。
ipool-roles = ロール
ipool-authenticated-role-arn = 認証済みロールの ARN
ipool-unauthenticated-role-arn = 未認証ロールの ARN（ゲストを許可している場合のみ使用）
ipool-roles-set = ロールを設定しました。
ipool-set-roles = ロールを設定
ipool-policies = IAM ポリシーのテンプレート
ipool-trust-authenticated = 認証済みロールの信頼ポリシー（ロールを引き受けられる主体）:
ipool-trust-unauthenticated = 未認証ロールの信頼ポリシー:
ipool-permissions = 認証済みロールの出発点となるアクセス許可ポリシー（各 ID はそれぞれ専用のプレフィックスの下）:
ipool-delete-title = このIDプールを削除
ipool-delete-lead = プール内のすべての ID が削除され、このプールを使うアプリは AWS 認証情報を取得できなくなります。
ipool-delete = IDプールを削除

## 個々のIDプール: 認証情報のテスト
ipool-test-title = テスト: AWS 認証情報を取得
ipool-test-lead = クライアント経由でユーザーをサインインさせ、IDトークンを使って GetId と GetCredentialsForIdentity を呼び出します。
ipool-test-client = { $pool } のクライアント { $client }
ipool-test-guest = ゲスト（未認証）
ipool-test-through = サインイン方法
ipool-test-show-secret = シークレットアクセスキーを表示
ipool-test-submit = 認証情報を取得
ipool-credentials = 認証情報
ipool-identity-id = アイデンティティID
ipool-access-key-id = アクセスキーID
ipool-expires = 有効期限
ipool-session-token = セッショントークン
ipool-secret-access-key = シークレットアクセスキー
ipool-hidden = 非表示

## エラー
ipool-error-name-empty = 名前を入力してください。
ipool-error-name-long = 128 文字以内で入力してください。
ipool-error-name-chars = 英字、数字、スペース、アンダースコアのみを使用してください（ハイフンは使用できません）。
ipool-error-too-many-clients = アプリクライアントは 10 個まで選択できます。
ipool-error-client-from-list = 一覧からアプリクライアントを選択してください。
ipool-error-no-provider = アプリクライアントを 1 つ以上選択するか、未認証IDを許可してください。
ipool-error-role-arn = IAM ロールの ARN を入力してください: arn:aws:iam::<アカウント>:role/<名前>
ipool-error-too-many-pools = ユーザープールは 10 個まで選択できます。
ipool-error-no-guests = このIDプールはゲストを許可していません。アプリクライアントを選択してください。
ipool-error-not-a-client = このIDプールのアプリクライアントのいずれかを選択してください。
ipool-error-challenge = ユーザーはまず { $name } のステップを完了する必要があります。詳細はサインインテストを実行して確認してください。
