import noSecretsInLogs from './no-secrets-in-logs.js';
import requirePrecondition from './require-precondition.js';

/** Every rule, by name (alphabetical). */
export const rules = {
  'no-secrets-in-logs': noSecretsInLogs,
  'require-precondition': requirePrecondition,
};
