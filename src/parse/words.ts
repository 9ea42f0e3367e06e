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
export function joinContinuations(text: string, escapeChar = '\\'): string {
  if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) return text;
  const lines = text.split(/\r?\n|\r/);
  let out = '';
  let continued = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (continued && i > 0) {
      const trimmed = line.trimStart();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
    } else if (i > 0) {
      out += '\n';
    }
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    continued = i < lines.length - 1 && end > 0 && line[end - 1] === escapeChar;
    if (continued) line = line.slice(0, end - 1);
    out += line;
  }
  return out;
}

/**
 * A builder flag's value (`--from=...`, `--mount=...`) as BuildKit's flag reader leaves it: quotes
 * removed and a backslash taking the next character literally (BuildKit uses a backslash here
 * whatever the escape directive says).
 */
export function flagValue(raw: string): string {
  if (raw.indexOf('"') === -1 && raw.indexOf("'") === -1 && raw.indexOf('\\') === -1) return raw;
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote !== undefined && c === quote) quote = undefined;
    else if (quote === undefined && (c === '"' || c === "'")) quote = c;
    else if (c === '\\') {
      if (i + 1 < raw.length) out += raw[++i];
    } else out += c;
  }
  return out;
}

/**
 * The fields of a comma-separated flag value (`type=bind,from=x,target=/src`) as BuildKit's CSV
 * reader splits them: a field in double quotes may hold commas, and `""` in it is one quote.
 */
export function csvFields(value: string): string[] {
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '"' && value[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === '') quoted = true;
    else if (c === ',') {
      fields.push(cur);
      cur = '';
    } else cur += c;
  }
  fields.push(cur);
  return fields;
}
