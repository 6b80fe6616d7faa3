// The storage modules' dependencies, read from their source: no import cycle among the db
// modules (type-only imports count too), the stores reached only through the credential
// repository, Dexie only inside db/, and the early read loading nothing of the app but the
// schema's names.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const RENDERER = join(ROOT, 'src-renderer');
const DB = join(RENDERER, 'db');

interface Edge {
  from: string;
  /** A path relative to the repository root for a relative import, else the package name. */
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return relative(ROOT, candidate);
    } catch {
      // not this one
    }
  }
  return relative(ROOT, base);
}

/** Every import and re-export of a module (static, side-effect and dynamic). */
function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const from = relative(ROOT, file);
  const edges: Edge[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g)) {
    const clause = m[2] ?? '';
    const names = /\{([^}]*)\}/.exec(clause)?.[1];
    const allTyped =
      names !== undefined &&
      !/^\s*\w/.test(clause.replace(/\{[^}]*\}/, '').replace(/,/g, '')) &&
      names
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '')
        .every((n) => n.startsWith('type '));
    edges.push({ from, to: resolveImport(file, m[3] as string), typeOnly: m[1] !== undefined || allTyped });
  }
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g))
    edges.push({ from, to: resolveImport(file, m[1] as string), typeOnly: false });
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g))
    edges.push({ from, to: resolveImport(file, m[1] as string), typeOnly: false });
  return edges;
}

/** A cycle among these modules, as the path that closes it, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const dbFiles = sourceFiles(DB);
const rendererEdges = sourceFiles(RENDERER).flatMap(importsOf);
const db = (name: string): string => relative(ROOT, join(DB, name));

describe('storage module graph', () => {
  it('reads imports as they are written (the checks below rely on it)', () => {
    const edges = importsOf(join(DB, 'credential-repository.ts'));
    expect(edges).toContainEqual({ from: db('credential-repository.ts'), to: db('database.ts'), typeOnly: true });
    expect(edges).toContainEqual({ from: db('credential-repository.ts'), to: db('record-store.ts'), typeOnly: false });
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
        ]),
      ),
    ).toBeNull();
  });

  it('has no import cycle among the db modules, counting type-only imports', () => {
    const inDb = new Set(dbFiles.map((f) => relative(ROOT, f)));
    const graph = new Map<string, string[]>();
    for (const file of inDb) graph.set(file, []);
    for (const e of rendererEdges) if (inDb.has(e.from) && inDb.has(e.to)) (graph.get(e.from) as string[]).push(e.to);
    expect(findCycle(graph)).toBeNull();
  });

  it('reaches the stores only through the credential repository', () => {
    const stores = new Set([db('record-store.ts'), db('originals.ts'), db('map-index-store.ts')]);
    const users = rendererEdges.filter((e) => stores.has(e.to) && !e.typeOnly).map((e) => e.from);
    expect([...new Set(users)]).toEqual([db('credential-repository.ts')]);
  });

  it('uses Dexie only inside db/', () => {
    const outside = rendererEdges.filter((e) => e.to === 'dexie' && !e.from.startsWith(relative(ROOT, DB)));
    expect(outside).toEqual([]);
  });

  it('loads nothing of the app with the early read but the schema names', () => {
    const runtime = importsOf(join(DB, 'early-read.ts')).filter((e) => !e.typeOnly);
    expect(runtime.map((e) => e.to)).toEqual([db('schema.ts')]);
    expect(importsOf(join(DB, 'schema.ts'))).toEqual([]);
  });
});
