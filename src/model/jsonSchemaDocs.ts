/**
 * Help text of the JSON Schemas (`okrSetJsonSchema`, `authoringJsonSchema`):
 * a description and an example for every field, shown by editors on hover
 * and in completion. A field added to the model gets its line here (or a zod
 * `.meta({ description, examples })` on its schema in `schemas.ts` or its `_…Schemas.ts` parts, which wins); the schema
 * tests fail for a field without both. Internal.
 *
 * @module
 */

/** One field: what it means, an example value, and the entity its value (or items) are. */
interface FieldDoc {
  readonly d: string;
  readonly e: unknown;
  readonly of?: Entity;
}

/** The object kinds of the OKR set, as the JSON Schema nests them. */
export type Entity =
  | 'set'
  | 'strategy'
  | 'pillar'
  | 'horizon'
  | 'swotItem'
  | 'unit'
  | 'person'
  | 'cycle'
  | 'objective'
  | 'link'
  | 'ref'
  | 'keyResult'
  | 'measure'
  | 'checklistItem'
  | 'checkpoint'
  | 'planPoint'
  | 'checkIn'
  | 'initiative'
  | 'dependency'
  | 'risk';

const ID = 'A stable id, unique among its kind; other entities refer to it.';

/** Descriptions of the entities themselves. */
export const ENTITY_DOCS: Readonly<Record<Entity, string>> = {
  set: 'An OKR set: strategy, organisation, cycles, objectives and key results, check-ins and the rest.',
  strategy:
    'Mission, vision, values, strategic pillars and the SWOT analysis the objectives link to.',
  pillar: 'A strategic pillar: a long-term theme objectives link to (3–5 recommended).',
  horizon: 'The time span a pillar covers (12–36 months).',
  swotItem: 'A strength, weakness, opportunity or threat an objective can link to.',
  unit: 'A unit of the organisation (company, department, team); exactly one unit has no parent.',
  person: 'A person: owner, approver or check-in author.',
  cycle: 'A time box for objectives (a year, a quarter); a quarter names its year as parent.',
  objective: 'An objective: what a unit wants to achieve in a cycle.',
  link: 'A link from an objective to one of the six anchors: a pillar, another objective it supports, or a SWOT item.',
  ref: 'A reference to an objective ({ objectiveId }) or a key result ({ keyResultId }): exactly one of the two.',
  keyResult: 'A key result: one measurable outcome of an objective, owned by exactly one person.',
  measure:
    'How a key result is measured; `kind` selects metric, threshold, range, milestone, checklist or derived.',
  checklistItem: 'An item of a checklist measure.',
  checkpoint: 'A value of a metric and the score it gives.',
  planPoint: 'A planned value of a key result at a date.',
  checkIn: 'A weekly check-in: the current value of a key result, with confidence and notes.',
  initiative: 'An action or task that moves a key result.',
  dependency: 'An explicit dependency between objectives or key results of different teams.',
  risk: 'A risk to a key result or an objective.',
};

/** Every field of every entity. */
export const FIELD_DOCS: Readonly<Record<Entity, Readonly<Record<string, FieldDoc>>>> = {
  set: {
    version: { d: 'The format version; always 1.', e: 1 },
    timeZone: {
      d: "The organisation's IANA time zone (default 'UTC'): date-only strings are calendar days there.",
      e: 'Europe/Berlin',
    },
    strategy: {
      d: 'Mission, vision, values, pillars and SWOT.',
      e: { pillars: [] },
      of: 'strategy',
    },
    units: {
      d: 'The organisation tree: one root unit, the others name a parent.',
      e: [],
      of: 'unit',
    },
    people: { d: 'The people who own, approve and check in.', e: [], of: 'person' },
    cycles: { d: 'The time boxes (years, quarters).', e: [], of: 'cycle' },
    objectives: { d: 'The objectives of every unit and cycle.', e: [], of: 'objective' },
    keyResults: {
      d: 'Key results listed apart from their objective (each names its objectiveId).',
      e: [],
      of: 'keyResult',
    },
    checkIns: {
      d: 'Check-ins listed apart from their key result (each names its keyResultId).',
      e: [],
      of: 'checkIn',
    },
    initiatives: {
      d: 'Initiatives listed apart from their key result (each names its keyResultId).',
      e: [],
      of: 'initiative',
    },
    dependencies: { d: 'Cross-team dependencies.', e: [], of: 'dependency' },
    risks: { d: 'Risks to key results or objectives.', e: [], of: 'risk' },
  },
  strategy: {
    id: { d: 'An optional id of the strategy.', e: 'acme-2026' },
    mission: { d: 'Why the organisation exists.', e: 'Help small shops thrive.' },
    vision: { d: 'Where it wants to be in a few years.', e: 'Every street has a shop that lasts.' },
    values: { d: 'The values it works by.', e: ['Customers first', 'Ship weekly'] },
    pillars: { d: 'The strategic pillars (3–5 recommended).', e: [], of: 'pillar' },
    swot: { d: 'The SWOT analysis.', e: [], of: 'swotItem' },
  },
  pillar: {
    id: { d: ID, e: 'customers' },
    title: { d: 'The name of the pillar.', e: 'Delighted customers' },
    description: { d: 'What the pillar means.', e: 'Customers recommend us.' },
    horizon: {
      d: 'The span the pillar covers.',
      e: { start: '2026-01-01', end: '2027-12-31' },
      of: 'horizon',
    },
  },
  horizon: {
    start: { d: 'First day (ISO-8601 date).', e: '2026-01-01' },
    end: { d: 'Last day, inclusive (ISO-8601 date).', e: '2027-12-31' },
  },
  swotItem: {
    id: { d: ID, e: 'o-smb' },
    kind: { d: 'strength, weakness, opportunity or threat.', e: 'opportunity' },
    title: { d: 'What it is.', e: 'The SMB market is underserved' },
    unitId: { d: 'The unit it concerns (a unit id), if not the whole company.', e: 'sales' },
    description: { d: 'More detail.', e: 'Few tools fit shops under 10 people.' },
  },
  unit: {
    id: { d: ID, e: 'product-team' },
    name: { d: 'The name of the unit.', e: 'Product' },
    parentId: { d: 'The parent unit (a unit id); absent for the root unit.', e: 'company' },
    leadId: {
      d: 'The person who leads the unit (a person id): approver and first step of escalation.',
      e: 'pm',
    },
  },
  person: {
    id: { d: ID, e: 'pm' },
    name: { d: 'The name shown in reports.', e: 'Pat Product' },
    unitId: { d: 'The unit the person belongs to (a unit id).', e: 'product-team' },
  },
  cycle: {
    id: { d: ID, e: 'q1-2026' },
    name: { d: 'The name shown in reports.', e: 'Q1 2026' },
    start: { d: 'First day (ISO-8601 date or date-time).', e: '2026-01-01' },
    end: { d: 'Last day, inclusive (ISO-8601 date or date-time).', e: '2026-03-31' },
    parentId: {
      d: 'The cycle this one lies in (a cycle id), e.g. the year of a quarter.',
      e: 'y2026',
    },
  },
  objective: {
    id: {
      d: 'A stable id. Optional in the authoring format: derived as cycleId.unitId.slug-of-title.',
      e: 'delight-customers',
    },
    title: {
      d: 'What the unit wants to achieve, in words that inspire.',
      e: 'Delight our customers',
    },
    description: { d: 'Why it matters, how it is meant.', e: 'Customers who love us stay.' },
    unitId: { d: 'The unit that owns the objective (a unit id).', e: 'company' },
    cycleId: { d: 'The cycle it belongs to (a cycle id).', e: 'q1-2026' },
    ownerId: { d: 'The person accountable (a person id).', e: 'ceo' },
    parent: {
      d: 'What this objective cascades from: { objectiveId } or { keyResultId } of a parent.',
      e: { objectiveId: 'delight-customers' },
      of: 'ref',
    },
    links: {
      d: 'The anchors it links to (pillars, supported objectives, SWOT items).',
      e: [{ kind: 'pillar', pillarId: 'customers' }],
      of: 'link',
    },
    commitment: {
      d: 'committed (must reach 1.0) or aspirational (0.7 is success; default).',
      e: 'committed',
    },
    weight: { d: 'Weight in rollups: 0, or 1e-9 to 1e9 (default 1).', e: 1 },
    state: { d: 'Life cycle: draft (default), proposed, approved, active, closed.', e: 'active' },
    approvedBy: { d: 'Who approved it (a person id), from an ancestor unit.', e: 'ceo' },
    carriedFrom: {
      d: 'The objective of an earlier cycle this one continues (an objective id).',
      e: 'q4-2025.company.delight-customers',
    },
    finalScore: {
      d: 'The final score recorded at close (0–1), when it differs from the computed one.',
      e: 0.6,
    },
    finalScoreReason: {
      d: 'Why the final score differs from the computed one.',
      e: 'The survey ran late; the last result counts.',
    },
    keyResults: {
      d: 'Authoring format: the key results of this objective (they take its id as objectiveId).',
      e: [],
      of: 'keyResult',
    },
  },
  link: {
    kind: {
      d: 'pillar, supports, or a SWOT kind (strength, weakness, opportunity, threat).',
      e: 'pillar',
    },
    pillarId: { d: 'The pillar (a pillar id).', e: 'customers' },
    objectiveId: {
      d: "The other team's objective this one supports (an objective id).",
      e: 'delight-customers',
    },
    swotId: { d: 'The SWOT item (a SWOT item id of the same kind).', e: 'o-smb' },
  },
  ref: {
    objectiveId: { d: 'An objective id.', e: 'delight-customers' },
    keyResultId: { d: 'A key result id.', e: 'delight-customers.kr1' },
  },
  keyResult: {
    id: {
      d: 'A stable id. Optional in the authoring format: derived as objectiveId.krN.',
      e: 'delight-customers.kr1',
    },
    objectiveId: {
      d: 'The objective it measures (an objective id). Implied when nested under the objective.',
      e: 'delight-customers',
    },
    title: { d: 'The measurable outcome, with its numbers.', e: 'Raise NPS from 30 to 45' },
    description: { d: 'How it is measured, where the numbers come from.', e: 'Quarterly survey.' },
    ownerId: { d: 'The one person who owns it (a person id).', e: 'ceo' },
    weight: { d: 'Weight within its objective: 0, or 1e-9 to 1e9 (default 1).', e: 2 },
    due: { d: 'Due date, within the cycle (ISO-8601); default the cycle end.', e: '2026-03-15' },
    measure: {
      d: 'How progress is measured.',
      e: { kind: 'metric', start: 30, target: 45 },
      of: 'measure',
    },
    confidence: { d: 'Confidence of reaching it, 0–10.', e: 7 },
    plan: {
      d: 'How progress is expected to build up: linear (default), front-loaded, back-loaded, s-curve, step, or planned values [{ at, value }].',
      e: 's-curve',
      of: 'planPoint',
    },
    checkIns: {
      d: 'Authoring format: the check-ins of this key result (they take its id as keyResultId).',
      e: [],
      of: 'checkIn',
    },
    initiatives: {
      d: 'Authoring format: the initiatives of this key result (they take its id as keyResultId).',
      e: [],
      of: 'initiative',
    },
  },
  measure: {
    kind: { d: 'metric, threshold, range, milestone, checklist or derived.', e: 'metric' },
    start: {
      d: 'metric: the baseline value (progress 0); null when not known yet: the first check-in sets it.',
      e: 30,
    },
    target: { d: 'metric: the target value (progress 1); below start for a decrease.', e: 45 },
    unit: { d: 'The unit of the values, for display.', e: '%' },
    direction: {
      d: 'metric with start = target: increase or decrease counts as met.',
      e: 'increase',
    },
    checkpoints: {
      d: 'metric: score levels between start and target, [{ value, score }].',
      e: [{ value: 40, score: 0.7 }],
      of: 'checkpoint',
    },
    mode: { d: 'threshold: atLeast (keep above) or atMost (keep below).', e: 'atMost' },
    value: { d: 'threshold: the value to keep.', e: 3 },
    min: { d: 'range: the lowest value inside the range.', e: 100 },
    max: { d: 'range: the highest value inside the range.', e: 300 },
    items: {
      d: 'checklist: the items to complete (at least one).',
      e: [{ id: 'docs', title: 'Write the docs' }],
      of: 'checklistItem',
    },
  },
  checklistItem: {
    id: { d: 'The item id, unique in its checklist; check-ins list the ids done.', e: 'docs' },
    title: { d: 'What to complete.', e: 'Write the docs' },
  },
  checkpoint: {
    value: { d: 'A value between start and target.', e: 40 },
    score: { d: 'The score that value gives, 0–1.', e: 0.7 },
  },
  planPoint: {
    at: { d: 'The date (ISO-8601).', e: '2026-02-15' },
    value: { d: 'The value planned for that date.', e: 38 },
  },
  checkIn: {
    id: {
      d: 'A stable id. Optional in the authoring format: derived as keyResultId@at.',
      e: 'delight-customers.kr1@2026-01-14',
    },
    keyResultId: {
      d: 'The key result (a key result id). Implied when nested under the key result.',
      e: 'delight-customers.kr1',
    },
    at: { d: 'When (ISO-8601 date or date-time), within the key result window.', e: '2026-01-14' },
    value: {
      d: 'The current value: a number (metric, threshold, range), true/false (milestone) or the ids done (checklist).',
      e: 33,
    },
    confidence: { d: 'Confidence of reaching the key result, 0–10.', e: 7 },
    moved: { d: 'What moved since the last check-in.', e: 'Support answers within a day now.' },
    blocked: { d: 'What is blocking progress.', e: 'Waiting for the survey tool.' },
    next: { d: 'What happens next.', e: 'Call the ten unhappiest customers.' },
    authorId: { d: 'Who checked in (a person id).', e: 'ceo' },
  },
  initiative: {
    id: {
      d: 'A stable id. Optional in the authoring format: derived as keyResultId.iN.',
      e: 'delight-customers.kr1.i1',
    },
    keyResultId: {
      d: 'The key result it moves (a key result id). Implied when nested under the key result.',
      e: 'delight-customers.kr1',
    },
    title: { d: 'What is done.', e: 'Answer every ticket within a day' },
    ownerId: { d: 'Who does it (a person id).', e: 'pm' },
    state: { d: 'todo (default), doing or done.', e: 'doing' },
    due: { d: 'Due date (ISO-8601).', e: '2026-02-28' },
  },
  dependency: {
    id: { d: ID, e: 'dep-onboarding-api' },
    from: {
      d: 'What depends: { objectiveId } or { keyResultId }.',
      e: { objectiveId: 'onboarding' },
      of: 'ref',
    },
    on: {
      d: 'What it depends on: { objectiveId } or { keyResultId }.',
      e: { keyResultId: 'platform.kr2' },
      of: 'ref',
    },
    state: { d: 'proposed (default), accepted or declined.', e: 'accepted' },
    note: { d: 'What is needed, by when.', e: 'The API must be live by February.' },
    decidedAt: { d: 'When it was accepted or declined (ISO-8601).', e: '2025-12-15' },
  },
  risk: {
    id: { d: ID, e: 'risk-survey' },
    keyResultId: {
      d: 'The key result at risk (give this or objectiveId).',
      e: 'delight-customers.kr1',
    },
    objectiveId: { d: 'The objective at risk (give this or keyResultId).', e: 'delight-customers' },
    title: { d: 'What could go wrong.', e: 'Survey response rate too low' },
    likelihood: { d: 'low, medium or high.', e: 'medium' },
    impact: { d: 'low, medium or high.', e: 'high' },
    mitigation: { d: 'What is done about it.', e: 'Send reminders.' },
  },
};

type JsonNode = Record<string, unknown>;

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object schemas a node stands for: itself, its array items, or its `anyOf` / `oneOf` members. */
function objectVariants(node: JsonNode, out: JsonNode[] = []): JsonNode[] {
  if (node['type'] === 'object') out.push(node);
  else if (node['type'] === 'array' && isNode(node['items'])) objectVariants(node['items'], out);
  for (const key of ['anyOf', 'oneOf']) {
    const members = node[key];
    if (Array.isArray(members)) for (const m of members) if (isNode(m)) objectVariants(m, out);
  }
  return out;
}

/**
 * Adds the help text of {@link FIELD_DOCS} to a JSON Schema of an `entity`
 * (in place): a `description` and `examples` on every property that has none,
 * recursively into the entities the fields hold, and an `enum` beside each
 * `const` (editors complete enums). Internal.
 *
 * @param node - A JSON Schema node (an object schema, an array of them, or a union).
 * @param entity - What the node describes.
 */
export function annotateJsonSchema(node: JsonNode, entity: Entity): void {
  for (const variant of objectVariants(node)) {
    if (variant['description'] === undefined) variant['description'] = ENTITY_DOCS[entity];
    const properties = variant['properties'];
    if (!isNode(properties)) continue;
    for (const [name, property] of Object.entries(properties)) {
      if (!isNode(property)) continue;
      const doc = Object.hasOwn(FIELD_DOCS[entity], name) ? FIELD_DOCS[entity][name] : undefined;
      if (doc !== undefined) {
        if (property['description'] === undefined) property['description'] = doc.d;
        if (property['examples'] === undefined) property['examples'] = [doc.e];
        if (doc.of !== undefined) annotateJsonSchema(property, doc.of);
      }
      if (property['const'] !== undefined && property['enum'] === undefined) {
        property['enum'] = [property['const']];
      }
    }
  }
}
