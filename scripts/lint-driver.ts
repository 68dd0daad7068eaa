/**
 * Lints the example driver with the plugin from source (not dist/), with any of the configs —
 * what the expectation test and the recorder use.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import plugin from '../index.js';
import type { DriverConfig, Finding } from './driver-findings.js';
import { driverRoot, findingsOf } from './driver-findings.js';

export async function lintDriverWithSource(config: DriverConfig): Promise<Finding[]> {
  const typed = config !== 'recommended';
  const eslint = new ESLint({
    cwd: driverRoot,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['src/**/*.ts'], ...plugin.configs[config] },
      {
        files: ['src/**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: typed ? { projectService: true, tsconfigRootDir: driverRoot } : {},
        },
      },
    ],
  });
  return findingsOf(await eslint.lintFiles(['src/**/*.ts']));
}
