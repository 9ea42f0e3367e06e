import { effectiveUsers, placedIn, stageLineage } from '../model/lineage';
import type { Model, Stage, UserInfo } from '../model/types';
import { replaceSpan } from '../edits/text';
import { spanOf, type SourceFile } from '../parse/source';
import { defineRule, type Fix, type Report } from './types';
import { finalImage, isNumericId, type FinalImage } from './util';
import type { ImageFacts } from '../model/catalogue';
import { NONROOT_USER } from '../model/constants';

/** Users and groups in the /etc/passwd and /etc/group of distroless and Chainguard images. */
const DISTROLESS_USERS = new Set(['root', 'nobody', 'nonroot']);
const DISTROLESS_GROUPS = new Set(['root', 'nobody', 'nonroot', 'tty', 'staff']);

type MessageId = 'noPasswd' | 'unknownUser' | 'chownNoPasswd' | 'chownUnknown';

export default defineRule<MessageId>({
  meta: {
    code: 'GD008',
    name: 'user-name-without-passwd',
    severity: 'error',
    fixable: ['safe'],
    tags: ['correctness', 'security'],
    docs: {
      summary: 'USER, or COPY/ADD `--chown`, names a user or group that the final image\'s /etc/passwd or /etc/group cannot resolve.',
      why:
        'A user name is looked up in the image\'s /etc/passwd when the container starts. `scratch` has no /etc/passwd at all, and distroless or Chainguard images know only `root`, `nobody` and `nonroot`; any other name makes the start fail with `unable to find user app: no matching entries in passwd file`. `COPY --chown=app:app` and `ADD --chown` look the names up while the image is built, in the /etc/passwd and /etc/group the stage has at that point, and the build fails with `unable to find user app`. A numeric `USER 65532:65532` (or `--chown=65532:65532`) needs no lookup, and Kubernetes `runAsNonRoot` can verify it.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\nUSER app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
      fixSafety:
        'Safe: the original image cannot start (USER) or cannot be built (`--chown`). Replaces the names with numbers: `root` with 0, `nobody` with 65534, `nonroot` and any other name with 65532 (the distroless nonroot user), keeping numeric parts (`USER app` -> `USER 65532:65532`, `USER 1000:app` -> `USER 1000:1000`). For `--chown` the same numbers are offered only when the program can still write the files as before: it runs as root, or as the user those numbers name (`--chown=app` with `USER app`); otherwise which ids the files need cannot be told, and the finding says so. Not reported when the final image copies its own /etc/passwd or /etc/group in (for `--chown`: before the copy), or runs a RUN that may create the user.',
    },
    messages: {
      noPasswd: 'USER {{user}} on {{image}}: there is no /etc/passwd to resolve "{{name}}", so the container fails with "unable to find user {{name}}"; use a numeric USER such as {{ids}}',
      unknownUser: 'USER {{user}}: {{image}} only knows root, nobody and nonroot, so the container fails with "unable to find user {{name}}"; use a numeric USER such as {{ids}}',
      chownNoPasswd:
        '{{keyword}} --chown={{chown}} on {{image}}: there is no /etc/passwd or /etc/group to resolve "{{name}}", so the build fails with "unable to find {{kind}} {{name}}"; use numeric ids such as --chown={{ids}}{{note}}',
      chownUnknown:
        '{{keyword}} --chown={{chown}}: {{image}} only knows root, nobody and nonroot, so the build fails with "unable to find {{kind}} {{name}}"; use numeric ids such as --chown={{ids}}{{note}}',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const final = finalImage(model);
    if (!final) return [];
    const knowsOnlyDefaults = final.facts.family === 'distroless' || (final.facts.family === 'chainguard' && final.facts.hasPasswd === true);
    if (final.facts.hasPasswd !== false && !knowsOnlyDefaults) return [];
    return [...userReports(file, model, final), ...chownReports(model, final)];
  },
});

function userReports(file: SourceFile, model: Model, final: FinalImage): Report<MessageId>[] {
  const reports: Report<MessageId>[] = [];
  const users = effectiveUsers(final.stage);
  // Numeric users (or none) need no lookup: nothing more to check.
  if (!users.some((user) => user?.user !== undefined && named(user).length > 0)) return reports;
  // A RUN (on an image with a shell) may have created the user.
  if (stageLineage(final.stage).some((s) => s.runs.length > 0)) return reports;
  for (const user of users) {
    if (!user || user.user === undefined) continue;
    const names = named(user);
    if (names.length === 0 || ownsAccounts(model, final.stage)) continue;
    const unknown = unknownName(final.facts, user.user, user.group);
    if (!unknown) continue;
    const data = { user: label(user), image: final.image, ids: numericUser(user.user, user.group), name: unknown.name };
    reports.push({ messageId: final.facts.hasPasswd === false ? 'noPasswd' : 'unknownUser', ...user.span, data, fix: numericFix(file, user) });
  }
  return reports;
}

/** `COPY --chown=app:app` and `ADD --chown` in the final image's stages: looked up while building, before the copy. */
function chownReports(model: Model, final: FinalImage): Report<MessageId>[] {
  const reports: Report<MessageId>[] = [];
  for (const stage of stageLineage(final.stage)) {
    for (const copy of stage.copies) {
      const chown = copy.chown;
      if (!chown || chown.user === undefined) continue;
      const unknown = unknownName(final.facts, chown.user, chown.group);
      if (!unknown) continue;
      const lineage = stageLineage(stage);
      if (ownsAccounts(model, stage, copy.span.start) || lineage.some((s) => s.runs.some((r) => r.span.start < copy.span.start))) continue;
      const ids = numericUser(chown.user, chown.group);
      const runtime = runtimeIds(final);
      const safe = runtime !== undefined && runtime.every((r) => r.startsWith('0:') || r === ids);
      const note = safe ? '' : ` (no automatic fix: the image runs as ${runtime?.join(' or ') ?? 'a user that cannot be known'}, and which ids its files need cannot be told)`;
      const label = chown.user + (chown.group !== undefined ? `:${chown.group}` : '');
      const data = { keyword: copy.keyword, chown: label, image: final.image, ids, note, ...unknown };
      const fix: Fix | undefined = safe ? { title: `Use --chown=${ids}`, applicability: 'safe', edits: [replaceSpan(chown.span, ids)] } : undefined;
      reports.push({ messageId: final.facts.hasPasswd === false ? 'chownNoPasswd' : 'chownUnknown', ...chown.span, data, fix });
    }
  }
  return reports;
}

/**
 * The part of `user[:group]` the image cannot resolve: on an image without /etc/passwd any name;
 * on distroless and Chainguard a name other than the accounts they define.
 */
function unknownName(facts: ImageFacts, user: string, group: string | undefined): { name: string; kind: 'user' | 'group' } | undefined {
  const isName = (x: string | undefined): x is string => x !== undefined && x !== '' && !isNumericId(x);
  const noPasswd = facts.hasPasswd === false;
  if (isName(user) && (noPasswd || !DISTROLESS_USERS.has(user))) return { name: user, kind: 'user' };
  if (isName(group) && (noPasswd || !DISTROLESS_GROUPS.has(group))) return { name: group, kind: 'group' };
  return undefined;
}

/** `uid:gid` of each user the final image may run as; undefined when one cannot be known. */
function runtimeIds(final: FinalImage): string[] | undefined {
  const out: string[] = [];
  for (const user of effectiveUsers(final.stage)) {
    if (user === undefined) {
      if (final.facts.defaultUid === 'unknown') return undefined;
      out.push(`${final.facts.defaultUid}:${final.facts.defaultUid}`);
    } else if (user.user === undefined) {
      return undefined;
    } else {
      out.push(numericUser(user.user, user.group));
    }
  }
  return out;
}

/** The user and group parts that are names, not numbers. */
function named(user: UserInfo): string[] {
  return [user.user, user.group].filter((x): x is string => x !== undefined && x !== '' && !isNumericId(x));
}

function label(user: UserInfo): string {
  return (user.user ?? '') + (user.group !== undefined ? `:${user.group}` : '');
}

/**
 * Does the image bring its own /etc/passwd or /etc/group (`COPY --from=build /etc/passwd /etc/passwd`),
 * before `before` (an offset) when given?
 */
function ownsAccounts(model: Model, stage: Stage, before = Infinity): boolean {
  const stages = stageLineage(stage);
  return placedIn(model, stages, '/etc/passwd', before) !== 'no' || placedIn(model, stages, '/etc/group', before) !== 'no';
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
