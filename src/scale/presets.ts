import type { Scale } from './Scale.js';

/**
 * A preset frozen to its bands: presets are shared by every caller in the
 * process (and reports hand their band objects out), so a change to one would
 * regrade everything everywhere. `/* @__PURE__ *\/` at each call keeps unused
 * presets out of bundles.
 */
function frozen(scale: Scale): Scale {
  for (const band of scale.bands) Object.freeze(band);
  Object.freeze(scale.bands);
  return Object.freeze(scale);
}

/**
 * Google's grading convention: red below 0.4, yellow from 0.4, green from 0.7
 * (0.7 is the sweet spot of an aspirational key result). Google's published
 * bands (0–0.3, 0.4–0.6, 0.7–1) leave gaps between one-decimal grades; here
 * they are closed, lower bounds inclusive: red `[0, 0.4)`, yellow `[0.4, 0.7)`,
 * green `[0.7, ∞)`. Formats with one decimal (`0.7`).
 *
 * @example
 * ```ts
 * import { googleScale, grade } from 'sokr';
 * grade(0.65, googleScale).id; // 'yellow'
 * ```
 */
export const googleScale: Scale = /* @__PURE__ */ frozen({
  id: 'google',
  name: 'Google',
  format: 'decimal',
  bands: [
    { id: 'red', label: 'Red', color: '#d93025', min: 0 },
    { id: 'yellow', label: 'Yellow', color: '#f9ab00', min: 0.4 },
    { id: 'green', label: 'Green', color: '#188038', min: 0.7 },
  ],
});

/**
 * Four zones: fail `[0, 0.3)`, commit `[0.3, 0.7)`, target `[0.7, 1)`,
 * stretch `[1, ∞)`; lower bounds inclusive. Formats with one decimal.
 *
 * @example
 * ```ts
 * import { grade, zonesScale } from 'sokr';
 * grade(0.3, zonesScale).id; // 'commit'
 * grade(1, zonesScale).id; // 'stretch'
 * ```
 */
export const zonesScale: Scale = /* @__PURE__ */ frozen({
  id: 'zones',
  name: 'Zones',
  format: 'decimal',
  bands: [
    { id: 'fail', label: 'Fail', color: '#d93025', min: 0 },
    { id: 'commit', label: 'Commit', color: '#f9ab00', min: 0.3 },
    { id: 'target', label: 'Target', color: '#188038', min: 0.7 },
    { id: 'stretch', label: 'Stretch', color: '#1a73e8', min: 1 },
  ],
});

/**
 * Percentages in ten bands of ten points (`0–10%` … `90–100%`, the last one
 * also holding over-achievement), coloured from red to green. Formats as a
 * whole percentage (`70%`).
 *
 * @example
 * ```ts
 * import { formatScore, grade, percentScale } from 'sokr';
 * formatScore(0.7, percentScale); // '70%'
 * grade(0.7, percentScale).id; // 'p70'
 * ```
 */
export const percentScale: Scale = /* @__PURE__ */ frozen({
  id: 'percent',
  name: 'Percent',
  format: 'percent',
  bands: [
    { id: 'p0', label: '0–10%', color: '#a50026', min: 0 },
    { id: 'p10', label: '10–20%', color: '#d73027', min: 0.1 },
    { id: 'p20', label: '20–30%', color: '#f46d43', min: 0.2 },
    { id: 'p30', label: '30–40%', color: '#fdae61', min: 0.3 },
    { id: 'p40', label: '40–50%', color: '#fee08b', min: 0.4 },
    { id: 'p50', label: '50–60%', color: '#d9ef8b', min: 0.5 },
    { id: 'p60', label: '60–70%', color: '#a6d96a', min: 0.6 },
    { id: 'p70', label: '70–80%', color: '#66bd63', min: 0.7 },
    { id: 'p80', label: '80–90%', color: '#1a9850', min: 0.8 },
    { id: 'p90', label: '90–100%', color: '#006837', min: 0.9 },
  ],
});

/**
 * Traffic lights (RAG): red `[0, 0.4)`, amber `[0.4, 0.7)`, green `[0.7, ∞)`,
 * formatted as percentages — the usual dashboard status colours.
 *
 * @example
 * ```ts
 * import { grade, trafficScale } from 'sokr';
 * grade(0.5, trafficScale).id; // 'amber'
 * ```
 */
export const trafficScale: Scale = /* @__PURE__ */ frozen({
  id: 'traffic',
  name: 'Traffic lights',
  format: 'percent',
  bands: [
    { id: 'red', label: 'Red', color: '#d93025', min: 0 },
    { id: 'amber', label: 'Amber', color: '#ff9800', min: 0.4 },
    { id: 'green', label: 'Green', color: '#188038', min: 0.7 },
  ],
});

/**
 * The preset scales by id: `google`, `zones`, `percent`, `traffic`.
 *
 * @example
 * ```ts
 * import { grade, scales } from 'sokr';
 * grade(0.8, scales['zones']).label; // 'Target'
 * ```
 */
export const scales: Readonly<Record<'google' | 'zones' | 'percent' | 'traffic', Scale>> =
  /* @__PURE__ */ Object.freeze({
    google: googleScale,
    zones: zonesScale,
    percent: percentScale,
    traffic: trafficScale,
  });
