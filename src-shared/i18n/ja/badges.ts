/** バッジ画像とアーカイブのメッセージ（日本語）。コードと引数は ../codes/badges.ts。 */
import type { GroupCatalogue } from '../catalogue';
import type { BADGE_MESSAGES } from '../codes/badges';

export const badges: GroupCatalogue<typeof BADGE_MESSAGES> = {
  'badges.no_badge_inside': 'この画像にはバッジが埋め込まれていません。画像であり、証明書ではありません。',
};
