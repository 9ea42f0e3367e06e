import { type SourceFile } from './source';
/** A problem that makes the file something a builder would refuse; the file is then not linted. */
export interface StructuralProblem {
    /** 1-based line. */
    line: number;
    message: string;
}
/**
 * The checks dockerfile-ast leaves to its users (it never reports syntax errors): the ones
 * BuildKit would fail the build on before any instruction runs.
 */
export declare function structuralProblems(file: SourceFile): StructuralProblem[];
