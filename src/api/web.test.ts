import { describe, expect, it } from 'vitest';

import { extractNames } from './web.ts';

describe('extractNames', () => {
  it('reads list items of an HTML page, decoding entities', () => {
    const html = '<ul>\n  <li>Chen Wei</li>\n  <li>O&#39;Hara</li>\n</ul>';

    expect(extractNames(html)).toEqual(['Chen Wei', "O'Hara"]);
  });

  it('reads a JSON list of names or of rows', () => {
    expect(extractNames(['Ada', 'Grace'])).toEqual(['Ada', 'Grace']);
    expect(
      extractNames({ names: [{ first_name: 'Ada', last_name: 'Lovelace' }] }),
    ).toEqual(['Ada Lovelace']);
  });

  it('finds no names in an error page', () => {
    expect(extractNames('<p>database unavailable</p>')).toEqual([]);
  });
});
