import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInFlow } from '../../examples/operations-flow.js';
import { assertOkrSet, checkIntegrity, type HistoryEntry } from '../../src/index.js';

const acme = () =>
  assertOkrSet(
    JSON.parse(readFileSync(new URL('../../examples/acme.okr.json', import.meta.url), 'utf8')),
  );

describe('examples/operations-flow.ts (the guide’s check-in flow)', () => {
  it('records the check-in, shows form errors, carries over, undoes/redoes and replays its audit log', () => {
    const loaded = acme();
    const { current, formErrors, storedLog, replica } = checkInFlow(loaded);
    const kr = '2026-q1.acme.grow-recurring-revenue-profitably.kr1';
    expect(current.checkIns.find((c) => c.id === `${kr}@2026-03-31`)).toMatchObject({
      value: 4.85,
      authorId: 'daniel',
    });
    expect(formErrors).toEqual([
      expect.stringMatching(/^value \(value_mismatch\): A metric key result takes a finite number/),
      expect.stringMatching(/^at \(date_order\): 2026-04-02 lies outside/),
    ]);
    const copy = current.keyResults.find((k) => k.id === `${kr}@2026-q2`);
    expect(copy?.measure).toEqual({ kind: 'metric', start: 4.85, target: 5, unit: 'M€' });
    expect(
      current.objectives.find((o) => o.id === '2026-q1.acme.grow-recurring-revenue-profitably')
        ?.state,
    ).toBe('closed');
    const log = JSON.parse(storedLog) as HistoryEntry[];
    expect(log.map((e) => e.command)).toEqual([
      'recordCheckIn',
      'close',
      'carryOver',
      'undo',
      'redo',
    ]);
    expect(replica).toEqual(current);
    expect(checkIntegrity(current)).toEqual([]);
    expect(loaded.checkIns.some((c) => c.id === `${kr}@2026-03-31`)).toBe(false);
  });
});
