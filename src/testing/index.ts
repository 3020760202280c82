/**
 * `sokr/testing`: helpers for people testing OKR tools and policies —
 * the Acme example set, a deterministic synthetic organisation generator and
 * policy test helpers.
 *
 * @packageDocumentation
 */
export * from './generateEnterprise.js';
export * from './setSpec.js';
export * from './buildSet.js';
export * from './runRule.js';
export * from './expectFindings.js';
export * from './acmeExample.js';
