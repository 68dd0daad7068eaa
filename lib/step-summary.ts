/**
 * Step summaries: the path a value took, shortened for a message. Steps are merged where the
 * same one repeats; a long path keeps its first steps and its last two and counts the rest.
 */

/** How many steps a summary names before it shortens the middle of a long path. */
export const MAX_STEPS_SHOWN = 6;

/**
 * A path's steps in the order the value took them, consecutive repeats merged: all of them
 * (`first`) when at most {@link MAX_STEPS_SHOWN}, else the first three, how many are left out,
 * and the last two (`last`).
 */
export interface StepSummary {
  readonly first: readonly string[];
  readonly omitted: number;
  readonly last: readonly string[];
}

/** The summary of steps listed from the sink back to the source. */
export function summariseSteps(stepsFromSink: readonly string[]): StepSummary {
  const runs: string[] = [];
  for (let i = stepsFromSink.length - 1; i >= 0; i--) {
    const step = stepsFromSink[i] as string;
    if (runs[runs.length - 1] !== step) runs.push(step);
  }
  if (runs.length <= MAX_STEPS_SHOWN) return { first: runs, omitted: 0, last: [] };
  return { first: runs.slice(0, MAX_STEPS_SHOWN - 3), omitted: runs.length - (MAX_STEPS_SHOWN - 1), last: runs.slice(-2) };
}
