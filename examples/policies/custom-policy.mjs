// @ts-check
/**
 * A custom sokr policy, loaded by the command line with
 *   npx sokr validate examples/acme.okr.yaml --policy examples/policies/custom-policy.mjs
 *
 * It starts from the `recommended` preset, makes two rules stricter and adds a
 * team rule. The default export is a policy config (what `definePolicy` takes);
 * a policy already built with `definePolicy` works too.
 */
import krHasInitiative from './kr-has-initiative.mjs';

/** @type {import('sokr').PolicyConfig} */
const policy = {
  name: 'acme',
  extends: 'recommended',
  rules: {
    // Every objective must reach a pillar, a SWOT item or a supported objective.
    'link/anchor-required': 'error',
    // At most 4 key results per objective, as an error.
    'limits/kr-per-objective': ['error', { max: 4 }],
    // The team rule, with its options: committed key results need an initiative.
    'team/kr-has-initiative': ['warning', { min: 1, committedOnly: true }],
  },
  plugins: [krHasInitiative],
};

export default policy;
