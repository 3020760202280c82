// Public API of the alignment layer. Owners add one export line per file.
export {};
