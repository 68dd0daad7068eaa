/**
 * Polling helpers after oslo_service.loopingcall. A poll function ends the loop
 * by throwing LoopingCallDone (optionally carrying a return value); any other
 * error ends the loop and rejects.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export class LoopingCallDone extends Error {
  constructor(readonly retvalue?: unknown) {
    super('LoopingCallDone');
    this.name = 'LoopingCallDone';
  }
}

export class LoopingCallTimeOut extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoopingCallTimeOut';
  }
}

/** Calls `poll` every `interval` seconds (the first call is immediate). */
export async function fixedIntervalLoopingCall<T = void>(
  poll: () => void | Promise<void>,
  interval: number,
): Promise<T> {
  for (;;) {
    const started = Date.now();
    try {
      await poll();
    } catch (e) {
      if (e instanceof LoopingCallDone) {
        return e.retvalue as T;
      }
      throw e;
    }
    const elapsed = (Date.now() - started) / 1000;
    await sleep(Math.max(interval - elapsed, 0) * 1000);
  }
}

export interface BackOffOptions {
  /** Seconds before the first retry. */
  startingInterval: number;
  /** Total seconds of sleeping after which the loop gives up. */
  timeout: number;
  /** Mean of the random factor applied when backing off. */
  jitter: number;
  maxInterval?: number;
}

/**
 * Calls `poll` until it throws LoopingCallDone. When `poll` returns false the
 * interval grows (by roughly 2 * jitter); when it returns true the next call is
 * immediate. Rejects with LoopingCallTimeOut once `timeout` seconds were spent.
 */
export async function backOffLoopingCall<T>(
  poll: () => boolean | Promise<boolean>,
  options: BackOffOptions,
): Promise<T> {
  const maxInterval = options.maxInterval ?? 300;
  let interval = options.startingInterval;
  let slept = 0;
  for (;;) {
    let keepGoing: boolean;
    try {
      keepGoing = await poll();
    } catch (e) {
      if (e instanceof LoopingCallDone) {
        return e.retvalue as T;
      }
      throw e;
    }
    let idle = 0;
    if (keepGoing) {
      interval = options.startingInterval;
    } else {
      idle = Math.min(interval * 2 * (options.jitter + Math.random() * 0.2 - 0.1), maxInterval);
      interval = Math.max(idle, options.startingInterval);
    }
    if (slept + idle > options.timeout) {
      throw new LoopingCallTimeOut(`Looping call timed out after ${slept.toFixed(2)} seconds`);
    }
    slept += idle;
    await sleep(idle * 1000);
  }
}
