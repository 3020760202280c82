// The review page of a large organisation stays a page someone reads (audit of
// issue 19): the grades tables, the carry-over and the folded lists show 50
// items each and count the rest, while "Key results by objective" keeps every
// objective and the report data every item.
import { describe, expect, it } from 'vitest';
import { cycleReview, toHtml } from 'sokr';
import { generateEnterprise } from 'sokr/testing';

const set = generateEnterprise({ seed: 3, units: 60, cycles: 1 });
const review = cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-07' });
const html = toHtml(review);
const section = (id: string) => {
  const start = html.indexOf(`<section id="${id}"`);
  return html.slice(start, html.indexOf('</section>', start));
};
const count = (text: string, what: RegExp) => (text.match(what) ?? []).length;

describe('the review page of 180 objectives', () => {
  it('shows 50 grades per commitment and counts the rest', () => {
    const headline = section('headline');
    for (const c of ['committed', 'aspirational'] as const) {
      const n = review.objectives.filter((o) => o.commitment === c).length;
      if (n > 50) expect(headline).toContain(`… and ${n - 50} more ${c} objectives`);
    }
    const rows = count(headline, /<tr><th scope="row">/g);
    expect(rows).toBe(
      Math.min(50, review.objectives.filter((o) => o.commitment === 'committed').length) +
        Math.min(50, review.objectives.filter((o) => o.commitment === 'aspirational').length),
    );
    expect(review.objectives.length).toBeGreaterThan(100);
    // every objective is still one click away
    expect(count(section('objectives'), /<details class="unit" id="o-/g)).toBe(
      review.objectives.length,
    );
  });

  it('lists 50 objectives to carry over, then how many more', () => {
    expect(review.carryOver.length).toBeGreaterThan(50);
    const carry = section('carry');
    expect(count(carry, /<tr><th scope="row">/g)).toBe(50);
    expect(carry).toContain(`… and ${review.carryOver.length - 50} more unfinished objectives`);
  });

  it('folds at most 50 prompts of a kind, then how many more', () => {
    const kinds = new Map<string, number>();
    for (const p of review.prompts) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    const largest = Math.max(...kinds.values());
    expect(largest).toBeGreaterThan(50);
    expect(section('retro')).toContain(`<li class="muted">… and ${largest - 50} more</li>`);
  });
});
