/** Import messages in Japanese (codes and parameters: ../codes/import.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { IMPORT_MESSAGES } from '../codes/import';

const KEPT = 'は、このバージョンのウォレットではまだ確認できません。ファイルはそのまま保管します。';

export const importMessages: GroupCatalogue<typeof IMPORT_MESSAGES> = {
  'import.unsupported_jwt': `この署名付きトークン（JWT）${KEPT}`,
  'import.unsupported_png': `資格情報が埋め込まれたバッジ画像（PNG）${KEPT}`,
  'import.unsupported_svg': `資格情報が埋め込まれたバッジ画像（SVG）${KEPT}`,
  'import.unsupported_xml': `XML形式の資格情報（欧州デジタル資格証明など）${KEPT}`,
  'import.unsupported_zip': `資格情報をまとめたアーカイブ（ZIP）${KEPT}`,
  'import.unsupported_ob2': `Open Badges 2.0 のファイル（バッジの授与記録、バッジクラス、発行者プロフィール）${KEPT}`,
  'import.unsupported_ob2_signed': `署名付きの Open Badges 2.0 バッジ${KEPT}`,
  'import.unsupported_jws_json': `封印された資格情報（欧州デジタル資格証明で使われるJWS JSON形式）${KEPT}`,
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
};
