/** Check messages in Japanese (codes and parameters: ../codes/checks.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { CHECK_MESSAGES } from '../codes/checks';

export const checks: GroupCatalogue<typeof CHECK_MESSAGES> = {
  'check.not_json': 'このファイルは正しいJSONではないため、資格情報として読み込めません。',
  'check.not_a_credential': 'このファイルは、ウォレットが読み込める資格情報ではありません。',
  'check.unsupported_format': 'この種類のファイルにはまだ対応していません。',
  'check.contexts_bundled': '資格情報が使う語彙はすべてウォレットが保持しています。',
  'check.context_not_bundled':
    '資格情報がウォレットの保持していない語彙を使っているため、署名をオフラインで確認できませんでした。',
  'check.undefined_term': '資格情報に、語彙で定義されていない用語が使われています。',
  'check.invalid_jsonld': '資格情報がリンクトデータとして正しい形式ではありません。',
  'check.signature_valid': '電子署名は有効です。署名後に資格情報は変更されていません。',
  'check.signature_invalid': '電子署名が資格情報と一致しません。署名後に変更されたか、署名が壊れています。',
  'check.no_proof': '資格情報に電子署名がありません。',
  'check.unsupported_proof_type': 'この署名方式は、このウォレットでは確認できません。',
  'check.key_not_resolvable_offline':
    '署名は確認していません。発行者の鍵はオンラインで公開されており、ウォレットはオンラインで取得しません。',
  'check.proof_error': '電子署名の形式が正しくないため、確認できません。',
  'check.issuer_controls_key': '資格情報は、発行者に属する鍵で署名されています。',
  'check.issuer_key_mismatch': '資格情報は、記載された発行者に属さない鍵で署名されています。',
  'check.issuer_not_confirmed': '発行者を確認できませんでした。',
  'check.issuer_not_resolvable_offline':
    '発行者を確認できませんでした。発行者の鍵はオンラインで公開されており、ウォレットはオンラインに接続しません。',
  'check.within_validity_period': '資格情報は有効期間内です。',
  'check.no_validity_dates': '資格情報に有効期間の記載はありません。',
  'check.not_yet_valid': '資格情報はまだ有効になっていません。',
  'check.expired': '資格情報の有効期限が切れています。',
  'check.invalid_date': '資格情報の日付を読み取れません。',
  'check.no_status': '確認すべき失効状態はありません。',
  'check.status_not_checked_offline': '失効状態は確認していません。状態リストはオンラインで公開されています。',
  'check.status_valid': '発行者の状態リストによると、資格情報は失効・停止されていません。',
  'check.revoked': '発行者はこの資格情報を失効させています。',
  'check.suspended': '発行者はこの資格情報を一時停止しています。',
  'check.status_list_not_verified': '状態リストを検証できなかったため、失効状態は確認していません。',
  'check.status_list_invalid': '状態リストを読み取れないため、失効状態は確認していません。',
  'check.schema_valid': '資格情報には規格が求める項目がすべてあります。',
  'check.schema_invalid': '資格情報に規格が求める情報が欠けています。',
  'check.jwt_claims_consistent': 'トークンのクレームは資格情報と一致しています。',
  'check.jwt_claims_mismatch': 'トークンのクレームが資格情報または現在時刻と一致しません。',
};
