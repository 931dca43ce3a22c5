import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import praxis from './server/eslint/module-boundaries.mjs';
import exact from './server/eslint/exact-figures.mjs';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'client/src/gql/**', 'data/**', 'tests/e2e/screenshots/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // GraphQL results and MikroORM query rows are typed where they matter; `any` stays visible in review.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      // Optional props are typed `T | undefined` in <script setup>; a default would only restate that.
      'vue/require-default-prop': 'off',
    },
  },
  {
    // The module frame: core stands on nothing above it, modules never reach into the app's wiring,
    // and a module writes only its own entities.
    files: ['server/src/modules/**/*.ts'],
    plugins: { praxis },
    rules: {
      'praxis/no-foreign-entity-writes': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/*', '**/app'], message: 'Modules do not import app/: it wires them, not the other way round.' }] },
      ],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/*', '**/modules/*', '**/db/*'], message: 'core/ stands on nothing above it: no app/, modules/ or db/.' },
          ],
        },
      ],
    },
  },
  {
    // Figures are divided by the exact module (rounded once, half away from zero), never with `/`.
    files: ['server/src/modules/**/*.ts', 'client/src/features/**/*.{ts,vue}'],
    ignores: ['**/*.test.ts', '**/*.demo.ts'],
    plugins: { exact },
    rules: { 'exact/no-float-division': 'error' },
  },
  // Prettier formats; ESLint's stylistic rules (Vue's included) stay out of its way.
  prettier,
);
