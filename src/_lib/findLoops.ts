/**
 * The loops of a functional graph (`next[i]` is where `i` points, −1 for
 * nowhere): one iterative walk per unvisited node, each loop found once, in the
 * order the walks meet them, each listed from the node where its walk entered
 * it. Linear time; no recursion, so a chain of any length is fine. Private:
 * the integrity checks (units, cycles), the unit forest and the cascade use it.
 */
export function findLoops(next: Int32Array): number[][] {
  const loops: number[][] = [];
  const walk = new Int32Array(next.length); // 0: not seen; s + 1: seen by the walk from s
  for (let s = 0; s < next.length; s++) {
    if (walk[s] !== 0) continue;
    let v = s;
    while (v !== -1 && walk[v] === 0) {
      walk[v] = s + 1;
      v = next[v]!;
    }
    if (v === -1 || walk[v] !== s + 1) continue;
    const loop: number[] = [];
    let u = v;
    do {
      loop.push(u);
      u = next[u]!;
    } while (u !== v);
    loops.push(loop);
  }
  return loops;
}
