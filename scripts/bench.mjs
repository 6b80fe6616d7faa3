// `npm run bench`: build the app, bundle the benchmark (test/bench) for Node, run it.
// Prints figures; asserts nothing about speed.
import { buildIfNeeded } from './build.mjs';
import { runTs } from './run-ts.mjs';

if (buildIfNeeded() !== 0) process.exit(1);
// --expose-gc: the benchmark collects its own garbage before each browser measurement.
process.exit(await runTs('test/bench/verify-bench.ts', { outDir: 'out/bench', nodeArgs: ['--expose-gc'] }));
