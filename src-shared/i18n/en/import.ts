/** Import messages in English (codes and parameters: ../codes/import.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { IMPORT_MESSAGES } from '../codes/import';

const KEPT = 'cannot be checked by this version of the wallet yet. The file is kept unchanged.';
const NOT_YET = 'is not supported yet, so this version of the wallet cannot check it. The file is kept unchanged.';

export const importMessages: GroupCatalogue<typeof IMPORT_MESSAGES> = {
  'import.unsupported_jwt': `This signed token (JWT) ${KEPT}`,
  'import.unsupported_png': `A badge image (PNG) with a credential baked inside ${KEPT}`,
  'import.unsupported_svg': `A badge image (SVG) with a credential baked inside ${KEPT}`,
  'import.unsupported_xml': `A European Digital Credential in XML (European Learning Model) ${NOT_YET}`,
  'import.unsupported_zip': `An archive of credentials (ZIP) ${KEPT}`,
  'import.unsupported_ob2': `An Open Badges 2.0 file (a badge assertion, badge class or issuer profile) ${KEPT}`,
  'import.unsupported_ob2_signed': `An Open Badges 2.0 signed badge ${KEPT}`,
  'import.unsupported_jws_json': `A credential sealed with JAdES (JWS JSON serialization, as used for European Digital Credentials) ${NOT_YET}`,
  'import.not_a_vc_json':
    'This JSON file is not a W3C Verifiable Credential the wallet recognises (no VerifiableCredential type with a VC 1.1 or 2.0 context).',
  'import.empty': 'The file is empty.',
  'import.damaged_json': 'The file looks like JSON but is damaged: it cannot be read.',
  'import.binary': 'This file is not a credential the wallet can read (it is not text, JSON or a badge image).',
  'import.text': 'This text file is not a credential the wallet can read.',
  'import.not_a_credential': 'This file is not a credential the wallet can read.',
  'import.nested_too_deeply': 'This credential is nested too deeply inside others to be read.',
  'import.inner_not_a_credential': 'An item inside this file is not a credential the wallet recognises.',
  'import.envelope_unsupported':
    'This enveloped credential uses an envelope the wallet cannot open (only data:application/vc+jwt and vp+jwt).',
  'import.envelope_not_a_token': 'The envelope does not hold a signed token.',
  'import.jwt_unreadable': 'This token cannot be read: it is not a well-formed signed JSON Web Token.',
  'import.jwt_not_a_credential':
    'This signed token does not hold a W3C Verifiable Credential or Presentation (no vc or vp claim, no credential payload).',
  'import.part_unreadable': 'This part of the file cannot be read.',
  'import.presentation_by': 'Presentation by {holder}',
  'import.presentation': 'Presentation of credentials',
  'import.unnamed_file': 'Unnamed file',
  'import.file_failed': 'This file could not be checked: something in it stopped the check.',
  'import.took_too_long': 'This file took too long to check, so its check was stopped.',
  'import.worker_failed': 'This file could not be checked: the check stopped unexpectedly, twice.',
  'import.unsupported_pdf_signed': `A signed PDF (a diploma, transcript or certificate with a digital signature) ${NOT_YET}`,
  'import.pdf_unsigned': 'This PDF carries no digital signature, so it holds no credential the wallet can check.',
  'import.xml_not_a_credential': 'This XML file is not a credential the wallet recognises.',
  'import.supporting_status_list':
    'A status list: it publishes which credentials its issuer has revoked or suspended. It is kept to check them offline.',
  'import.supporting_ob2_badgeclass':
    'An Open Badges 2.0 badge class: it describes a badge. It is kept to show and check the badges that point to it.',
  'import.supporting_ob2_issuer':
    "An Open Badges 2.0 issuer profile: it names a badge issuer and may list its keys. It is kept to check that issuer's badges.",
  'import.supporting_ob2_key':
    "An Open Badges 2.0 public key: it is kept to check the signatures of its issuer's badges offline.",
  'import.supporting_ob2_revocation_list':
    'An Open Badges 2.0 revocation list: it names the badges its issuer has revoked. It is kept to check them offline.',
  'import.supporting_key': 'A public key: it is kept to check the signatures made with it offline.',
  'import.supporting_key_with_private_part':
    'A key file that also holds a private key. The wallet uses only its public part, to check signatures offline; anyone with this file can sign as its owner, so keep it private.',
  'import.supporting_did_document':
    'A DID document: it lists the keys of an identifier. It is kept to check the signatures made with them offline.',
};
