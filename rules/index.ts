import noSecretsInLogs from './no-secrets-in-logs.js';

/** Every rule, by name (alphabetical). */
export const rules = {
  'no-secrets-in-logs': noSecretsInLogs,
};
