/**
 * A small stand-in for oslo.log. Messages are formatted by the caller; the
 * optional context carries the instance (rendered as oslo's "[instance: <uuid>]"
 * prefix) and any extra fields, which are appended as JSON.
 */
import { format } from 'node:util';

export interface LogContext {
  instance?: { uuid: string } | undefined;
  [key: string]: unknown;
}

export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warning(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
  /** Logs at error level with the stack of `context.error`, like LOG.exception. */
  exception(message: string, context?: LogContext): void;
}

type Level = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';

const LEVELS: Record<Level, number> = { DEBUG: 10, INFO: 20, WARNING: 30, ERROR: 40 };

function thresholdFromEnv(): number {
  const wanted = (process.env['NOVA_LOG_LEVEL'] ?? 'INFO').toUpperCase();
  return wanted in LEVELS ? LEVELS[wanted as Level] : LEVELS.INFO;
}

class ConsoleLogger implements Logger {
  constructor(private readonly name: string) {}

  debug(message: string, context?: LogContext): void {
    this.emit('DEBUG', message, context);
  }

  info(message: string, context?: LogContext): void {
    this.emit('INFO', message, context);
  }

  warning(message: string, context?: LogContext): void {
    this.emit('WARNING', message, context);
  }

  error(message: string, context?: LogContext): void {
    this.emit('ERROR', message, context);
  }

  exception(message: string, context?: LogContext): void {
    const error = context?.['error'];
    const trace = error instanceof Error && error.stack ? `\n${error.stack}` : '';
    this.emit('ERROR', message + trace, context);
  }

  private emit(level: Level, message: string, context?: LogContext): void {
    if (LEVELS[level] < thresholdFromEnv()) {
      return;
    }
    const { instance, ...extra } = context ?? {};
    const prefix = instance ? `[instance: ${instance.uuid}] ` : '';
    const fields = Object.keys(extra).length > 0 ? ` ${format('%j', extra)}` : '';
    process.stderr.write(
      `${new Date().toISOString()} ${level} ${this.name} ${prefix}${message}${fields}\n`,
    );
  }
}

export function getLogger(name: string): Logger {
  return new ConsoleLogger(name);
}
