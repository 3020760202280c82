/**
 * The starter OKR file `sokr init` writes: small, valid, in the nested
 * authoring format, commented so a newcomer can edit it.
 *
 * @module
 */

/** The authoring schema the package ships, as seen from a file next to `node_modules`. */
export const DEFAULT_SCHEMA = './node_modules/sokr/schema/authoring.json';

/**
 * The starter file: a company with one team, the cycles `year` and its Q1,
 * two objectives (one cascading from the other) with four key results.
 *
 * @param year - The calendar year of the cycles.
 * @param schema - Where editors find the JSON Schema of the authoring format
 *   (the `# yaml-language-server: $schema=…` line), relative to the file or a URL.
 * @returns The YAML text.
 */
export function starterTemplate(year: number, schema: string = DEFAULT_SCHEMA): string {
  return `# yaml-language-server: $schema=${schema}
# OKRs as code, checked by sokr (https://www.npmjs.com/package/sokr).
#   npx sokr validate <this file>
#   npx sokr score <this file> --as-of ${year}-02-15
# Nested authoring format: objectives hold their key results, key results their
# check-ins. Ids of objectives, key results and check-ins are optional.
version: 1

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
  - id: y${year}
    name: '${year}'
    start: ${year}-01-01
    end: ${year}-12-31
  - id: q1-${year}
    name: Q1 ${year}
    start: ${year}-01-01
    end: ${year}-03-31
    parentId: y${year}

objectives:
  - id: delight-customers
    title: Delight our customers
    unitId: company
    cycleId: q1-${year}
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
          - at: ${year}-01-14
            value: 33
            confidence: 7
            moved: Support answers within a day now.
      - title: Cut open support tickets from 120 to 60
        ownerId: ceo
        measure: { kind: metric, start: 120, target: 60 }

  - title: Ship the onboarding our customers ask for
    unitId: product-team
    cycleId: q1-${year}
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
