/** Limit messages in Japanese (codes and parameters: ../codes/limits.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { LIMIT_MESSAGES } from '../codes/limits';

export const limits: GroupCatalogue<typeof LIMIT_MESSAGES> = {
  'limits.too_deep':
    'このファイルはデータの入れ子が深すぎる（{max} 階層を超える）ため、ウォレットでは読み取れません。本物の資格情報がこのような形になることはありません。ほかのファイルには影響ありません。',
  'limits.key_too_long': '署名の鍵として示された値が長すぎて本物の鍵とは考えられないため、署名を確認できませんでした。',
  'limits.token_header_too_long':
    'この署名付きトークン（JWT）のヘッダーが長すぎて本物とは考えられないため、読み取りませんでした。',
  'limits.token_too_long': 'この署名付きトークン（JWT）は長すぎるため読み取れません。',
};
