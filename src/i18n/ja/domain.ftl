# 日本語: プールのドメイン（ホストされたUIと OAuth エンドポイント）。対応: ../en/domain.ftl.

## ドメインのページ
domain-title = ドメイン
domain-lead = ドメインは、ホストされたサインインページと OAuth エンドポイント（/oauth2/authorize、/oauth2/token）を提供します。クライアントクレデンシャルのクライアントがトークンを取得するには、ドメインが必要です。
domain-none = このプールにはまだドメインがありません。
domain-add-title = ドメインを追加
domain-kind = 種類
domain-kind-prefix = Cognito ドメイン: <prefix>.auth.<region>.amazoncognito.com
domain-kind-custom = カスタムドメイン（独自ドメイン、ACM 証明書が必要）
domain-name = プレフィックスまたは完全なドメイン名
domain-certificate-arn = ACM 証明書の ARN（カスタムドメインのみ。us-east-1 にある必要があります）
domain-add = ドメインを追加
domain-added = ドメインを追加しました。カスタムドメインが有効になるまで最大 1 時間かかります。
domain-custom = カスタム
domain-cognito-prefix = Cognito プレフィックス
domain-status = ステータス
domain-base-url = ホストされたUIのベースURL
domain-token-endpoint = トークンエンドポイント
domain-certificate = 証明書
domain-cname = DNS: CNAME の宛先
domain-delete-title = このドメインを削除
domain-delete-lead = このドメインのホストされたUIやトークンエンドポイントを使用しているアプリは動作しなくなります。
domain-delete = ドメインを削除

## ドメインフォームの拒否メッセージ（リクエストの言語）
domain-error-prefix = 小文字、数字、ハイフンを 1〜63 文字で使用してください。先頭と末尾にハイフンは使えません。
domain-error-reserved = プレフィックスに aws、amazon、cognito を含めることはできません。
domain-error-full-name = auth.example.com のような完全なドメイン名を入力してください。
domain-error-certificate = us-east-1 にある ACM 証明書の ARN を入力してください（CloudFront はカスタムドメインをそこから配信します）。
domain-error-kind = Cognito プレフィックスかカスタムドメインを選択してください。
domain-error-has-custom = このプールには既にカスタムドメインがあります。先に削除してください。
domain-error-has-cognito = このプールには既に Cognito ドメインがあります。先に削除してください。
domain-error-taken = このドメインは使用されています。別のドメインを選択してください。
