import { describe, expect, it } from 'vitest';

import { formatIBytes, formatMegabytes } from './bytes.ts';

describe('formatIBytes', () => {
  it.each([
    [7, '7 B'],
    [1536, '1.5 KiB'],
    [22_020_096, '21 MiB'],
    [1_610_612_736, '1.5 GiB'],
  ])('prints %i bytes as %s', (bytes, text) => {
    expect(formatIBytes(bytes)).toBe(text);
  });

  it('prints megabytes as Nomad stores them', () => {
    expect(formatMegabytes(300)).toBe('300 MiB');
  });
});
