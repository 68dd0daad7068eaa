/**
 * vscode-eslint's language server, as vscode-langservers-extracted ships it and as Neovim and Helix
 * start it: over stdio, answering `workspace/configuration` with the settings below (the ones
 * docs/editors.md gives users).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { InitializeResult } from './lsp-client.js';
import { LspClient } from './lsp-client.js';
import { repoRoot } from './packed-plugin.js';
import { binOf } from './run-command.js';

/**
 * Settings the server reads per document. It dereferences `experimental`, `nodePath`, `problems`
 * and `rulesCustomizations` without checking them, and lints nothing unless `validate` is 'on'.
 */
export function eslintServerSettings(root: string): Record<string, unknown> {
  return {
    validate: 'on',
    run: 'onType',
    experimental: {},
    nodePath: null,
    workingDirectory: { mode: 'location' },
    workspaceFolder: { uri: pathToFileURL(root).href, name: path.basename(root) },
    useESLintClass: false,
    options: {},
    quiet: false,
    onIgnoredFiles: 'off',
    rulesCustomizations: [],
    problems: { shortenToSingleLine: false },
    format: false,
    codeActionOnSave: { enable: false, mode: 'all' },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
  };
}

export interface EslintServer {
  readonly client: LspClient;
  readonly initialized: InitializeResult;
  uri(relative: string): string;
}

/** Starts the server in `root` (the workspace folder) and completes the handshake. */
export async function startEslintServer(root: string, settings = eslintServerSettings(root)): Promise<EslintServer> {
  const server = binOf('vscode-langservers-extracted', 'vscode-eslint-language-server', repoRoot);
  const client = new LspClient({
    command: process.execPath,
    args: [server, '--stdio'],
    cwd: root,
    handlers: {
      'workspace/configuration': (params) => (params as { items: unknown[] }).items.map(() => settings),
      'workspace/workspaceFolders': () => [{ uri: pathToFileURL(root).href, name: path.basename(root) }],
      // vscode-eslint's own requests; the VS Code extension shows a notification for each.
      'eslint/noConfig': () => ({}),
      'eslint/noLibrary': () => ({}),
      'eslint/openDoc': () => ({}),
      'eslint/probeFailed': () => ({}),
    },
  });
  try {
    const initialized = await client.initialize(pathToFileURL(root).href, path.basename(root));
    return { client, initialized, uri: (relative) => pathToFileURL(path.join(root, relative)).href };
  } catch (error) {
    await client.shutdown();
    throw error;
  }
}
