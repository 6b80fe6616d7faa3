/**
 * Worker-thread entry of the import pool: runs the ordinary import pipeline for the
 * batches main sends it. Each worker loads the verification libraries and contexts once,
 * at start, says it is `ready`, and then answers messages one at a time, in the order they
 * came, with one verifier per message (so each status list the message carries is verified
 * once for all its files). It answers each file as soon as that file is checked, so the pool
 * knows which file it is on and loses no answer if the worker is stopped. A file whose
 * processing throws is answered with its own entry (import-service.ts). Practice, when the
 * page asks for it, arrives as ordinary messages from the pool (warm-up.ts). It never
 * touches the network or the disk.
 */
import { parentPort } from 'node:worker_threads';
import { importFilesWith } from './import-service';
import type { WorkerReply, WorkerRequest } from './worker-pool';
import { createVerifier } from './verify/verifier';

const port = parentPort;
if (port) {
  const say = (reply: WorkerReply): void => port.postMessage(reply);
  let queue: Promise<unknown> = createVerifier()
    .ready()
    .catch(() => undefined)
    .then(() => say({ kind: 'ready' }));
  const answer = async (msg: WorkerRequest): Promise<void> => {
    try {
      // The pool has already added the status lists and supporting documents of the whole batch to the request's.
      const verifier = createVerifier({
        now: msg.now ? new Date(msg.now) : new Date(),
        statusLists: msg.options.statusLists ?? [],
        supporting: msg.options.supporting ?? [],
      });
      for (const [index, file] of msg.files.entries())
        say({ kind: 'file', id: msg.id, index, entries: await importFilesWith(verifier, [file]) });
    } catch (e) {
      say({ kind: 'failed', id: msg.id, message: e instanceof Error ? e.message : String(e) });
    }
  };
  port.on('message', (msg: WorkerRequest) => {
    queue = queue.then(() => answer(msg));
  });
}
