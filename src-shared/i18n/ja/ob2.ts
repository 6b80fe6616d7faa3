/** Open Badges 2.0／1.x のメッセージ（日本語）。コードと引数は ../codes/ob2.ts。 */
import type { GroupCatalogue } from '../catalogue';
import type { OB2_MESSAGES } from '../codes/ob2';

export const ob2: GroupCatalogue<typeof OB2_MESSAGES> = {
  'ob2.hosted_not_checked_offline':
    'このバッジは発行者のサーバーで確認する方式です。ウォレットはオンラインに接続しないため、確認できませんでした。',
  'ob2.legacy_not_checked':
    'これは古い形式の Open Badges 1.x のバッジで、発行者のサーバーで確認する方式です。ウォレットはオンラインに接続しないため、確認できませんでした。',
  'ob2.signed_without_signature':
    'このバッジは署名付きとされていますが、このファイルには署名が含まれていないため（署名付きバッジはトークンの形で届きます）、確認できませんでした。',
  'ob2.badge_class_not_held':
    'バッジの説明（バッジクラス）がウォレットにないため、バッジ名と発行者を読み取れませんでした。バッジクラスのファイルを追加すると表示されます。',
  'ob2.issuer_not_held':
    '発行者のプロフィールがウォレットにないため、発行者名を読み取れませんでした。発行者のプロフィールのファイルを追加すると表示されます。',
  'ob2.key_not_held':
    'このバッジに署名した発行者の公開鍵がウォレットにないため、署名を確認できませんでした。鍵のファイル、またはそれを含む発行者のプロフィールを追加してください。',
  'ob2.key_unreadable': 'ウォレットにあるこのバッジ用の公開鍵を読み取れなかったため、署名を確認できませんでした。',
  'ob2.issuer_key_held':
    'このバッジに署名した鍵は、ウォレットにある発行者の鍵とプロフィールのファイルによると、発行者本人のものです。',
  'ob2.issuer_key_mismatch': 'このバッジに署名した鍵は、バッジの発行者ではない別の人のものです。',
  'ob2.issuer_key_unconfirmed':
    'ウォレットにある鍵のファイルにも発行者のプロフィールにも、この鍵が発行者のものだとは書かれていないため、発行者を確認できませんでした。',
  'ob2.issuer_needs_badge_class':
    'バッジの発行者はバッジクラスに書かれていますが、それがウォレットにないため、発行者を確認できませんでした。',
  'ob2.revoked': '発行者がこのバッジを取り消しています。理由：{reason}',
  'ob2.revoked_no_reason': '発行者がこのバッジを取り消しています。',
  'ob2.not_revoked': 'ウォレットにある発行者の取り消しリストに、このバッジは載っていません。',
  'ob2.no_revocation_list': '発行者は取り消しリストを公開していません。',
  'ob2.revocation_list_not_held':
    '発行者は取り消しリストを公開していますが、ウォレットにないため、取り消されていないかを確認できませんでした。',
  'ob2.revocation_unknown_without_issuer':
    '発行者のプロフィールがウォレットにないため、取り消されていないかを確認できませんでした。',
  'ob2.revocation_list_not_issuers':
    '発行者が示す場所の取り消しリストには別の発行者が書かれているため、このバッジについての答えにはなりません。',
  'check.hosted_not_checked_offline':
    'このバッジは発行者のサーバーで確認する方式です。ウォレットはオンラインに接続しないため、確認できませんでした。',
  'check.badge_class_not_held': 'バッジの説明（バッジクラス）がウォレットにありません。',
  'check.issuer_profile_not_held': '発行者のプロフィールがウォレットにありません。',
};
