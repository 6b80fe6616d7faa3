/** The one status word a learner sees for a credential, with its colour. Text only. */
import type { ReactNode } from 'react';
import type { VerificationStatus } from '../../src-shared/verification';
import { useI18n, type MessageKey } from '../i18n/i18n';

const WORD: Record<VerificationStatus, MessageKey> = {
  verified: 'statusVerified',
  not_verified: 'statusNotVerified',
  could_not_check: 'statusCouldNotCheck',
};

export function StatusBadge({ status }: { status: VerificationStatus }): ReactNode {
  const { t } = useI18n();
  return (
    <span className={`status status-${status}`} data-status={status}>
      {t(WORD[status])}
    </span>
  );
}
