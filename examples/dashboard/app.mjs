// @ts-check
// The dashboard page (docs/guides/embedding.md, "A live dashboard"): the
// company, unit and objective scores of an OKR set, with a what-if input per
// key result. Moving one records a what-if check-in in sokr's incremental
// scorer, which rescores only the path from that key result to the company;
// the page then rewrites just the scores that changed. build.mjs bundles this
// file with sokr (esbuild) into one self-contained index.html.
import { createScorer, formatScore, googleScale, grade, isSokrError } from 'sokr';

/** @typedef {import('sokr').OkrSet} OkrSet */
/** @typedef {import('sokr').KeyResult} KeyResult */
/** @typedef {import('sokr').CheckInValue} CheckInValue */
/**
 * A key result's what-if control: its inputs, the value they say, and a way
 * to show a value again without recording it.
 * @typedef {{ node: HTMLElement, inputs: HTMLInputElement[], read(): CheckInValue, write(value: CheckInValue | null): void }} Control
 */

/**
 * Renders the dashboard of `set` into `root` and keeps it live.
 * @param {HTMLElement} root
 * @param {OkrSet} set a parsed OKR set (build.mjs parses it at build time)
 * @param {{ asOf: string, title?: string }} options
 * @returns {{ whatIf(keyResultId: string, value: CheckInValue): string[], reset(): void }}
 */
export function mountDashboard(root, set, { asOf, title = 'OKR dashboard' }) {
  const scale = googleScale;
  let scorer = createScorer(set, { asOf, scale });
  const card = scorer.snapshot();
  const inScope = new Set(card.options.scopeCycleIds);
  const objectives = set.objectives.filter((o) => inScope.has(o.cycleId));
  const shown = new Set(objectives.map((o) => o.id));
  const keyResults = set.keyResults.filter((k) => shown.has(k.objectiveId));

  /** Every score element on the page, by what it shows ('company', 'unit:<id>', …). */
  /** @type {Map<string, HTMLElement>} */
  const scores = new Map();

  const el = (/** @type {string} */ tag, /** @type {string} */ className = '', text = '') => {
    const node = document.createElement(tag);
    if (className !== '') node.className = className;
    if (text !== '') node.textContent = text;
    return node;
  };
  const scoreBox = (/** @type {string} */ key, /** @type {string} */ label) => {
    const out = el('output', 'score');
    out.setAttribute('aria-label', label);
    out.setAttribute('aria-live', 'off'); // the status line announces an update, not each score
    out.dataset['score'] = key;
    scores.set(key, out);
    return out;
  };
  /** Shows a score (unrounded inside, rounded by the scale on screen) in its band's colour. */
  const show = (/** @type {string} */ key, /** @type {number | null | undefined} */ score) => {
    const out = scores.get(key);
    if (out === undefined) return;
    if (score === null || score === undefined) {
      out.textContent = '—';
      out.dataset['band'] = 'none';
      out.style.removeProperty('--band');
      return;
    }
    const band = grade(score, scale);
    out.textContent = formatScore(score, scale);
    out.title = `${band.label} (${score.toFixed(3)})`;
    out.dataset['band'] = band.id;
    out.style.setProperty('--band', band.color);
  };

  // ---- Layout: company, units (tree order), objectives with their key results.
  root.replaceChildren();
  const header = el('header');
  header.append(
    el('h1', '', title),
    el('p', 'as-of', `Scores at ${asOf} · ${[...inScope].join(', ')}`),
  );
  const company = el('section', 'company');
  company.append(el('h2', '', 'Company'), scoreBox('company', 'Company score'));
  const status = el('p', 'status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const reset = /** @type {HTMLButtonElement} */ (el('button', 'reset', 'Reset what-ifs'));
  reset.type = 'button';
  company.append(status, reset);

  const unitList = el('ul', 'units');
  const units = el('section', 'unit-scores');
  units.append(el('h2', '', 'Units'), unitList);
  /** A unit's depth in the tree (the root is 0). @type {(id: string | undefined, n?: number) => number} */
  const depth = (id, n = 0) => {
    const unit = set.units.find((u) => u.id === id);
    return unit?.parentId === undefined || n > set.units.length ? n : depth(unit.parentId, n + 1);
  };
  for (const unit of treeOrder(set.units)) {
    if (card.units[unit.id] === undefined) continue;
    const li = el('li');
    li.style.setProperty('--depth', String(depth(unit.id)));
    li.append(el('span', 'name', unit.name), scoreBox(`unit:${unit.id}`, `${unit.name} score`));
    unitList.append(li);
  }

  const board = el('section', 'objectives');
  board.append(el('h2', '', 'Objectives'));
  /** @type {Map<string, Control>} */
  const controls = new Map();
  for (const o of objectives) {
    const article = el('article', 'objective');
    article.dataset['objectiveId'] = o.id;
    const head = el('div', 'objective-head');
    const unitName = set.units.find((u) => u.id === o.unitId)?.name ?? o.unitId;
    head.append(
      el('h3', '', o.title),
      el('span', 'unit', unitName),
      scoreBox(`objective:${o.id}`, `${o.title} score`),
      el('span', 'objective-status'),
    );
    const krs = el('ul', 'key-results');
    for (const kr of keyResults.filter((k) => k.objectiveId === o.id)) {
      const li = el('li');
      li.append(el('span', 'kr-title', kr.title));
      const control = whatIfControl(kr, card.keyResults[kr.id]?.value ?? null);
      if (control !== undefined) {
        li.append(control.node);
        controls.set(kr.id, control);
        for (const input of control.inputs)
          input.addEventListener('input', () => whatIf(kr.id, control.read()));
      } else li.append(el('span', 'derived', 'from its child objectives'));
      li.append(scoreBox(`key-result:${kr.id}`, `${kr.title} score`));
      krs.append(li);
    }
    article.append(head, krs);
    board.append(article);
  }
  const main = el('main');
  main.append(company, units, board);
  root.append(header, main);
  reset.addEventListener('click', () => api.reset());

  /** Writes every score from the scorer (first paint, reset). */
  function paintAll() {
    const c = scorer.snapshot();
    show('company', c.company.score);
    for (const [id, u] of Object.entries(c.units)) show(`unit:${id}`, u.subtree.score);
    for (const o of objectives) paintObjective(o.id);
    for (const k of keyResults) show(`key-result:${k.id}`, scorer.keyResult(k.id)?.score);
  }
  function paintObjective(/** @type {string} */ id) {
    const o = scorer.objective(id);
    show(`objective:${id}`, o?.score);
    const badge = root.querySelector(`[data-objective-id="${CSS.escape(id)}"] .objective-status`);
    if (badge !== null && o !== undefined) {
      badge.textContent = o.status;
      /** @type {HTMLElement} */ (badge).dataset['status'] = o.status;
    }
  }

  /**
   * A what-if check-in at `asOf` (one per key result: the id is fixed, so each
   * move replaces the last one), then only the changed scores are rewritten.
   * @param {string} keyResultId @param {CheckInValue} value
   * @returns {string[]} the ids whose card changed
   */
  function whatIf(keyResultId, value) {
    const started = performance.now();
    let changed;
    try {
      changed = scorer.applyCheckIn({ id: `what-if:${keyResultId}`, keyResultId, at: asOf, value });
    } catch (error) {
      // A value the measure cannot take (an empty number field): say so, change nothing.
      const message = isSokrError(error) ? error.issues[0]?.message : undefined;
      status.textContent = `Not a value for this key result: ${message ?? String(error)}`;
      status.dataset['state'] = 'error';
      for (const input of controls.get(keyResultId)?.inputs ?? [])
        input.setAttribute('aria-invalid', 'true');
      return [];
    }
    for (const input of controls.get(keyResultId)?.inputs ?? [])
      input.removeAttribute('aria-invalid');
    for (const id of changed) {
      if (scores.has(`key-result:${id}`)) show(`key-result:${id}`, scorer.keyResult(id)?.score);
      else paintObjective(id);
    }
    // The company and unit aggregates come from the scorer's running sums
    // (the lean read path: no scorecard is built).
    show('company', scorer.company().score);
    for (const unit of set.units) show(`unit:${unit.id}`, scorer.unit(unit.id)?.subtree.score);
    const ms = performance.now() - started;
    status.textContent = `${changed.length} key results and objectives rescored, page updated in ${ms.toFixed(2)} ms`;
    status.dataset['state'] = 'ok';
    status.dataset['ms'] = String(ms);
    return changed;
  }

  const api = {
    whatIf,
    reset() {
      scorer = createScorer(set, { asOf, scale });
      const c = scorer.snapshot();
      for (const [id, control] of controls) {
        control.write(c.keyResults[id]?.value ?? null);
        for (const input of control.inputs) input.removeAttribute('aria-invalid');
      }
      paintAll();
      status.textContent = 'What-ifs cleared';
      status.dataset['state'] = 'ok';
    },
  };
  paintAll();
  return api;
}

/** Units with each parent before its children, siblings in set order. @param {import('sokr').Unit[]} units */
function treeOrder(units) {
  const ids = new Set(units.map((u) => u.id));
  /** @type {import('sokr').Unit[]} */ const out = [];
  const seen = new Set();
  const visit = (/** @type {string | undefined} */ parentId) => {
    for (const u of units) {
      const parent = u.parentId !== undefined && ids.has(u.parentId) ? u.parentId : undefined;
      if (parent === parentId && !seen.has(u.id)) {
        seen.add(u.id);
        out.push(u);
        visit(u.id);
      }
    }
  };
  visit(undefined);
  return out;
}

/**
 * The what-if control of a key result, by its measure: a slider from a
 * metric's start to its target, a number field for a threshold or a range, a
 * checkbox for a milestone, one per item of a checklist; none for a derived
 * key result (its score comes from its child objectives).
 * @param {KeyResult} kr @param {CheckInValue | null} current
 * @returns {Control | undefined}
 */
function whatIfControl(kr, current) {
  const m = kr.measure;
  if (m.kind === 'derived') return undefined;
  const label = `What-if value for ${kr.title}`;
  const wrap = document.createElement('span');
  wrap.className = 'what-if';
  const input = document.createElement('input');
  input.setAttribute('aria-label', label);
  input.dataset['keyResultId'] = kr.id;
  if (m.kind === 'milestone') {
    input.type = 'checkbox';
    const write = (/** @type {CheckInValue | null} */ v) => {
      input.checked = v === true || v === 1;
    };
    write(current);
    wrap.append(input);
    return { node: wrap, inputs: [input], read: () => input.checked, write };
  }
  if (m.kind === 'checklist') {
    const boxes = m.items.map((item) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = item.id;
      box.setAttribute('aria-label', `${item.title} done (what-if for ${kr.title})`);
      box.dataset['keyResultId'] = kr.id;
      return box;
    });
    const write = (/** @type {CheckInValue | null} */ v) => {
      for (const box of boxes) box.checked = Array.isArray(v) && v.includes(box.value);
    };
    write(current);
    wrap.append(...boxes);
    return {
      node: wrap,
      inputs: boxes,
      read: () => boxes.filter((b) => b.checked).map((b) => b.value),
      write,
    };
  }
  const unit = 'unit' in m && m.unit !== undefined ? ` ${m.unit}` : '';
  const echo = document.createElement('span');
  echo.className = 'value';
  const number = () => (input.value.trim() === '' ? Number.NaN : Number(input.value));
  if (m.kind === 'metric') {
    const lo = Math.min(m.start, m.target);
    const hi = Math.max(m.start, m.target);
    input.type = 'range';
    input.min = String(lo);
    input.max = String(hi);
    input.step = String((hi - lo) / 100 || 1);
  } else input.type = 'number';
  const write = (/** @type {CheckInValue | null} */ v) => {
    input.value = String(typeof v === 'number' ? v : initialValue(m));
    echo.textContent = `${input.value}${unit}`;
  };
  write(current);
  input.addEventListener('input', () => {
    echo.textContent = `${input.value}${unit}`;
  });
  wrap.append(input, echo);
  return { node: wrap, inputs: [input], read: number, write };
}

/** Where a control starts without a check-in. @param {Exclude<import('sokr').Measure, { kind: 'derived' | 'milestone' | 'checklist' }>} m */
function initialValue(m) {
  if (m.kind === 'metric') return m.start;
  if (m.kind === 'threshold') return m.value;
  return m.min;
}
