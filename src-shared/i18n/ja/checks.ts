/** Check messages in Japanese (codes and parameters: ../codes/checks.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { CHECK_MESSAGES } from '../codes/checks';

export const checks: GroupCatalogue<typeof CHECK_MESSAGES> = {
  'check.not_json': 'このファイルは正しいJSONではないため、資格情報として読み込めません。',
  'check.not_a_credential': 'このファイルは、ウォレットが読み込める資格情報ではありません。',
  'check.unsupported_format': 'この種類のファイルにはまだ対応していません。',
  'check.supporting_document': 'これは資格情報の確認に使う補助文書で、資格情報そのものではありません。',
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
  'check.not_a_jsonld_credential':
    'W3Cの検証可能な資格情報ではありません（@context または VerifiableCredential の型がありません）。',
  'check.not_a_jsonld_presentation':
    'W3Cの検証可能なプレゼンテーションではありません（@context または VerifiablePresentation の型がありません）。',
  'check.undefined_type':
    '資格情報が使っている型「{term}」はどのJSON-LDコンテキストにも定義されていないため、内容を安全に読み取れません。',
  'check.undefined_property':
    '資格情報が使っている用語「{term}」はどのJSON-LDコンテキストにも定義されていないため、内容を安全に読み取れません。',
  'check.relative_reference':
    '完全な識別子（URL、URN、DID）が必要な箇所に「{term}」と書かれているため、資格情報の内容を安全に読み取れません。',
  'check.undefined_part':
    '資格情報の一部（「{term}」）がJSON-LDコンテキストで定義されていないため、内容を安全に読み取れません。',
  'check.presentation_context_not_bundled':
    '署名は確認していません。プレゼンテーションがオフラインでは使えない語彙（JSON-LDコンテキスト）に依存しています。ウォレットが語彙をダウンロードすることはありません。',
  'check.signature_valid_others_unconfirmed': (p, f) =>
    `電子署名は有効です。署名後に資格情報は変更されていません。ほかの${f.number(p.count ?? 0)}件の署名は確認できませんでした。`,
  'check.holder_signature_valid': (p, f) =>
    '所持者の署名は有効です。署名後にプレゼンテーションは変更されていません。所持者の認証として確認しましたが、チャレンジやドメインは求めていないため、このウォレットに宛てて作られたことまでは示しません。' +
    (p.others ? `ほかの${f.number(p.others)}件の署名は確認できませんでした。` : ''),
  'check.presentation_no_proof': 'プレゼンテーションに所持者の署名はありません。中の資格情報は一つずつ確認します。',
  'check.signature_undefined_term':
    '資格情報の一部がJSON-LDコンテキストで定義されていないため、署名を確認できませんでした。',
  'check.jwt_key_not_available':
    '署名は確認していません。発行者の鍵はオンラインで公開されているか、どこにも示されておらず、ウォレットはオンラインで取得しません。',
  'check.proof_suite_not_supported_yet':
    '署名は確認していません。この署名方式（{suite}）には、このバージョンのウォレットはまだ対応していません。資格情報に問題があるという意味ではありません。',
  'check.jwt_algorithm_not_supported_yet':
    '署名は確認していません。この署名アルゴリズム（{alg}）には、このバージョンのウォレットはまだ対応していません。資格情報に問題があるという意味ではありません。',
  'check.issuer_not_named': '資格情報に発行者が書かれていません。',
  'check.issuer_not_confirmed_no_signature': '署名を一つも確認できなかったため、発行者を確認できませんでした。',
  'check.issuer_not_confirmed_unchecked': '署名を確認していないため、発行者を確認できませんでした。',
  'check.issuer_not_confirmed_unsigned': '資格情報に署名がないため、発行者を確認できませんでした。',
  'check.issuer_key_from_web_address':
    '署名は有効ですが、鍵は発行者のWebアドレスそのものから読み取ったものです。発行者がこの鍵を公開しているかどうかは、オフラインでは確認できません。',
  'check.issuer_key_in_token':
    '署名は有効ですが、鍵は資格情報そのものに含まれていたものです。それが発行者の鍵かどうかは、オフラインでは確認できません。',
  'check.issuer_key_supplied':
    'ウォレットに渡された鍵で署名は有効ですが、資格情報の中にその鍵と発行者を結びつけるものはありません。',
  'check.holder_not_named': 'プレゼンテーションに所持者が書かれていないため、署名を誰かに結びつけられません。',
  'check.holder_controls_key': 'プレゼンテーションは、所持者に属する鍵で署名されています。',
  'check.holder_key_mismatch': 'プレゼンテーションは、記載された所持者に属さない鍵で署名されています。',
  'check.holder_not_resolvable_offline':
    '所持者を確認できませんでした。所持者の鍵はオンラインで公開されており、ウォレットはオンラインに接続しません。',
  'check.holder_not_confirmed_no_signature': '署名を一つも確認できなかったため、所持者を確認できませんでした。',
  'check.holder_not_confirmed_unchecked': '署名を確認していないため、所持者を確認できませんでした。',
  'check.holder_not_confirmed_unsigned': 'プレゼンテーションに署名がないため、所持者を確認できませんでした。',
  'check.holder_key_from_web_address':
    '署名は有効ですが、鍵は所持者のWebアドレスそのものから読み取ったものです。所持者がこの鍵を公開しているかどうかは、オフラインでは確認できません。',
  'check.holder_key_in_token':
    '署名は有効ですが、鍵はプレゼンテーションそのものに含まれていたものです。それが所持者の鍵かどうかは、オフラインでは確認できません。',
  'check.holder_key_supplied':
    'ウォレットに渡された鍵で署名は有効ですが、プレゼンテーションの中にその鍵と所持者を結びつけるものはありません。',
  'check.invalid_date_field': '資格情報の {field} は正しい日時ではありません。',
  'check.not_yet_valid_until': '資格情報はまだ有効ではありません。{date}から有効になります。',
  'check.expired_on': '資格情報の有効期限は{date}に切れています。',
  'check.valid_until': '資格情報は有効期間内です（{date}まで）。',
  'check.valid_no_expiry': '資格情報は有効で、有効期限はありません。',
  'check.status_undescribed': '資格情報は失効状態に触れていますが、その中身が書かれていません。',
  'check.status_type_not_checked_offline': '失効状態はオフラインでは確認していません（{type}）',
  'check.held_status_list_not_verified':
    'この資格情報の状態リストはウォレットにありますが、リスト自体を検証できなかったため使っていません。',
  'check.held_status_list_unreadable': 'この資格情報の状態リストはウォレットにありますが、読み取れません。',
  'check.status_flag_not_interpreted':
    '資格情報の状態リストで「{purpose}」のフラグが立っていますが、ウォレットはその意味を判断しません。',
  'check.ob3_fields_missing': 'このオープンバッジには、Open Badges 3.0 が求める情報が欠けています：{fields}',
  'check.ob3_schema_valid': 'このオープンバッジには、Open Badges 3.0 が求める項目がすべてあります。',
  'check.jwt_claims_agree': 'トークンのクレーム（発行者、対象者、識別子、日付）は資格情報と一致しています。',
  'check.jwt_claims_agree_presentation':
    'トークンのクレーム（所持者、識別子、日付）はプレゼンテーションと一致しています。宛先（audience）とノンスは求めていません。ディスク上のファイルはどの検証者にも応答しないためです。',
  'check.jwt_claims_mismatch_presentation': 'トークンのクレームがプレゼンテーションまたは現在時刻と一致しません。',
  'check.status_list_not_authoritative':
    '失効状態は確認していません。ウォレットには、この資格情報の状態リスト（{claims}）だと名乗るリストがありますが、署名したのは資格情報の発行者ではなく {signer} です。そのため、このリストではこの資格情報の状態を判断しません。',
  'check.status_lists_disagree':
    '失効状態は確認していません。ウォレットには {claims} について発行者の状態リストが複数あり、内容が食い違っています。',
  'check.signature_invalid_among_valid': (p, f) =>
    `資格情報の電子署名のうち${f.number(p.count ?? 0)}件が資格情報と一致しません。署名後に変更されたか、署名が壊れています。ほかに有効な署名がありますが、一致しない署名を無視することはしません。`,
};
