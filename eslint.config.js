// Lint rules, and the direction of imports (style.md): model imports nothing, only db/ imports
// neo4j-driver, the viewer imports only model types, ingest stages never touch the database.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noDriver = { name: 'neo4j-driver', message: 'Only src/db imports neo4j-driver.' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/', 'tests/e2e/output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [noDriver] }],
    },
  },
  { files: ['src/db/**', 'tests/**', 'bench/**', 'scripts/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/model/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noDriver], patterns: ['../*', 'node:*'] }] },
  },
  {
    files: ['src/ingest/**'],
    ignores: ['src/ingest/write/**', 'src/ingest/index.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noDriver], patterns: ['**/db/**', '**/server/**', '**/viewer/**', '**/cli/**'] }] },
  },
  {
    files: ['src/viewer/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noDriver], patterns: ['**/db/**', '**/ingest/**', '**/server/**', '**/cli/**', 'node:*'] }] },
  },
);
