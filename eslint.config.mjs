// Architecture boundaries from DESIGN.md ("Folders") are enforced here, not by goodwill.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeMessage = 'Node built-ins are not available here: go through the engine contract.';
/** Bare built-in names are matched exactly (a pattern would also catch our own ./events). */
const nodeBuiltinPaths = ['fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'net', 'http', 'https', 'url', 'stream', 'events', 'util', 'zlib', 'buffer', 'process'].map(
  (name) => ({ name, message: nodeMessage }),
);
const noNode = { group: ['node:*'], message: nodeMessage };
const noElectron = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import electron.' };
const noElectronTree = { group: ['**/electron/**', '../electron/*'], message: 'The renderer talks to the engine only through window.fenlight (the contract).' };
const noReact = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ compiles for Node and the DOM: no React.' };
const noRenderer = { group: ['**/renderer/**'], message: 'The engine and shell never import UI code.' };

/** Globals the shared/ folder may not touch, because it also runs in Node. */
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement'].map((name) => ({
  name,
  message: 'shared/ must run in Node and the browser: no DOM globals.',
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.native/**', 'test-results/**', 'resources/**', 'coverage/**', '.bench-data/**', 'test/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Untrusted text is rendered as text only.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Untrusted text is rendered as text only.' },
        { selector: "CallExpression[callee.property.name='setHTML']", message: 'Untrusted text is rendered as text only.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltinPaths, patterns: [noNode, noElectron, noReact, noRenderer, { group: ['**/electron/**'], message: 'shared/ imports nothing from electron/.' }] },
      ],
      'no-restricted-globals': ['error', ...domGlobals, { name: 'process', message: 'shared/ must not depend on Node globals.' }, { name: 'Buffer', message: 'shared/ must not depend on Node globals.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: nodeBuiltinPaths, patterns: [noNode, noElectron, noElectronTree] }],
    },
  },
  {
    files: ['electron/engine/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noReact, noRenderer, { group: ['**/electron/main/**', '../main/*', '../../main/*'], message: 'The engine never depends on the Electron shell.' }] }],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noReact, noRenderer] }],
    },
  },
  {
    files: ['tools/**/*.{ts,mjs}', 'test/**/*.{ts,tsx,mjs}', '*.config.{ts,mts,mjs}', 'eslint.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
