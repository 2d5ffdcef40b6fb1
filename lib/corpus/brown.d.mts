/** The asset's format tag; lib/corpus/asset.ts refuses anything else. */
export const BROWN_FORMAT: 'frugal-brown/1';

/** The format tag of the running-text asset. */
export const BROWN_TEXT_FORMAT: 'frugal-brown-text/1';

/** The genre of each file letter, as the corpus's CONTENTS file names them. */
export const BROWN_GENRES: Readonly<Record<string, string>>;

/** A corpus file name: "c", the genre letter, two digits. */
export const BROWN_FILE: RegExp;

/** The words of a Form C file in order, lower-cased, punctuation dropped. */
export function brownWords(text: string): string[];

/** A seeded permutation of 0 … n−1, stable across runs and platforms. */
export function seededOrder(n: number, seed: string): number[];

/** The asset as written to public/data/brown.json (see brown.mjs for the meaning of each field). */
export interface BrownAssetJson {
  format: typeof BROWN_FORMAT;
  vocabulary: string[];
  counts: number[];
  documents: {
    ids: string[];
    genres: string;
    tokens: number[];
    words: number[][];
    counts: number[][];
  };
  split: { train: number[]; dev: number[]; test: number[] };
  traces: { tokens: number; words: string[]; positions: number[][] };
  source?: Record<string, unknown>;
  stats?: Record<string, number>;
}

/** Builds the asset from the corpus files. */
export function buildBrownAsset(
  files: readonly { id: string; text: string }[],
  options: { seed: string; traceTokens: number; traceTargets: readonly number[] },
): BrownAssetJson;

/** The sentences of a Form C file, each as its words; sentences without a word are dropped. */
export function brownSentences(text: string): string[][];

/** The running-text asset as written to public/data/brown-text.json. */
export interface BrownTextJson {
  format: typeof BROWN_TEXT_FORMAT;
  /** The counts asset's stamp, so the two are known to share a vocabulary. */
  stamp: string;
  vocabularySize: number;
  sentences: number;
  /** Vocabulary indices in corpus order, −1 between sentences. */
  stream: number[];
}

/** Every sentence of the corpus as vocabulary indices, −1 between sentences. */
export function buildBrownText(
  files: readonly { id: string; text: string }[],
  vocabulary: readonly string[],
  stamp: string,
): BrownTextJson;

/** The format tag of the entity-tag asset. */
export const BROWN_ENTITIES_FORMAT: 'frugal-brown-entities/1';

/** Whether a Brown tag marks an entity word (a proper-noun base `np…` in some `+` part, or a `-tl` suffix). */
export function isEntityTag(tag: string): boolean;

/** The entity tags of a Form C file, one string of x/s/b/m/e letters per sentence (upper-case: capitalised). */
export function brownEntityTags(text: string): string[];

/** Counts over entity-tag strings. */
export interface EntityStats {
  sentences: number;
  tokens: number;
  spans: number;
  entityTokens: number;
  /** Sentences with at least one span. */
  withSpan: number;
  /** Tokens whose form starts with an upper-case letter. */
  capitalised: number;
  tags: { x: number; s: number; b: number; m: number; e: number };
  /** `spanLengths[k]`: spans of k + 1 words. */
  spanLengths: number[];
}

/** Counts over entity-tag strings (either case). */
export function entityStats(tagStrings: readonly string[]): EntityStats;

/** The entity-tag asset as written to public/data/brown-entities.json. */
export interface BrownEntitiesJson {
  format: typeof BROWN_ENTITIES_FORMAT;
  /** The stamp it shares with brown.json and brown-text.json. */
  stamp: string;
  sentences: number;
  /** The longest sentence (in words) a split holds. */
  maxWords: number;
  /** One letter per word of brown-text.json's sentences, in order, no separators. */
  tags: string;
  /** Sentence indices, ascending and delta-coded; train is read in the order seededOrder(n, trainSeed) gives. */
  split: { trainSeed: string; train: number[]; dev: number[]; test: number[] };
  stats: { corpus: EntityStats; train: EntityStats; dev: EntityStats; test: EntityStats };
}

/** The entity-tag asset from the corpus files and the counts asset's file split. */
export function buildBrownEntities(
  files: readonly { id: string; text: string }[],
  split: { train: readonly number[]; dev: readonly number[]; test: readonly number[] },
  options: { seed: string; maxWords: number; dev: number; test: number },
  stamp: string,
): BrownEntitiesJson;
