/**
 * Writes the credentials the verification workers practise on at start (resources/warm-up,
 * read by src-main/services/warm-up.ts): Open Badges 3.0 credentials signed with each
 * Linked Data suite the wallet checks, by keys made for this purpose only and then thrown
 * away. Run with `npm run make:warm-up`; the files are committed, so this runs only when the
 * set should change.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issue, newSigner, openBadge, type Suite } from './issuer';

const out = join(process.cwd(), 'resources/warm-up');
const kinds: { file: string; suite: Suite; curve?: 'P-256' | 'P-384' }[] = [
  { file: 'ed25519-signature-2020.json', suite: 'Ed25519Signature2020' },
  { file: 'eddsa-rdfc-2022.json', suite: 'eddsa-rdfc-2022' },
  { file: 'ecdsa-rdfc-2019-p256.json', suite: 'ecdsa-rdfc-2019', curve: 'P-256' },
  { file: 'ecdsa-rdfc-2019-p384.json', suite: 'ecdsa-rdfc-2019', curve: 'P-384' },
];
mkdirSync(out, { recursive: true });
for (const [i, k] of kinds.entries()) {
  const signer = await newSigner(k.suite, k.curve ? { curve: k.curve } : {});
  const spec = {
    name: `Practice credential ${i + 1}`,
    achievementType: 'Course',
    creditsEarned: 1,
    fieldOfStudy: 'Practice',
    issuerName: 'Manabi Wallet (practice only)',
  };
  const credential = await issue(openBadge(spec, signer.did, k.suite === 'Ed25519Signature2020'), signer);
  writeFileSync(join(out, k.file), `${JSON.stringify(credential, null, 2)}\n`);
  console.log(`wrote resources/warm-up/${k.file}`);
}
