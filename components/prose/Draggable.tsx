'use client';

// Imported from its own module, not the barrel: the article's first load should carry only this control.
import { Scrub } from '@/components/controls/Scrub';
import { useLiveVars } from '@/components/figure/ArticleState';
import { formatLive, liveMax } from '@/components/figure/live';

interface DraggableProps {
  name: string;
  min?: number;
  max?: number;
  step?: number;
}

/**
 * An inline number the reader drags, steps with the arrow keys (Shift = ×10) or clicks to type:
 * `<Draggable name="k" min={1} max={32}/>`. It writes the article's shared variable.
 */
export function Draggable({ name, min, max, step }: DraggableProps) {
  const { vars, def, store } = useLiveVars('Draggable');
  const spec = def.vars[name];
  if (!spec) {
    return <span className="live-error">[unknown variable “{name}”]</span>;
  }
  const lo = Math.max(spec.min, min ?? spec.min);
  const hi = Math.min(liveMax(def, name, vars), max ?? spec.max);
  return (
    <span data-var={name} className="live-draggable">
      <Scrub
        label={spec.label}
        value={vars[name]}
        min={lo}
        max={hi}
        step={step ?? spec.step}
        onChange={(v: number) => store.getState().setVar(name, Math.min(hi, Math.max(lo, v)))}
        format={(v: number) => formatLive(def, name, v)}
      />
    </span>
  );
}
