// Public API of the report layer. Owners add one export line per file.
export {};
