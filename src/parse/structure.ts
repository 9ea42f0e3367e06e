import { Copy, Run } from './ast';
import { lineColumn, spanOf, type SourceFile } from './source';
import { excerpt } from './visible';

/** A problem that makes the file something a builder would refuse; the file is then not linted. */
export interface StructuralProblem {
  /** 1-based line. */
  line: number;
  message: string;
}

const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/**
 * The checks dockerfile-ast leaves to its users (it never reports syntax errors): the ones
 * BuildKit would fail the build on before any instruction runs.
 */
export function structuralProblems(file: SourceFile): StructuralProblem[] {
  const problems: StructuralProblem[] = [];
  const instructions = file.dockerfile.getInstructions();
  const lineOf = (i: { getRange(): { start: { line: number } } }) => i.getRange().start.line + 1;
  if (instructions.length === 0) {
    return [{ line: 1, message: file.text.trim() === '' ? 'empty file: no instructions' : 'no instructions: only comments' }];
  }
  let seenFrom = false;
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    if (!KEYWORDS.has(keyword)) {
      problems.push({ line: lineOf(instruction), message: `unknown instruction "${excerpt(instruction.getInstruction(), 40)}"` });
      continue;
    }
    if (keyword === 'FROM') {
      seenFrom = true;
      if (instruction.getArguments().length === 0) problems.push({ line: lineOf(instruction), message: 'FROM needs an image' });
    } else if (!seenFrom && keyword !== 'ARG') {
      problems.push({ line: lineOf(instruction), message: `${keyword} before the first FROM: only ARG may come before FROM` });
    }
    if (instruction instanceof Run || instruction instanceof Copy) {
      for (const heredoc of instruction.getHeredocs()) {
        if (heredoc.getDelimiterRange() === null) {
          const { line } = lineColumn(file, spanOf(file, heredoc.getStartRange()).start);
          problems.push({ line, message: `heredoc <<${excerpt(heredoc.getName(), 40)} is never closed` });
        }
      }
    }
  }
  if (!seenFrom) problems.unshift({ line: 1, message: 'no FROM instruction: nothing to build' });
  return problems;
}
