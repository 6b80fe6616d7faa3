/**
 * Where the files of an import come from: a drop (files and folders, walked recursively
 * through the File and Directory Entries API, `webkitGetAsEntry` and `readEntries`), a folder
 * chosen with "Add a folder…" (`<input webkitdirectory>`), or files chosen one by one. The
 * same code serves the browser shell and Electron. Hidden files and folders (`.DS_Store`,
 * any name starting with a dot, `__MACOSX`) are left out. A file or folder that cannot be read
 * is named and left out; it never stops the others.
 *
 * Reads no file's bytes (the import does that), holds no state, and never uses a name as a
 * path: names are only shown.
 */

/** The part of a dropped entry (`FileSystemEntry`) the walk uses. */
export interface DroppedEntry {
  readonly name: string;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly fullPath?: string;
}
/** A dropped file (`FileSystemFileEntry`). */
interface DroppedFileEntry extends DroppedEntry {
  file(success: (file: File) => void, failure?: (error: unknown) => void): void;
}
/** A dropped folder (`FileSystemDirectoryEntry`). */
interface DroppedDirectoryEntry extends DroppedEntry {
  createReader(): {
    readEntries(success: (entries: DroppedEntry[]) => void, failure?: (error: unknown) => void): void;
  };
}

/** What a drop holds, taken while the drop event lasts (its items are unreadable after it). */
export interface DroppedItems {
  /** Files and folders as entries, where the browser gives them. */
  readonly entries: readonly DroppedEntry[];
  /** Files the browser gives only as files. */
  readonly files: readonly File[];
}

/** What a walk found: the files to import, and the names of those that could not be read. */
export interface CollectedFiles {
  files: File[];
  unreadable: string[];
}

/** Whether a name is hidden: `.DS_Store`, `.git`, any name starting with a dot, or macOS's `__MACOSX` folder. */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.') || name === '__MACOSX';
}

/** Whether any segment of a relative path (`a/b/.c`, `__MACOSX/x`) is hidden. */
export function isHiddenPath(path: string): boolean {
  return path.split(/[/\\]/).some((segment) => segment !== '' && isHiddenName(segment));
}

/** The entries and files of a drop, read during the drop event. */
export function droppedItems(dt: Pick<DataTransfer, 'items' | 'files'>): DroppedItems {
  const entries: DroppedEntry[] = [];
  const files: File[] = [];
  const items = Array.from(dt.items ?? []);
  if (items.length === 0) return { entries, files: Array.from(dt.files) };
  for (const item of items) {
    if (item.kind !== 'file') continue;
    // An in-memory file (not from the disk) may have no entry: it is taken as a file.
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) files.push(file);
    }
  }
  return { entries, files };
}

function isFileEntry(e: DroppedEntry): e is DroppedFileEntry {
  return e.isFile && typeof (e as Partial<DroppedFileEntry>).file === 'function';
}

function isDirectoryEntry(e: DroppedEntry): e is DroppedDirectoryEntry {
  return e.isDirectory && typeof (e as Partial<DroppedDirectoryEntry>).createReader === 'function';
}

/** The name shown for an entry that could not be read: its path inside the drop, without the leading slash. */
function shownName(e: DroppedEntry): string {
  return e.fullPath !== undefined && e.fullPath !== '' ? e.fullPath.replace(/^\//, '') : e.name;
}

function fileOf(e: DroppedFileEntry): Promise<File> {
  return new Promise((resolve, reject) => e.file(resolve, reject));
}

/** Every entry of a folder: `readEntries` answers a part at a time, until it answers nothing. */
async function childrenOf(e: DroppedDirectoryEntry): Promise<DroppedEntry[]> {
  const reader = e.createReader();
  const all: DroppedEntry[] = [];
  for (;;) {
    const part = await new Promise<DroppedEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (part.length === 0) return all;
    all.push(...part);
  }
}

/**
 * Every file of a drop, folders walked recursively (depth first, in the order the browser
 * gives), hidden files and folders left out, and what could not be read named.
 */
export async function collectDropped(dropped: DroppedItems): Promise<CollectedFiles> {
  const out: CollectedFiles = { files: [], unreadable: [] };
  // A loop over a stack rather than recursion: a deep folder tree cannot exhaust the call stack.
  const stack = [...dropped.entries].reverse();
  while (stack.length > 0) {
    const entry = stack.pop() as DroppedEntry;
    if (isHiddenName(entry.name)) continue;
    try {
      if (isFileEntry(entry)) out.files.push(await fileOf(entry));
      else if (isDirectoryEntry(entry)) stack.push(...(await childrenOf(entry)).reverse());
    } catch {
      out.unreadable.push(shownName(entry));
    }
  }
  out.files.push(...dropped.files);
  return out;
}

/** The files of a chosen folder (`<input webkitdirectory>`), without hidden files or anything in a hidden folder. */
export function folderFiles(files: readonly File[]): File[] {
  return files.filter((f) => !isHiddenPath(f.webkitRelativePath !== '' ? f.webkitRelativePath : f.name));
}
