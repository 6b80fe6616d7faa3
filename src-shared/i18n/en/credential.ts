/** The wallet's own words about a credential, in English (codes and parameters: ../codes/credential.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { CREDENTIAL_MESSAGES } from '../codes/credential';

export const credential: GroupCatalogue<typeof CREDENTIAL_MESSAGES> = {
  'credential.unnamed': 'Unnamed credential',
};
