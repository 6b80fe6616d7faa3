/**
 * Opening an archive (.zip) the learner dropped or chose: each file in it, within the wallet's
 * limits (src-shared/limits.ts: entry count, total expanded size, expansion ratio, nesting),
 * with the archive and the entry's name as written there. Entry names are display text only:
 * nothing here, nor anything after it, ever uses one as a path. Folders are not entries; a file
 * a limit leaves out is named in `skipped` with why (a `badges.*` message). An archive inside the
 * archive is opened too, one level deep (its entries' `archive` reads `outer.zip › inner.zip`);
 * one deeper is left out.
 *
 * The limits are measured on the bytes actually inflated, never on the sizes the archive
 * declares: each entry is inflated by fflate's streaming `Inflate` in small slices, and the
 * inflating stops as soon as an entry or the archive goes over a limit, so a lying header can
 * make it neither allocate nor work past the limits. The central directory is read here (a few
 * fixed-size records); Zip64 and encrypted entries are left out as entries the wallet cannot
 * unpack.
 *
 * Pure over bytes: never touches the file system or the network, never throws for a bad
 * archive (its `problem` says why nothing could be taken out).
 */
import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import { msg, type Message } from '../../src-shared/i18n/spec';
import {
  MAX_ARCHIVE_ENTRIES,
  MAX_ARCHIVE_EXPANDED_BYTES,
  MAX_ARCHIVE_EXPANSION_RATIO,
  MAX_ARCHIVE_NESTING,
} from '../../src-shared/limits';
import { MAX_FILE_BYTES } from '../../src-shared/bridge';
import type { Origin } from '../../src-shared/credential';

export interface ArchiveFile {
  archive: string;
  entry: string;
  bytes: Uint8Array;
}

export interface SkippedEntry {
  archive: string;
  entry: string;
  problem: Message;
}

export interface OpenedArchive {
  entries: ArchiveFile[];
  skipped: SkippedEntry[];
  problem?: Message;
}

/** Between an archive's name and the name of an archive inside it, in `archive`. */
export const NESTED_ARCHIVE_SEPARATOR = ' › ';

/** How much compressed data is handed to the inflater at a time (it can expand at most ~1,032 times). */
const INFLATE_SLICE = 4096;
const MB = 1024 * 1024;
/** The longest entry name kept (an origin's names are at most 1,024 characters; an outer and an inner one fit). */
const MAX_NAME = 500;

/** Whether bytes start like a zip archive. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

interface DirectoryEntry {
  name: string;
  method: number;
  flags: number;
  /** CRC-32 of the expanded bytes, as the directory declares it: checked on what is inflated. */
  crc: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

/**
 * An entry's name as display text: UTF-8 when flagged or valid, else Shift_JIS (archives made on
 * Japanese Windows), else Latin-1; control characters shown as U+FFFD. Never a path.
 */
function entryName(raw: Uint8Array, utf8Flag: boolean): string {
  const tryDecode = (label: string): string | undefined => {
    try {
      return new TextDecoder(label, { fatal: true }).decode(raw);
    } catch {
      return undefined;
    }
  };
  const text =
    (utf8Flag ? tryDecode('utf-8') : undefined) ??
    tryDecode('utf-8') ??
    tryDecode('shift_jis') ??
    new TextDecoder('latin1').decode(raw);
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, '\ufffd').slice(0, MAX_NAME);
}

/** The central directory's entries, or undefined when the archive has none that can be read. */
function readDirectory(bytes: Uint8Array): DirectoryEntry[] | undefined {
  // End of central directory: 22 bytes plus a comment of at most 65,535, at the end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const out: DirectoryEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return out.length > 0 ? out : undefined;
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > bytes.length) return out.length > 0 ? out : undefined;
    out.push({
      name: entryName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0),
      method: u16(bytes, at + 10),
      flags,
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      declaredSize: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    });
    at = next;
  }
  return out;
}

/** The budget left in one archive (shared with the archives inside it). */
interface Budget {
  entries: number;
  expanded: number;
}

type Taken = { bytes: Uint8Array } | { problem: Message };

/** An entry's bytes, inflated within the limits that are left, or why they were not taken. */
function takeEntry(bytes: Uint8Array, e: DirectoryEntry, budget: Budget): Taken {
  const damaged = { problem: msg('badges.archive_entry_damaged') };
  const encrypted = (e.flags & 1) !== 0;
  const zip64 = e.compressedSize === 0xffffffff || e.declaredSize === 0xffffffff || e.localOffset === 0xffffffff;
  if (encrypted || zip64 || (e.method !== 0 && e.method !== 8)) return damaged;
  const local = e.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return damaged;
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) return damaged;
  const packed = bytes.subarray(start, end);
  const perFile = Math.min(MAX_FILE_BYTES, MAX_ARCHIVE_EXPANSION_RATIO * Math.max(packed.length, 1));
  const limitOf = (size: number): Message | undefined => {
    if (size > MAX_ARCHIVE_EXPANSION_RATIO * Math.max(packed.length, 1))
      return msg('badges.archive_ratio_too_high', { max: MAX_ARCHIVE_EXPANSION_RATIO });
    if (size > MAX_FILE_BYTES) return msg('badges.archive_file_too_large', { maxMb: MAX_FILE_BYTES / MB });
    if (budget.expanded + size > MAX_ARCHIVE_EXPANDED_BYTES)
      return msg('badges.archive_too_large', { maxMb: MAX_ARCHIVE_EXPANDED_BYTES / MB });
    return undefined;
  };
  if (e.method === 0) {
    const over = limitOf(packed.length);
    if (over) return { problem: over };
    if (crc32(packed) !== e.crc) return damaged;
    budget.expanded += packed.length;
    return { bytes: packed.slice() };
  }
  const pieces: Uint8Array[] = [];
  let size = 0;
  let over: Message | undefined;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    pieces.push(chunk);
    size += chunk.length;
    over ??= limitOf(size);
    if (final) done = true;
  });
  try {
    for (let i = 0; i < packed.length && over === undefined && !done; i += INFLATE_SLICE) {
      const end = Math.min(i + INFLATE_SLICE, packed.length);
      inflater.push(packed.subarray(i, end), end === packed.length);
    }
    if (packed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return damaged;
  }
  if (over) return { problem: over };
  if (!done || size > perFile) return damaged;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  if (crc32(out) !== e.crc) return damaged;
  budget.expanded += size;
  return { bytes: out };
}

function openLevel(name: string, bytes: Uint8Array, level: number, budget: Budget, into: OpenedArchive): boolean {
  const directory = readDirectory(bytes);
  if (!directory) return false;
  for (const e of directory) {
    if (e.name.endsWith('/') || e.name.endsWith('\\')) continue; // a folder
    if (++budget.entries > MAX_ARCHIVE_ENTRIES) {
      into.skipped.push({
        archive: name,
        entry: e.name,
        problem: msg('badges.archive_too_many_entries', { max: MAX_ARCHIVE_ENTRIES }),
      });
      continue;
    }
    const taken = takeEntry(bytes, e, budget);
    if ('problem' in taken) {
      into.skipped.push({ archive: name, entry: e.name, problem: taken.problem });
      continue;
    }
    if (isZip(taken.bytes)) {
      // The inner archive's own bytes do not count as a file: its entries do.
      budget.entries--;
      budget.expanded -= taken.bytes.length;
      if (level >= MAX_ARCHIVE_NESTING) {
        into.skipped.push({ archive: name, entry: e.name, problem: msg('badges.archive_nested_too_deep') });
        continue;
      }
      const inner = `${name}${NESTED_ARCHIVE_SEPARATOR}${e.name}`;
      if (!openLevel(inner, taken.bytes, level + 1, budget, into))
        into.skipped.push({ archive: name, entry: e.name, problem: msg('badges.archive_damaged') });
      continue;
    }
    into.entries.push({ archive: name, entry: e.name, bytes: taken.bytes });
  }
  return true;
}

/** The files in an archive, within the limits. */
export function openArchive(name: string, bytes: Uint8Array): OpenedArchive {
  const opened: OpenedArchive = { entries: [], skipped: [] };
  try {
    if (!openLevel(name, bytes, 0, { entries: 0, expanded: 0 }, opened))
      return { entries: [], skipped: [], problem: msg('badges.archive_damaged') };
    return opened;
  } catch {
    return { entries: [], skipped: opened.skipped, problem: msg('badges.archive_damaged') };
  }
}

/** A file to import, and the archive it came out of (or why it could not be taken out). */
export interface ExpandedFile {
  name: string;
  bytes: Uint8Array;
  origin?: Origin;
  /** Set for an archive entry left out by a limit: why. */
  problem?: Message;
}

/**
 * The files to import when a caller hands over archives directly (the CLI): each archive
 * becomes its entries, in order, each with its origin; an entry a limit left out stays as a
 * file with its problem. Other files, and an archive that cannot be opened, pass as they are.
 */
export function expandArchives(files: readonly { name: string; bytes: Uint8Array }[]): ExpandedFile[] {
  const out: ExpandedFile[] = [];
  for (const f of files) {
    if (!isZip(f.bytes)) {
      out.push(f);
      continue;
    }
    const opened = openArchive(f.name, f.bytes);
    // An archive that cannot be opened is imported as itself: the import says it is damaged.
    if (opened.problem) out.push(f);
    for (const e of opened.entries)
      out.push({ name: e.entry, bytes: e.bytes, origin: { archive: e.archive, entry: e.entry } });
    for (const s of opened.skipped)
      out.push({
        name: s.entry,
        bytes: new Uint8Array(0),
        origin: { archive: s.archive, entry: s.entry },
        problem: s.problem,
      });
  }
  return out;
}
