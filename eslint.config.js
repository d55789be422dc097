import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, top to bottom. A file may import from its own layer and the layers
 * below it, never above; a feature never imports another feature, and code above the
 * features reaches a feature only through its index.
 */
const LAYERS = ['app', 'pages', 'features', 'ui', 'api', 'domain', 'lib'];
// ui, api and domain sit side by side in the design; api and ui may use domain's types.
const MAY_IMPORT = {
  app: ['pages', 'features', 'ui', 'api', 'domain', 'lib'],
  pages: ['features', 'ui', 'api', 'domain', 'lib'],
  features: ['ui', 'api', 'domain', 'lib'],
  ui: ['api', 'domain', 'lib'],
  api: ['domain', 'lib'],
  domain: ['lib'],
  lib: [],
};

function layerRules(layer) {
  const forbidden = LAYERS.filter((l) => l !== layer && !MAY_IMPORT[layer].includes(l));
  // The simulator and the server are other programs: the app never imports them.
  const patterns = [
    { regex: '(^|/)(sim|server)/', message: 'src/ never imports sim/ or server/.' },
  ];
  if (forbidden.length > 0) {
    patterns.push({
      regex: `(^|/)(${forbidden.join('|')})(/|$)`,
      message: `${layer}/ sits below ${forbidden.join(', ')}: imports go down the layers only (see README, "Where the code lives").`,
    });
  }
  if (layer === 'features') {
    patterns.push({
      // From src/features/<a>/x, "../<b>/…" is another feature.
      regex: '^\\.\\./(?!\\.)',
      message:
        'A feature never imports another feature: compose them in a page, or move the shared piece down to ui/, api/, domain/ or lib/.',
    });
  }
  if (layer === 'app' || layer === 'pages') {
    patterns.push({
      regex: 'features/[^/]+/',
      message: 'Reach a feature through its index (features/<name>), not its inner files.',
    });
  }
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.cache', '.wrangler', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...LAYERS.map(layerRules),
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
);
