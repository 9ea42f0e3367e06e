import { effectiveUser, lineageInstructions } from '../model/build';
import { isWithin } from '../model/paths';
import { replaceSpan } from '../fixers/edits';
import { spanOf } from '../parse/source';
import { defineRule } from './types';
import { finalImage } from './util';
import { NONROOT_USER } from './final-runs-as-root';

/** Users and groups in the /etc/passwd and /etc/group of distroless and Chainguard images. */
const DISTROLESS_USERS = new Set(['root', 'nobody', 'nonroot']);
const DISTROLESS_GROUPS = new Set(['root', 'nobody', 'nonroot', 'tty', 'staff']);

export default defineRule<'noPasswd' | 'unknownUser'>({
  meta: {
    code: 'GD008',
    name: 'user-name-without-passwd',
    severity: 'error',
    fixable: ['safe'],
    tags: ['correctness', 'security'],
    docs: {
      summary: 'USER names a user or group that the final image\'s /etc/passwd or /etc/group cannot resolve.',
      why:
        'A user name is looked up in the image\'s /etc/passwd when the container starts. `scratch` has no /etc/passwd at all, and distroless or Chainguard images know only `root`, `nobody` and `nonroot`; any other name makes the start fail with `unable to find user app: no matching entries in passwd file`. A numeric `USER 65532:65532` needs no lookup, and Kubernetes `runAsNonRoot` can verify it.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\nUSER app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
      fixSafety: 'Safe: replaces the name with `65532:65532`; the original image cannot start. Not reported when the stage copies its own /etc/passwd in.',
    },
    messages: {
      noPasswd: 'USER {{user}} on {{image}}: there is no /etc/passwd to resolve "{{name}}", so the container fails with "unable to find user {{name}}"; use a numeric USER such as 65532:65532',
      unknownUser: 'USER {{user}}: {{image}} only knows root, nobody and nonroot, so the container fails with "unable to find user {{name}}"; use USER 65532:65532 (nonroot)',
    },
  },
  *check({ file, model }) {
    const final = finalImage(model);
    if (!final) return;
    const user = effectiveUser(final.stage);
    if (!user || user.user === undefined) return;
    const named = [user.user, user.group].filter((x): x is string => x !== undefined && x !== '' && !/^[0-9]+$/.test(x));
    if (named.length === 0) return;
    const ownPasswd = model.finalLineage.some((s) => s.copies.some((c) => c.dest !== undefined && (isWithin('/etc/passwd', c.dest) || isWithin('/etc/group', c.dest))));
    if (ownPasswd || lineageInstructions(final.stage).some((i) => i.getKeyword() === 'RUN')) return;
    const label = user.user + (user.group !== undefined ? `:${user.group}` : '');
    const args = user.instruction.getArgumentsRange();
    const fix = args ? { title: `Use USER ${NONROOT_USER}`, applicability: 'safe' as const, edits: [replaceSpan(spanOf(file, args), NONROOT_USER)] } : undefined;
    if (final.facts.hasPasswd === false) {
      yield { messageId: 'noPasswd', ...user.span, data: { user: label, name: named[0], image: final.image }, fix };
      return;
    }
    if (final.facts.family === 'distroless' || (final.facts.family === 'chainguard' && final.facts.hasPasswd === true)) {
      const unknown = (user.user && !/^[0-9]+$/.test(user.user) && !DISTROLESS_USERS.has(user.user)) ? user.user : user.group !== undefined && !/^[0-9]+$/.test(user.group) && !DISTROLESS_GROUPS.has(user.group) ? user.group : undefined;
      if (unknown) yield { messageId: 'unknownUser', ...user.span, data: { user: label, name: unknown, image: final.image }, fix };
    }
  },
});
