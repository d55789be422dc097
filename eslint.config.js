import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, top to bottom. A file may import from its own layer and the layers
 * below it, never above; a feature never imports another feature, and code above the
 * features reaches a feature only through its index. The rules compare resolved file paths,
 * so no spelling of an import (`../../features/x`, `../x/y`) slips past them.
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
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = LAYERS.flatMap((layer) => {
  const forbidden = LAYERS.filter((l) => l !== layer && !MAY_IMPORT[layer].includes(l));
  if (forbidden.length === 0) return [];
  return [
    {
      target: `./src/${layer}`,
      from: forbidden.map((l) => `./src/${l}`),
      message: `${layer}/ sits below ${forbidden.join(', ')}: imports go down the layers only (see README, "Where the code lives").`,
    },
  ];
});

const featureZones = FEATURES.flatMap((feature) => [
  {
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'A feature never imports another feature: compose them in a page, or move the shared piece down to ui/, api/, domain/ or lib/.',
  },
  {
    // Above the features, a feature is reached through its index only.
    target: ['./src/app', './src/pages'],
    from: `./src/features/${feature}`,
    except: ['./index.ts'],
    message: 'Reach a feature through its index (features/<name>), not its inner files.',
  },
]);

const programZones = [
  {
    target: './src',
    from: ['./server', './sim'],
    message: 'src/ never imports sim/ or server/: they are other programs.',
  },
  {
    // The server and the simulator share facts with the app, never its browser code.
    target: ['./server', './sim'],
    from: ['./src/app', './src/pages', './src/features', './src/ui', './src/api'],
    message: 'server/ and sim/ may import src/domain and src/lib only.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.cache', '.wrangler', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...layerZones, ...featureZones, ...programZones] },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^react(-dom)?(/|$)', message: 'server/ and sim/ never use React.' },
            {
              regex: '^@tanstack/',
              message: 'server/ and sim/ never use the browser query layer.',
            },
          ],
        },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
);
