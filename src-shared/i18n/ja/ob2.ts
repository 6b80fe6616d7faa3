/** Open Badges 2.0／1.x のメッセージ（日本語）。コードと引数は ../codes/ob2.ts。 */
import type { GroupCatalogue } from '../catalogue';
import type { OB2_MESSAGES } from '../codes/ob2';

export const ob2: GroupCatalogue<typeof OB2_MESSAGES> = {
  'ob2.hosted_not_checked_offline':
    'このバッジは発行者のサーバーで確認する方式です。ウォレットはオンラインに接続しないため、確認できませんでした。',
};
