// A review asked for before its cycle starts grades every objective at 0: it says they have not
// started rather than that all of them are below target.
import { describe, expect, it } from 'vitest';
import { cycleReview, toHtml, toMarkdown } from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

const before = cycleReview(acmeExample(), { cycleId: '2026-q1', asOf: '2025-12-20' });
const after = cycleReview(acmeExample(), { cycleId: '2026-q1', asOf: '2026-04-07' });

describe('a review before its cycle starts', () => {
  it('says "not started" in every rendering, and no objective is below target', () => {
    expect(before.started).toBe(false);
    for (const page of [toMarkdown(before), toMarkdown(before, { format: 'digest' })]) {
      expect(page).not.toContain('Below target');
      expect(page).toContain('| Not started |');
    }
    expect(toMarkdown(before)).toContain('· not started yet ·');
    const html = toHtml(before);
    expect(html).not.toContain('<strong>Below target</strong>');
    expect(html).not.toContain('<span class="tag">below target</span>');
    expect(html).not.toMatch(/(committed|aspirational), below target/);
    expect(html).toContain('<td>Not started</td>');
    expect(html).toContain('not started yet');
  });

  it('a closed cycle keeps "Met" and "Below target"', () => {
    expect(after.started).toBe(true);
    const md = toMarkdown(after);
    expect(md).toContain('| **Below target** |');
    expect(md).toContain('| Met |');
    expect(md).toContain(`· ${after.flagged.length} below target ·`);
    expect(toHtml(after)).toContain('<td><strong>Below target</strong></td>');
  });
});

describe("a review's progress bars", () => {
  it('name the commitment target in their aria-label and their title alike', () => {
    const html = toHtml(after);
    expect(html).not.toMatch(/<title>[^<]*, expected [^<]*<\/title>/);
    expect(html).toMatch(/<title>[^<]*, target 0\.7<\/title>/);
    expect(html).toMatch(/aria-label="[^"]*, target 0\.7"/);
    // A title of the user's that says ", expected " keeps its words.
    const set = acmeExample();
    const o = set.objectives.find((x) => x.commitment === 'aspirational')!;
    o.title = 'Ship it, expected soon';
    const page = toHtml(cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-07' }));
    expect(page).toContain('aria-label="Ship it, expected soon: ');
  });
});

describe('a review while its cycle runs', () => {
  const running = cycleReview(acmeExample(), { cycleId: '2026-q1', asOf: '2026-02-18' });

  it('calls the values "so far", not final: they can still change', () => {
    expect(running.closed).toBe(false);
    const md = toMarkdown(running);
    expect(md).toContain('| Key result | Owner | Value so far | Score |');
    expect(md).not.toContain('Final value');
    const html = toHtml(running);
    expect(html).toContain('<th scope="col">Value so far</th>');
    expect(html).toContain('Unfinished key results (value so far; owner)');
    expect(html).toContain('with their values so far, grades and charts');
    expect(html.toLowerCase()).not.toContain('final value');
  });

  it('says "final" once the cycle is over', () => {
    expect(toMarkdown(after)).toContain('| Key result | Owner | Final value | Score |');
    const html = toHtml(after);
    expect(html).toContain('<th scope="col">Final value</th>');
    expect(html).toContain('Unfinished key results (final value; owner)');
  });
});
