import { fillTemplate, type LiveDefinition, liveDefaults } from '@/components/figure/live';
import { LiveEquationClient } from './LiveEquationClient';

/**
 * An equation whose numbers follow the article's live variables: `\live{name}` in the TeX is replaced by
 * the current value. The first rendering happens on the server (`TeX`); KaTeX loads in the browser only when
 * a value changes.
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
  const Tag = display ? 'div' : 'span';
  return (
    <Tag
      className={display ? 'live-equation live-equation-display' : 'live-equation'}
      // A display equation may scroll sideways on a narrow screen; keyboard users must be able to reach it.
      tabIndex={display ? 0 : undefined}
      aria-live="polite"
    >
      <LiveEquationClient
        template={tex}
        display={display}
        initialTex={fillTemplate(def, liveDefaults(def), tex)}
      />
    </Tag>
  );
}
