/**
 * The proof purpose the wallet checks JSON-LD proofs with: assertionMethod (credentials) or
 * authentication (presentations). It checks that the verification method is listed under
 * that relationship by its own controller (as the controller-document rules require) and
 * records the controller instead of comparing it with the issuer or holder, as
 * @digitalbazaar/vc's CredentialIssuancePurpose would: that comparison is the separate
 * issuer_binding check. It loads controllers only through the loader it is given.
 */
import { asArray, isRecord } from '../../../src-shared/json';
import type { DocumentLoader } from './document-loader';
import type { ProofPurposeLike } from './jsonld-libraries';

export type ProofPurposeTerm = 'assertionMethod' | 'authentication';

export function recordingPurpose(controllerLoader: DocumentLoader, term: ProofPurposeTerm): ProofPurposeLike {
  return {
    term,
    async match(proof) {
      return proof['proofPurpose'] === term;
    },
    async validate(_proof, { verificationMethod }) {
      try {
        if (!isRecord(verificationMethod) || typeof verificationMethod['id'] !== 'string') {
          throw new Error('The verification method has no id.');
        }
        const vmId = verificationMethod['id'];
        const rawController = verificationMethod['controller'];
        const controller = isRecord(rawController) ? rawController['id'] : rawController;
        if (typeof controller !== 'string') throw new Error('The verification method names no controller.');
        const { document } = await controllerLoader(controller);
        const listed = isRecord(document) ? asArray(document[term]) : [];
        const authorized = listed.some((m) => m === vmId || (isRecord(m) && m['id'] === vmId));
        if (!authorized) throw new Error(`${vmId} is not listed under ${term} by its controller ${controller}.`);
        return { valid: true, controller };
      } catch (error) {
        return { valid: false, error };
      }
    },
  };
}
