// Private: sokr's own immer instance, created on first use (no module-level side effects).
import { enablePatches, Immer } from 'immer';

let instance: Immer | undefined;

/**
 * The immer instance the operations use: private, so the consumer's own immer
 * settings (`setAutoFreeze`, …) are never touched, and with `autoFreeze: false`,
 * because immer's auto-freeze deep-freezes the unchanged parts it shares with
 * the caller's set too. The operations freeze only what they create
 * (`settle` in `_fresh.ts`). immer registers its patches plugin
 * globally: `enablePatches()` is called once, lazily, on the first command. It
 * only makes patch generation available; it changes no setting of the
 * consumer's `produce`.
 */
export function getImmer(): Immer {
  if (instance === undefined) {
    enablePatches();
    instance = new Immer({ autoFreeze: false });
  }
  return instance;
}
