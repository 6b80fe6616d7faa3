// `npm run make:warm-up`: bundle test/helpers/make-warm-up.ts for Node and run it, which
// writes the practice credentials in resources/warm-up (see that file).
import { runTs } from './run-ts.mjs';

process.exit(await runTs('test/helpers/make-warm-up.ts', { outDir: 'out/make-warm-up' }));
