import type { ReactNode } from 'react';
import { getWidgetMeta } from '@/components/figure/catalog';
import { FigureClient } from '@/components/figure/FigureClient';
import type { ReservedHeight } from '@/components/figure/reservedHeights';

export type FigureWidth = 'body' | 'outset' | 'page';

export interface FigureProps {
  id: string;
  widget: string;
  width?: FigureWidth;
  bind?: Record<string, string>;
  children?: ReactNode;
  /** Any other prop is a widget parameter, validated against the widget's schema. */
  [param: string]: unknown;
}

/**
 * A numbered figure holding one live widget: `<Figure id="mask" widget="attention-mask" n={32}>Caption</Figure>`.
 * Width by name (body, outset, page); the number comes from the article outline.
 */
export function Figure({
  id,
  widget,
  width = 'body',
  bind,
  children,
  number,
  anchor,
  reserve,
  ...params
}: FigureProps & { number: number; anchor: string; reserve?: ReservedHeight }) {
  const label = `Figure ${number}`;
  return (
    <figure className={`figure width-${width}`} id={anchor} data-figure={id}>
      <FigureClient
        id={id}
        anchor={anchor}
        label={label}
        widget={widget}
        meta={getWidgetMeta(widget)}
        props={params}
        bind={bind}
        reserve={reserve}
      />
      <figcaption>
        <a className="figure-label" href={`#${anchor}`}>
          {label}
        </a>{' '}
        {children}
      </figcaption>
    </figure>
  );
}
