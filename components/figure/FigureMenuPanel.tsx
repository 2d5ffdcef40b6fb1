'use client';

import { type RefObject, useEffect, useRef, useState } from 'react';
import { embedSnippet } from './embedSnippet';
import { toCsv, toJson } from './exportFormat';
import type { ExportGetter } from './exports';
import { downloadBlob, svgBlob, viewToPng, viewToSvg } from './exportView';

export interface FigureMenuPanelProps {
  /** e.g. "Figure 2" */
  label: string;
  widgetTitle: string;
  embedHeight: number;
  /** Builds the links from the widget's current state. */
  shareUrl: () => string;
  embedUrl: () => string;
  getRoot: () => Element | null;
  getExport: () => ExportGetter | null;
  fileStem: string;
}

async function copyText(
  text: string,
  fallback: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.focus();
    fallback.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** The menu's contents, loaded on first open so figures cost no script for it until then. */
export default function FigureMenuPanel(
  props: FigureMenuPanelProps & {
    panelId: string;
    menu: RefObject<HTMLDivElement | null>;
    close: () => void;
  },
) {
  const { panelId, menu, close } = props;
  const [view, setView] = useState<'main' | 'share' | 'embed'>('main');
  const [status, setStatus] = useState('');
  const [text, setText] = useState('');
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    if (view !== 'main') fieldRef.current?.select();
  }, [view]);

  // A press outside the menu closes it; so does Escape, which gives the focus back to the menu's button.
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      if (menu.current && !menu.current.contains(e.target as Node)) close();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      close();
      menu.current?.querySelector<HTMLButtonElement>('.figure-menu-button')?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [menu, close]);

  const show = (v: 'share' | 'embed') => {
    setStatus('');
    setText(
      v === 'share'
        ? props.shareUrl()
        : embedSnippet(props.embedUrl(), props.widgetTitle, props.embedHeight, window.location.origin),
    );
    setView(v);
  };

  const copy = async () => {
    const ok = await copyText(text, fieldRef.current);
    setStatus(ok ? 'Copied to the clipboard.' : 'Select the text and press Ctrl+C (⌘C) to copy.');
  };

  const download = async (kind: 'svg' | 'png' | 'csv' | 'json') => {
    setStatus('');
    const root = props.getRoot();
    if (kind === 'svg' || kind === 'png') {
      if (!root) return;
      if (kind === 'svg') {
        const v = viewToSvg(root);
        if (!v) return setStatus('This widget has no picture to download.');
        downloadBlob(svgBlob(v.svg), `${props.fileStem}.svg`);
      } else {
        const blob = await viewToPng(root);
        if (!blob) return setStatus('This widget has no picture to download.');
        downloadBlob(blob, `${props.fileStem}.png`);
      }
      return setStatus(`Downloaded ${props.fileStem}.${kind}.`);
    }
    const data = props.getExport()?.();
    if (!data) return setStatus('This widget has no data to export yet.');
    const body = kind === 'csv' ? toCsv(data) : toJson(data);
    downloadBlob(
      new Blob([body], { type: kind === 'csv' ? 'text/csv' : 'application/json' }),
      `${data.name}.${kind}`,
    );
    setStatus(`Downloaded ${data.name}.${kind}.`);
  };

  const copyCsv = async () => {
    const data = props.getExport()?.();
    if (!data) return setStatus('This widget has no data to export yet.');
    const ok = await copyText(toCsv(data), null);
    setStatus(ok ? 'Data copied as CSV.' : 'Copying failed; use Download CSV instead.');
  };

  return (
    <div className="figure-menu-panel" id={panelId}>
      {view === 'main' ? (
        <ul className="figure-menu-list">
          <li>
            <button type="button" onClick={() => show('share')}>
              Share link
            </button>
          </li>
          <li>
            <button type="button" onClick={() => show('embed')}>
              Embed
            </button>
          </li>
          <li>
            <button type="button" onClick={() => download('svg')}>
              Download SVG
            </button>
          </li>
          <li>
            <button type="button" onClick={() => download('png')}>
              Download PNG
            </button>
          </li>
          <li>
            <button type="button" onClick={copyCsv}>
              Copy data (CSV)
            </button>
          </li>
          <li>
            <button type="button" onClick={() => download('csv')}>
              Download CSV
            </button>
          </li>
          <li>
            <button type="button" onClick={() => download('json')}>
              Download JSON
            </button>
          </li>
        </ul>
      ) : (
        <div className="figure-menu-detail">
          <label htmlFor={`${panelId}-field`}>
            {view === 'share' ? 'Link to this figure with its current settings' : 'Paste into your page'}
          </label>
          {view === 'share' ? (
            <input id={`${panelId}-field`} ref={fieldRef} readOnly value={text} data-share-url />
          ) : (
            <textarea
              id={`${panelId}-field`}
              ref={fieldRef}
              readOnly
              value={text}
              rows={5}
              data-embed-snippet
            />
          )}
          <div className="figure-menu-actions">
            <button type="button" className="button button-primary" onClick={copy}>
              Copy
            </button>
            <button type="button" className="button" onClick={() => setView('main')}>
              Back
            </button>
          </div>
        </div>
      )}
      <p className="figure-menu-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
