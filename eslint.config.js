// @ts-check
const { defineConfig, globalIgnores } = require('eslint/config');
const tseslint = require('typescript-eslint');

const TS_FILES = ['**/*.ts', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.cjs', '**/*.mjs'];

/** Files whose tool wants a default export: they may have one. */
const DEFAULT_EXPORT_ALLOWED = [
  '**/*.config.{js,cjs,mjs,ts,mts,cts}', // eslint, jest, prisma, …
  '**/codegen.{js,cjs,mjs,ts}', // GraphQL Code Generator
  'test/support/global-setup.ts', // jest globalSetup / globalTeardown
  'test/support/global-teardown.ts',
];

module.exports = defineConfig(
  globalIgnores(['node_modules/', 'src/generated/', 'src/sdk/generated/', 'dist/', 'data/', 'coverage/', 'schema/']),

  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a binding as unused on purpose (e.g. `const { secret: _s, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // Type-aware rules on the TypeScript of tsconfig.json.
  {
    files: TS_FILES,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },

  // Plain CommonJS scripts and config files.
  {
    files: JS_FILES,
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // Named exports only.
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use a named export (default exports are for config files only).' },
        { selector: 'ExportSpecifier[exported.name="default"]', message: 'Use a named export (default exports are for config files only).' },
      ],
    },
  },
  {
    files: DEFAULT_EXPORT_ALLOWED,
    rules: { 'no-restricted-syntax': 'off' },
  },
);
