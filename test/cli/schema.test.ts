// `sokr schema`: the JSON Schema of the OKR set — on the built binary.
import { beforeAll, describe, expect, it } from 'vitest';
import { requireCli, sokr } from './run.js';

beforeAll(() => requireCli());

describe('sokr schema', () => {
  it('prints a draft 2020-12 JSON Schema of the OKR set', async () => {
    const r = await sokr(['schema']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const schema = JSON.parse(r.stdout) as {
      $schema: string;
      type: string;
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'version',
        'strategy',
        'units',
        'objectives',
        'keyResults',
        'checkIns',
      ]),
    );
  });

  it('prints the authoring schema with --format authoring: nested key results, ids optional', async () => {
    const r = await sokr(['schema', '--format', 'authoring']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const schema = JSON.parse(r.stdout);
    expect(schema.title).toBe('sokr OKR file (authoring format)');
    const objective = schema.properties.objectives.items;
    expect(objective.required).toEqual(['title', 'unitId', 'cycleId']);
    expect(Object.keys(objective.properties.keyResults.items.properties)).toEqual(
      expect.arrayContaining(['title', 'ownerId', 'measure', 'checkIns', 'initiatives']),
    );
    expect(objective.properties.ownerId.description).toBe('The person accountable (a person id).');
    const shipped = await sokr(['schema', '--format', 'flat']);
    expect(JSON.parse(shipped.stdout).title).toBe('sokr OKR set');
  });

  it('refuses an unknown format, suggesting the closest one', async () => {
    const r = await sokr(['schema', '--format', 'autoring']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "sokr: option '--format' must be authoring or flat (got 'autoring') (did you mean 'authoring'?)\nRun 'sokr schema --help' for usage.\n",
    );
  });

  it('suggests the closest option name for a mistyped option', async () => {
    const r = await sokr(['schema', '--fromat', 'flat']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "sokr: unknown option '--fromat' (did you mean '--format'?)\nRun 'sokr schema --help' for usage.\n",
    );
  });

  it('takes no file argument', async () => {
    const r = await sokr(['schema', 'x.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "sokr: unexpected argument 'x.json'\nRun 'sokr schema --help' for usage.\n",
    );
  });
});
