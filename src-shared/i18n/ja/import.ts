/** Import messages in Japanese (codes and parameters: ../codes/import.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { IMPORT_MESSAGES } from '../codes/import';

const KEPT = 'は、このバージョンのウォレットではまだ確認できません。ファイルはそのまま保管します。';
const NOT_YET =
  'には、このバージョンのウォレットはまだ対応していないため、確認できません。ファイルはそのまま保管します。';

export const importMessages: GroupCatalogue<typeof IMPORT_MESSAGES> = {
  'import.unsupported_jwt': `この署名付きトークン（JWT）${KEPT}`,
  'import.unsupported_png': `資格情報が埋め込まれたバッジ画像（PNG）${KEPT}`,
  'import.unsupported_svg': `資格情報が埋め込まれたバッジ画像（SVG）${KEPT}`,
  'import.unsupported_xml': `XML形式の欧州デジタル資格証明（欧州学習モデル）${NOT_YET}`,
  'import.unsupported_zip': `資格情報をまとめたアーカイブ（ZIP）${KEPT}`,
  'import.unsupported_ob2': `Open Badges 2.0 のファイル（バッジの授与記録、バッジクラス、発行者プロフィール）${KEPT}`,
  'import.unsupported_ob2_signed': `署名付きの Open Badges 2.0 バッジ${KEPT}`,
  'import.unsupported_jws_json': `JAdES（JWS JSON形式）で封印された欧州デジタル資格証明${NOT_YET}`,
  'import.not_a_vc_json':
    'このJSONファイルは、ウォレットが読み込めるW3Cの検証可能な資格情報ではありません（VC 1.1 または 2.0 のコンテキストと VerifiableCredential の型がありません）。',
  'import.empty': 'ファイルが空です。',
  'import.damaged_json': 'JSONのようですが、ファイルが壊れていて読み取れません。',
  'import.binary':
    'このファイルは、ウォレットが読み込める資格情報ではありません（テキスト、JSON、バッジ画像のいずれでもありません）。',
  'import.text': 'このテキストファイルは、ウォレットが読み込める資格情報ではありません。',
  'import.not_a_credential': 'このファイルは、ウォレットが読み込める資格情報ではありません。',
  'import.nested_too_deeply': 'この資格情報はほかの資格情報の中に深く入れ子になりすぎていて、読み取れません。',
  'import.inner_not_a_credential': 'このファイルの中に、ウォレットが資格情報として認識できない項目があります。',
  'import.envelope_unsupported':
    'この資格情報の封筒（エンベロープ）はウォレットでは開けません（開けるのは data:application/vc+jwt と vp+jwt のみです）。',
  'import.envelope_not_a_token': '封筒（エンベロープ）の中に署名付きトークンがありません。',
  'import.jwt_unreadable': 'このトークンは読み取れません。正しい形式の署名付きJSON Web Tokenではありません。',
  'import.jwt_not_a_credential':
    'この署名付きトークンには、W3Cの検証可能な資格情報もプレゼンテーションも入っていません（vc・vp クレームも資格情報の本体もありません）。',
  'import.part_unreadable': 'ファイルのこの部分は読み取れません。',
  'import.presentation_by': '{holder} によるプレゼンテーション',
  'import.presentation': '資格情報のプレゼンテーション',
  'import.unnamed_file': '名前のないファイル',
  'import.file_failed': 'このファイルは確認できませんでした。ファイルの中身が原因で確認が止まりました。',
  'import.took_too_long': 'このファイルは確認に時間がかかりすぎたため、確認を打ち切りました。',
  'import.worker_failed': 'このファイルは確認できませんでした。確認の処理が2回続けて予期せず止まりました。',
  'import.unsupported_pdf_signed': `電子署名付きのPDF（学位記、成績証明書、修了証明書など）${NOT_YET}`,
  'import.pdf_unsigned': 'このPDFには電子署名がないため、ウォレットが確認できる資格情報は含まれていません。',
  'import.xml_not_a_credential': 'このXMLファイルは、ウォレットが認識できる資格情報ではありません。',
  'import.supporting_status_list':
    '失効リスト（ステータスリスト）です。発行者が取り消し・一時停止した資格情報を示すもので、それらをオフラインで確認するために保管します。',
  'import.supporting_ob2_badgeclass':
    'Open Badges 2.0 のバッジクラスです。バッジの内容を説明するもので、これを参照するバッジの表示と確認のために保管します。',
  'import.supporting_ob2_issuer':
    'Open Badges 2.0 の発行者プロフィールです。バッジの発行者と、その鍵を示すもので、その発行者のバッジを確認するために保管します。',
  'import.supporting_ob2_key':
    'Open Badges 2.0 の公開鍵です。その発行者のバッジの署名をオフラインで確認するために保管します。',
  'import.supporting_ob2_revocation_list':
    'Open Badges 2.0 の失効リストです。発行者が取り消したバッジを示すもので、オフラインで確認するために保管します。',
  'import.supporting_key': '公開鍵です。この鍵で付けられた署名をオフラインで確認するために保管します。',
  'import.supporting_key_with_private_part':
    '秘密鍵も含まれている鍵ファイルです。ウォレットは署名をオフラインで確認するために公開鍵の部分だけを使います。このファイルがあれば誰でも鍵の持ち主として署名できるため、他人に渡さないでください。',
  'import.supporting_did_document':
    'DIDドキュメントです。識別子の鍵を示すもので、その鍵で付けられた署名をオフラインで確認するために保管します。',
};
