import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const restrictDexie = {
  paths: [{ name: 'dexie', message: 'Only lib/db may import Dexie.' }],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'out/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'public/sw.js',
      'public/vendor/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', restrictDexie],
      // Corpus and imported text is always rendered as text.
      'react/no-danger': 'error',
    },
  },
  {
    files: ['lib/db/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The domain stays free of React, Next and the clock's hidden reads.
    files: ['lib/corpus/**', 'lib/srs/**', 'lib/answer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...restrictDexie.paths,
            { name: 'react', message: 'lib/ domain code is free of React.' },
          ],
          patterns: [{ group: ['next', 'next/*'], message: 'lib/ domain code is free of Next.' }],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Pass `now` in; domain code never reads the clock.',
        },
      ],
    },
  },
  {
    // Every visible string goes through next-intl.
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    rules: {
      'react/jsx-no-literals': [
        'error',
        {
          noStrings: true,
          ignoreProps: true,
          allowedStrings: [
            '·',
            '—',
            '✦',
            ' · ',
            '…',
            '×',
            '/',
            '(',
            ')',
            ':',
            '%',
            '→',
            '←',
            '↑',
            '↓',
            '1',
            '2',
            '3',
            '4',
            'Triglot',
            '🔊',
            '✓',
          ],
        },
      ],
    },
  },
];

export default config;
