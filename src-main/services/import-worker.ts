/**
 * Worker-thread entry of the import pool: runs the ordinary import pipeline for the
 * batches main sends it. Each worker loads the verification libraries and contexts once,
 * at start, and then answers messages, with one verifier per message (so each status list
 * the message carries is verified once for all its files). Practice, when the page asks for
 * it, arrives as ordinary messages from the pool (warm-up.ts). It never touches the network
 * or the disk.
 */
import { parentPort } from 'node:worker_threads';
import type { ImportedCredential } from '../../src-shared/credential';
import { importFilesWith } from './import-service';
import type { WorkerReply, WorkerRequest } from './worker-pool';
import { createVerifier } from './verify/verifier';

const port = parentPort;
if (port) {
  const ready = createVerifier()
    .ready()
    .catch(() => undefined);
  port.on('message', (msg: WorkerRequest) => {
    void ready
      .then(async () => {
        // The pool has already added the status lists of the whole batch to the request's.
        const verifier = createVerifier({
          now: msg.now ? new Date(msg.now) : new Date(),
          statusLists: msg.options.statusLists ?? [],
        });
        const perFile: ImportedCredential[][] = [];
        for (const file of msg.files) perFile.push(await importFilesWith(verifier, [file]));
        return perFile;
      })
      .then((perFile): WorkerReply => ({ id: msg.id, ok: true, perFile }))
      .catch((e: unknown): WorkerReply => ({
        id: msg.id,
        ok: false,
        message: e instanceof Error ? e.message : String(e),
      }))
      .then((reply) => port.postMessage(reply));
  });
}
