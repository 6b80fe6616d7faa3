/**
 * Who a signature must belong to, and what the learner reads about it: the issuer of a
 * credential or the holder of a presentation. Each (party, case) has its own message code,
 * so no sentence is ever assembled from a party's name. Shared by every format's
 * issuer_binding check; pure data.
 */
import { msg, type Message } from '../../../src-shared/i18n/spec';

export type Party = 'issuer' | 'holder';

export type BindingCase =
  | 'controls'
  | 'mismatch'
  | 'offline'
  | 'noSignature'
  | 'unchecked'
  | 'unsigned'
  | 'fromWebAddress'
  | 'inToken'
  | 'supplied'
  | 'notNamed';

const CODES = {
  issuer: {
    controls: 'check.issuer_controls_key',
    mismatch: 'check.issuer_key_mismatch',
    offline: 'check.issuer_not_resolvable_offline',
    noSignature: 'check.issuer_not_confirmed_no_signature',
    unchecked: 'check.issuer_not_confirmed_unchecked',
    unsigned: 'check.issuer_not_confirmed_unsigned',
    fromWebAddress: 'check.issuer_key_from_web_address',
    inToken: 'check.issuer_key_in_token',
    supplied: 'check.issuer_key_supplied',
    notNamed: 'check.issuer_not_named',
  },
  holder: {
    controls: 'check.holder_controls_key',
    mismatch: 'check.holder_key_mismatch',
    offline: 'check.holder_not_resolvable_offline',
    noSignature: 'check.holder_not_confirmed_no_signature',
    unchecked: 'check.holder_not_confirmed_unchecked',
    unsigned: 'check.holder_not_confirmed_unsigned',
    fromWebAddress: 'check.holder_key_from_web_address',
    inToken: 'check.holder_key_in_token',
    supplied: 'check.holder_key_supplied',
    notNamed: 'check.holder_not_named',
  },
} as const satisfies Record<Party, Record<BindingCase, string>>;

export function bindingMessage(party: Party, what: BindingCase): Message {
  return msg(CODES[party][what]);
}
