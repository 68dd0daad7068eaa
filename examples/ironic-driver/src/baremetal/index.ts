export type * from './client.js';
export type * from './node.js';
export * from './errors.js';
export * from './states.js';
