// Public API of the ops layer. Owners add one export line per file.
export {};
