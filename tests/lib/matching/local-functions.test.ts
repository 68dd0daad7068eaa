import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import dedent from 'dedent';
import assert from 'node:assert/strict';

import { localCallee } from '../../../lib/matching/local-functions.js';
import { parse } from '../helpers.js';

describe('lib/matching/local-functions', () => {
  describe('localCallee', () => {
    it('finds declared functions, const functions, methods called on this, static methods and literal methods', () => {
      const parsed = parse(dedent`
        function declared(v) {}
        const arrow = (v) => v;
        let reassigned = (v) => v;
        class K {
          method(v) {}
          field = (v) => v;
          run() { this.method(1); this.field(2); this.missing(3); }
        }
        class S {
          static make(v) {}
        }
        const service = { log(v) {}, other: 1 };
        declared(1); arrow(2); reassigned(3); unknown(4); S.make(5); service.log(6);
      `);
      const found = (callee: string): string | null => {
        const target = localCallee(parsed.call(callee), parsed.resolver);
        return target ? target.type : null;
      };
      assert.equal(found('declared'), AST_NODE_TYPES.FunctionDeclaration);
      assert.equal(found('arrow'), AST_NODE_TYPES.ArrowFunctionExpression);
      assert.equal(found('reassigned'), null);
      assert.equal(found('unknown'), null);
      assert.equal(found('this.method'), AST_NODE_TYPES.FunctionExpression);
      assert.equal(found('this.field'), AST_NODE_TYPES.ArrowFunctionExpression);
      assert.equal(found('this.missing'), null);
      // A static method of a class of this file, a method of an object literal a const holds.
      assert.equal(found('S.make'), AST_NODE_TYPES.FunctionExpression);
      assert.equal(found('service.log'), AST_NODE_TYPES.FunctionExpression);
    });
  });
});
