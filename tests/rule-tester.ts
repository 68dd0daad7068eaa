/**
 * RuleTester factories: plain (TypeScript parser, no program) and typed (projectService over
 * tests/fixtures, whose tsconfig includes an empty file.ts that every typed case is linted as).
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import path from 'node:path';

export const fixturesDir = path.join(import.meta.dirname, 'fixtures');

export function createRuleTester(): RuleTester {
  return new RuleTester();
}

export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: fixturesDir,
      },
    },
  });
}

/** The file name typed cases are linted as. */
export const typedFilename = path.join(fixturesDir, 'file.ts');
