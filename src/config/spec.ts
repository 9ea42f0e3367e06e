import type { OptionsSpec } from '../rules/options';

/**
 * The keys every configuration file may have, declared as the rules declare theirs; the schema
 * (config/schema.ts), its JSON Schema and the `Config` type derive from this and the rules'
 * options. Plain data, so that reading the type costs no start-up time.
 */
export const BASE_OPTIONS = {
  $schema: { type: 'string', description: 'The JSON Schema of this file, for editors' },
  ignore: { type: 'list', format: 'rule', description: 'Rule codes (GD013) or names (unpinned-image) to skip' },
  severity: {
    type: 'map',
    key: { format: 'rule' },
    value: { type: 'string', values: ['error', 'warning', 'info', 'off'], description: 'The severity of every finding of the rule, or off' },
    description: 'Severity per rule code or name: error, warning, info, or off',
  },
  failureThreshold: { type: 'string', values: ['error', 'warning', 'info', 'none'], description: 'Lowest severity that makes golint-docker exit 1 (default: info)' },
  mirrors: {
    type: 'map',
    key: { format: 'registry' },
    value: { type: 'string', format: 'registry', description: 'The registry it mirrors' },
    description: 'Registries that serve the images of others under the same names, so that golint-docker knows mirrored images: "registry.corp.example/gcr": "gcr.io", "corp.jfrog.io/docker-remote": "docker.io"',
  },
} as const satisfies OptionsSpec;
