/**
 * Message codes said by import (see ../spec.ts for how codes, parameters and catalogues fit):
 * why a file, or a part of one, cannot be read or checked (each is both the file's `problem`
 * and its format check's message), and the names the wallet gives what it had to name itself.
 * Each key is a code; its value names the parameters and their kinds.
 */
import type { MessageSpecGroup } from './kinds';

export const IMPORT_MESSAGES = {
  // Recognised, but this version of the wallet cannot check it yet (the file is kept).
  'import.unsupported_jwt': {},
  'import.unsupported_png': {},
  'import.unsupported_svg': {},
  'import.unsupported_xml': {},
  'import.unsupported_zip': {},
  'import.unsupported_ob2': {},
  'import.unsupported_ob2_signed': {},
  'import.unsupported_jws_json': {},
  // Not a credential the wallet can read.
  'import.not_a_vc_json': {},
  'import.empty': {},
  'import.damaged_json': {},
  'import.binary': {},
  'import.text': {},
  'import.not_a_credential': {},
  'import.nested_too_deeply': {},
  'import.inner_not_a_credential': {},
  'import.envelope_unsupported': {},
  'import.envelope_not_a_token': {},
  'import.jwt_unreadable': {},
  'import.jwt_not_a_credential': {},
  'import.part_unreadable': {},
  // Names the wallet gives.
  'import.presentation_by': { holder: 'text' },
  'import.presentation': {},
  'import.unnamed_file': {},
  // A file whose check did not finish (the rest of its batch goes on).
  'import.file_failed': {},
  'import.took_too_long': {},
  'import.worker_failed': {},
  // A signed PDF is recognised but not checked yet; a PDF without a signature holds no credential.
  'import.unsupported_pdf_signed': {},
  'import.pdf_unsigned': {},
  // XML that is not a European Learning Model document holds no credential the wallet knows.
  'import.xml_not_a_credential': {},
  // What a supporting document is (its format check's message): kept to check credentials, not one itself.
  'import.supporting_status_list': {},
  'import.supporting_ob2_badgeclass': {},
  'import.supporting_ob2_issuer': {},
  'import.supporting_ob2_key': {},
  'import.supporting_ob2_revocation_list': {},
  'import.supporting_key': {},
  // A key file that also holds the private half of its key (published test keys do).
  'import.supporting_key_with_private_part': {},
  'import.supporting_did_document': {},
} as const satisfies MessageSpecGroup;
