import assert from 'node:assert/strict';

import { shortText } from '../../../lib/matching/ast.js';

describe('lib/matching/ast', () => {
  describe('shortText', () => {
    it('joins a chain broken over lines without the spaces of its indentation', () => {
      assert.equal(shortText('api\n      .completeStep'), 'api.completeStep');
      assert.equal(shortText('this.modeSwitch.toSerialAPI\n\t\t.pipeTo'), 'this.modeSwitch.toSerialAPI.pipeTo');
      assert.equal(shortText('node\n  ?.driverInfo'), 'node?.driverInfo');
      assert.equal(shortText('endpoint\n  .createAPI(\n    CommandClasses.Supervision,\n  )\n  .sendReport'), 'endpoint.createAPI(CommandClasses.Supervision,).sendReport');
      assert.equal(shortText('list[\n  0\n]'), 'list[0]');
    });

    it('keeps one space elsewhere, a ternary on its own lines included', () => {
      assert.equal(shortText('a\n  ? b\n  : c'), 'a ? b : c');
      assert.equal(shortText('f(a,\n   b)'), 'f(a, b)');
      assert.equal(shortText('  x   +\t y  '), 'x + y');
    });

    it('takes linear time on long runs of blank lines', () => {
      const text = `client.nodes[${'   \n'.repeat(20_000)}'get']`;
      assert.equal(shortText(text, 200), "client.nodes['get']");
    });

    it('shortens to the limit with an ellipsis', () => {
      assert.equal(shortText('abcdefghij', 5), 'abcd…');
      assert.equal(shortText('abcde', 5), 'abcde');
    });
  });
});
