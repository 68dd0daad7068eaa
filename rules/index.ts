import noSecretsInLogs from './no-secrets-in-logs.js';
import noUnhandledApiErrors from './no-unhandled-api-errors.js';
import requirePrecondition from './require-precondition.js';

/** Every rule, by name (alphabetical). */
export const rules = {
  'no-secrets-in-logs': noSecretsInLogs,
  'no-unhandled-api-errors': noUnhandledApiErrors,
  'require-precondition': requirePrecondition,
};
