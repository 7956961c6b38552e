// ESLint over the packages, scripts and examples (`pnpm lint`). Syntax-level rules only: the type
// checker already runs in `pnpm typecheck`, and type-aware linting would double its time on 2 cores.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/data/**',
      '**/.wtr-cache/**',
      '**/.docs-snippets/**',
      '**/.bundled/**',
      'examples/react-host/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Unused names fail `tsc` (noUnusedLocals, noUnusedParameters); `_`-prefixed ones are meant.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'prefer-const': ['error', { destructuring: 'all' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['packages/element/src/**/*.ts', 'packages/server/admin-ui/src/**/*.ts', 'packages/element/test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/element/src/**/*.ts', 'packages/server/admin-ui/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    // Tests and scripts: chai's expression assertions and test-only casts are idiomatic there.
    files: ['**/test/**/*.ts', 'scripts/**', 'examples/**'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
