/**
 * The starter OKR file `sokr init` writes: small, valid, in the nested
 * authoring format, commented so a newcomer can edit it.
 *
 * @module
 */

/** The authoring schema the package ships, as seen from a file next to `node_modules`. */
export const DEFAULT_SCHEMA = './node_modules/sokr/schema/authoring.json';

/** The cycles of a starter file other than a calendar year and its Q1 (`sokr init` with a fiscal year). */
export interface StarterCycles {
  /** The (fiscal) year cycle. */
  year: { id: string; name: string; start: string; end: string };
  /** The quarter the objectives are in (the current one), a child of `year`. */
  quarter: { id: string; name: string; start: string; end: string };
  /** The day the example commands score at (inside the quarter). */
  asOf: string;
  /** The set's time zone, written when given. */
  timeZone?: string | undefined;
}

/**
 * The starter file: a company with one team, the cycles `year` and its Q1 (or
 * the fiscal year and quarter of `cycles`),
 * two objectives (one cascading from the other) with four key results.
 *
 * @param year - The calendar year of the cycles.
 * @param schema - Where editors find the JSON Schema of the authoring format
 *   (the `# yaml-language-server: $schema=…` line), relative to the file or a URL.
 * @param cycles - A fiscal year and quarter to use instead of `year` and its Q1.
 * @returns The YAML text.
 */
export function starterTemplate(
  year: number,
  schema: string = DEFAULT_SCHEMA,
  cycles?: StarterCycles,
): string {
  const c = cycles ?? {
    year: { id: `y${year}`, name: `'${year}'`, start: `${year}-01-01`, end: `${year}-12-31` },
    quarter: { id: `q1-${year}`, name: `Q1 ${year}`, start: `${year}-01-01`, end: `${year}-03-31` },
    asOf: `${year}-02-15`,
  };
  const checkInAt = cycles === undefined ? `${year}-01-14` : cycles.quarter.start;
  const zoneLine =
    cycles?.timeZone === undefined
      ? ''
      : `# Dates are calendar days in this IANA time zone (default UTC).\ntimeZone: ${cycles.timeZone}\n`;
  return `# yaml-language-server: $schema=${schema}
# OKRs as code, checked by sokr (https://www.npmjs.com/package/sokr).
#   npx sokr validate <this file>
#   npx sokr score <this file> --as-of ${c.asOf}
# Nested authoring format: objectives hold their key results, key results their
# check-ins. Ids of objectives, key results and check-ins are optional.
version: 1
${zoneLine}
strategy:
  mission: Help small teams ship software they are proud of.
  vision: Every team we serve releases weekly without fear.
  pillars:
    - id: customers
      title: Delighted customers
    - id: product
      title: A product that sells itself
    - id: team
      title: A team that grows

units:
  - id: company
    name: Example Inc.
  - id: product-team
    name: Product
    parentId: company

people:
  - id: ceo
    name: Casey CEO
    unitId: company
  - id: pm
    name: Pat Product
    unitId: product-team

cycles:
  - id: ${c.year.id}
    name: ${c.year.name}
    start: ${c.year.start}
    end: ${c.year.end}
  - id: ${c.quarter.id}
    name: ${c.quarter.name}
    start: ${c.quarter.start}
    end: ${c.quarter.end}
    parentId: ${c.year.id}

objectives:
  - id: delight-customers
    title: Delight our customers
    unitId: company
    cycleId: ${c.quarter.id}
    ownerId: ceo
    commitment: committed
    state: active
    links:
      - kind: pillar
        pillarId: customers
    keyResults:
      - title: Raise NPS from 30 to 45
        ownerId: ceo
        measure: { kind: metric, start: 30, target: 45 }
        checkIns:
          - at: ${checkInAt}
            value: 33
            confidence: 7
            moved: Support answers within a day now.
      - title: Cut open support tickets from 120 to 60
        ownerId: ceo
        measure: { kind: metric, start: 120, target: 60 }

  - title: Ship the onboarding our customers ask for
    unitId: product-team
    cycleId: ${c.quarter.id}
    ownerId: pm
    state: active
    approvedBy: ceo
    parent: { objectiveId: delight-customers }
    links:
      - kind: pillar
        pillarId: product
    keyResults:
      - title: Launch guided onboarding
        ownerId: pm
        measure: { kind: milestone }
      - title: Raise activation from 40% to 60%
        ownerId: pm
        measure: { kind: metric, start: 40, target: 60, unit: '%' }
`;
}
