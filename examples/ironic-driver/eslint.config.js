import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import ironclad from 'eslint-plugin-ironclad';

export default defineConfig({
  files: ['src/**/*.ts'],
  extends: [ironclad.configs['recommended-type-checked']],
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
  },
});
