// Self-lint: typescript-eslint's strict type-checked rules, eslint-plugin-eslint-plugin on the
// rules and their tests, and the plugin's own recommended config on lib/ and rules/ (dogfood).
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

import ironclad from './dist/index.js';

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'examples/', 'tests/fixtures/', 'scratch/', 'bench/corpus/', 'bench/results/', 'coverage/'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: 'only-allowed-literals' }],
    },
  },
  {
    files: ['rules/**/*.ts'],
    extends: [eslintPlugin.configs.rules],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) .+[^. ]$' }],
      'eslint-plugin/report-message-format': ['error', '^[^a-z].*\\.$'],
      'eslint-plugin/prefer-placeholders': 'error',
      'eslint-plugin/no-property-in-node': 'error',
      'eslint-plugin/require-meta-docs-recommended': 'error',
      'eslint-plugin/require-meta-docs-url': 'off',
    },
  },
  {
    files: ['tests/rules/**/*.ts'],
    extends: [eslintPlugin.configs.tests],
    rules: {
      'eslint-plugin/require-test-error-positions': 'error',
      'eslint-plugin/test-case-property-ordering': 'error',
      'eslint-plugin/test-case-shorthand-strings': 'error',
      'eslint-plugin/unique-test-case-names': 'error',
    },
  },
  {
    files: ['lib/**/*.ts', 'rules/**/*.ts'],
    extends: [ironclad.configs['recommended-type-checked']],
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
