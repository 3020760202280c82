// The README quick start is examples/quickstart.ts, character for character; this runs it
// (against the sources; test/package/pack.test.ts runs it against the packed package).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acmeExample } from '../../src/testing/index.js';
import { readmeQuickStart } from './_readme.js';

const FILE = new URL('../../examples/quickstart.ts', import.meta.url);

async function runQuickStart(): Promise<string[]> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  vi.resetModules();
  await import('../../examples/quickstart.js');
  return lines;
}

describe('README quick start (examples/quickstart.ts)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the code block of the README, unchanged', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(readmeQuickStart().code);
  });

  it('prints exactly the output the README shows', async () => {
    expect(await runQuickStart()).toEqual(readmeQuickStart().output);
  });

  it('prints the real values: the ARR key result moves from 0.35 (€4.35M of €4–5M) to 0.5 with the €4.5M check-in', async () => {
    const lines = await runQuickStart();
    const arr = acmeExample().keyResults[0]!;
    expect(arr.measure).toEqual({ kind: 'metric', start: 4, target: 5, unit: 'M€' });
    // 0.35 is red on the google scale, so it prints 0.3 (band-aware rounding), and 0.5 prints 0.5.
    expect(lines[2]).toBe('ARR 0.3 → 0.5 patches: 1');
    expect(lines[0]).toMatch(/^company \d\.\d (Red|Yellow|Green)$/);
    expect(lines[1]).toMatch(/^alignment health \d{1,3} \(\d+ findings\)$/);
  });

  it('does not touch the shipped example: acmeExample() is a fresh copy each time', async () => {
    await runQuickStart();
    const a = acmeExample();
    a.objectives.length = 0;
    expect(acmeExample().objectives.length).toBeGreaterThan(0);
  });
});
