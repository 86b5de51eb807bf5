// Byte sizes as the Nomad CLI shows them (go-humanize IBytes).

const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** `300 MiB`, `1.5 GiB`, `7 B`: one decimal below 10, none above. */
export function formatIBytes(bytes: number): string {
  if (bytes < 10) return `${bytes} B`;
  const exponent = Math.floor(Math.log(bytes) / Math.log(1024));
  const unit = units[exponent] ?? 'EiB';
  const value = Math.floor((bytes / 1024 ** exponent) * 10 + 0.5) / 10;
  return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ${unit}`;
}

/** Megabytes as Nomad stores them, shown as bytes would be. */
export function formatMegabytes(megabytes: number): string {
  return formatIBytes(megabytes * 1024 * 1024);
}
