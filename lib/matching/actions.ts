/**
 * Which call is a state-changing action, and which is the check it needs (placeholder until the
 * require-precondition vocabulary lands).
 */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

export const preconditionSettingsProperties: Record<string, JSONSchema4> = {};
