import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../src/rules';
import { ruleDocMarkdown, withRulesTable } from '../src/docs';
import { lintText } from '../src/lint';
import { parseGoMod } from '../src/model/gomod';
import { parseConfig } from '../src/config/schema';

const root = path.resolve(__dirname, '..');

/** The catalogue's codes and names are a public contract: users write them in configs and pragmas. */
const CATALOGUE = [
  ['GD001', 'cgo-not-disabled'], ['GD002', 'ldflags-not-stripped'], ['GD003', 'final-not-minimal'],
  ['GD004', 'final-runs-as-root'], ['GD005', 'build-cache-leak'], ['GD006', 'shell-form-without-shell'],
  ['GD007', 'run-without-shell'], ['GD008', 'user-name-without-passwd'], ['GD009', 'entrypoint-not-in-image'],
  ['GD010', 'missing-trimpath'], ['GD011', 'module-cache-busting'], ['GD012', 'missing-ca-certificates'],
  ['GD013', 'unpinned-image'], ['GD014', 'go-version-mismatch'], ['GD015', 'obsolete-build-flags'],
  ['GD016', 'secret-in-arg-env'], ['GD017', 'debug-image-in-final'], ['GD018', 'untrusted-registry'], ['GD019', 'build-platform-mismatch'],
  ['GD020', 'unknown-suppression'],
];

describe('rule registry', () => {
  it('holds the catalogue, in code order, codes and names unique', () => {
    expect(RULES.map((r) => [r.meta.code, r.meta.name])).toEqual(CATALOGUE);
  });

  it('has one file per rule, named after it, and nothing unregistered', () => {
    const files = fs.readdirSync(path.join(root, 'src/rules')).filter((f) => !['index.ts', 'types.ts', 'util.ts', 'options.ts'].includes(f));
    expect(files.sort()).toEqual(RULES.map((r) => `${r.meta.name}.ts`).sort());
  });

  it('every test file under test/rules is a rule\'s, or exec-form.test.ts (one table across rules)', () => {
    const files = fs.readdirSync(path.join(root, 'test/rules'));
    expect(files.filter((f) => f !== 'exec-form.test.ts' && !RULES.some((r) => `${r.meta.name}.test.ts` === f))).toEqual([]);
  });

  it.each(RULES.map((r) => [r.meta.code, r] as const))('%s has a table test file', (_code, rule) => {
    expect(fs.existsSync(path.join(root, 'test/rules', `${rule.meta.name}.test.ts`))).toBe(true);
  });
});

describe.each(RULES.map((r) => [`${r.meta.code} ${r.meta.name}`, r] as const))('%s metadata', (_title, rule) => {
  const { meta } = rule;
  const goMod = meta.docs.goMod ? { ...parseGoMod(meta.docs.goMod), hasGoSum: true } : undefined;
  // The examples' configuration, as the CLI reads it from .golint-docker.yaml.
  const parsedConfig = meta.docs.config ? parseConfig('.golint-docker.yaml', meta.docs.config.yaml) : undefined;
  const configMirrors = parsedConfig?.ok ? Object.entries(parsedConfig.config.mirrors ?? {}).map(([mirror, upstream]) => ({ mirror, upstream })) : undefined;

  it('states a configuration that is valid and gives the options it claims', () => {
    if (!meta.docs.config) return;
    expect(parsedConfig).toEqual({ ok: true, config: expect.objectContaining(meta.docs.config.options) });
  });

  it('documents summary, why, examples and fix safety', () => {
    for (const field of ['summary', 'why', 'bad', 'good', 'fixSafety'] as const) expect(meta.docs[field].length).toBeGreaterThan(20);
    expect(meta.docs.summary.endsWith('.')).toBe(true);
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    expect(meta.tags.length).toBeGreaterThan(0);
  });

  it('reports its bad example', () => {
    const result = lintText(meta.docs.bad, { rules: [rule], goMod, options: meta.docs.config?.options, mirrors: configMirrors });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it('does not report its good example', () => {
    const result = lintText(meta.docs.good, { rules: [rule], goMod, options: meta.docs.config?.options, mirrors: configMirrors });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.findings.map((f) => f.message)).toEqual([]);
  });

  it('has an up-to-date docs page (npm run docs)', () => {
    const file = path.join(root, 'docs/rules', `${meta.name}.md`);
    expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '(missing)').toBe(ruleDocMarkdown(rule));
  });
});

it('the README rules table is up to date (npm run docs)', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  expect(readme).toBe(withRulesTable(readme, RULES));
  expect(readme).toContain('| GD018 |');
});
