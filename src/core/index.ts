export { type CompiledOkrSet, compile, isCompiledOkrSet } from './compile.js';
