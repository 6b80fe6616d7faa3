/**
 * The command-line adapter over the same import/verification services as the app:
 *   manabi verify [--lang en|ja] [--now ISO] [--json] FILE...
 *   manabi inspect [--lang en|ja] [--framework jqf|eqf] [--learner ID]... [--now ISO] [--json] FILE...
 * Everything it says (human lines, and the `message` texts of --json, beside their codes)
 * is rendered from the shared catalogues in the language of --lang, else of the
 * environment's locale. With --json, one JSON object per input file per line; a
 * presentation's or container's inner credentials are listed under `credentials`. Each entry
 * says what it is (`kind`, and `kindText` in the language asked for): a credential, a
 * supporting document (a key, an issuer profile, a status list …) or not a credential; the
 * human lines say it where the entry is not a credential. Files that are status-list
 * credentials answer the status of the other files. Exit 0 when every credential is
 * verified, 1 when any is not verified or could not be checked (a file that is not a
 * credential included; a supporting document with nothing to verify, such as a key, is not
 * counted), 2 for usage errors or unreadable input (2 wins). Every file given and read gets its answer: a file whose
 * processing throws is answered with its problem (could not check), and the others go on.
 * Never fetches anything.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { entryKindOf, type EntryKind, type ImportedCredential } from '../../src-shared/credential';
import { checkText, credentialNameText, renderMessage, uiText, type Lang, type Message } from '../../src-shared/i18n';
import type { VerificationStatus } from '../../src-shared/verification';
import { msg } from '../../src-shared/i18n/spec';
import {
  importFiles,
  statusListsInBatch,
  supportingInBatch,
  unfinishedFileEntry,
  type ImportOptions,
} from '../services/import-service';
import type { FrameworkId } from '../../src-shared/frameworks';
import { inspectItems, type InspectOptions, type InspectRecord } from './inspect';
import { langFromEnvironment, parseLang } from './lang';

const USAGE = [
  'Usage: manabi verify [--lang en|ja] [--now ISO-8601] [--json] FILE...',
  '       manabi inspect [--lang en|ja] [--framework jqf|eqf] [--learner ID]... [--now ISO-8601] [--json] FILE...',
].join('\n');

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** The environment the default language is read from (default: this process's). */
  env?: Readonly<Record<string, string | undefined>>;
}

const WORD = {
  verified: 'statusVerified',
  not_verified: 'statusNotVerified',
  could_not_check: 'statusCouldNotCheck',
} as const;

function statusWord(status: VerificationStatus, lang: Lang): string {
  return uiText(WORD[status], lang);
}

const KIND_WORD = {
  credential: 'cli.kind_credential',
  supporting: 'cli.kind_supporting',
  not_credential: 'cli.kind_not_credential',
} as const satisfies Record<EntryKind, string>;

/** What an entry is, as its code and its words in the language asked for. */
function kindJson(
  item: ImportedCredential,
  lang: Lang,
): { kind: EntryKind; kindText: string; supportingKind?: string } {
  const kind = entryKindOf(item);
  return {
    kind,
    kindText: renderMessage({ code: KIND_WORD[kind] }, lang),
    ...(item.supportingKind !== undefined ? { supportingKind: item.supportingKind } : {}),
  };
}

/** A supporting document with nothing to verify (a key, a BadgeClass …): recognised, not checked. */
function nothingToVerify(item: ImportedCredential): boolean {
  return item.verification.checks.some((c) => c.id === 'format' && c.code === 'supporting_document');
}

/** How an entry's line begins: its status, or what it is when it is not a credential. */
function entryWord(item: ImportedCredential, lang: Lang): string {
  const kind = entryKindOf(item);
  if (kind === 'credential') return statusWord(item.verification.status, lang);
  const word = renderMessage({ code: KIND_WORD[kind] }, lang);
  // A status list is verified like a credential: its status is said beside what it is.
  return kind === 'supporting' && !nothingToVerify(item)
    ? `${word}, ${statusWord(item.verification.status, lang)}`
    : word;
}

/** One file's entries; a throw while checking it becomes its own entry, never the run's end. */
async function checkFile(file: string, bytes: Uint8Array, opts: ImportOptions): Promise<ImportedCredential[]> {
  const input = { name: basename(file), bytes };
  try {
    return await importFiles([input], opts);
  } catch {
    return [unfinishedFileEntry(input, msg('import.file_failed'), opts.now ?? new Date())];
  }
}

/** The file's problem, when it has one, as its code and its text in the language asked for. */
function problemJson(item: ImportedCredential, lang: Lang): { problem?: { code: string | null; message: string } } {
  const p = item.problem;
  if (p === undefined) return {};
  return {
    problem: {
      code: typeof p === 'string' ? null : p.code,
      message: typeof p === 'string' ? p : renderMessage(p, lang),
    },
  };
}

function humanReport(file: string, items: ImportedCredential[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const item of items) {
    lines.push(`${file}: ${entryWord(item, lang)} — ${credentialNameText(item.normalized, lang)}`);
    for (const c of item.verification.checks) {
      lines.push(
        `  ${c.outcome === 'pass' ? '✓' : c.outcome === 'fail' ? '✗' : '?'} ${c.id}: ${checkText(c, lang)}${c.detail ? ` (${c.detail})` : ''}`,
      );
    }
  }
  return lines;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  let lang = langFromEnvironment(io.env ?? process.env, Intl.DateTimeFormat().resolvedOptions().locale);
  const say = (m: Message): string => renderMessage(m, lang);
  if (command !== 'verify' && command !== 'inspect') {
    io.err(USAGE);
    return 2;
  }
  // The language first, so that every other problem with the command is said in it.
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a !== '--lang' && !a.startsWith('--lang=')) continue;
    const raw = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[i + 1];
    const chosen = parseLang(raw);
    if (chosen === null) {
      io.err(say({ code: 'cli.bad_lang', params: { got: raw ?? '—' } }));
      return 2;
    }
    lang = chosen;
  }
  let json = false;
  let now: Date | undefined;
  let framework: FrameworkId = 'jqf';
  const learnerIds: string[] = [];
  const files: string[] = [];
  const valueOf = (a: string, i: number): [string | undefined, number] =>
    a.includes('=') ? [a.slice(a.indexOf('=') + 1), i] : [rest[i + 1], i + 1];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--lang') i++;
    else if (a.startsWith('--lang=')) continue;
    else if (command === 'inspect' && (a === '--framework' || a.startsWith('--framework='))) {
      const [v, next] = valueOf(a, i);
      i = next;
      if (v !== 'jqf' && v !== 'eqf') {
        io.err(say({ code: 'cli.bad_framework', params: { got: v ?? '—' } }));
        return 2;
      }
      framework = v;
    } else if (command === 'inspect' && (a === '--learner' || a.startsWith('--learner='))) {
      const [v, next] = valueOf(a, i);
      i = next;
      if (!v) {
        io.err(say({ code: 'cli.bad_learner' }));
        return 2;
      }
      learnerIds.push(v);
    } else if (a === '--now' || a.startsWith('--now=')) {
      const raw = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      const d = raw ? new Date(raw) : new Date(NaN);
      if (Number.isNaN(d.getTime())) {
        io.err(say({ code: 'cli.bad_now', params: { got: raw ?? '—' } }));
        return 2;
      }
      now = d;
    } else if (a.startsWith('--')) {
      io.err(`${say({ code: 'cli.unknown_option', params: { option: a } })} ${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  // Read every file first: status-list credentials among them answer the others' status.
  const inputs: Array<{ file: string; bytes: Uint8Array }> = [];
  let exit = 0;
  for (const file of files) {
    try {
      inputs.push({ file, bytes: new Uint8Array(await readFile(file)) });
    } catch (e) {
      io.err(say({ code: 'cli.cannot_read', params: { file, code: (e as NodeJS.ErrnoException).code ?? 'error' } }));
      exit = 2;
    }
  }
  const statusLists = statusListsInBatch(inputs.map((i) => ({ name: i.file, bytes: i.bytes })));
  // Keys, Issuer profiles and BadgeClasses given beside a badge help check it, as status lists do.
  const supporting = supportingInBatch(inputs.map((i) => ({ name: i.file, bytes: i.bytes })));
  if (command === 'inspect')
    return inspect(
      inputs,
      { now: now ?? new Date(), statusLists, supporting, framework, learnerIds, json, lang },
      io,
      exit,
    );
  for (const { file, bytes } of inputs) {
    const items = await checkFile(file, bytes, { ...(now ? { now } : {}), statusLists, supporting });
    const first = items[0];
    if (!first) continue;
    const allVerified = items.every((i) => nothingToVerify(i) || i.verification.status === 'verified');
    if (!allVerified && exit === 0) exit = 1;
    if (json) {
      io.out(
        JSON.stringify({
          file,
          ...kindJson(first, lang),
          format: first.normalized.format,
          status: first.verification.status,
          checks: checksJson(first, lang),
          ...problemJson(first, lang),
          ...(first.origin ? { origin: first.origin } : {}),
          credentials: items.slice(1).map((i) => ({
            name: credentialNameText(i.normalized, lang),
            ...kindJson(i, lang),
            format: i.normalized.format,
            status: i.verification.status,
            checks: checksJson(i, lang),
            ...(i.origin ? { origin: i.origin } : {}),
          })),
        }),
      );
    } else for (const line of humanReport(file, items, lang)) io.out(line);
  }
  return exit;
}

async function inspect(
  inputs: ReadonlyArray<{ file: string; bytes: Uint8Array }>,
  o: {
    now: Date;
    statusLists: Record<string, unknown>[];
    supporting: Record<string, unknown>[];
    framework: FrameworkId;
    learnerIds: string[];
    json: boolean;
    lang: Lang;
  },
  io: CliIo,
  exitSoFar: number,
): Promise<number> {
  const perFile: Array<{ file: string; bytes: Uint8Array; items: ImportedCredential[] }> = [];
  for (const { file, bytes } of inputs) {
    perFile.push({
      file,
      bytes,
      items: await checkFile(file, bytes, { now: o.now, statusLists: o.statusLists, supporting: o.supporting }),
    });
  }
  // Pathways are evaluated over everything given, as the app does over the whole wallet.
  const records = inspectSafely(perFile, {
    framework: o.framework,
    now: o.now,
    learnerIds: o.learnerIds,
    lang: o.lang,
  });
  const say = (m: Message): string => renderMessage(m, o.lang);
  let exit = exitSoFar;
  let k = 0;
  for (const { file, items } of perFile) {
    for (const item of items) {
      const r = records[k++];
      if (!r) continue;
      if (!nothingToVerify(item) && item.verification.status !== 'verified' && exit === 0) exit = 1;
      if (o.json) io.out(JSON.stringify({ file, ...kindJson(item, o.lang), ...r, ...problemJson(item, o.lang) }));
      else {
        const level =
          r.level.level === null
            ? say({ code: 'cli.unplaced' })
            : say({ code: 'cli.level', params: { level: r.level.level, framework: r.level.framework.toUpperCase() } });
        const hours =
          r.workload?.hours != null
            ? say({ code: 'cli.hours', params: { hours: r.workload.hours } })
            : say({ code: 'cli.workload_unknown' });
        const counts = r.pathways.filter((p) => p.counts).map((p) => p.name);
        io.out(`${file}: ${r.name} — ${entryWord(item, o.lang)} — ${level} — ${hours}`);
        const problem = problemJson(item, o.lang).problem;
        if (problem) io.out(`  ${problem.message}`);
        io.out(`  ${say({ code: 'cli.level_line', params: { reason: r.level.reason } })}`);
        if (r.workload)
          io.out(`  ${say({ code: 'cli.workload_line', params: { assumption: r.workload.assumption } })}`);
        io.out(
          `  ${counts.length > 0 ? say({ code: 'cli.counts_toward', params: { names: counts.join('; ') } }) : say({ code: 'cli.counts_toward_none' })}`,
        );
      }
    }
  }
  return exit;
}

/**
 * The records of all the items together; should that throw, each file's items on their own,
 * and a file whose items still throw is answered as a file that could not be checked
 * (`perFile` then holds that entry instead).
 */
function inspectSafely(
  perFile: Array<{ file: string; bytes: Uint8Array; items: ImportedCredential[] }>,
  opts: InspectOptions,
): InspectRecord[] {
  try {
    return inspectItems(
      perFile.flatMap((f) => f.items),
      opts,
    );
  } catch {
    return perFile.flatMap((f) => {
      try {
        return inspectItems(f.items, opts);
      } catch {
        const failed = unfinishedFileEntry(
          { name: basename(f.file), bytes: f.bytes },
          msg('import.file_failed'),
          opts.now,
        );
        f.items = [failed];
        return inspectItems([failed], opts);
      }
    });
  }
}

function checksJson(
  item: ImportedCredential,
  lang: Lang,
): Array<{ id: string; outcome: string; code: string | null; message: string }> {
  return item.verification.checks.map((c) => ({
    id: c.id,
    outcome: c.outcome,
    code: c.code ?? null,
    message: checkText(c, lang),
  }));
}

// Run only as the entry point, not when imported by tests.
if (process.argv[1] && /cli\.(js|mjs|ts)$/.test(process.argv[1])) {
  void runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then((code) => {
    process.exitCode = code;
  });
}
