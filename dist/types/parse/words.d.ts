/**
 * Words as BuildKit reads them, before any variable is expanded. dockerfile-ast keeps the text as
 * written; a rule that judged that text would judge something other than what gets built
 * (`FROM evil.exa\⏎mple/alpine` pulls evil.example/alpine, `COPY --from="evil.example/tools"`
 * pulls evil.example/tools). The model reads image references through these.
 */
/**
 * The text of a span with BuildKit's line continuations undone: a line that ends with the escape
 * character (then only blanks) joins the next one, the escape and line break removed and the next
 * line's indentation kept; comment lines and blank lines inside the continuation are dropped.
 */
export declare function joinContinuations(text: string, escapeChar?: string): string;
/**
 * A builder flag's value (`--from=...`, `--mount=...`) as BuildKit's flag reader leaves it: quotes
 * removed and a backslash taking the next character literally (BuildKit uses a backslash here
 * whatever the escape directive says).
 */
export declare function flagValue(raw: string): string;
/**
 * The fields of a comma-separated flag value (`type=bind,from=x,target=/src`) as BuildKit's CSV
 * reader splits them: a field in double quotes may hold commas, and `""` in it is one quote.
 */
export declare function csvFields(value: string): string[];
