import { Property, type Arg } from './ast';

/**
 * The declarations of an ARG, as BuildKit reads them: a blank-separated list of `name` or
 * `name=default` (`ARG TARGETOS TARGETARCH`, `ARG A B=2 C`). dockerfile-ast reads ARG as it reads
 * ENV, where `ENV NAME rest of line` is the old form of one variable: it takes
 * `ARG TARGETOS TARGETARCH` for TARGETOS with the default "TARGETARCH". Every reader of ARG
 * declarations goes through here.
 */
export function argProperties(arg: Arg): readonly Property[] {
  let props: readonly Property[] | undefined = memo.get(arg);
  if (props) return props;
  props = arg.getProperties();
  const words = arg.getPropertyArguments();
  // dockerfile-ast only goes wrong when the first word has no `=` and more words follow.
  if (words.length >= 2 && !words[0].getValue().includes('=')) {
    // Property needs the instruction's text document and escape character, which Instruction keeps.
    const { document, escapeChar } = arg as unknown as { document: PropertyArgs[0]; escapeChar: string };
    props = words.map((w) => new Property(document, escapeChar, w));
  }
  memo.set(arg, props);
  return props;
}

type PropertyArgs = ConstructorParameters<typeof Property>;

const memo = new WeakMap<Arg, readonly Property[]>();
