'use client';

import { useLiveValue } from '@/components/figure/ArticleState';
import { formatLive } from '@/components/figure/live';

/** A live value in the prose: `<Var name="pairs"/>` shows the current value of a variable or derived quantity. */
export function Var({ name }: { name: string }) {
  const { value, def } = useLiveValue(name, 'Var');
  return (
    <span className="live-var" data-var={name}>
      {formatLive(def, name, value)}
    </span>
  );
}
