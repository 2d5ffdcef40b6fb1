'use client';

import { type FormEvent, useId, useState } from 'react';
import { Button, useParamSpec } from '@/components/controls';
import controlStyles from '@/components/controls/controls.module.css';
import { useParam } from '@/components/figure/store';
import { parseWordList } from '@/lib/embeddings/vocabulary';
import styles from './CooccurrenceSvd.module.css';

/** A word the worker did not find, with its suggestions. */
export interface Miss {
  word: string;
  suggestions: string[];
}

/**
 * A list of words bound to a string parameter (comma-separated): each word a chip that removes it, a field that
 * adds words (several at once, separated by commas or spaces), a button back to the preset, and the words the
 * vocabulary lacks with suggestions that replace them.
 */
export function WordList({
  name,
  max,
  preset,
  missing,
  vocabulary,
}: {
  name: 'slice' | 'mapWords';
  max: number;
  preset: string;
  missing: readonly Miss[];
  /** Where the words come from, for the miss message ("the top 5,000 words"). */
  vocabulary: string;
}) {
  const id = useId();
  const { label } = useParamSpec(name, ['string']);
  const [value, setValue] = useParam<Record<typeof name, string>, typeof name>(name);
  const [draft, setDraft] = useState('');
  const words = parseWordList(value, max);
  const missed = new Set(missing.map((m) => m.word));
  const write = (list: readonly string[]) => setValue(list.join(', '));
  const add = (e: FormEvent) => {
    e.preventDefault();
    write(parseWordList(`${words.join(',')},${draft}`, max));
    setDraft('');
  };
  const replace = (from: string, to: string) =>
    write(parseWordList(words.map((w) => (w === from ? to : w)).join(','), max));
  return (
    <fieldset className={styles.wordList}>
      <legend className={styles.legend}>
        {label} ({words.length} of at most {max})
      </legend>
      <ul className={styles.chips} aria-label={label}>
        {words.map((w) => (
          <li key={w}>
            <button
              type="button"
              className={missed.has(w) ? `${styles.chip} ${styles.chipMissing}` : styles.chip}
              onClick={() => write(words.filter((x) => x !== w))}
              aria-label={`Remove ${w}`}
            >
              {w} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <form className={styles.addRow} onSubmit={add}>
        <label htmlFor={id} className={styles.addLabel}>
          Add words
        </label>
        <input
          id={id}
          className={`${controlStyles.input} ${styles.addInput}`}
          type="text"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. king, queen"
        />
        <Button size="sm" type="submit" disabled={draft.trim() === '' || words.length >= max}>
          Add
        </Button>
        <Button size="sm" onClick={() => setValue(preset)} disabled={value === preset}>
          Preset
        </Button>
      </form>
      {missing.length > 0 ? (
        <p className={styles.miss} role="status" data-testid={`${name}-missing`}>
          Not among {vocabulary}:{' '}
          {missing.map((m, i) => (
            <span key={m.word}>
              {i > 0 ? '; ' : ''}
              <strong>{m.word}</strong>
              {m.suggestions.length > 0 ? ' (try ' : ''}
              {m.suggestions.map((s, j) => (
                <span key={s}>
                  {j > 0 ? ', ' : ''}
                  <button type="button" className={styles.suggestion} onClick={() => replace(m.word, s)}>
                    {s}
                  </button>
                </span>
              ))}
              {m.suggestions.length > 0 ? ')' : ''}
            </span>
          ))}
          .
        </p>
      ) : null}
    </fieldset>
  );
}
