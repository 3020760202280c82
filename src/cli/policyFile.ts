/**
 * `--policy <file>`: loads a validation policy from a JavaScript module
 * (`.mjs`, `.js`, `.cjs`) or a JSON/YAML file.
 *
 * @module
 */
import { dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Issue } from '../model/issue.js';
import { formatPath } from '../model/issue.js';
import { isSokrError } from '../model/SokrError.js';
import { definePolicy } from '../alignment/definePolicy.js';
import type { Plugin, Policy, PolicyConfig } from '../alignment/types.js';
import { CliError } from './CliError.js';
import { displayPath, loadSourceDocument, type SourceDocument } from './sourceDocument.js';

/**
 * Loads the policy in `path`:
 * - a module's default export (or its `policy` export): a policy made with
 *   `definePolicy`, or a policy config (`{ extends, rules, plugins }`) that is
 *   passed to `definePolicy`;
 * - a JSON or YAML file: a policy config whose `plugins` may name modules
 *   (paths relative to the file) that export a rule or `{ rules }` as default.
 *
 * Throws a {@link CliError} (exit code 2) naming the file and the problem.
 */
export async function loadPolicyFile(path: string, cwd: string): Promise<Policy> {
  const absolute = resolve(cwd, path);
  const file = displayPath(absolute, cwd);
  const ext = extname(absolute).toLowerCase();
  if (ext === '.ts' || ext === '.mts' || ext === '.cts') {
    throw new CliError(
      `${file}: TypeScript policies cannot be loaded directly; compile it to .mjs or use a .mjs file`,
    );
  }
  if (ext === '.json' || ext === '.yaml' || ext === '.yml') {
    const source = await loadSourceDocument(absolute, cwd);
    if (!isRecord(source.data))
      throw new CliError(
        `${file}: a policy file must hold an object like { "extends": "recommended", "rules": { … } }`,
      );
    const config: Record<string, unknown> = { ...source.data };
    if (config['plugins'] !== undefined) {
      config['plugins'] = await loadPluginModules(config['plugins'], dirname(absolute), file);
    }
    return toPolicy(config, file, source);
  }
  const exported = await importModule(absolute, file);
  const value = exported['default'] ?? exported['policy'];
  if (value === undefined) {
    throw new CliError(
      `${file}: the module has no default export (export default definePolicy({ … }) or a policy config)`,
    );
  }
  return toPolicy(value, file);
}

function toPolicy(value: unknown, file: string, source?: SourceDocument): Policy {
  if (isRecord(value) && value['kind'] === 'sokr-policy') return value as unknown as Policy;
  if (!isRecord(value))
    throw new CliError(
      `${file}: the policy must be an object like { extends: 'recommended', rules: { … } }`,
    );
  try {
    return definePolicy(value as PolicyConfig);
  } catch (error) {
    if (isSokrError(error)) throw policyError(file, error.issues, source);
    throw new CliError(
      `${file}: invalid policy: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * The error for an invalid policy: one line per issue, with its place in a
 * JSON or YAML policy file (`policy.yaml:3:5 error unknown_rule rules["…"]: …`,
 * in the order of the file), or its path in a module's export.
 */
function policyError(
  file: string,
  issues: readonly Issue[],
  source: SourceDocument | undefined,
): CliError {
  let details: string[];
  if (source === undefined) {
    details = issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
  } else {
    source.prepare(issues.map((i) => i.path));
    details = issues
      .map((i) => ({ issue: i, at: source.locate(i.path) }))
      .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)
      .map(
        ({ issue, at }) =>
          `${file}:${at.line}:${at.column} error ${issue.code} ${formatPath(issue.path)}: ${issue.message}`,
      );
  }
  return new CliError(
    `${file}: invalid policy (${issues.length} issue${issues.length === 1 ? '' : 's'}):`,
    { details },
  );
}

async function loadPluginModules(plugins: unknown, base: string, file: string): Promise<unknown> {
  if (!Array.isArray(plugins)) return plugins;
  const out: unknown[] = [];
  for (const plugin of plugins) {
    if (typeof plugin !== 'string') {
      out.push(plugin);
      continue;
    }
    const absolute = resolve(base, plugin);
    const exported = await importModule(absolute, displayPath(absolute, base));
    const value = exported['default'] ?? exported['plugin'];
    if (value === undefined)
      throw new CliError(`${file}: plugin module '${plugin}' has no default export`);
    out.push(value as Plugin);
  }
  return out;
}

/** How long a policy module may take to load (its top-level code), unless SOKR_POLICY_TIMEOUT_MS says otherwise. */
export const POLICY_LOAD_TIMEOUT_MS = 30_000;

/**
 * Imports a policy or plugin module. A module whose top-level `await` never
 * settles would end the process with exit code 13 and no message: the
 * import is raced against the event loop running empty (nothing left that
 * could settle it) and against a timeout, both of which name the file.
 */
async function importModule(absolute: string, file: string): Promise<Record<string, unknown>> {
  let onBeforeExit: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const envTimeout = Number(process.env['SOKR_POLICY_TIMEOUT_MS']);
  const timeoutMs =
    Number.isFinite(envTimeout) && envTimeout > 0 ? envTimeout : POLICY_LOAD_TIMEOUT_MS;
  const stalled = new Promise<never>((_, reject) => {
    onBeforeExit = () =>
      reject(
        new CliError(
          `${file}: the policy module never finished loading: its top-level await waits for something that can no longer happen`,
        ),
      );
    process.once('beforeExit', onBeforeExit);
    timer = setTimeout(
      () =>
        reject(
          new CliError(
            `${file}: the policy module did not finish loading within ${timeoutMs / 1000} s (a top-level await that does not settle?)`,
          ),
        ),
      timeoutMs,
    );
    timer.unref();
  });
  try {
    return (await Promise.race([import(pathToFileURL(absolute).href), stalled])) as Record<
      string,
      unknown
    >;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    // "Cannot find module '<absolute>' imported from …" is this file missing; the same
    // code for a module *it* imports names that one, with this file after "imported from".
    const text = String((error as Error).message);
    if (code === 'ERR_MODULE_NOT_FOUND' && text.includes(`'${absolute}'`)) {
      throw new CliError(`${file}: no such file`);
    }
    throw new CliError(
      `${file}: cannot load the policy module: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  } finally {
    if (onBeforeExit !== undefined) process.removeListener('beforeExit', onBeforeExit);
    clearTimeout(timer);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
