import { afterEach, describe, expect, it, vi } from 'vitest';

describe('README quick start (examples/quickstart.ts)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs end to end on the bundled example and prints scores, health and patches', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    });
    await import('../../examples/quickstart.js');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^company \d\.\d /);
    expect(lines[1]).toMatch(/^alignment health \d+(\.\d+)? \d+ findings$/);
    expect(lines[2]).toMatch(/^patches [1-9]\d* → (0|1|0\.\d+)$/);
  });
});
