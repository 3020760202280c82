// Private: sokr's own immer instances, created on first use (no module-level side effects).
import { enablePatches, Immer } from 'immer';

let frozen: Immer | undefined;
let unfrozen: Immer | undefined;

/**
 * The immer instance the operations use. Two private instances (auto-freezing
 * or not) so the consumer's own immer settings (`setAutoFreeze`, …) are never
 * touched. immer registers its patches plugin globally: `enablePatches()` is
 * called once, lazily, on the first command. It only makes patch generation
 * available; it changes no setting of the consumer's `produce`.
 */
export function getImmer(autoFreeze = true): Immer {
  if (autoFreeze) {
    if (frozen === undefined) {
      enablePatches();
      frozen = new Immer({ autoFreeze: true });
    }
    return frozen;
  }
  if (unfrozen === undefined) {
    enablePatches();
    unfrozen = new Immer({ autoFreeze: false });
  }
  return unfrozen;
}
