import { describe, expect, it } from 'vitest';

import { columnize } from './columnize.ts';

describe('columnize', () => {
  it('pads every column but the last to its widest cell', () => {
    const text = columnize(
      [
        ['Task Group', 'Desired', 'Placed'],
        ['db', '1', '1'],
      ],
      { glue: '  ' },
    );

    expect(text).toBe('Task Group  Desired  Placed\ndb          1        1');
  });

  it('trims cells and shows empty ones with the stand-in', () => {
    const text = columnize(
      [
        ['Desired Description', ' '],
        [' Created ', '2m ago'],
      ],
      { glue: ' = ', empty: '<none>' },
    );

    expect(text).toBe(
      'Desired Description = <none>\nCreated             = 2m ago',
    );
  });

  it('counts a multi-byte character as one column', () => {
    const text = columnize(
      [
        ['∞', 'a'],
        ['xy', 'b'],
      ],
      { glue: ' ' },
    );

    expect(text).toBe('∞  a\nxy b');
  });
});
