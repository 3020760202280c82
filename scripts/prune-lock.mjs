// Keeps package-lock.json installable with `npm ci` on this project's registry.
//
// The registry mirror this project installs from does not serve every
// platform build of a few native packages (biome's and rollup's
// darwin/win32/musl binaries). npm then leaves those optional packages out of
// the lockfile but keeps naming them under `optionalDependencies`, and `npm ci`
// refuses the lockfile as "Missing: … from lock file". This script drops the
// optional names that have no entry in the lockfile. Run it after
// `npm install` changes the lockfile (`npm run lock:prune`).
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const present = new Set(
  Object.keys(lock.packages).map((p) => p.slice(p.lastIndexOf('node_modules/') + 'node_modules/'.length)),
);
let pruned = 0;
for (const entry of Object.values(lock.packages)) {
  const optional = entry.optionalDependencies;
  if (!optional) continue;
  for (const name of Object.keys(optional)) {
    if (!present.has(name)) {
      delete optional[name];
      pruned += 1;
    }
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`prune-lock: removed ${pruned} optional dependencies the registry does not serve`);
