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

  it('takes no file argument', async () => {
    const r = await sokr(['schema', 'x.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "sokr: unexpected argument 'x.json'\nRun 'sokr schema --help' for usage.\n",
    );
  });
});
