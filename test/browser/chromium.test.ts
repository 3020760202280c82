import { describe, expect, it } from 'vitest';
import { browserSkipReason, findChromium, isCI } from './_chromium.js';

const nowhere = () => false;
const debian = (p: string) => p === '/usr/bin/chromium';

describe('when the browser tests run, skip or fail', () => {
  it('skips with one line when Chromium is absent and CI is not set', () => {
    const reason = browserSkipReason({}, nowhere);
    expect(reason).toMatch(
      /^browser tests skipped: no Chromium at \/usr\/bin\/chromium, \/usr\/bin\/chromium-browser /,
    );
    expect(reason).not.toContain('\n');
    expect(browserSkipReason({ CI: 'false' }, nowhere)).toBeDefined();
    expect(browserSkipReason({ CI: '' }, nowhere)).toBeDefined();
  });

  it('stays mandatory with CI=true: no skip, so a missing Chromium fails the tests', () => {
    expect(browserSkipReason({ CI: 'true' }, nowhere)).toBeUndefined();
    expect(browserSkipReason({ CI: '1' }, nowhere)).toBeUndefined();
    expect(isCI({ CI: 'TRUE' })).toBe(true);
  });

  it('runs when Chromium is found, SOKR_CHROMIUM first', () => {
    expect(browserSkipReason({}, debian)).toBeUndefined();
    expect(findChromium({}, debian)).toBe('/usr/bin/chromium');
    expect(
      findChromium({ SOKR_CHROMIUM: '/opt/chrome' }, (p) => p === '/opt/chrome' || debian(p)),
    ).toBe('/opt/chrome');
    expect(browserSkipReason({ SOKR_CHROMIUM: '/opt/chrome' }, nowhere)).toContain('/opt/chrome');
  });
});
