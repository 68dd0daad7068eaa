import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import assert from 'node:assert/strict';

import { callMatcherSchema } from '../../../lib/matching/call-matcher.js';
import { namePatternSchema } from '../../../lib/matching/pattern.js';
import { SHARED_SCHEMA_REF_PREFIX, withSharedSchemas } from '../../../lib/matching/shared-schemas.js';
import plugin from '../../../index.js';

/** The parts of a schema these tests read (JSONSchema4 is a union without them on every member). */
interface Loose {
  readonly properties?: Record<string, Loose>;
  readonly items?: unknown;
  readonly anyOf?: readonly unknown[];
  readonly definitions?: Record<string, unknown>;
}

describe('lib/matching/shared-schemas', () => {
  it('writes each shared schema once, as a definition, and refers to it elsewhere (keeping descriptions)', () => {
    const written = withSharedSchemas({
      type: 'object',
      properties: {
        loggers: { type: 'array', items: callMatcherSchema, description: 'Log calls.' },
        pattern: namePatternSchema,
      },
      additionalProperties: false,
    });
    const properties = (written as Loose).properties ?? {};
    assert.deepEqual(properties.loggers?.items, { $ref: `${SHARED_SCHEMA_REF_PREFIX}callMatcher`, description: callMatcherSchema.description });
    assert.deepEqual(properties.pattern, { $ref: `${SHARED_SCHEMA_REF_PREFIX}namePattern`, description: namePatternSchema.description });
    const definitions = ((written as Loose).definitions ?? {}) as Record<string, Loose>;
    assert.deepEqual(Object.keys(definitions).sort(), ['callMatcher', 'namePattern']);
    // The call matcher refers to the name pattern in turn: ajv compiles it once instead of inlining it at every use.
    assert.deepEqual(definitions.callMatcher?.anyOf?.[0], { $ref: `${SHARED_SCHEMA_REF_PREFIX}namePattern`, description: namePatternSchema.description });
    assert.deepEqual(definitions.namePattern, namePatternSchema);
  });

  it('leaves a schema without shared parts as it was', () => {
    const schema: JSONSchema4 = { type: 'object', properties: { on: { type: 'boolean', description: 'On.' } }, additionalProperties: false };
    assert.deepEqual(withSharedSchemas(schema), schema);
  });

  it('leaves no inline copy of the call-matcher schema in any rule', () => {
    const inline = JSON.stringify(callMatcherSchema.anyOf?.[1]);
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const [options] = rule.meta?.schema as Loose[];
      const { definitions, ...rest } = options ?? {};
      assert.ok(definitions?.callMatcher, `${name}: no callMatcher definition`);
      assert.equal(JSON.stringify(rest).includes(inline), false, `${name}: an inline call matcher`);
    }
  });
});
