/**
 * A Language Server Protocol client over stdio: the part of an editor that talks to a language
 * server. It frames JSON-RPC messages, answers the server's requests from a handler table, keeps
 * document versions, and pulls diagnostics (LSP 3.17 `textDocument/diagnostic`).
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;

export interface Diagnostic {
  readonly range: Range;
  readonly severity?: number;
  readonly code?: number | string;
  readonly codeDescription?: { readonly href: string };
  readonly source?: string;
  readonly message: string;
}

interface FullDocumentDiagnosticReport {
  readonly kind: 'full';
  readonly items: readonly Diagnostic[];
}

interface UnchangedDocumentDiagnosticReport {
  readonly kind: 'unchanged';
  readonly resultId: string;
}

type DocumentDiagnosticReport = FullDocumentDiagnosticReport | UnchangedDocumentDiagnosticReport;

export interface InitializeResult {
  readonly capabilities: Readonly<Record<string, unknown>>;
  readonly serverInfo?: { readonly name: string; readonly version?: string };
}

interface ResponseError {
  readonly code: number;
  readonly message: string;
}

interface Message {
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: ResponseError;
}

/** Answers one kind of request that the server sends to the client. */
export type RequestHandler = (params: unknown) => unknown;

export interface LspClientOptions {
  /** The executable and its arguments; the server must speak LSP on stdin/stdout. */
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Server-to-client requests this client answers, by method, on top of the generic ones. */
  readonly handlers?: Readonly<Record<string, RequestHandler>>;
  /** How long one request may wait for its answer. */
  readonly requestTimeoutMs?: number;
}

const METHOD_NOT_FOUND = -32601;
const HEADER_SEPARATOR = '\r\n\r\n';

/** Requests every editor answers without ceremony: registrations, progress tokens, refreshes. */
const GENERIC_HANDLERS: Readonly<Record<string, RequestHandler>> = {
  'client/registerCapability': () => null,
  'client/unregisterCapability': () => null,
  'window/workDoneProgress/create': () => null,
  'window/showMessageRequest': () => null,
  'workspace/diagnostic/refresh': () => null,
};

interface PendingRequest {
  readonly method: string;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export class LspClient {
  /** What the server said on the side (stderr, log messages, unanswered requests), for failure reports. */
  readonly transcript: string[] = [];
  readonly exited: Promise<number | null>;

  readonly #child: ChildProcessWithoutNullStreams;
  readonly #handlers: Readonly<Record<string, RequestHandler>>;
  readonly #requestTimeoutMs: number;
  readonly #pending = new Map<number, PendingRequest>();
  readonly #versions = new Map<string, number>();
  #buffer = Buffer.alloc(0);
  #nextId = 1;

  constructor(options: LspClientOptions) {
    this.#handlers = { ...GENERIC_HANDLERS, ...options.handlers };
    this.#requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
    this.#child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'pipe' });
    this.#child.stdout.on('data', (chunk: Buffer) => {
      this.#receive(chunk);
    });
    this.#child.stderr.on('data', (chunk: Buffer) => this.transcript.push(`stderr: ${chunk.toString('utf8')}`));
    this.exited = new Promise((resolve) => {
      this.#child.on('exit', (code, signal) => {
        this.transcript.push(`exit: code ${String(code)}, signal ${String(signal)}`);
        for (const [id, pending] of this.#pending) {
          clearTimeout(pending.timer);
          pending.reject(new Error(`The server exited (code ${String(code)}) before answering ${pending.method}.`));
          this.#pending.delete(id);
        }
        resolve(code);
      });
    });
  }

  /** `initialize`, then `initialized`: the handshake that must come before anything else. */
  async initialize(rootUri: string, name: string): Promise<InitializeResult> {
    const result = (await this.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'ironclad-integration-tests' },
      rootUri,
      workspaceFolders: [{ uri: rootUri, name }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
        },
        window: { workDoneProgress: true },
      },
    })) as InitializeResult;
    this.notify('initialized', {});
    return result;
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${method}: no answer within ${String(this.#requestTimeoutMs)} ms.\n${this.transcript.join('\n')}`));
      }, this.#requestTimeoutMs);
      this.#pending.set(id, { method, resolve, reject, timer });
      this.#send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.#send({ method, params });
  }

  openDocument(uri: string, languageId: string, text: string): void {
    this.#versions.set(uri, 1);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole buffer, as an editor does for every keystroke when it syncs full documents. */
  changeDocument(uri: string, text: string): void {
    const version = (this.#versions.get(uri) ?? 0) + 1;
    this.#versions.set(uri, version);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  closeDocument(uri: string): void {
    this.#versions.delete(uri);
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** One `textDocument/diagnostic` request: the document's current diagnostics. */
  async pullDiagnostics(uri: string): Promise<readonly Diagnostic[]> {
    const report = (await this.request('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
    if (report.kind !== 'full') throw new Error(`Expected a full diagnostic report for ${uri}, got "${report.kind}".`);
    return report.items;
  }

  /**
   * Pulls until `accept` holds: a server answers an empty report while it is still loading its
   * library and settings, as an editor sees at startup.
   */
  async pullDiagnosticsUntil(
    uri: string,
    accept: (items: readonly Diagnostic[]) => boolean,
    { timeoutMs = 30_000, intervalMs = 250 } = {},
  ): Promise<readonly Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const items = await this.pullDiagnostics(uri);
      if (accept(items) || Date.now() > deadline) return items;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }

  /** `shutdown`, then `exit`; kills the server if it does not leave on its own. */
  async shutdown(): Promise<void> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) {
      try {
        await this.request('shutdown', null);
        this.notify('exit', null);
      } catch {
        // Already gone or unresponsive: the kill below settles it.
      }
    }
    const killer = setTimeout(() => this.#child.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(killer);
  }

  #send(message: Message): void {
    if (!this.#child.stdin.writable) return;
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.#child.stdin.write(`Content-Length: ${String(body.length)}${HEADER_SEPARATOR}`);
    this.#child.stdin.write(body);
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf(HEADER_SEPARATOR);
      if (headerEnd === -1) return;
      const header = this.#buffer.subarray(0, headerEnd).toString('ascii');
      const length = /^content-length: *(\d+)$/im.exec(header)?.[1];
      if (length === undefined) throw new Error(`A message header without Content-Length: ${header}`);
      const bodyStart = headerEnd + HEADER_SEPARATOR.length;
      const bodyEnd = bodyStart + Number(length);
      if (this.#buffer.length < bodyEnd) return;
      const message = JSON.parse(this.#buffer.subarray(bodyStart, bodyEnd).toString('utf8')) as Message;
      this.#buffer = this.#buffer.subarray(bodyEnd);
      this.#dispatch(message);
    }
  }

  #dispatch(message: Message): void {
    if (message.method === undefined) {
      this.#settle(message);
      return;
    }
    if (message.id !== undefined) {
      this.#answer(message.id, message.method, message.params);
      return;
    }
    if (message.method === 'window/logMessage' || message.method === 'window/showMessage') {
      this.transcript.push(`${message.method}: ${(message.params as { message: string }).message}`);
    }
  }

  #settle(response: Message): void {
    if (typeof response.id !== 'number') return;
    const pending = this.#pending.get(response.id);
    if (!pending) return;
    this.#pending.delete(response.id);
    clearTimeout(pending.timer);
    if (response.error) pending.reject(new Error(`${pending.method} failed: ${response.error.message} (${String(response.error.code)})`));
    else pending.resolve(response.result);
  }

  #answer(id: number | string, method: string, params: unknown): void {
    const handler = this.#handlers[method];
    if (!handler) {
      this.transcript.push(`unanswered request: ${method}`);
      this.#send({ id, error: { code: METHOD_NOT_FOUND, message: `No handler for ${method}` } });
      return;
    }
    this.#send({ id, result: handler(params) ?? null });
  }
}
