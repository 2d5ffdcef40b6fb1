import { formatNumber } from '@/lib/format';

/** "0.1", "10", "1,000": milliseconds on an axis or in the table. */
export const formatMs = (ms: number) => formatNumber(ms, { digits: ms < 1 ? 2 : 3 });

/** Bytes in decimal units: "800 B", "12 kB", "3.1 MB", "285 MB", "1.1 GB". */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'kB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${formatNumber(bytes / size, { digits: 3 })} ${unit}`;
  }
  return `${formatNumber(bytes, { digits: 3 })} B`;
}
