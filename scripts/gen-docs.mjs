// Writes docs/rules/<name>.md and the README's rules table from the rules' metadata.
// Run through `npm run docs` (it builds first); a test fails when these files drift.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RULES, ruleDocMarkdown, withRulesTable, configJsonSchema } = require('../dist/index.js');

mkdirSync('docs/rules', { recursive: true });
for (const rule of RULES) writeFileSync(`docs/rules/${rule.meta.name}.md`, ruleDocMarkdown(rule));
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', withRulesTable(readme, RULES));
mkdirSync('schema', { recursive: true });
writeFileSync('schema/golint-docker.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
console.log(`wrote ${RULES.length} rule docs, the README table and schema/golint-docker.schema.json`);
