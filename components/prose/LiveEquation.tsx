import katex from 'katex';
import { fillTemplate, type LiveDefinition, liveDefaults } from '@/components/figure/live';
import { LiveEquationClient } from './LiveEquationClient';

/**
 * An equation whose numbers follow the article's live variables: `\live{name}` in the TeX is replaced by
 * the current value. The first rendering happens at build time; KaTeX loads in the browser only when a
 * value changes.
 */
export function LiveEquation({
  tex,
  display = true,
  def,
}: {
  tex: string;
  display?: boolean;
  def: LiveDefinition;
}) {
  const initialTex = fillTemplate(def, liveDefaults(def), tex);
  const initialHtml = katex.renderToString(initialTex, {
    displayMode: display,
    throwOnError: false,
    strict: false,
  });
  return (
    <LiveEquationClient template={tex} display={display} initialHtml={initialHtml} initialTex={initialTex} />
  );
}
