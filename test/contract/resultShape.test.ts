import { describe, expect, it } from 'vitest';
import {
  approve,
  assertOk,
  batch,
  batchCommands,
  close,
  closeObjective,
  commands,
  commandsByName,
  definePolicy,
  policies,
  propose,
  recommended,
  recordCheckIn,
  reopen,
  reopenObjective,
  rollup,
  safeApplyPatches,
  strict,
  validate,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

describe('one result shape: success carries value', () => {
  it('a command returns { ok: true, value: { set, patches, inversePatches } }, the same values as the shorthands', () => {
    const set = acmeExample();
    const kr = set.keyResults[0]!;
    const result = recordCheckIn(set, { keyResultId: kr.id, at: '2026-02-10', value: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value).sort()).toEqual(['inversePatches', 'patches', 'set']);
    expect(result.value.set).toBe(result.set);
    expect(result.value.patches).toBe(result.patches);
    expect(result.value.inversePatches).toBe(result.inversePatches);
    expect(result.value.set.checkIns.length).toBe(set.checkIns.length + 1);
  });

  it('a refused command carries issues and no value', () => {
    const result = recordCheckIn(acmeExample(), {
      keyResultId: 'nope',
      at: '2026-02-10',
      value: 1,
    });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('value');
    if (!result.ok) expect(result.issues[0]?.code).toBe('dangling_reference');
  });

  it('batchCommands (and batch) return value too', () => {
    const set = acmeExample();
    const kr = set.keyResults[0]!;
    const step = {
      command: 'recordCheckIn' as const,
      input: { keyResultId: kr.id, at: '2026-02-10', value: 1 },
    };
    const result = batchCommands(set, [step, step]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.set).toBe(result.set);
      expect(result.value.patches.length).toBe(result.patches.length);
      expect(result.value.set.checkIns.length).toBe(set.checkIns.length + 2);
    }
  });

  it('safeApplyPatches returns { ok: true, value } with the patched set', () => {
    const set = acmeExample();
    const result = safeApplyPatches(set, [
      { op: 'replace', path: ['units', 0, 'name'], value: 'Renamed' },
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.units[0]?.name).toBe('Renamed');
      expect(result.set).toBe(result.value);
    }
    expect(set.units[0]?.name).not.toBe('Renamed');
  });

  it('assertOk returns the success (with value) or throws the issues', () => {
    const set = acmeExample();
    const draft = set.objectives.find((o) => o.state === 'draft');
    if (draft) {
      const ok = assertOk(propose(set, { objectiveId: draft.id }));
      expect(ok.value.set.objectives.find((o) => o.id === draft.id)?.state).toBe('proposed');
    }
    expect(() => assertOk(approve(set, { objectiveId: 'nope', by: 'x' }))).toThrow(/nope/);
  });
});

describe('names that say what they are', () => {
  it('closeObjective, reopenObjective, batchCommands and commandsByName are the deprecated bare names', () => {
    expect(closeObjective).toBe(close);
    expect(reopenObjective).toBe(reopen);
    expect(batchCommands).toBe(batch);
    expect(commandsByName).toBe(commands);
  });

  it('closeObjective closes and reopenObjective reopens an active objective', () => {
    const set = acmeExample();
    const active = set.objectives.find((o) => o.state === 'active')!;
    const closed = closeObjective(set, { objectiveId: active.id });
    expect(closed.ok).toBe(true);
    if (!closed.ok) return;
    expect(closed.value.set.objectives.find((o) => o.id === active.id)?.state).toBe('closed');
    const reopened = reopenObjective(closed.value.set, { objectiveId: active.id });
    expect(
      reopened.ok && reopened.value.set.objectives.find((o) => o.id === active.id)?.state,
    ).toBe('active');
  });

  it('the preset policies live under policies (the root names are the same objects)', () => {
    expect(policies.recommended).toBe(recommended);
    expect(policies.strict).toBe(strict);
    const set = acmeExample();
    expect(validate(set, { policy: policies.recommended, asOf: '2026-02-15' })).toEqual(
      validate(set, { policy: definePolicy({ extends: 'recommended' }), asOf: '2026-02-15' }),
    );
  });

  it('scorecards name ids bandId and scaleId; band and scale are objects elsewhere', () => {
    const card = rollup(acmeExample(), { asOf: '2026-02-15' });
    expect(card.options.scaleId).toBe('google');
    expect(card.options).not.toHaveProperty('scale');
    const kr = Object.values(card.keyResults)[0]!;
    expect(['red', 'yellow', 'green']).toContain(kr.bandId);
    expect(kr).not.toHaveProperty('band');
    expect(card.company).toHaveProperty('bandId');
    expect(card.company).not.toHaveProperty('band');
  });

  it('absent values in scorecards are null and the field is always there', () => {
    const card = rollup(
      { ...acmeExample(), objectives: [...acmeExample().objectives] },
      { asOf: '2026-02-15' },
    );
    for (const o of Object.values(card.objectives)) {
      expect(o).toHaveProperty('explanation');
      if (o.score === null) expect(typeof o.explanation).toBe('string');
      else expect(o.explanation).toBeNull();
    }
  });
});
