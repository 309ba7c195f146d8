// ESLint flat config: typescript-eslint recommended rules, Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'graph-data/', 'bench/results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'tests/renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The pipeline and graph code must run under plain Node (CLI, tests, worker): no Electron.
    files: [
      'electron/pipeline/**/*.ts',
      'electron/graph/**/*.ts',
      'electron/cli/**/*.ts',
      'electron/server/**/*.ts',
      'electron/session/**/*.ts',
      'electron/worker/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Keep this module Electron-free.' }] },
      ],
    },
  },
  {
    // ipcMain/ipcRenderer only behind the typed contract helpers.
    files: ['**/*.ts'],
    ignores: ['electron/ipc/**/*.ts', 'electron/preload.ts', 'tests/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportSpecifier[imported.name=/^ipc(Main|Renderer)$/]',
          message: 'Use the typed IPC helpers in electron/ipc/ instead of ipcMain/ipcRenderer.',
        },
      ],
    },
  },
);
