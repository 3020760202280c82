/**
 * sokr — Strategic OKRs as a library: the OKR model, alignment validation,
 * cascade rules, one scoring scale and rollup. Pure functions over plain data.
 *
 * Layers (each imports only from those before it):
 * model → core → scale → progress → rollup → analysis → rhythm → alignment → ops → report.
 *
 * @packageDocumentation
 */
export * from './model/index.js';
export * from './core/index.js';
export * from './scale/index.js';
export * from './progress/index.js';
export * from './rollup/index.js';
export * from './analysis/index.js';
export * from './rhythm/index.js';
export * from './alignment/index.js';
export * from './ops/index.js';
export * from './report/index.js';
