// Lint, including the import boundaries of architecture.md. Flat config replaces (not merges)
// a rule set twice for the same file, so every area lists all of its restrictions at once.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream', 'events', 'buffer', 'zlib'];

const forbid = {
  electron: { paths: [{ name: 'electron', message: 'Only src-main/electron/ may import electron.' }], patterns: [] },
  node: {
    paths: NODE_BUILTINS.map((name) => ({ name, message: 'No Node.js I/O here: pass values in from a service or host.' })),
    patterns: [{ group: ['node:*'], message: 'No Node.js I/O here: pass values in from a service or host.' }],
  },
  database: {
    paths: [{ name: 'better-sqlite3', message: 'SQL lives only in src-main/db/.' }],
    patterns: [{ group: ['drizzle-orm', 'drizzle-orm/*'], message: 'SQL lives only in src-main/db/.' }],
  },
  hosts: {
    paths: [],
    patterns: [
      { group: ['**/electron/*', '**/http/*', '**/cli/*'], message: 'Hosts depend on the backend, never the other way round.' },
    ],
  },
  backendLayers: {
    paths: [],
    patterns: [
      {
        group: ['**/db/*', '**/db/**', '**/services/*', '**/api/*', '**/backend', '**/config/*', '**/electron/*', '**/http/*', '**/cli/*'],
        message: 'core/ and contract/ are pure: no database, services, hosts or configuration.',
      },
    ],
  },
  mainFromRenderer: {
    paths: [],
    patterns: [{ group: ['**/src-main/**', '**/src-main'], message: 'The renderer imports only the contract, as @contract.' }],
  },
};

function restrict(...sets) {
  return {
    'no-restricted-imports': [
      'error',
      { paths: sets.flatMap((s) => s.paths), patterns: sets.flatMap((s) => s.patterns) },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'native/**', 'node_modules/**', 'test-results/**', 'migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  { files: ['src-main/contract/**/*.ts', 'src-main/core/**/*.ts'], rules: restrict(forbid.electron, forbid.node, forbid.database, forbid.backendLayers) },
  { files: ['src-main/api/**/*.ts', 'src-main/services/**/*.ts'], rules: restrict(forbid.electron, forbid.database, forbid.hosts) },
  { files: ['src-main/db/**/*.ts'], rules: restrict(forbid.electron, forbid.hosts) },
  {
    files: ['src-main/backend.ts', 'src-main/http/**/*.ts', 'src-main/cli/**/*.ts', 'src-main/workers/**/*.ts', 'src-main/config/**/*.ts', 'src-main/security/**/*.ts'],
    rules: restrict(forbid.electron, forbid.database),
  },
  { files: ['src-main/electron/**/*.ts'], rules: restrict(forbid.database) },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(forbid.electron, forbid.node, forbid.database, forbid.mainFromRenderer),
    },
  },
  { files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.mjs'], rules: restrict(forbid.electron) },
);
