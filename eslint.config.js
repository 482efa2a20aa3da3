import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layering (ARCHITECTURE.md): core ← contract ← services ← main | browser-host | cli; the renderer uses
// core and *types* of the contract only. Enforced here so it stays true.
const nodeBuiltins = { group: ['node:*'], message: 'core and contract are pure: no Node built-ins.' };
const electronOnly = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
};
const upper = (layers, message) => ({ group: layers.map((l) => `**/${l}/**`), message });

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.prof/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnly,
            { name: 'better-sqlite3', message: 'core is pure.' },
            { name: 'docx', message: 'core is pure.' },
            { name: 'pdfmake', message: 'core is pure.' },
          ],
          patterns: [
            nodeBuiltins,
            upper(
              ['contract', 'services', 'main', 'preload', 'browser-host', 'cli', 'renderer'],
              'core imports nothing above it.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            nodeBuiltins,
            upper(
              ['services', 'main', 'preload', 'browser-host', 'cli', 'renderer'],
              'contract imports only core.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            upper(
              ['main', 'preload', 'browser-host', 'cli', 'renderer'],
              'services never import their hosts.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/browser-host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [upper(['main', 'preload', 'renderer'], 'Hosts do not import each other.')],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            nodeBuiltins,
            upper(
              ['services', 'main', 'preload', 'browser-host', 'cli'],
              'The renderer reaches services only through the API client.',
            ),
            {
              group: ['**/electron/contract/**'],
              allowTypeImports: true,
              message: 'The renderer imports only types from the contract.',
            },
          ],
        },
      ],
    },
  },
);
