import { formatNumber } from '@/lib/format';

/** A time given in ms, in µs below a millisecond: "0.12 µs", "45.3 µs", "1.23 ms"; NaN gives "—". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return formatNumber(ms);
  return ms < 1 ? `${formatNumber(ms * 1000, { digits: 3 })} µs` : `${formatNumber(ms, { digits: 3 })} ms`;
}

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** Bytes in binary units, as memory is allocated: "512 KiB", "128 MiB", "2 GiB". */
export function formatBinaryBytes(bytes: number): string {
  let v = bytes;
  let unit = 0;
  while (v >= 1024 && unit < BINARY_UNITS.length - 1) {
    v /= 1024;
    unit++;
  }
  return `${formatNumber(v, { digits: 3 })} ${BINARY_UNITS[unit]}`;
}
