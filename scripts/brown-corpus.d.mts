import type { BrownEntitiesJson } from '../lib/corpus/brown.mjs';

/** Every option that shapes the asset. */
export const OPTIONS: {
  seed: string;
  traceTokens: number;
  traceTargets: readonly number[];
  entities: { seed: string; maxWords: number; dev: number; test: number };
};
/** Where the counts asset is written (public/data/brown.json). */
export const OUT_FILE: string;
/** Where the running-text asset is written (public/data/brown-text.json). */
export const TEXT_FILE: string;
/** Where the entity-tag asset is written (public/data/brown-entities.json). */
export const ENTITIES_FILE: string;
/** The corpus package's folder and metadata. */
export function locateCorpus(): { dir: string; pkg: { name: string; version: string; license: string } };
/** The corpus files as `{ id, text }`, in name order. */
export function readCorpusFiles(dir?: string): { id: string; text: string }[];
/** Builds the three Brown assets unless they are current; returns whether it built, with sizes and stats. */
export function ensureBrownAsset(options?: { force?: boolean }): {
  built: boolean;
  stamp: string;
  files?: number;
  tokens?: number;
  types?: number;
  bytes?: number;
  gzipBytes?: number;
  textBytes?: number;
  textGzipBytes?: number;
  entityStats?: BrownEntitiesJson['stats'];
  entityBytes?: number;
  entityGzipBytes?: number;
};
