/**
 * The trust boundary of every shell: look up the channel, validate the request with the
 * contract's zod schema, call the handler, and turn any outcome into a cloneable
 * Result. Nothing reaches a service unvalidated; no stack or Error object leaves.
 */
import { CONTRACT, type Handlers } from '../../src-shared/bridge';
import { isChannelName, type ChannelName } from '../../src-shared/channels';
import { err, ok, type Result } from '../../src-shared/result';

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(request)'}: ${i.message}`)
    .join('; ');
}

export async function dispatch(handlers: Handlers, channel: unknown, rawRequest: unknown): Promise<Result<unknown>> {
  if (!isChannelName(channel)) return err('unknown_channel', 'This action is not part of the wallet.');
  const c: ChannelName = channel;
  const parsed = CONTRACT[c].request.safeParse(rawRequest);
  if (!parsed.success) return err('bad_request', `The request was not valid: ${describeIssues(parsed.error.issues)}`);
  try {
    // The parsed value matches the handler's request type by construction of the contract.
    const handler = handlers[c] as (req: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (e) {
    const message = e instanceof Error ? e.message : 'Unknown error';
    return err('internal', `Something went wrong: ${message}`);
  }
}
