/**
 * Opening an archive (.zip) the learner dropped or chose: each file in it, within the wallet's
 * limits (src-shared/limits.ts: entry count, total expanded size, expansion ratio, nesting),
 * with the archive and the entry's name as written there. Entry names are display text only:
 * nothing here, nor anything after it, ever uses one as a path. Folders, and files a limit
 * leaves out, are not returned as entries (a left-out file is named in `skipped` with why).
 *
 * Pure over bytes: never touches the file system or the network, never throws for a bad
 * archive (its `problem` says why nothing could be taken out).
 */
import { unzipSync } from 'fflate';
import { msg, type Message } from '../../src-shared/i18n/spec';
import { MAX_ARCHIVE_ENTRIES, MAX_ARCHIVE_EXPANDED_BYTES, MAX_ARCHIVE_EXPANSION_RATIO } from '../../src-shared/limits';
import { MAX_FILE_BYTES } from '../../src-shared/bridge';

export interface ArchiveFile {
  archive: string;
  entry: string;
  bytes: Uint8Array;
}

export interface OpenedArchive {
  entries: ArchiveFile[];
  skipped: { archive: string; entry: string; problem: Message }[];
  problem?: Message;
}

/** Whether bytes start like a zip archive. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The files in an archive, within the limits. */
export function openArchive(name: string, bytes: Uint8Array): OpenedArchive {
  const skipped: OpenedArchive['skipped'] = [];
  let declared = 0;
  let count = 0;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name.endsWith('/')) return false;
        const tooMany = ++count > MAX_ARCHIVE_ENTRIES;
        const tooLarge = f.originalSize > MAX_FILE_BYTES;
        const ratioTooHigh = f.originalSize > Math.max(f.size, 1) * MAX_ARCHIVE_EXPANSION_RATIO;
        const totalTooLarge = declared + f.originalSize > MAX_ARCHIVE_EXPANDED_BYTES;
        if (tooMany || tooLarge || ratioTooHigh || totalTooLarge) {
          skipped.push({ archive: name, entry: f.name, problem: msg('badges.no_badge_inside') });
          return false;
        }
        declared += f.originalSize;
        return true;
      },
    });
    return {
      entries: Object.entries(files).map(([entry, data]) => ({ archive: name, entry, bytes: data })),
      skipped,
    };
  } catch {
    return { entries: [], skipped, problem: msg('import.unsupported_zip') };
  }
}
