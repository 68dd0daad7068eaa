import dedent from 'dedent';

import rule from '../../rules/no-unhandled-api-errors.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-unhandled-api-errors', rule, {
  valid: [
    dedent`
      export async function getNode(client, id) {
        try {
          return await client.node.get(id);
        } catch (error) {
          if (error instanceof NotFound) throw new DriverError('no such node', { cause: error });
          throw error;
        }
      }
    `,
  ],
  invalid: [
    {
      code: dedent`
        export async function getNode(client, id) {
          return await client.node.get(id);
        }
      `,
      errors: [
        {
          messageId: 'unhandled',
          data: { call: 'client.node.get', function: '`getNode`' },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'suggestThrows',
              data: { function: '`getNode`' },
              output: dedent`
                /**
                 * @throws when \`client.node.get\` fails.
                 */
                export async function getNode(client, id) {
                  return await client.node.get(id);
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
