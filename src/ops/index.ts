// Public API of the ops layer. Owners add one export line per file.
export type {
  CommandFailure,
  CommandName,
  CommandOptions,
  CommandResult,
  CommandSuccess,
  CommandValue,
  Patch,
} from './CommandResult.js';
export { assertOk } from './assertOk.js';
export {
  type ApplyPatchesOptions,
  type PatchResult,
  applyPatches,
  safeApplyPatches,
} from './applyPatches.js';
export { type RecordCheckInInput, recordCheckIn } from './recordCheckIn.js';
export { type CheckInChanges, type EditCheckInInput, editCheckIn } from './editCheckIn.js';
export { type RemoveCheckInInput, removeCheckIn } from './removeCheckIn.js';
export { type AddObjectiveInput, addObjective } from './addObjective.js';
export {
  type ObjectiveChanges,
  type UpdateObjectiveInput,
  updateObjective,
} from './updateObjective.js';
export {
  type RemoveCascade,
  type RemoveObjectiveInput,
  removeObjective,
} from './removeObjective.js';
export { type AddKeyResultInput, addKeyResult } from './addKeyResult.js';
export {
  type KeyResultChanges,
  type UpdateKeyResultInput,
  updateKeyResult,
} from './updateKeyResult.js';
export { type RemoveKeyResultInput, removeKeyResult } from './removeKeyResult.js';
export { type SetParentInput, type UnitRule, setParent } from './setParent.js';
export {
  type ApproveInput,
  type CloseInput,
  type ObjectiveInput,
  type ReopenInput,
  activate,
  approve,
  close,
  propose,
  reopen,
} from './lifecycle.js';
export { type AddDependencyInput, addDependency } from './addDependency.js';
export {
  type DecideDependencyInput,
  acceptDependency,
  declineDependency,
} from './decideDependency.js';
export { type AddInitiativeInput, addInitiative } from './addInitiative.js';
export { type SetInitiativeStateInput, setInitiativeState } from './setInitiativeState.js';
export { type CarryOverInput, carryOver } from './carryOver.js';
export { type Command, type CommandTable, commands } from './commands.js';
export { type BatchStep, batch } from './batch.js';
export { type HistoryEntry, OkrHistory, createHistory } from './OkrHistory.js';
export {
  batchCommands,
  closeObjective,
  commandsByName,
  reopenObjective,
} from './qualifiedNames.js';
