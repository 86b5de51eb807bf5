import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const xtermOnlyInTerminal = {
  group: ['@xterm/*'],
  message: 'xterm lives in src/terminal; talk to it through its writer.',
};
const mswOnlyInMocks = {
  group: ['msw', 'msw/*'],
  message: 'msw belongs to mocks/ and tests; the app loads mocks lazily.',
};

export default tseslint.config(
  { ignores: ['dist', 'public/mockServiceWorker.js', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [xtermOnlyInTerminal, mswOnlyInMocks] },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'localStorage',
          message: 'Secrets never go to localStorage; see src/state.',
        },
      ],
    },
  },
  {
    files: ['src/terminal/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [mswOnlyInMocks] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/http.ts', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='fetch']",
          message: 'HTTP calls go through src/api/http.ts.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
