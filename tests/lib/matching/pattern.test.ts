import assert from 'node:assert/strict';

import type { SchemaNode } from '../../../lib/matching/schema-check.js';
import { compilePattern, namePatternSchema } from '../../../lib/matching/pattern.js';
import { checkSchema } from '../../../lib/matching/schema-check.js';

/** Whether `pattern` matches the dotted path `path`. */
function matches(pattern: string, path: string): boolean {
  return compilePattern(pattern)(path.split('.'));
}

function assertMatches(pattern: string, matching: readonly string[], notMatching: readonly string[]): void {
  for (const path of matching) assert.equal(matches(pattern, path), true, `${pattern} should match ${path}`);
  for (const path of notMatching) assert.equal(matches(pattern, path), false, `${pattern} should not match ${path}`);
}

describe('lib/matching/pattern', () => {
  describe('literal segments', () => {
    it('matches the whole path, segment by segment', () => {
      assertMatches('console.log', ['console.log'], ['console', 'console.log.x', 'x.console.log', 'console.logger']);
    });

    it('is case-sensitive', () => {
      assertMatches('LOG.debug', ['LOG.debug'], ['log.debug', 'LOG.Debug', 'Log.debug']);
    });
  });

  describe('`*`', () => {
    it('is exactly one segment', () => {
      assertMatches('LOG.*', ['LOG.debug', 'LOG.info', 'LOG.child()'], ['LOG', 'LOG.a.b', 'log.debug']);
      assertMatches('*.setNodePowerState', ['ironic.setNodePowerState'], ['setNodePowerState', 'a.b.setNodePowerState']);
      assertMatches('this.*.getNode', ['this.ironic.getNode'], ['this.getNode', 'this.a.b.getNode']);
    });

    it('matches a call segment', () => {
      assertMatches('*.info', ['getLogger().info'], []);
    });
  });

  describe('`**`', () => {
    it('is any number of segments, including none', () => {
      assertMatches(
        'conn.**.getNode',
        ['conn.getNode', 'conn.baremetal.getNode', 'conn.a.b.c.getNode'],
        ['getNode', 'conn.getNode.x', 'x.conn.getNode', 'conn.getNodes'],
      );
    });

    it('at the end matches the root itself and everything under it', () => {
      assertMatches('this.ironic.**', ['this.ironic', 'this.ironic.getNode', 'this.ironic.node.get'], ['this.ironicClient.x', 'this']);
    });

    it('at the start matches any prefix', () => {
      assertMatches('**.setNodePowerState', ['setNodePowerState', 'a.setNodePowerState', 'a.b.setNodePowerState'], [
        'setNodePowerState.x',
      ]);
    });

    it('alone matches every path', () => {
      assertMatches('**', ['a', 'a.b.c'], []);
    });

    it('can appear more than once', () => {
      assertMatches('a.**.b.**.c', ['a.b.c', 'a.x.b.y.z.c', 'a.b.b.c'], ['a.c', 'a.b', 'b.c']);
    });

    it('combines with `*`', () => {
      assertMatches('**.*.get', ['node.get', 'a.b.node.get'], ['get']);
    });
  });

  describe('globs inside a segment', () => {
    it('`*Client` is a suffix', () => {
      assertMatches('this.*Client.*', ['this.ironicClient.getNode', 'this.Client.getNode'], ['this.clientRegistry.get', 'this.ironicclient.get']);
    });

    it('`get*` is a prefix', () => {
      assertMatches('api.get*', ['api.get', 'api.getNode', 'api.getLogger()'], ['api.fetchNode', 'api.Get']);
    });

    it('`a*b*c` needs the parts in order', () => {
      assertMatches('a*b*c', ['abc', 'aXbYc', 'abbc', 'acbc', 'abcbc'], ['ac', 'acb', 'bac', 'abcx', 'xabc']);
    });

    it('does not let the parts overlap', () => {
      assertMatches('a*a', ['aa', 'aba'], ['a']);
      assertMatches('ab*ba', ['abba', 'abXba'], ['aba']);
    });
  });

  describe('call segments', () => {
    it('match the call result written `name()`', () => {
      assertMatches('getLogger().info', ['getLogger().info'], ['getLogger.info', 'getLogger().debug']);
      assertMatches('winston.createLogger().*', ['winston.createLogger().info'], ['winston.createLogger.info']);
    });
  });

  describe('regular expressions', () => {
    it('are tested against the dotted path', () => {
      assertMatches('/^LOG\\./', ['LOG.debug', 'LOG.a.b'], ['xLOG.debug', 'LOG']);
      assertMatches('/\\.getNode$/', ['this.ironic.getNode'], ['getNode', 'this.ironic.getNodes']);
    });

    it('honour their flags', () => {
      assertMatches('/^log\\./i', ['LOG.debug', 'log.debug'], ['catalog.debug']);
    });

    it('give the same answer every time, even with the g or y flag', () => {
      for (const pattern of ['/LOG/g', '/LOG/y', '/LOG/gy']) {
        const compiled = compilePattern(pattern);
        assert.equal(compiled(['LOG', 'debug']), true, pattern);
        assert.equal(compiled(['LOG', 'debug']), true, pattern);
        assert.equal(compiled(['LOG', 'info']), true, pattern);
      }
    });

    it('may contain slashes and dots', () => {
      assertMatches('/^a\\/b\\.c$/', ['a/b.c'], ['a/b.d']);
    });
  });

  describe('malformed patterns', () => {
    const malformed: readonly (readonly [string, RegExp])[] = [
      ['', /^Invalid name pattern "": segments must be separated by single dots\.$/u],
      ['.info', /^Invalid name pattern "\.info": segments must be separated by single dots\.$/u],
      ['LOG.', /^Invalid name pattern "LOG\.": segments must be separated by single dots\.$/u],
      ['LOG..info', /^Invalid name pattern "LOG\.\.info": segments must be separated by single dots\.$/u],
      ['/(unclosed/', /^Invalid regular expression in name pattern "\/\(unclosed\/": .*unclosed/u],
      ['/x/q', /^Invalid regular expression in name pattern "\/x\/q": .*flags/iu],
      ['/x/gg', /^Invalid regular expression in name pattern "\/x\/gg": .*flags/iu],
      ['/', /^Invalid name pattern "\/": a pattern starting with "\/" is a regular expression, written \/source\/flags\.$/u],
      ['//', /^Invalid name pattern "\/\/": a pattern starting with "\/"/u],
      ['/LOG', /^Invalid name pattern "\/LOG": a pattern starting with "\/"/u],
      ['/LOG/.info', /^Invalid name pattern "\/LOG\/\.info": a pattern starting with "\/"/u],
      ['client.node .delete', /^Invalid name pattern "client\.node \.delete": a segment is a name/u],
      ['client.node.del[ete', /^Invalid name pattern "client\.node\.del\[ete": a segment is a name/u],
      ['client.***', /^Invalid name pattern "client\.\*\*\*": a segment is a name/u],
      ['client.get(id)', /^Invalid name pattern "client\.get\(id\)": a segment is a name/u],
      ['client.get)', /^Invalid name pattern "client\.get\)": a segment is a name/u],
    ];
    for (const [pattern, message] of malformed) {
      it(`throws for ${JSON.stringify(pattern)}, naming it`, () => {
        assert.throws(() => compilePattern(pattern), { message });
      });
    }
  });

  describe('namePatternSchema', () => {
    const schema = namePatternSchema as SchemaNode;

    it('accepts what compilePattern accepts', () => {
      for (const pattern of ['LOG.*', 'conn.**.getNode', 'this.*Client.*', 'getLogger().info', '@scope/pkg.fn', '/^log/i', '/a/b/gimsuyd']) {
        assert.equal(checkSchema(schema, pattern, 'pattern'), null, pattern);
        assert.doesNotThrow(() => compilePattern(pattern));
      }
    });

    it('refuses what compilePattern refuses', () => {
      for (const pattern of ['', '.a', 'a.', 'a..b', '/', '/LOG', '/(/', '/x/q', '/x/gg', 'a b', 'a.{b}', 'a.***', 'f(x).y', 'f).y']) {
        assert.notEqual(checkSchema(schema, pattern, 'pattern'), null, pattern);
        assert.throws(() => compilePattern(pattern), Error, pattern);
      }
    });
  });
});
