/** バッジ画像とアーカイブのメッセージ（日本語）。コードと引数は ../codes/badges.ts。 */
import type { GroupCatalogue } from '../catalogue';
import type { BADGE_MESSAGES } from '../codes/badges';

const LEFT_OUT = 'このファイルはアーカイブから取り出していません';

export const badges: GroupCatalogue<typeof BADGE_MESSAGES> = {
  'badges.no_badge_inside': 'この画像にはバッジが埋め込まれていません。画像であり、証明書ではありません。',
  'badges.png_bad_crc':
    'このPNG画像は壊れています（一部がチェックサムと一致しません）。そのため、バッジを読み取れません。',
  'badges.png_truncated':
    'このPNG画像は途中で切れています（ファイルが最後までありません）。そのため、バッジを読み取れません。',
  'badges.png_damaged': 'このPNG画像は壊れているため、バッジを読み取れません。',
  'badges.svg_unreadable':
    'このSVG画像は壊れているか、正しい形式ではありません（ウォレットが展開しない定義を使っている場合も含みます）。そのため、バッジを読み取れません。',
  'badges.baked_unreadable':
    'この画像には何かが埋め込まれていますが、ウォレットが読める証明書ではありません（バッジ、署名付きトークン、バッジのWebアドレスのいずれでもありません）。',
  'badges.baked_too_large': 'この画像に埋め込まれたデータは {maxMb} MB を超えているため、読み込みません。',
  'badges.hosted_url_only':
    'この画像に埋め込まれているのは、バッジのWebアドレス（{url}）だけです。この種類のバッジは発行者のサーバーで確認するものですが、ウォレットはインターネットに接続しません。',
  'badges.badge_from': '{url} のバッジ',
  'badges.archive_damaged': 'このアーカイブ（ZIP）は壊れているため、中のファイルを取り出せませんでした。',
  'badges.archive_too_many_entries': `${LEFT_OUT}。1つのアーカイブから取り出せるファイルは {max} 個までです。`,
  'badges.archive_too_large': `${LEFT_OUT}。1つのアーカイブから取り出せるのは、展開後の合計で {maxMb} MB までです。`,
  'badges.archive_file_too_large': `${LEFT_OUT}。展開すると {maxMb} MB を超えます。`,
  'badges.archive_ratio_too_high': `${LEFT_OUT}。展開すると圧縮時の {max} 倍を超える大きさになり、害を与える目的で作られたアーカイブと同じ特徴があります。`,
  'badges.archive_nested_too_deep': `${LEFT_OUT}。アーカイブの中のアーカイブの、さらに中にあるアーカイブは開きません。`,
  'badges.archive_entry_damaged': `${LEFT_OUT}。壊れているか、暗号化されているか、ウォレットが展開できない方式で圧縮されています。`,
};
