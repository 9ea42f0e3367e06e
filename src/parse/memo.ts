import { Instruction, type Run } from './ast';

/**
 * dockerfile-ast recomputes an instruction's arguments on every call (tokenizing its text
 * again), and its own getters (flags, image, stage name, arguments range) call each other many
 * times. Instructions never change after parsing, so the results are kept on the instance. The
 * arrays handed out are copies: dockerfile-ast shifts flags off the list it gets back.
 */
const RAW = Symbol('golint-docker.rawArguments');
const RANGE = Symbol('golint-docker.argumentsRange');
const HEREDOCS = Symbol('golint-docker.heredocs');

type Heredocs = ReturnType<Run['getHeredocs']>;
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
  proto.getRawArguments = function (this: Patchable & Memo) {
    const cached = this[RAW] ?? (this[RAW] = rawArguments.call(this));
    return cached.slice();
  };
  proto.getHeredocs = function (this: Patchable & Memo) {
    return (this[HEREDOCS] ?? (this[HEREDOCS] = heredocs.call(this))).slice();
  };
  proto.getArgumentsRange = function (this: Patchable & Memo) {
    if (!(RANGE in this)) this[RANGE] = argumentsRange.call(this);
    return this[RANGE] ?? null;
  };
}
