// Lint holds the architecture: engine/ stays pure and imports point one way
// (engine <- scenarios, generators <- reports <- cli).
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const nodeIo = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'process', 'url', 'crypto', 'stream'];
const libs = ['yaml', 'pino', 'pino/*', '@faker-js/*', 'exceljs', 'vega', 'vega-lite', 'commander', 'zod', 'cli-progress'];
const up = (dirs) => dirs.map((d) => [`../${d}/*`, `../../${d}/*`, `../../../${d}/*`]).flat();

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'test-results/**', 'reports/out/**'] },
  ...tseslint.configs.recommended,
  {
    // No import circles: a folder or file that imports itself back cannot be read or changed alone.
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // input/ is the project's one reader (files → data with positions, refusing what is not a
      // regular file); it imports only the engine. The scenario language's folders read in one
      // direction: schema (validation) ← compile (to engine commands) ← run.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './input', from: ['./scenarios', './generators', './claimlog', './target', './reports', './cli'] },
            { target: './scenarios/schema', from: ['./scenarios/compile', './scenarios/run'] },
            { target: './scenarios/compile', from: ['./scenarios/run'] },
            // The checker reads rules.md on its own: an invariant never imports a feature's rules (engine/features).
            { target: './engine/invariants', from: ['./engine/features'], message: 'the checker reads the rules independently of the engine: an invariant keeps its own reading instead of importing a feature (docs/adding-a-rule.md)' },
            // The command line's: io (files in and out) ← populationTasks (the population tasks compare, sweep
            // and all run) ← actions (each command's work) ← commands (options and help, loading
            // the action when it runs).
            { target: './cli/io', from: ['./cli/populationTasks', './cli/actions', './cli/commands'] },
            { target: './cli/populationTasks', from: ['./cli/actions', './cli/commands'] },
            { target: './cli/actions', from: ['./cli/commands'] },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeIo, ...libs, ...up(['input', 'scenarios', 'generators', 'reports', 'cli', 'test', 'claimlog', 'target'])] }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'engine/ is deterministic: take randomness as an argument.' },
        { object: 'Date', property: 'now', message: 'engine/ never reads the wall clock: time is passed in.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'engine/ never reads the wall clock.' },
        { selector: "MemberExpression[object.name='process']", message: 'engine/ has no process access.' },
      ],
    },
  },
  {
    files: ['scenarios/**/*.ts', 'generators/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: up(['reports', 'cli']) }],
    },
  },
  {
    // Same inputs and seed, same bytes: only cli/ and bench/ may read the clock or draw at random.
    files: ['generators/**/*.ts', 'scenarios/**/*.ts', 'reports/**/*.ts', 'claimlog/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'draw from the seeded streams (generators/random) only.' },
        { object: 'Date', property: 'now', message: 'never read the wall clock here: time is passed in.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'never read the wall clock here: time is passed in.' }],
    },
  },
  {
    // The claim log and its audit read the engine and the scenario loader's file checks; the reports and the command line read it.
    files: ['claimlog/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: up(['generators', 'reports', 'cli']) }] },
  },
  {
    files: ['reports/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: up(['cli']) }] },
  },
  {
    // Every JSON file the command line reads goes through the one reader (cli/io/readJsonInput.ts): one line at file:line:column.
    files: ['cli/**/*.ts'],
    ignores: ['cli/io/readJsonInput.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'JSON', property: 'parse', message: 'read JSON through cli/io/readJsonInput.ts (readJsonInput, parseJsonText, parseJsonLine) and its schema.' }] },
  },
  {
    // The target protocol, its server and adapter read the engine and the scenarios; the command line reads them.
    files: ['target/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: up(['generators', 'reports', 'cli']) }] },
  },
  {
    // The example claim service is someone else's service: it speaks the target protocol over HTTP and imports none of claimsim.
    files: ['examples/claim-service/**/*.js'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['engine', 'scenarios', 'generators', 'claimlog', 'target', 'reports', 'cli'].flatMap((d) => ['../', '../../', '../../../'].map((u) => `${u}${d}/*`)) }] },
  },
);
