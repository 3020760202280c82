// "Did you mean …?" wherever a name can be wrong, as the CLI prints it (issue 21 item 2).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { starterTemplate } from '../../src/cli/starterTemplate.js';
import { requireCli, sokr, tempDir } from './run.js';

beforeAll(() => requireCli());

let written = '';

/** A directory holding `s.okr.yaml`: the starter file with `edits` applied (each must match once). */
function starterWith(edits: ReadonlyArray<[string, string]>): string {
  let text = starterTemplate(2026);
  for (const [from, to] of edits) {
    if (text.split(from).length !== 2) throw new Error(`not found once: ${from}`);
    text = text.replace(from, to);
  }
  written = text;
  const dir = tempDir();
  writeFileSync(join(dir, 's.okr.yaml'), text);
  return dir;
}

/** `s.okr.yaml:<line>:<column>` of the first occurrence of `needle` in the file last written. */
function at(needle: string): string {
  const offset = written.indexOf(needle);
  if (offset < 0) throw new Error(`not in the file: ${needle}`);
  const before = written.slice(0, offset).split('\n');
  return `s.okr.yaml:${before.length}:${before[before.length - 1]!.length + 1}`;
}

describe('suggestions in the CLI', () => {
  it('an unknown field and an enum value: the closest known name, no advice about library options', async () => {
    const dir = starterWith([
      ['    ownerId: ceo\n    commitment', '    ownrId: ceo\n    commitment'],
      ['measure: { kind: milestone }', 'measure: { kind: milestones }'],
    ]);
    const r = await sokr(['validate', 's.okr.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: s.okr.yaml is not a valid OKR set (2 issues):\n' +
        `  ${at('ownrId')} error unknown_key objectives[0].ownrId: unknown field "ownrId"; did you mean "ownerId"?\n` +
        `  ${at('kind: milestones')} error invalid_value objectives[1].keyResults[0].measure.kind: must be one of "metric", "threshold", "range", "milestone", "checklist", "derived" (got the string "milestones"); did you mean "milestone"?\n`,
    });
    expect(r.stderr).not.toContain('unknownKeys');
  });

  it('a dangling reference: the closest existing id of the right kind', async () => {
    const dir = starterWith([
      ['parent: { objectiveId: delight-customers }', 'parent: { objectiveId: delight-customer }'],
    ]);
    const r = await sokr(['validate', 's.okr.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sokr: s.okr.yaml is not a valid OKR set (1 issue):\n' +
        `  ${at('objectiveId: delight-customer }')} error dangling_reference objectives[1].parent.objectiveId: no objective has id "delight-customer"; did you mean "delight-customers"?\n`,
    });
  });

  it('a field far from every known one: remove it', async () => {
    const dir = starterWith([['    name: Product\n', '    name: Product\n    colour: blue\n']]);
    const r = await sokr(['score', 's.okr.yaml', '--as-of', '2026-02-15'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'sokr: s.okr.yaml is not a valid OKR set (1 issue):\n' +
        `  ${at('colour')} error unknown_key units[1].colour: unknown field "colour": remove it\n`,
    );
  });

  it('a nested list misspelt in the authoring format', async () => {
    const dir = starterWith([['        checkIns:\n', '        checkIn:\n']]);
    const r = await sokr(['validate', 's.okr.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'sokr: s.okr.yaml is not a valid OKR set (1 issue):\n' +
        `  ${at('checkIn:')} error unknown_key objectives[0].keyResults[0].checkIn: unknown field "checkIn"; did you mean "checkIns"?\n`,
    );
  });

  it('an unknown command and an unknown option', async () => {
    const command = await sokr(['valdiate', 'x']);
    expect(command).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "sokr: unknown command 'valdiate' (did you mean 'validate'?)\nRun 'sokr --help' for usage.\n",
    });
    const option = await sokr(['validate', 'x.okr.yaml', '--max-warning', '3']);
    expect(option).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "sokr: unknown option '--max-warning' (did you mean '--max-warnings'?)\nRun 'sokr validate --help' for usage.\n",
    });
  });
});
