// Public API of the scale layer. Owners add one export line per file.
export {};
