/**
 * Hand-made sentences for the tag decoder, each with per-word probabilities over x / s / b / m / e (in TAGS
 * order). The numbers are illustrative: written by hand to look like a tagger's softmax outputs and to show
 * one decoding situation each, not produced by any trained model. Every row sums to 1 and every entry is
 * positive, so the post's table always leaves a legal reading.
 */

/** One sentence: its words and one row of tag probabilities per word. */
export interface TagPreset {
  readonly words: readonly string[];
  readonly probs: readonly (readonly number[])[];
  /** What the sentence shows, in one sentence. */
  readonly note: string;
}

/** The sentences, by the id the `preset` parameter names. */
export const TAG_PRESETS = {
  bxe: {
    words: ['Fires', 'near', 'Los', 'Angeles', 'County', 'spread'],
    probs: [
      [0.9, 0.04, 0.03, 0.01, 0.02],
      [0.93, 0.02, 0.03, 0.01, 0.01],
      [0.2, 0.05, 0.7, 0.03, 0.02],
      [0.42, 0.05, 0.05, 0.38, 0.1],
      [0.3, 0.05, 0.02, 0.13, 0.5],
      [0.92, 0.03, 0.02, 0.01, 0.02],
    ],
    note: 'The tagger is unsure of the middle word: greedy reads b x e, which the post’s table forbids.',
  },
  xm: {
    words: ['Talks', 'at', 'the', 'United', 'Nations', 'ended'],
    probs: [
      [0.88, 0.05, 0.04, 0.01, 0.02],
      [0.94, 0.02, 0.02, 0.01, 0.01],
      [0.8, 0.03, 0.12, 0.03, 0.02],
      [0.3, 0.04, 0.28, 0.33, 0.05],
      [0.2, 0.05, 0.03, 0.12, 0.6],
      [0.9, 0.04, 0.03, 0.01, 0.02],
    ],
    note: 'Greedy starts the entity in its middle (x m): in the post’s table an m follows only b or m.',
  },
  legal: {
    words: ['Mary', 'flew', 'to', 'Paris', 'on', 'Monday'],
    probs: [
      [0.15, 0.75, 0.06, 0.02, 0.02],
      [0.93, 0.02, 0.03, 0.01, 0.01],
      [0.94, 0.02, 0.02, 0.01, 0.01],
      [0.12, 0.8, 0.05, 0.01, 0.02],
      [0.92, 0.03, 0.03, 0.01, 0.01],
      [0.6, 0.3, 0.06, 0.02, 0.02],
    ],
    note: 'Under the post’s table greedy is already legal, so Viterbi agrees with it.',
  },
  two: {
    words: ['The', 'Boston', 'Red', 'Sox', 'beat', 'the', 'Yankees'],
    probs: [
      [0.85, 0.03, 0.1, 0.01, 0.01],
      [0.15, 0.04, 0.78, 0.02, 0.01],
      [0.2, 0.03, 0.05, 0.68, 0.04],
      [0.1, 0.02, 0.02, 0.06, 0.8],
      [0.94, 0.02, 0.02, 0.01, 0.01],
      [0.9, 0.03, 0.05, 0.01, 0.01],
      [0.2, 0.74, 0.03, 0.01, 0.02],
    ],
    note: 'Two entities: the post keeps the one whose words are surer on average (the mean log-probability).',
  },
} satisfies Record<string, TagPreset>;

/** A sentence's id. */
export type TagPresetId = keyof typeof TAG_PRESETS;
/** The ids in menu order. */
export const TAG_PRESET_IDS = Object.keys(TAG_PRESETS) as TagPresetId[];
