// Where an import's files come from: a dropped folder is walked recursively (readEntries is
// asked again until it answers nothing), hidden files and folders are left out, a file or a
// folder that cannot be read is named and never stops the others, and a chosen folder's
// files are filtered the same way. The entry tree is a fake with the API's own shape.
import { describe, expect, it } from 'vitest';
import {
  collectDropped,
  droppedItems,
  folderFiles,
  isHiddenPath,
  type DroppedEntry,
} from '../../../src-renderer/features/import-sources';

type Node = { name: string; children?: Node[]; broken?: boolean };

/** A fake FileSystemEntry tree: folders answer readEntries two entries at a time, then nothing. */
function entryOf(node: Node, parent = ''): DroppedEntry {
  const fullPath = `${parent}/${node.name}`;
  if (node.children === undefined)
    return {
      name: node.name,
      fullPath,
      isFile: true,
      isDirectory: false,
      file: (ok: (f: File) => void, fail?: (e: unknown) => void) =>
        node.broken ? fail?.(new Error('gone')) : ok(new File([fullPath], node.name)),
    } as DroppedEntry;
  const children = node.children;
  return {
    name: node.name,
    fullPath,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (e: DroppedEntry[]) => void, fail?: (e: unknown) => void) => {
          if (node.broken) return fail?.(new Error('denied'));
          const part = children.slice(at, at + 2).map((c) => entryOf(c, fullPath));
          at += part.length;
          setTimeout(() => ok(part), 0);
        },
      };
    },
  } as DroppedEntry;
}

const file = (name: string, broken = false): Node => ({ name, broken });
const dir = (name: string, children: Node[], broken = false): Node => ({ name, children, broken });

describe('a dropped folder', () => {
  it('gives every file in it, recursively and in order, past the first answer of readEntries', async () => {
    const samples = dir('samples', [
      file('a.json'),
      file('b.json'),
      file('c.png'),
      dir('ob2', [file('d.json'), dir('deeper', [file('e.svg'), file('f.jwt'), file('g.json')])]),
      file('h.zip'),
    ]);
    const out = await collectDropped({ entries: [entryOf(samples)], files: [] });
    expect(out.unreadable).toEqual([]);
    expect(out.files.map((f) => f.name)).toEqual([
      'a.json',
      'b.json',
      'c.png',
      'd.json',
      'e.svg',
      'f.jwt',
      'g.json',
      'h.zip',
    ]);
    expect(await out.files[4]?.text()).toBe('/samples/ob2/deeper/e.svg');
  });

  it('leaves out hidden files and folders (.DS_Store, dot-folders, __MACOSX)', async () => {
    const tree = dir('mine', [
      file('.DS_Store'),
      file('badge.png'),
      dir('.git', [file('config')]),
      dir('__MACOSX', [file('._badge.png')]),
      dir('more', [file('.hidden.json'), file('shown.json')]),
    ]);
    const out = await collectDropped({ entries: [entryOf(tree)], files: [] });
    expect(out.files.map((f) => f.name)).toEqual(['badge.png', 'shown.json']);
  });

  it('names a file or folder it cannot read, and still gives every other file', async () => {
    const tree = dir('mine', [
      file('one.json'),
      file('lost.json', true),
      dir('locked', [file('x.json')], true),
      file('two.json'),
    ]);
    const loose = new File(['{}'], 'loose.json');
    const out = await collectDropped({ entries: [entryOf(tree), entryOf(file('top.json'))], files: [loose] });
    expect(out.files.map((f) => f.name)).toEqual(['one.json', 'two.json', 'top.json', 'loose.json']);
    expect(out.unreadable).toEqual(['mine/lost.json', 'mine/locked']);
  });

  it('takes entries from a drop where the browser gives them, and plain files where it does not', () => {
    const folder = entryOf(dir('f', []));
    const plain = new File(['x'], 'plain.json');
    const dt = {
      files: [] as unknown as FileList,
      items: [
        { kind: 'file', webkitGetAsEntry: () => folder, getAsFile: () => null },
        { kind: 'file', webkitGetAsEntry: () => null, getAsFile: () => plain },
        { kind: 'string', webkitGetAsEntry: () => null, getAsFile: () => null },
      ] as unknown as DataTransferItemList,
    };
    const items = droppedItems(dt);
    expect(items.entries).toEqual([folder]);
    expect(items.files).toEqual([plain]);
  });
});

describe('a chosen folder', () => {
  it('keeps its files but the hidden ones and those in hidden folders', () => {
    const withPath = (path: string): File => {
      const f = new File(['x'], path.split('/').at(-1) ?? path);
      Object.defineProperty(f, 'webkitRelativePath', { value: path });
      return f;
    };
    const files = ['s/a.json', 's/.DS_Store', 's/.git/HEAD', 's/ob2/b.png', 's/__MACOSX/._b.png'].map(withPath);
    expect(folderFiles(files).map((f) => f.webkitRelativePath)).toEqual(['s/a.json', 's/ob2/b.png']);
    expect(isHiddenPath('a\\.b\\c')).toBe(true);
    expect(isHiddenPath('a/b.c/d')).toBe(false);
  });
});
