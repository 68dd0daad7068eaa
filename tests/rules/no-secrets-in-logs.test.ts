import dedent from 'dedent';

import rule from '../../rules/no-secrets-in-logs.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const typedRuleTester = createTypedRuleTester();

ruleTester.run('no-secrets-in-logs', rule, {
  valid: [
    "LOG.error('Invalid password for %s', username);",
    'LOG.info(`pw length ${password.length}`);',
  ],
  invalid: [
    {
      code: dedent`
        const info = node.driver_info;
        LOG.debug(\`creds \${info.ipmi_password}\`);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`info.ipmi_password`', sink: 'LOG.debug', how: ' through the template literal', more: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'info.ipmi_password' },
              output: dedent`
                const info = node.driver_info;
                LOG.debug(\`creds \${'<redacted>'}\`);
              `,
            },
          ],
        },
      ],
    },
  ],
});

typedRuleTester.run('no-secrets-in-logs (typed)', rule, {
  valid: [
    dedent`
      interface DriverInfo { ipmi_address: string; ipmi_password: string }
      declare const info: DriverInfo;
      declare const LOG: { debug(...args: unknown[]): void };
      const { ipmi_password, ...rest } = info;
      LOG.debug(rest);
    `,
  ],
  invalid: [
    {
      code: dedent`
        interface DriverInfo { ipmi_address: string; ipmi_password: string }
        interface Node { uuid: string; driverInfo: DriverInfo }
        declare const node: Node;
        declare const LOG: { debug(...args: unknown[]): void };
        LOG.debug('node %s', node);
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: { source: '`node` (its type carries `driverInfo`)', sink: 'LOG.debug', how: '', more: '' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { expression: 'node' },
              output: dedent`
                interface DriverInfo { ipmi_address: string; ipmi_password: string }
                interface Node { uuid: string; driverInfo: DriverInfo }
                declare const node: Node;
                declare const LOG: { debug(...args: unknown[]): void };
                LOG.debug('node %s', '<redacted>');
              `,
            },
          ],
        },
      ],
    },
  ],
});
