import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', '.cache/**', 'node_modules/**', 'coverage/**', 'tests/fixtures/open-badges/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page DOM is hostile input: never build HTML from strings in extension code.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes or React elements; never inject HTML.' },
        { property: 'outerHTML', message: 'Read text, not HTML.' },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
