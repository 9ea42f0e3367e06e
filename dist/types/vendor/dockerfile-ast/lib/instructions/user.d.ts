import { TextDocument } from '../../../vscode-languageserver-textdocument/lib/umd/main';
import { Range } from '../../../vscode-languageserver-types/lib/umd/main';
import { Dockerfile } from '../dockerfile';
import { Instruction } from '../instruction';
export declare class User extends Instruction {
    constructor(document: TextDocument, range: Range, dockerfile: Dockerfile, escapeChar: string, instruction: string, instructionRange: Range);
}
