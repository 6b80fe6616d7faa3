// Lint, including the layer rules of docs/ARCHITECTURE.md: a file that imports across a
// forbidden boundary is an error. Runs as part of `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'crypto',
  'http',
  'https',
  'os',
  'child_process',
  'worker_threads',
  'url',
  'net',
  'stream',
  'buffer',
  'util',
  'events',
];

// Besides itself, src-shared may import only these packages: pure JavaScript, no environment.
const sharedPackages = ['zod', '@noble/hashes'];
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Any other package (a relative path, a Node module, which has its own message, and the
// packages above are left out): one pattern, so an unexpected package is refused by default.
const notSharedPackage = `^(?!\\.|node:|(?:${[...sharedPackages, ...nodeBuiltins.filter((n) => !n.includes('*'))]
  .map(escapeRegex)
  .join('|')})(?:/|$))`;

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Types without holes: `declare module 'x';` makes every export of a library `any`.
    // Declare what the code uses instead (types/vendor.d.ts).
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSModuleDeclaration[global!=true]:not([body])',
          message: "A shorthand `declare module 'x';` makes the library `any`: declare the parts the code uses.",
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'bin/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // src-shared: the domain. Itself, zod and @noble/hashes only.
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'src-shared must not import Node modules.' },
            { regex: notSharedPackage, message: 'src-shared imports only itself, zod and @noble/hashes.' },
            {
              group: ['**/src-main/**', '**/src-renderer/**', '../src-main/*', '../src-renderer/*'],
              message: 'src-shared must not import main or renderer code.',
            },
          ],
        },
      ],
    },
  },
  {
    // src-renderer: React, Dexie, DOM and src-shared. Never Node, never Electron, never main.
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer never reaches Node; ask main over the bridge.' },
            { group: ['electron', 'electron/*'], message: 'The renderer talks to main only through window.wallet.' },
            {
              group: ['**/src-main/**', '../src-main/*', '../../src-main/*'],
              message: 'The renderer must not import main code.',
            },
          ],
        },
      ],
    },
  },
  {
    // src-main: everything except renderer code; electron only inside the Electron shell.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/shells/electron/main.ts', 'src-main/shells/electron/preload.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'Only the Electron shell (main.ts, preload.ts) may import electron.',
            },
            {
              group: ['**/src-renderer/**', '../src-renderer/*', '../../src-renderer/*'],
              message: 'Main never imports renderer code.',
            },
            { group: ['react', 'react-dom', 'dexie'], message: 'Main does not use React or Dexie.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/shells/electron/main.ts', 'src-main/shells/electron/preload.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-renderer/**', '../src-renderer/*'], message: 'Main never imports renderer code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
