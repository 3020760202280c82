// An object every read of which throws (a Proxy whose traps throw "trap"): what a caller's
// broken getter looks like to sokr.
export function throwingProxy(): object {
  const trap = () => {
    throw new Error('trap');
  };
  return new Proxy({}, { get: trap, ownKeys: trap, has: trap, getPrototypeOf: trap });
}
