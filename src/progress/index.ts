// Public API of the progress layer. Owners add one export line per file.
export {};
