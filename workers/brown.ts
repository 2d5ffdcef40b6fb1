/**
 * The Brown corpus assets in the worker: fetched and decoded once per worker and kept for the tasks that read
 * them (the counts for the smoothing article's widgets, the running text for the word2vec article's, the entity
 * tags for the tagging article's); a failed load is forgotten, so the next task fetches anew.
 */
import {
  BROWN_PATH,
  BROWN_TEXT_PATH,
  type BrownCorpus,
  type BrownText,
  decodeBrown,
  decodeBrownText,
} from '@/lib/corpus/asset';
import {
  BROWN_ENTITIES_PATH,
  type BrownEntities,
  cutVocabulary,
  decodeBrownEntities,
} from '@/lib/corpus/entities';
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

let text: Promise<BrownText> | null = null;

/** The decoded running text (BROWN_TEXT_PATH), checked against the counts asset it shares a vocabulary with. */
export function loadBrownText(): Promise<BrownText> {
  if (!text) {
    const loaded = Promise.all([loadBrown(), fetchJson(BROWN_TEXT_PATH)]).then(([c, json]) =>
      decodeBrownText(json, c),
    );
    text = loaded;
    loaded.catch(() => {
      if (text === loaded) text = null;
    });
  }
  return text;
}

let entities: Promise<BrownEntities> | null = null;

/** The decoded entity tags (BROWN_ENTITIES_PATH) over the running text, checked against it. */
export function loadEntities(): Promise<BrownEntities> {
  if (!entities) {
    const loaded = Promise.all([loadBrownText(), fetchJson(BROWN_ENTITIES_PATH)]).then(([t, json]) =>
      decodeBrownEntities(json, t),
    );
    entities = loaded;
    loaded.catch(() => {
      if (entities === loaded) entities = null;
    });
  }
  return entities;
}

const views = new Map<number, Promise<BrownEntities>>();

/**
 * The entity sentences for a model of vocabulary size V (cutVocabulary: indices ≥ V become V, the unknown
 * word), cut once per V and kept. Rejects like loadEntities, or with RangeError for a bad V.
 */
export function entityView(V: number): Promise<BrownEntities> {
  let view = views.get(V);
  if (!view) {
    const made = loadEntities().then((e) => cutVocabulary(e, V));
    view = made;
    views.set(V, made);
    made.catch(() => {
      if (views.get(V) === made) views.delete(V);
    });
  }
  return view;
}
