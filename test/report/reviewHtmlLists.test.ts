// The review page's long lists fold under one line that says what they hold
// (issue 19, item 5 and 7: the review as compact as the weekly page): the
// achieved key results under their count and owners, the retrospective prompts
// one line per kind, the carry-over one row per objective. `expand` opens them.
import { describe, expect, it } from 'vitest';
import { cycleReview, toHtml } from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

const set = acmeExample();
const review = cycleReview(set, { cycleId: '2026-q1', asOf: '2026-04-07' });
const html = toHtml(review);
const section = (page: string, id: string) => {
  const start = page.indexOf(`<section id="${id}"`);
  return page.slice(start, page.indexOf('</section>', start));
};

describe('the review page’s folded lists', () => {
  it('counts the achieved key results on one line and lists each one inside', () => {
    const celebrate = section(html, 'celebrate');
    expect(celebrate).toContain(
      '<details class="sub"><summary><h3>Achieved</h3> 13 key results reached the target <span class="muted">— by owner: <bdi>Daniel Okafor</bdi> 2, <bdi>Sofia Reyes</bdi> 2,',
    );
    expect(celebrate.match(/<li><strong><bdi>/g)).toHaveLength(
      review.celebrate.achieved.length + review.celebrate.improvements.length,
    );
    // the improvements are not folded
    expect(celebrate.indexOf('Biggest improvements')).toBeGreaterThan(
      celebrate.indexOf('</details>'),
    );
  });

  it('groups the retrospective prompts by kind: a kind of several folds under its counted question', () => {
    const retro = section(html, 'retro');
    const blocked = review.prompts.filter((p) => p.kind === 'blocked');
    expect(blocked.length).toBeGreaterThan(1);
    expect(retro).toContain(
      `<li><details class="sub"><summary><span class="tag">Blocked</span> ${blocked.length} key results were blocked in check-ins: what would have unblocked them sooner?</summary>`,
    );
    expect(retro).toContain(
      '<summary><span class="tag">Committed but missed</span> 5 committed objectives ended below 1.0: what got in the way, and should they have been aspirational?</summary>',
    );
    // a kind of one prompt is its own line, not folded
    expect(retro).toMatch(/<li><span class="tag">Never updated<\/span> 1 key result was never/);
    // every prompt is on the page, escaped
    for (const p of review.prompts)
      expect(retro).toContain(p.message.replaceAll('&', '&amp;').replaceAll('"', '&quot;'));
    // one line per kind at the top level
    const kinds = new Set(review.prompts.map((p) => p.kind)).size;
    expect(retro.match(/<li><(details class="sub"><summary><)?span class="tag">/g)).toHaveLength(
      kinds,
    );
  });

  it('asks about committed objectives below target "so far" while the cycle runs', () => {
    const running = cycleReview(set, { cycleId: '2026-q1', asOf: '2026-02-18' });
    const flagged = running.prompts.filter((p) => p.kind === 'committed-missed').length;
    expect(flagged).toBeGreaterThan(1);
    expect(section(toHtml(running), 'retro')).toContain(
      `${flagged} committed objectives are below 1.0 so far: what is in the way`,
    );
  });

  it('says in the carry-over caption how many objectives a later cycle continues', () => {
    const carry = section(html, 'carry');
    expect(carry).toContain('2 of 8 are continued in a later cycle, the others not yet');
    expect(carry.match(/<tr><th scope="row">/g)).toHaveLength(review.carryOver.length);
    expect(carry.match(/<div class="small">continued in <bdi>Q2 2026<\/bdi>/g)).toHaveLength(2);
    const none = structuredClone(review);
    for (const co of none.carryOver) co.carriedTo = null;
    expect(section(toHtml(none), 'carry')).toContain('none is continued in a later cycle yet');
  });

  it('opens every folded list with expand: true', () => {
    const open = toHtml(review, { expand: true });
    expect(open).not.toContain('<details class="sub">');
    expect(open.match(/<details class="sub" open>/g)).toHaveLength(
      1 +
        [...new Set(review.prompts.map((p) => p.kind))].filter(
          (k) => review.prompts.filter((p) => p.kind === k).length > 1,
        ).length,
    );
  });
});
