import { Arg, From, Instruction, type Run } from './ast';

/**
 * dockerfile-ast recomputes an instruction's arguments on every call (tokenizing its text
 * again), and its own getters (flags, image, stage name, arguments range) call each other many
 * times. Instructions never change after parsing, so the results are kept on the instance. The
 * arrays handed out are copies: dockerfile-ast shifts flags off the list it gets back.
 */
const RAW = Symbol('golint-docker.rawArguments');
const RANGE = Symbol('golint-docker.argumentsRange');
const HEREDOCS = Symbol('golint-docker.heredocs');
const PROPERTY_ARGS = Symbol('golint-docker.propertyArguments');

type Heredocs = ReturnType<Run['getHeredocs']>;
type Range = NonNullable<ReturnType<Instruction['getArgumentsRange']>>;
type Memo = { [RAW]?: ReturnType<Instruction['getArguments']>; [RANGE]?: ReturnType<Instruction['getArgumentsRange']>; [HEREDOCS]?: Heredocs };
interface Patchable {
  getRawArguments(): ReturnType<Instruction['getArguments']>;
  getArgumentsRange(): ReturnType<Instruction['getArgumentsRange']>;
  getHeredocs(): Heredocs;
  __golintDockerMemo?: boolean;
}

export function memoizeParser(): void {
  const proto = Instruction.prototype as unknown as Patchable;
  if (proto.__golintDockerMemo) return;
  proto.__golintDockerMemo = true;
  const rawArguments = proto.getRawArguments;
  const argumentsRange = proto.getArgumentsRange;
  const heredocs = proto.getHeredocs;
  const raw = (instruction: Patchable & Memo) => instruction[RAW] ?? (instruction[RAW] = rawArguments.call(instruction));
  proto.getRawArguments = function (this: Patchable & Memo) {
    return raw(this).slice();
  };
  proto.getHeredocs = function (this: Patchable & Memo) {
    return (this[HEREDOCS] ?? (this[HEREDOCS] = mayHaveHeredocs(raw(this)) ? heredocs.call(this) : [])).slice();
  };
  proto.getArgumentsRange = function (this: Patchable & Memo) {
    if (!(RANGE in this)) this[RANGE] = argumentsRange.call(this);
    return this[RANGE] ?? null;
  };
  // From's registry and image-name getters narrow the range getImageRange returns *in place*,
  // and that range is an argument's own: with arguments kept, it would change for every later
  // caller. Hand out a copy.
  const fromProto = From.prototype as unknown as { getImageRange(): Range | null };
  const imageRange = fromProto.getImageRange;
  fromProto.getImageRange = function (this: unknown) {
    const r = imageRange.call(this);
    return r && { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
  };
  // ARG and ENV: an ARG tokenizes its text once when parsed and again for getProperties.
  const properties = Object.getPrototypeOf(Arg.prototype) as PropertyPatchable;
  const propertyArguments = properties.getPropertyArguments;
  properties.getPropertyArguments = function (this: PropertyPatchable) {
    return (this[PROPERTY_ARGS] ?? (this[PROPERTY_ARGS] = propertyArguments.call(this))).slice();
  };
}

interface PropertyPatchable {
  getPropertyArguments(): ReturnType<Instruction['getArguments']>;
  [PROPERTY_ARGS]?: ReturnType<Instruction['getArguments']>;
}

/**
 * dockerfile-ast only makes heredocs of arguments written `<<NAME`, but scans the whole text of
 * every instruction of several lines to find them; most RUN and COPY have none. `args`: all the
 * arguments, flags included (the arguments it looks at are among them; flags start with `--`).
 */
function mayHaveHeredocs(args: ReturnType<Instruction['getArguments']>): boolean {
  for (const arg of args) if (arg.getValue().startsWith('<<')) return true;
  return false;
}
