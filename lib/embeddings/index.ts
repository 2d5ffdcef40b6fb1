export type { CooccurrenceOptions, PmiOptions, WindowWeighting } from './cooccurrence';
export { cooccurrence, pmiMatrix, WINDOW_WEIGHTINGS } from './cooccurrence';
