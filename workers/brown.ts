/**
 * The Brown corpus asset in the worker: fetched and decoded once per worker and kept for the tasks that read it
 * (the smoothing article's widgets); a failed load is forgotten, so the next task fetches anew.
 */
import { BROWN_PATH, type BrownCorpus, decodeBrown } from '@/lib/corpus/asset';
import { fetchJson } from './fetchJson';

let corpus: Promise<BrownCorpus> | null = null;

/** The decoded asset (BROWN_PATH). Rejects with the HTTP status or the decoder's message. */
export function loadBrown(): Promise<BrownCorpus> {
  if (!corpus) {
    const loaded = fetchJson(BROWN_PATH).then(decodeBrown);
    corpus = loaded;
    loaded.catch(() => {
      if (corpus === loaded) corpus = null;
    });
  }
  return corpus;
}
