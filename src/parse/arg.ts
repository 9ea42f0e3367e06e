import { Arg, Property } from './ast';

/**
 * ARG declarations as BuildKit reads them: a blank-separated list of `name` or `name=default`
 * (`ARG TARGETOS TARGETARCH`, `ARG A B=2 C`). dockerfile-ast reads ARG as it reads ENV, where
 * `ENV NAME rest of line` is the old form of one variable: it takes `ARG TARGETOS TARGETARCH` for
 * TARGETOS with the default "TARGETARCH". This corrects `Arg#getProperties` itself, once, so that
 * every reader of ARG declarations gets them right. The dockerfile-ast it corrects is the copy
 * bundled with the linter: no other user of the package sees the change.
 */
export function readArgsAsBuildKit(): void {
  const proto = Arg.prototype as unknown as Patchable;
  if (proto.__golintDockerArgs) return;
  proto.__golintDockerArgs = true;
  const properties = proto.getProperties;
  proto.getProperties = function (this: Arg) {
    let props = MEMO.get(this);
    if (!props) {
      props = buildKitProperties(this, properties.call(this));
      MEMO.set(this, props);
    }
    return props.slice();
  };
}

interface Patchable {
  getProperties(this: Arg): Property[];
  __golintDockerArgs?: boolean;
}

const MEMO = new WeakMap<Arg, Property[]>();

function buildKitProperties(arg: Arg, read: Property[]): Property[] {
  const words = arg.getPropertyArguments();
  // dockerfile-ast only goes wrong when the first word has no `=` and more words follow.
  if (words.length < 2 || words[0].getValue().includes('=')) return read;
  // Property needs the instruction's text document and escape character, which Instruction keeps.
  const { document, escapeChar } = arg as unknown as { document: ConstructorParameters<typeof Property>[0]; escapeChar: string };
  return words.map((w) => new Property(document, escapeChar, w));
}
