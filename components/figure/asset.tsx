'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/controls/Button';
import { ProgressBar } from '@/components/controls/ProgressBar';

/**
 * Data assets built at build time into `public/data/` and loaded by the widgets that need them (same origin,
 * never at import time), fetched and decoded in the worker (`load` runs a worker task) so that neither the
 * JSON parse nor the decoding blocks the page. One load per page, shared by every copy of a widget; a failed
 * load is forgotten so "Try again" loads anew.
 */
export function createAssetLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (!pending) {
      pending = load();
      pending.catch(() => {
        pending = null;
      });
    }
    return pending;
  };
}

export type AssetState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; value: T };

/** Loads an asset on mount; `retry` loads again after a failure. */
export function useAsset<T>(load: () => Promise<T>): { asset: AssetState<T>; retry: () => void } {
  const [asset, setAsset] = useState<AssetState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` reloads after a failure.
  useEffect(() => {
    let live = true;
    setAsset({ status: 'loading' });
    load().then(
      (value) => live && setAsset({ status: 'ready', value }),
      (err: Error) => live && setAsset({ status: 'error', message: err.message }),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);
  return { asset, retry: () => setAttempt((a) => a + 1) };
}

/**
 * The loading bar and the error card of an asset (nothing once it is ready): `what` names the data in both,
 * `url` says where the build writes it.
 */
export function AssetStatus({
  asset,
  retry,
  what,
  url,
}: {
  asset: AssetState<unknown>;
  retry: () => void;
  what: string;
  url: string;
}) {
  if (asset.status === 'loading') {
    return (
      <div className="asset-status" data-status="loading">
        <ProgressBar label={`Loading ${what}`} value={0} indeterminate />
      </div>
    );
  }
  if (asset.status === 'error') {
    return (
      <div className="asset-error" role="alert" data-status="error">
        <p>
          Could not load {what} ({asset.message}). It is built by <code>npm run build</code> into{' '}
          <code>{url}</code>.
        </p>
        <Button size="sm" onClick={retry}>
          Try again
        </Button>
      </div>
    );
  }
  return null;
}
