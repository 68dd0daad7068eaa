/**
 * The files of the fixture project every integration suite lints: a TypeScript project set up
 * for typed linting exactly as docs/editors.md, docs/pre-commit.md and docs/ci.md tell users to.
 */
import { composeDriver, FIXTURE_TYPES } from './rule-expectations.js';

export const PACKAGE_JSON = `${JSON.stringify({ name: 'ironclad-fixture', private: true, type: 'module' }, null, 2)}\n`;

export const TSCONFIG_JSON = `${JSON.stringify(
  {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    include: ['src'],
  },
  null,
  2,
)}\n`;

/** The typed setup: `recommended-type-checked` with the project service. */
export const ESLINT_CONFIG = `import ironclad from 'eslint-plugin-ironclad';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['generated/'] },
  {
    files: ['**/*.ts'],
    extends: [ironclad.configs['recommended-type-checked']],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
);
`;

/** The whole project with the findings of rule-expectations.ts in src/driver.ts. */
export function typedProjectFiles(): Record<string, string> {
  return {
    'package.json': PACKAGE_JSON,
    'tsconfig.json': TSCONFIG_JSON,
    'eslint.config.js': ESLINT_CONFIG,
    'src/types.ts': FIXTURE_TYPES,
    'src/driver.ts': composeDriver().text,
  };
}
