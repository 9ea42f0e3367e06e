import cgo from '../../src/rules/cgo-not-disabled';
import ldflags from '../../src/rules/ldflags-not-stripped';
import trimpath from '../../src/rules/missing-trimpath';
import obsolete from '../../src/rules/obsolete-build-flags';
import { ruleTester } from '../support/rule-tester';

/** `RUN ["go", "build", ...]`: no shell, but still a build; fixes are written as JSON. */
const exec = (run: string) => `FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN ${run}\n\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;

ruleTester(cgo, {
  valid: [exec('["env", "CGO_ENABLED=0", "go", "build", "-o", "/out/app", "."]')],
  invalid: [
    {
      name: 'exec form: cgo on',
      code: exec('["go", "build", "-o", "/out/app", "."]'),
      errors: [{ messageId: 'noLibc', line: 4, column: 6, endColumn: 19 }],
      output: exec('["env", "CGO_ENABLED=0", "go", "build", "-o", "/out/app", "."]'),
    },
    {
      name: 'exec form: misspelled through env',
      code: exec('["env", "cgo_enabled=0", "go", "build", "-o", "/out/app", "."]'),
      errors: [{ messageId: 'misspelled', line: 4, column: 13 }],
      output: exec('["env", "CGO_ENABLED=0", "go", "build", "-o", "/out/app", "."]'),
    },
  ],
});

ruleTester(ldflags, {
  valid: [exec('["go", "build", "-ldflags=-s -w", "-o", "/out/app", "."]')],
  invalid: [
    {
      name: 'exec form: no -ldflags',
      code: exec('["go", "build", "-o", "/out/app", "."]'),
      errors: [{ messageId: 'missing', line: 4, column: 6 }],
      output: exec('["go", "build", "-ldflags=-s -w", "-o", "/out/app", "."]'),
    },
    {
      name: 'exec form: -X kept',
      code: exec('["go", "build", "-ldflags", "-X main.v=1", "-o", "/out/app", "."]'),
      errors: [{ messageId: 'partial', line: 4, column: 21 }],
      output: exec('["go", "build", "-ldflags", "-s -w -X main.v=1", "-o", "/out/app", "."]'),
    },
  ],
});

ruleTester(trimpath, {
  valid: [exec('["go", "build", "-trimpath", "-o", "/out/app", "."]')],
  invalid: [
    {
      name: 'exec form: no -trimpath',
      code: exec('["go", "build", "-o", "/out/app", "."]'),
      errors: [{ messageId: 'missing', line: 4, column: 6 }],
      output: exec('["go", "build", "-trimpath", "-o", "/out/app", "."]'),
    },
  ],
});

ruleTester(obsolete, {
  valid: [exec('["env", "CGO_ENABLED=0", "go", "build", "-o", "/out/app", "."]')],
  invalid: [
    {
      name: 'exec form: reported, not fixed',
      code: exec('["env", "CGO_ENABLED=0", "go", "build", "-a", "-o", "/out/app", "."]'),
      errors: [{ messageId: 'forceRebuild', line: 4, column: 45 }],
      output: null,
    },
  ],
});
