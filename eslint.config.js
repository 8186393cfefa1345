// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-ladder-out/',
      'examples/project/',
      '__tests__/fixtures/',
      'examples/*/out/',
      'examples/java/target/',
      'examples/java/build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals.' },
      ],
    },
  },
  {
    // The pure core: no @actions/*, no process.env, no network. Adapters live at the edge.
    files: ['src/**/*.ts'],
    ignores: ['src/index.ts', 'src/cli.ts', 'src/main.ts', 'src/inputs.ts', 'src/adapters/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'The pure core imports no @actions module.' },
            { group: ['**/adapters/**'], message: 'Adapters are passed in, not imported.' },
          ],
          paths: [
            { name: 'node:fs', message: 'The pure core touches no files.' },
            { name: 'node:fs/promises', message: 'The pure core touches no files.' },
            { name: 'node:child_process', message: 'The pure core runs no process.' },
            { name: 'node:http', message: 'The pure core touches no network.' },
            { name: 'node:https', message: 'The pure core touches no network.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Environment access lives in src/inputs.ts and adapters.',
        },
      ],
    },
  },
);
