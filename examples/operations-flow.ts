// An app's weekly check-in flow with undo and an audit log, on the Acme example.
// Shown in docs/guides/operations.md and run by test/ops/operationsFlow.test.ts.
import {
  applyPatches,
  createHistory,
  formatPath,
  type HistoryEntry,
  type OkrSet,
  recordCheckIn,
  carryOver,
  close,
} from 'sokr';

const REVENUE = '2026-q1.acme.grow-recurring-revenue-profitably.kr1'; // metric 4 → 5 M€
const OBJECTIVE = '2026-q1.acme.grow-recurring-revenue-profitably';

export interface FlowOutcome {
  /** The set after the flow. */
  current: OkrSet;
  /** What the form showed for the rejected check-in. */
  formErrors: string[];
  /** The audit log as stored (JSON). */
  storedLog: string;
  /** A replica rebuilt from the stored log. */
  replica: OkrSet;
}

export function checkInFlow(loaded: OkrSet): FlowOutcome {
  // One history per editing session; every command runs on history.current.
  const history = createHistory(loaded);

  // 1. Daniel submits the weekly check-in form.
  const saved = recordCheckIn(history.current, {
    keyResultId: REVENUE,
    at: '2026-03-31',
    value: 4.85,
    confidence: 5,
    moved: 'One enterprise deal signed',
    authorId: 'daniel',
  });
  if (saved.ok) history.apply(saved);

  // 2. A second submission is wrong: the form shows each issue next to its field.
  const rejected = recordCheckIn(history.current, {
    keyResultId: REVENUE,
    at: '2026-04-02', // Q1 is over
    value: 'almost there' as never, // a metric takes a number
  });
  const formErrors = rejected.ok
    ? []
    : rejected.issues.map((issue) => `${formatPath(issue.path)} (${issue.code}): ${issue.message}`);

  // 3. End of quarter: close the objective and carry it into Q2 from where it stands.
  // history.apply throws a SokrError if a command was refused.
  history.apply(close(history.current, { objectiveId: OBJECTIVE }));
  history.apply(
    carryOver(history.current, { objectiveId: OBJECTIVE, toCycleId: '2026-q2', baseline: 'last' }),
  );

  // 4. "Oops, not yet": undo the carry-over, then change our mind again.
  history.undo();
  history.redo();

  // 5. Store the audit log; another process rebuilds the same set from it.
  const storedLog = JSON.stringify(history.log);
  const entries = JSON.parse(storedLog) as HistoryEntry[];
  const replica = entries.reduce((set, entry) => applyPatches(set, entry.patches), loaded);

  return { current: history.current, formErrors, storedLog, replica };
}
