/**
 * The printed report: one table per section, ratios as percentages with their 95% intervals,
 * and the budgets with what held and what did not.
 */
import type { Results } from './run.js';
import type { Interval } from './stats.js';
import { SCALING_MIN_MS } from './analysis.js';

/** `+21.3% [+18.0, +25.1]`: a ratio as a change, with its interval. */
export function formatChange(interval: Interval): string {
  if (!Number.isFinite(interval.median)) return 'n/a';
  const pct = (ratio: number): string => `${ratio >= 1 ? '+' : '−'}${Math.abs((ratio - 1) * 100).toFixed(1)}%`;
  return `${pct(interval.median)} [${pct(interval.low)}, ${pct(interval.high)}]`;
}

/** `1.98x [1.91, 2.05]`. */
export function formatRatio(interval: Interval): string {
  if (!Number.isFinite(interval.median)) return 'n/a';
  return `${interval.median.toFixed(2)}x [${interval.low.toFixed(2)}, ${interval.high.toFixed(2)}]`;
}

function seconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a';
}

function milliseconds(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (rightAligned.includes(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function formatReport(results: Results): string {
  const out: string[] = [];
  const { meta } = results;
  out.push(
    `eslint-plugin-ironclad benchmark (${meta.mode}, ${String(meta.rounds)} rounds, seed ${String(meta.seed)}) — ${meta.date}`,
    `node ${meta.node}, ${String(meta.cpus)} CPUs (${meta.cpuModel}), load ${meta.loadAverage.join(' ')}; ` +
      Object.entries(meta.versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', ') +
      `; commit ${meta.commit}`,
    `time = CPU time of the lint in a fresh process; figures are medians of per-round ratios [95% bootstrap interval]`,
    `rules: recommended = ${results.rules.untyped.join(', ') || '(none)'}; recommended-type-checked = ${results.rules.typed.join(', ') || '(none)'}`,
    '',
  );

  if (results.targets.length > 0) {
    out.push(
      'Corpora',
      table(
        ['target', 'kind', 'files', 'lines'],
        results.targets.map((target) => [target.name, target.kind, String(target.files), target.lines.toLocaleString('en-US')]),
        [2, 3],
      ),
      '',
    );
  }

  if (results.untyped.length > 0) {
    out.push(
      'Untyped: TypeScript parser, no rules (baseline) vs. ironclad recommended; on the largest corpus also vs. one core rule (what enabling any rule costs)',
      table(
        ['target', 'baseline', 'variant', 'baseline cpu', 'variant cpu', 'time', 'wall time', 'peak RSS', 'RSS (MiB)'],
        results.untyped.map((c) => [
          c.target,
          c.baseline,
          c.variant,
          seconds(c.baselineCpuMs),
          seconds(c.variantCpuMs),
          formatChange(c.time),
          formatChange(c.wall),
          formatChange(c.rss),
          `${c.baselineRssMb.toFixed(0)} → ${c.variantRssMb.toFixed(0)}`,
        ]),
        [3, 4],
      ),
      '',
    );
  }

  if (results.typed.length > 0) {
    out.push(
      'Typed: projectService (tsconfig of the target)',
      table(
        ['target', 'baseline', 'variant', 'baseline cpu', 'variant cpu', 'time', 'wall time', 'peak RSS'],
        results.typed.map((c) => [c.target, c.baseline, c.variant, seconds(c.baselineCpuMs), seconds(c.variantCpuMs), formatChange(c.time), formatChange(c.wall), formatChange(c.rss)]),
        [3, 4],
      ),
      '',
    );
  }

  for (const cost of results.ruleCosts) {
    const timing = results.timing.find((figures) => figures.target === cost.target && figures.mode === 'typed');
    const timingOf = (rule: string): string => (timing ? milliseconds(timing.rules[rule] ?? Number.NaN) : 'n/a');
    out.push(
      `Own cost of each rule, typed (${cost.target}): marginal time over the baseline, and over no-floating-promises' own`,
      table(
        ['rule', 'own time (ms)', 'of the baseline', 'vs. no-floating-promises own', 'TIMING ms (info)'],
        [
          ['@typescript-eslint/no-floating-promises', milliseconds(cost.noFloatingPromises.ms), `${formatChange(cost.noFloatingPromises.ratio)} over no rules`, '1 (reference)', timingOf('@typescript-eslint/no-floating-promises')],
          ...cost.rules.map((rule) => [rule.rule, milliseconds(rule.marginalMs), formatChange(rule.marginal), formatRatio(rule.versusNoFloatingPromises), timingOf(rule.rule)]),
        ],
        [1],
      ),
      '',
    );
  }

  for (const figures of results.timing) {
    if (figures.mode === 'typed' && results.ruleCosts.some((cost) => cost.target === figures.target)) continue;
    out.push(
      `ESLint TIMING (${figures.mode}, ${figures.target}, median of ${String(figures.runs)} runs; informational)`,
      table(['rule', 'ms'], [['(parse)', milliseconds(figures.parseMs)], ...Object.entries(figures.rules).map(([rule, ms]) => [rule, milliseconds(ms)])], [1]),
      '',
    );
  }

  if (results.scaling.length > 0) {
    const sizesHeader = 'time (ms) at each size';
    out.push(
      'Scaling: one function doubling in length at fixed depth; time ratio per doubling (budget ≤ 2.2x)',
      table(
        ['shape', 'subject', 'sizes', sizesHeader, 'doublings'],
        results.scaling.map((row) => [
          `${row.shape} (${row.engines.join(', ')})`,
          row.subject,
          `${row.sizes.join('/')} ${row.unit}`,
          row.sizes.map((size, index) => (row.notRun.includes(size) ? '–' : milliseconds(row.medianMs[index] ?? Number.NaN))).join(' / '),
          row.doublings
            .map((interval, index) => {
              if (row.notRun.includes(row.sizes[index + 1] ?? 0)) return 'not run';
              return row.measurable[index] === true || !row.budgeted ? formatRatio(interval) : `(${interval.median.toFixed(2)}x)`;
            })
            .join('  '),
        ]),
      ),
      `(ratios in parentheses: below ${String(SCALING_MIN_MS)} ms, noise rather than a measurement; not run: predicted from the growth so far to take over the cap)`,
      '',
    );
  }

  if (results.budgets.length > 0) {
    const interesting = results.budgets.filter((item) => item.holds !== null || !item.id.startsWith('doubling/'));
    out.push(
      'Budgets (the upper end of the 95% interval must be within the limit)',
      table(
        ['', 'budget', 'limit', 'median', 'upper 95%', 'measured on'],
        interesting.map((item) => [
          item.holds === null ? '·' : item.holds ? 'ok' : 'BROKEN',
          item.description,
          `${item.limit.toFixed(2)}x`,
          Number.isFinite(item.median) ? `${item.median.toFixed(2)}x` : 'n/a',
          Number.isFinite(item.high) ? `${item.high.toFixed(2)}x` : 'n/a',
          item.where,
        ]),
        [2, 3, 4],
      ),
    );
    const broken = results.budgets.filter((item) => item.holds === false).length;
    const skipped = results.budgets.filter((item) => item.holds === null).length;
    out.push(`${String(broken)} broken, ${String(results.budgets.length - broken - skipped)} held, ${String(skipped)} not measurable (below the noise floor or not run).`);
  }
  for (const failure of meta.failures) out.push('', `FAILED: ${failure.section}: ${failure.message}`);
  const minutes = (total: number): string => `${String(Math.floor(total / 60))} min ${String(total % 60)} s`;
  out.push(
    '',
    `Total run time: ${minutes(meta.durationSeconds)} (load average at the end ${meta.loadAverage.join(' ')}).`,
    `CPU time of its ${String(meta.childProcesses)} child processes: ${minutes(meta.childCpuSeconds)}; comparisons lane ${minutes(meta.childCpuSecondsByLane.comparisons)}, ` +
      `scaling and TIMING lane ${minutes(meta.childCpuSecondsByLane.within)} (${meta.lanes === 2 ? 'on an idle 2-core machine the run takes about the larger' : 'one lane: on an idle machine the run takes about their sum'}).`,
  );
  return `${out.join('\n')}\n`;
}
