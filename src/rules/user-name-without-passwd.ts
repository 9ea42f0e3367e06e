import { effectiveUsers, placedIn, stageLineage } from '../model/lineage';
import type { Model, Stage, UserInfo } from '../model/types';
import { replaceSpan } from '../edits/text';
import { spanOf, type SourceFile } from '../parse/source';
import { defineRule, type Fix, type Report } from './types';
import { finalImage, isNumericId } from './util';
import { NONROOT_USER } from '../model/constants';

/** Users and groups in the /etc/passwd and /etc/group of distroless and Chainguard images. */
const DISTROLESS_USERS = new Set(['root', 'nobody', 'nonroot']);
const DISTROLESS_GROUPS = new Set(['root', 'nobody', 'nonroot', 'tty', 'staff']);

type MessageId = 'noPasswd' | 'unknownUser';

export default defineRule<MessageId>({
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
      fixSafety: 'Safe: the original image cannot start. Replaces the names with numbers: `root` with 0, `nobody` with 65534, `nonroot` and any other name with 65532 (the distroless nonroot user), keeping numeric parts (`USER app` -> `USER 65532:65532`, `USER 1000:app` -> `USER 1000:1000`). Not reported when the final image copies its own /etc/passwd or /etc/group in, or runs a RUN that may create the user.',
    },
    messages: {
      noPasswd: 'USER {{user}} on {{image}}: there is no /etc/passwd to resolve "{{name}}", so the container fails with "unable to find user {{name}}"; use a numeric USER such as {{ids}}',
      unknownUser: 'USER {{user}}: {{image}} only knows root, nobody and nonroot, so the container fails with "unable to find user {{name}}"; use a numeric USER such as {{ids}}',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    const final = finalImage(model);
    if (!final) return reports;
    const { facts } = final;
    const knowsOnlyDefaults = facts.family === 'distroless' || (facts.family === 'chainguard' && facts.hasPasswd === true);
    if (facts.hasPasswd !== false && !knowsOnlyDefaults) return reports;
    const users = effectiveUsers(final.stage);
    // Numeric users (or none) need no lookup: nothing more to check.
    if (!users.some((user) => user?.user !== undefined && named(user).length > 0)) return reports;
    // A RUN (on an image with a shell) may have created the user.
    if (stageLineage(final.stage).some((s) => s.runs.length > 0)) return reports;
    for (const user of users) {
      if (!user || user.user === undefined) continue;
      const names = named(user);
      if (names.length === 0 || ownsAccounts(model, final.stage)) continue;
      const data = { user: label(user), image: final.image, ids: numericUser(user.user, user.group) };
      if (facts.hasPasswd === false) {
        reports.push({ messageId: 'noPasswd', ...user.span, data: { ...data, name: names[0] }, fix: numericFix(file, user) });
        continue;
      }
      const unknown =
        user.user !== '' && !isNumericId(user.user) && !DISTROLESS_USERS.has(user.user)
          ? user.user
          : user.group !== undefined && user.group !== '' && !isNumericId(user.group) && !DISTROLESS_GROUPS.has(user.group)
            ? user.group
            : undefined;
      if (unknown !== undefined) reports.push({ messageId: 'unknownUser', ...user.span, data: { ...data, name: unknown }, fix: numericFix(file, user) });
    }
    return reports;
  },
});

/** The user and group parts that are names, not numbers. */
function named(user: UserInfo): string[] {
  return [user.user, user.group].filter((x): x is string => x !== undefined && x !== '' && !isNumericId(x));
}

function label(user: UserInfo): string {
  return (user.user ?? '') + (user.group !== undefined ? `:${user.group}` : '');
}

/** Does the final image bring its own /etc/passwd or /etc/group (`COPY --from=build /etc/passwd /etc/passwd`)? */
function ownsAccounts(model: Model, final: Stage): boolean {
  const stages = stageLineage(final);
  return placedIn(model, stages, '/etc/passwd') !== 'no' || placedIn(model, stages, '/etc/group') !== 'no';
}

/** The ids of the accounts distroless and Chainguard define, which scratch users mean by these names. */
const WELL_KNOWN_IDS: Readonly<Record<string, string>> = { root: '0', nobody: '65534', nonroot: '65532' };

/**
 * The same user in numbers: numeric parts stay, well-known names get their ids (`root` -> 0), any
 * other name becomes 65532 (nonroot); a named group follows the user (`1000:app` -> 1000:1000).
 */
export function numericUser(user: string, group: string | undefined): string {
  const [defaultUid, defaultGid] = NONROOT_USER.split(':');
  const uid = isNumericId(user) ? user : (WELL_KNOWN_IDS[user] ?? defaultUid);
  if (group === undefined || group === '') return isNumericId(user) ? `${uid}:${uid}` : `${uid}:${WELL_KNOWN_IDS[user] ?? defaultGid}`;
  const gid = isNumericId(group) ? group : (WELL_KNOWN_IDS[group] ?? uid);
  return `${uid}:${gid}`;
}

function numericFix(file: SourceFile, user: UserInfo): Fix | undefined {
  const args = user.instruction.getArgumentsRange();
  if (!args || user.user === undefined) return undefined;
  const ids = numericUser(user.user, user.group);
  return { title: `Use USER ${ids}`, applicability: 'safe', edits: [replaceSpan(spanOf(file, args), ids)] };
}
