import dedent from 'dedent';

import rule from '../../rules/require-precondition.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('require-precondition', rule, {
  valid: [
    dedent`
      async function powerOff(instance) {
        const node = await this.validateInstanceAndNode(instance);
        await this.ironic.setNodePowerState(node.id, 'power off');
      }
    `,
  ],
  invalid: [
    {
      code: dedent`
        async function rescue(instance, password) {
          await this.ironic.setNodeProvisionState(instance.node, 'rescue', { rescuePassword: password });
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: {
            action: '`setNodeProvisionState` to `rescue`',
            subject: 'instance.node',
            missing: 'an association check (`validateInstanceAndNode`)',
          },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 97,
        },
      ],
    },
    {
      code: dedent`
        async function powerOn(instance, fresh) {
          let node;
          if (fresh) {
            node = await this.validateInstanceAndNode(instance);
          }
          await this.ironic.setNodePowerState(node.id, 'power on');
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: {
            action: '`setNodePowerState`',
            subject: 'node.id',
            missing: 'an association check (`validateInstanceAndNode`)',
            where: ': the `if` at line 3 has a path without it',
          },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 59,
        },
      ],
    },
  ],
});
