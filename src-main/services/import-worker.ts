/**
 * Worker-thread entry of the import pool: runs the ordinary import pipeline for the
 * batches main sends it. Each worker loads the verification libraries and contexts once,
 * at start, and then answers messages, with one verifier per message (so each status list
 * the message carries is verified once for all its files). A worker started by a shell
 * (`practise` in its workerData) also practises on built-in credentials a moment later,
 * until the first message arrives (warm-up.ts). It never touches the network or the disk.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportedCredential } from '../../src-shared/credential';
import { importFiles, importFilesWith } from './import-service';
import type { WorkerReply, WorkerRequest } from './worker-pool';
import { createVerifier } from './verify/verifier';
import { PRACTICE_DELAY_MS, practise } from './warm-up';

const port = parentPort;
if (port) {
  const ready = createVerifier()
    .ready()
    .catch(() => undefined);
  let busy = false;
  if ((workerData as { practise?: boolean } | null)?.practise === true) {
    void ready
      .then(() => sleep(PRACTICE_DELAY_MS))
      .then(() => practise({ busy: () => busy, verify: (files) => importFiles(files) }))
      .catch(() => undefined);
  }
  port.on('message', (msg: WorkerRequest) => {
    busy = true;
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
