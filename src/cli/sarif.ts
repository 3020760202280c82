/**
 * SARIF 2.1.0 output of `sokr validate --format sarif`, for GitHub code
 * scanning and other SARIF viewers.
 *
 * @module
 */
import type { Severity } from '../alignment/types.js';

/** One result to put in the SARIF log. */
export interface SarifResultInput {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
}

/** Description of a rule for the SARIF `tool.driver.rules` array. */
export interface SarifRuleInput {
  id: string;
  description: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * Builds a SARIF 2.1.0 log with one run of the `sokr` tool. File paths are
 * emitted as relative URIs (forward slashes) so code scanning can map them to
 * the repository.
 */
export function toSarif(
  results: readonly SarifResultInput[],
  rules: readonly SarifRuleInput[],
  version: string,
  /** Counts for the run's property bag (e.g. every result, also when a viewer shows fewer). */
  totals?: Record<string, number>,
): Record<string, unknown> {
  const ruleIndex = new Map<string, number>();
  const driverRules: Record<string, unknown>[] = [];
  const addRule = (id: string, description: string) => {
    if (ruleIndex.has(id)) return;
    ruleIndex.set(id, driverRules.length);
    driverRules.push({ id, shortDescription: { text: description } });
  };
  for (const rule of rules) addRule(rule.id, rule.description);
  for (const result of results) addRule(result.ruleId, result.ruleId);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sokr',
            version,
            semanticVersion: version,
            informationUri: 'https://www.npmjs.com/package/sokr',
            rules: driverRules,
          },
        },
        ...(totals === undefined ? {} : { properties: { totals } }),
        results: results.map((r) => ({
          ruleId: r.ruleId,
          ruleIndex: ruleIndex.get(r.ruleId),
          level: LEVEL[r.severity],
          message: { text: r.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(r.file) },
                region: { startLine: r.line, startColumn: r.column },
              },
            },
          ],
        })),
      },
    ],
  };
}

function toUri(file: string): string {
  return file
    .split(/[\\/]/)
    .map((part) => encodeURIComponent(part))
    .join('/');
}
