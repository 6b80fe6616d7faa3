/** Open Badges 2.0 and 1.x messages in English (codes and parameters: ../codes/ob2.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { OB2_MESSAGES } from '../codes/ob2';

export const ob2: GroupCatalogue<typeof OB2_MESSAGES> = {
  'ob2.hosted_not_checked_offline':
    "This badge is checked on the issuer's server, and the wallet does not go online, so it could not be checked.",
};
