import { json } from '@codemirror/lang-json';
import { PostgreSQL, sql } from '@codemirror/lang-sql';
import type { LanguageSupport } from '@codemirror/language';
import { hcl } from 'codemirror-lang-hcl';

import type { FileLanguage } from './validate/types.ts';

/** Highlighting for each step-file language (creation SQL is PostgreSQL). */
export function languageSupport(language: FileLanguage): LanguageSupport {
  switch (language) {
    case 'json':
      return json();
    case 'sql':
      return sql({ dialect: PostgreSQL });
    case 'hcl':
      return hcl();
  }
}
