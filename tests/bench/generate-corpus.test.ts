import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import ts from 'typescript';

import { countLines, digest, generateCorpus } from '../../bench/generate-corpus.js';
import { roundOrder } from '../../bench/measure.js';
import { PATHOLOGICAL_SHAPES } from '../../bench/pathological.js';

function syntaxErrors(fileName: string, text: string): string[] {
  const output = ts.transpileModule(text, { fileName, reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  return (output.diagnostics ?? []).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

function maxDepth(text: string): number {
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.ES2022, true);
  let deepest = 0;
  const visit = (node: ts.Node, depth: number): void => {
    deepest = Math.max(deepest, depth);
    ts.forEachChild(node, (child) => {
      visit(child, depth + 1);
    });
  };
  visit(source, 0);
  return deepest;
}

describe('bench/generate-corpus', () => {
  it('generates the same files for the same seed, and other files for another seed', () => {
    const a = generateCorpus({ seed: 1, lines: 3000 });
    const b = generateCorpus({ seed: 1, lines: 3000 });
    const c = generateCorpus({ seed: 2, lines: 3000 });
    assert.deepEqual(a, b);
    assert.equal(digest(a), digest(b));
    assert.notEqual(digest(a), digest(c));
  });

  it('reaches the requested size within one file of it, and counts its lines truly', () => {
    const corpus = generateCorpus({ seed: 3, lines: 5000 });
    const counted = corpus.files.reduce((sum, file) => sum + countLines(file.text), 0);
    assert.equal(corpus.lines, counted);
    assert.ok(corpus.lines >= 5000 && corpus.lines < 5500, String(corpus.lines));
    assert.ok(corpus.files.some((file) => file.path === 'tsconfig.json'));
  });

  it('writes syntactically valid TypeScript with the driver vocabulary', () => {
    const corpus = generateCorpus({ seed: 4, lines: 2000 });
    const sources = corpus.files.filter((file) => file.path.endsWith('.ts'));
    for (const file of sources) assert.deepEqual(syntaxErrors(file.path, file.text), [], file.path);
    const all = sources.map((file) => file.text).join('\n');
    for (const needle of ['LOG.debug(', 'await this.client.', 'try {', 'catch (error)', 'continue;', 'break;', 'switch (', 'Password']) {
      assert.ok(all.includes(needle), needle);
    }
  });
});

describe('bench/pathological', () => {
  for (const shape of PATHOLOGICAL_SHAPES) {
    it(`${shape.name}: doubles its length at a fixed nesting depth`, () => {
      const [small, large] = [shape.sizes[0] ?? 1, (shape.sizes[0] ?? 1) * 2];
      const smallText = shape.render(small);
      const largeText = shape.render(large);
      assert.deepEqual(syntaxErrors(`${shape.name}.ts`, largeText), []);
      const ratio = countLines(largeText) / countLines(smallText);
      assert.ok(ratio > 1.8 && ratio < 2.1, `${shape.name}: ${String(ratio)}`);
      assert.equal(maxDepth(largeText), maxDepth(smallText));
      assert.deepEqual(
        shape.sizes.slice(1).map((size, index) => size / (shape.sizes[index] ?? 1)),
        shape.sizes.slice(1).map(() => 2),
      );
    });
  }
});

describe('bench/measure roundOrder', () => {
  it('alternates two variants A B, B A and puts every variant in every position', () => {
    assert.deepEqual([0, 1, 2, 3].map((round) => roundOrder(['A', 'B'], round).join('')), ['AB', 'BA', 'BA', 'AB']);
    const positions = new Map<string, Set<number>>();
    for (let round = 0; round < 6; round++) {
      roundOrder(['A', 'B', 'C'], round).forEach((variant, index) => {
        const seen = positions.get(variant) ?? new Set<number>();
        seen.add(index);
        positions.set(variant, seen);
      });
    }
    for (const seen of positions.values()) assert.equal(seen.size, 3);
  });
});
