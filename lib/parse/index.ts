// Parsing and snapping of reader-typed numbers and pasted matrices.
export * from './matrix';
export * from './number';
export * from './vector';
