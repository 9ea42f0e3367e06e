import { TextDocument } from '../../vscode-languageserver-textdocument/lib/umd/main';
import { Range } from '../../vscode-languageserver-types/lib/umd/main';
export declare class Line {
    protected readonly document: TextDocument;
    private readonly range;
    constructor(document: TextDocument, range: Range);
    getRange(): Range;
    getTextContent(): string;
    isAfter(line: Line): boolean;
    isBefore(line: number): boolean;
}
