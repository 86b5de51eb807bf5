import { describe, expect, it } from 'vitest';

import { planFeed } from './feed-plan.ts';
import type { VisibleEntry } from './mask.ts';

function entry(id: number, output = `output ${id}`): VisibleEntry {
  return { id, command: `command ${id}`, output, isError: false };
}

describe('planFeed', () => {
  it('appends only entries the terminal has not shown', () => {
    const plan = planFeed([entry(1)], [entry(1), entry(2), entry(3)]);

    expect(plan).toEqual({ shouldClear: false, toWrite: [entry(2), entry(3)] });
  });

  it('redraws everything when masking changed earlier text', () => {
    const written = [entry(1, 'Initial Root Token: hvs.****')];
    const revealed = [entry(1, 'Initial Root Token: hvs.abc')];

    expect(planFeed(written, revealed)).toEqual({
      shouldClear: true,
      toWrite: revealed,
    });
  });

  it('clears the terminal after the transcript was reset', () => {
    expect(planFeed([entry(1), entry(2)], [])).toEqual({
      shouldClear: true,
      toWrite: [],
    });
  });
});
