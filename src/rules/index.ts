import type { Rule } from './types';
import type { OptionInput, OptionsSpec } from './options';
import cgoNotDisabled from './cgo-not-disabled';
import ldflagsNotStripped from './ldflags-not-stripped';
import finalNotMinimal from './final-not-minimal';
import finalRunsAsRoot from './final-runs-as-root';
import buildCacheLeak from './build-cache-leak';
import shellFormWithoutShell from './shell-form-without-shell';
import runWithoutShell from './run-without-shell';
import userNameWithoutPasswd from './user-name-without-passwd';
import entrypointNotInImage from './entrypoint-not-in-image';
import missingTrimpath from './missing-trimpath';
import moduleCacheBusting from './module-cache-busting';
import missingCaCertificates from './missing-ca-certificates';
import unpinnedImage from './unpinned-image';
import goVersionMismatch from './go-version-mismatch';
import obsoleteBuildFlags from './obsolete-build-flags';
import secretInArgEnv from './secret-in-arg-env';
import debugImageInFinal from './debug-image-in-final';
import untrustedRegistry from './untrusted-registry';
import buildPlatformMismatch from './build-platform-mismatch';
import unknownSuppression from './unknown-suppression';

/** Every rule, in code order. Explicit, so that adding a rule is a reviewed change. */
const ALL = [
  cgoNotDisabled,
  ldflagsNotStripped,
  finalNotMinimal,
  finalRunsAsRoot,
  buildCacheLeak,
  shellFormWithoutShell,
  runWithoutShell,
  userNameWithoutPasswd,
  entrypointNotInImage,
  missingTrimpath,
  moduleCacheBusting,
  missingCaCertificates,
  unpinnedImage,
  goVersionMismatch,
  obsoleteBuildFlags,
  secretInArgEnv,
  debugImageInFinal,
  untrustedRegistry,
  buildPlatformMismatch,
  unknownSuppression,
] as const;

export const RULES: readonly Rule[] = ALL;

/** A rule by code ("GD003") or name ("final-not-minimal"). */
export function findRule(key: string): Rule | undefined {
  const k = key.trim();
  return RULES.find((r) => r.meta.code === k.toUpperCase() || r.meta.name === k.toLowerCase());
}

type SpecOf<R> = R extends { meta: { options?: infer S } } ? (S extends OptionsSpec ? S : never) : never;
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type AllOptions = Intersection<SpecOf<(typeof ALL)[number]>>;

/** The configuration keys the rules own (`finalImage`, `trustedRegistries`), as the file writes them. */
export type RuleOptionsConfig = { [K in keyof AllOptions]?: OptionInput<AllOptions[K]> };
