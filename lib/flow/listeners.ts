/**
 * Rule listener maps built from several parts (an engine's and a rule's own).
 */

/** A listener of any kind: node listeners take a node, code path listeners take more. */
export type Listener = (...args: never[]) => void;

export type ListenerMap = Record<string, Listener>;

/** Merges listener maps; for a shared key, the earlier map's function runs first. */
export function mergeListeners(...maps: readonly ListenerMap[]): ListenerMap {
  const merged: ListenerMap = {};
  for (const map of maps) {
    for (const [key, listener] of Object.entries(map)) {
      const existing = merged[key];
      merged[key] = existing
        ? (...args: never[]) => {
            existing(...args);
            listener(...args);
          }
        : listener;
    }
  }
  return merged;
}
