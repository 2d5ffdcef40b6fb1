'use client';

import { useEffect, useRef, useState } from 'react';
import type { WidgetMeta } from './catalog';
import { ParamNotice } from './Notice';
import { type WidgetLoaders, widgetEntry } from './registry';
import { useReservedBox } from './reserve';
import type { ReservedHeight } from './reservedHeights';
import { defaults } from './schema';
import { createWidgetStore } from './store';
import { useUrlState } from './urlState';
import { WidgetFrame } from './WidgetFrame';

/** The message an embed page posts to its parent whenever its height changes. */
export interface HeightMessage {
  type: 'frugal:height';
  height: number;
  widget: string;
}

/** Posts the page's content height to the parent window whenever it changes. */
function usePostHeight(widget: string) {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { type: 'frugal:height', height, widget };
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    // A host's embed.js may load after the first post and ask again.
    const onMessage = (e: MessageEvent) => {
      if (e.data && typeof e.data === 'object' && e.data.type === 'frugal:ping') {
        last = -1;
        post();
      }
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [widget]);
}

/** One widget alone, its starting state read from the query string, with a link back to its article. */
export function EmbedHost({
  meta,
  articleHref,
  articleTitle,
  reserve,
  loaders,
}: {
  /** The widget's catalog entry, from the server. */
  meta: WidgetMeta;
  articleHref: string;
  articleTitle: string;
  /** The widget's measured height, held until the reader first acts in it. */
  reserve?: ReservedHeight;
  /** Widget code by id (the embed route passes every widget's, `content/widgets.ts`). */
  loaders: WidgetLoaders;
}) {
  // biome-ignore lint/style/noNonNullAssertion: the route only renders catalog widgets, and a test checks each has code.
  const entry = widgetEntry(meta, loaders)!;
  const [base] = useState(() => defaults(entry.params));
  const [store] = useState(() => createWidgetStore(base));
  const [notices, setNotices] = useState<string[]>([]);
  const urlRead = useUrlState(store, entry.params, base, '', setNotices, false);
  usePostHeight(entry.id);
  const box = useRef<HTMLDivElement>(null);
  const reserved = useReservedBox(reserve, box);

  return (
    <div ref={box} {...reserved.props}>
      <ParamNotice notices={notices} onDismiss={() => setNotices([])} />
      <WidgetFrame
        entry={entry}
        store={store}
        name={entry.title}
        ready={urlRead}
        onSettled={reserved.settled}
      />
      <p className="embed-footer">
        <span>{entry.title}</span>
        <a href={articleHref} target="_blank" rel="noopener">
          Frugal · {articleTitle} ↗
        </a>
      </p>
    </div>
  );
}
