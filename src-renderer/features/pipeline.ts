/**
 * A send-and-store pipeline: items are read, sent, and their answers stored, by `inFlight`
 * loops sharing one source of items. Each loop reads up to `readAhead` items ahead while its
 * request is out, and sends its next item as soon as an answer arrives, before storing that
 * answer, so the side that answers is never left waiting while this side stores and reads.
 * It knows nothing of files or of the bridge. It must never send after a failure: an answer
 * that `failure` names, or a step that throws, stops every loop from sending, what was
 * stored stays stored (an answer in hand is stored even when the next item cannot be read),
 * and the pipeline settles only once every loop has stopped.
 */

export interface PipelineSteps<Item, Read, Answer, Failure> {
  /** Taken one at a time, when a loop needs its next item (so the work of making each is spread out). */
  items: Iterator<Item>;
  read(item: Item): Promise<Read>;
  send(read: Read): Promise<Answer>;
  store(read: Read, answer: Answer): Promise<void>;
  /** What went wrong, for an answer that must stop the pipeline (that answer is not stored). */
  failure(answer: Answer): Failure | undefined;
  /** Requests out at once. */
  inFlight: number;
  /** Items each loop holds read (or being read) beyond the one it has out. */
  readAhead: number;
}

/**
 * Runs the pipeline to its end: the first failure answered (if any), or the first error
 * thrown by a step (rethrown after every loop has stopped).
 */
export async function runPipeline<Item, Read, Answer, Failure>(
  steps: PipelineSteps<Item, Read, Answer, Failure>,
): Promise<{ failure?: Failure }> {
  const { items, read, send, store, failure: failureOf, inFlight, readAhead } = steps;
  let stopped = false;
  let failure: Failure | undefined;
  let exhausted = false;

  // A read is boxed so that any value, null included, can be an item's read.
  type Box = { read: Read };
  const readNext = (): Promise<Box> | null => {
    if (exhausted || stopped) return null;
    const next = items.next();
    if (next.done === true) {
      exhausted = true;
      return null;
    }
    return read(next.value).then((r) => ({ read: r }));
  };

  const loop = async (): Promise<void> => {
    const ahead: Promise<Box>[] = [];
    const fillAhead = (): void => {
      while (ahead.length < readAhead) {
        const r = readNext();
        if (r === null) return;
        // A read never awaited because the loop stopped must not be reported as unhandled.
        r.catch(() => undefined);
        ahead.push(r);
      }
    };
    const takeNext = async (): Promise<Box | null> => (await (ahead.shift() ?? readNext())) ?? null;
    try {
      let current = await takeNext();
      let answer = current === null || stopped ? null : send(current.read);
      while (current !== null && answer !== null) {
        fillAhead();
        const res = await answer;
        const failed = failureOf(res);
        if (failed !== undefined) {
          stopped = true;
          failure ??= failed;
          return;
        }
        // A next item that cannot be read stops the pipeline, but the answer in hand is
        // stored first: what was answered is never lost to a later item's failure.
        let upcoming: Box | null = null;
        let readFailure: { error: unknown } | undefined;
        try {
          upcoming = await takeNext();
        } catch (error) {
          stopped = true;
          readFailure = { error };
        }
        const upcomingAnswer = upcoming === null || stopped ? null : send(upcoming.read);
        await store(current.read, res);
        if (readFailure) throw readFailure.error;
        current = upcoming;
        answer = upcomingAnswer;
      }
    } catch (e) {
      stopped = true;
      throw e;
    }
  };

  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, inFlight) }, loop));
  const thrown = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (thrown) throw thrown.reason;
  return failure === undefined ? {} : { failure };
}
