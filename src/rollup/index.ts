// Public API of the rollup layer. Owners add one export line per file.
export {};
