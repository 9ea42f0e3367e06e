import { splitCommands, type LexOptions, type Separator, type SimpleCommand, type Word } from '../../src/shell/lexer';

/** A command reduced to its texts; `env` and `redir` are omitted when empty. */
interface Cmd {
  env?: string[];
  argv: string[];
  /** `op` or `op target` */
  redir?: string[];
  sep: Separator;
}

interface Case {
  name: string;
  input: string;
  expected: Cmd[];
  options?: LexOptions;
}

const DOCKER: LexOptions = { dockerfileContinuations: true };
const DOCKER_BACKTICK: LexOptions = { dockerfileContinuations: true, escapeChar: '`' };

function simplify(cmds: SimpleCommand[]): Cmd[] {
  return cmds.map((c) => {
    const out: Cmd = { argv: c.words.map((w) => w.text), sep: c.separator };
    if (c.assignments.length > 0) out.env = c.assignments.map((w) => w.text);
    if (c.redirects.length > 0) out.redir = c.redirects.map((r) => (r.target ? `${r.op} ${r.target.text}` : r.op));
    return out;
  });
}

function split(input: string, options?: LexOptions): SimpleCommand[] {
  return splitCommands(input, 0, input.length, options);
}

function run(cases: Case[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(simplify(split(c.input, c.options))).toEqual(c.expected);
  });
}

describe('simple commands and operators', () => {
  run([
    { name: 'one command', input: 'go build .', expected: [{ argv: ['go', 'build', '.'], sep: null }] },
    { name: 'blanks and tabs', input: '  go\tbuild   -o  out\t', expected: [{ argv: ['go', 'build', '-o', 'out'], sep: null }] },
    { name: 'empty input', input: '', expected: [] },
    { name: 'only blanks', input: ' \t ', expected: [] },
    {
      name: 'all separators',
      input: 'a && b || c; d | e & f',
      expected: [
        { argv: ['a'], sep: '&&' },
        { argv: ['b'], sep: '||' },
        { argv: ['c'], sep: ';' },
        { argv: ['d'], sep: '|' },
        { argv: ['e'], sep: '&' },
        { argv: ['f'], sep: null },
      ],
    },
    {
      name: 'operators without blanks',
      input: 'a&&b||c;d|e&f',
      expected: [
        { argv: ['a'], sep: '&&' },
        { argv: ['b'], sep: '||' },
        { argv: ['c'], sep: ';' },
        { argv: ['d'], sep: '|' },
        { argv: ['e'], sep: '&' },
        { argv: ['f'], sep: null },
      ],
    },
    {
      name: ';; outside case is ;, |& is |',
      input: 'a;; b |& c',
      expected: [
        { argv: ['a'], sep: ';' },
        { argv: ['b'], sep: '|' },
        { argv: ['c'], sep: null },
      ],
    },
    { name: 'trailing separator', input: 'go build . &&', expected: [{ argv: ['go', 'build', '.'], sep: '&&' }] },
    { name: 'separators without commands', input: '; && || | ;', expected: [] },
    {
      name: 'newlines separate commands in script mode',
      input: 'a\nb\n\n\nc\n',
      expected: [
        { argv: ['a'], sep: '\n' },
        { argv: ['b'], sep: '\n' },
        { argv: ['c'], sep: '\n' },
      ],
    },
    {
      name: 'CRLF lines in script mode',
      input: 'a x\r\nb\r\n',
      expected: [
        { argv: ['a', 'x'], sep: '\n' },
        { argv: ['b'], sep: '\n' },
      ],
    },
  ]);
});

describe('assignments', () => {
  run([
    {
      name: 'env prefixes',
      input: 'A=1 B="x y" go build',
      expected: [{ env: ['A=1', 'B=x y'], argv: ['go', 'build'], sep: null }],
    },
    { name: 'assignment only', input: 'A=1', expected: [{ env: ['A=1'], argv: [], sep: null }] },
    { name: 'empty value', input: 'A= go', expected: [{ env: ['A='], argv: ['go'], sep: null }] },
    {
      name: 'expansions in values',
      input: 'V=$(git describe) T=`date` go build',
      expected: [{ env: ['V=$(git describe)', 'T=`date`'], argv: ['go', 'build'], sep: null }],
    },
    { name: 'only before the first word', input: 'go build A=1 -o x', expected: [{ argv: ['go', 'build', 'A=1', '-o', 'x'], sep: null }] },
    { name: 'quoted name is a word', input: '"A"=1 go', expected: [{ argv: ['A=1', 'go'], sep: null }] },
    { name: 'escaped = is a word', input: 'A\\=1 go', expected: [{ argv: ['A=1', 'go'], sep: null }] },
    { name: 'quoted = is a word', input: 'AB"=1" go', expected: [{ argv: ['AB=1', 'go'], sep: null }] },
    { name: 'name cannot start with a digit', input: '1A=2 go', expected: [{ argv: ['1A=2', 'go'], sep: null }] },
    { name: 'A+=1 is not a POSIX assignment', input: 'A+=1 go', expected: [{ argv: ['A+=1', 'go'], sep: null }] },
    { name: 'underscore and digits', input: '_x9=1 go', expected: [{ env: ['_x9=1'], argv: ['go'], sep: null }] },
    { name: 'export is an ordinary word', input: 'export A=1', expected: [{ argv: ['export', 'A=1'], sep: null }] },
    { name: 'env is an ordinary word', input: 'env A=1 go build', expected: [{ argv: ['env', 'A=1', 'go', 'build'], sep: null }] },
    {
      name: 'assignments per command',
      input: 'A=1 a && B=2 b',
      expected: [
        { env: ['A=1'], argv: ['a'], sep: '&&' },
        { env: ['B=2'], argv: ['b'], sep: null },
      ],
    },
    {
      name: 'redirect before assignment',
      input: '>log CGO_ENABLED=0 go build',
      expected: [{ env: ['CGO_ENABLED=0'], argv: ['go', 'build'], redir: ['> log'], sep: null }],
    },
  ]);
});

describe('quoting', () => {
  run([
    { name: 'single, double and escaped blanks', input: `echo 'a b' "c d" e\\ f`, expected: [{ argv: ['echo', 'a b', 'c d', 'e f'], sep: null }] },
    { name: 'mixed parts form one word', input: `echo "a"'b'c`, expected: [{ argv: ['echo', 'abc'], sep: null }] },
    { name: "the '\\'' idiom", input: `echo 'it'\\''s'`, expected: [{ argv: ['echo', "it's"], sep: null }] },
    {
      name: 'backslash inside double quotes',
      input: String.raw`echo "a \"q\" \$x \\ \n \`"`,
      expected: [{ argv: ['echo', 'a "q" $x \\ \\n `'], sep: null }],
    },
    { name: 'backslash is literal in single quotes', input: String.raw`echo 'a\nb\'`, expected: [{ argv: ['echo', 'a\\nb\\'], sep: null }] },
    { name: 'empty quotes are a word', input: `echo "" ''`, expected: [{ argv: ['echo', '', ''], sep: null }] },
    { name: 'operators inside quotes', input: `echo "a && b; c" 'd | e'`, expected: [{ argv: ['echo', 'a && b; c', 'd | e'], sep: null }] },
    { name: 'escaped operator', input: String.raw`echo a\;b \&\& c`, expected: [{ argv: ['echo', 'a;b', '&&', 'c'], sep: null }] },
    { name: 'ANSI-C quoting', input: String.raw`printf $'a\tb\'c\q'`, expected: [{ argv: ['printf', "a\tb'c\\q"], sep: null }] },
    { name: 'locale quoting', input: `echo $"hi there"`, expected: [{ argv: ['echo', 'hi there'], sep: null }] },
    { name: 'hash inside a word is literal', input: 'echo a#b "#c"', expected: [{ argv: ['echo', 'a#b', '#c'], sep: null }] },
  ]);
});

describe('-ldflags spellings', () => {
  run([
    {
      name: 'double-quoted with expansion',
      input: 'go build -ldflags "-s -w -X main.v=${V}" -o /app .',
      expected: [{ argv: ['go', 'build', '-ldflags', '-s -w -X main.v=${V}', '-o', '/app', '.'], sep: null }],
    },
    { name: 'single-quoted after =', input: "go build -ldflags='-s -w' .", expected: [{ argv: ['go', 'build', '-ldflags=-s -w', '.'], sep: null }] },
    { name: 'bare after =', input: 'go build -ldflags=-s .', expected: [{ argv: ['go', 'build', '-ldflags=-s', '.'], sep: null }] },
    {
      name: 'nested quotes in -X',
      input: `go build -ldflags "-X 'main.v=$(git describe --tags)'" ./cmd/app`,
      expected: [{ argv: ['go', 'build', '-ldflags', "-X 'main.v=$(git describe --tags)'", './cmd/app'], sep: null }],
    },
  ]);
});

describe('word flags', () => {
  const cases: Array<{ input: string; text: string; quoted: boolean; hasExpansion: boolean }> = [
    { input: 'plain', text: 'plain', quoted: false, hasExpansion: false },
    { input: "'$X'", text: '$X', quoted: true, hasExpansion: false },
    { input: '"$X"', text: '$X', quoted: true, hasExpansion: true },
    { input: '$X', text: '$X', quoted: false, hasExpansion: true },
    { input: '\\$X', text: '$X', quoted: true, hasExpansion: false },
    { input: '"\\$X"', text: '$X', quoted: true, hasExpansion: false },
    { input: '${X:-a b}', text: '${X:-a b}', quoted: false, hasExpansion: true },
    { input: '$(cmd a)', text: '$(cmd a)', quoted: false, hasExpansion: true },
    { input: '`cmd a`', text: '`cmd a`', quoted: false, hasExpansion: true },
    { input: '$((1 + (2 * 3)))', text: '$((1 + (2 * 3)))', quoted: false, hasExpansion: true },
    { input: '$1$@$#$?', text: '$1$@$#$?', quoted: false, hasExpansion: true },
    { input: 'a$', text: 'a$', quoted: false, hasExpansion: false },
    { input: '$', text: '$', quoted: false, hasExpansion: false },
    { input: '"a\\b"', text: 'a\\b', quoted: true, hasExpansion: false },
    { input: '${A:-$(b) c}', text: '${A:-$(b) c}', quoted: false, hasExpansion: true },
    { input: '"${A:-"x y"}"', text: '${A:-"x y"}', quoted: true, hasExpansion: true },
    { input: '<(ls -l)', text: '<(ls -l)', quoted: false, hasExpansion: true },
  ];
  it.each(cases)('$input', ({ input, text, quoted, hasExpansion }) => {
    const cmds = split(`echo ${input}`);
    expect(cmds).toHaveLength(1);
    const w = cmds[0].words[1];
    expect({ text: w.text, quoted: w.quoted, hasExpansion: w.hasExpansion }).toEqual({ text, quoted, hasExpansion });
    expect(w.start).toBe(5);
    expect(w.end).toBe(5 + input.length);
  });
});

describe('expansions do not split commands', () => {
  run([
    {
      name: '$(...) with ; and && inside',
      input: 'echo $(a; b && c) && go build',
      expected: [
        { argv: ['echo', '$(a; b && c)'], sep: '&&' },
        { argv: ['go', 'build'], sep: null },
      ],
    },
    {
      name: ') inside quotes inside $(...)',
      input: `echo "$(e ")" f)" z; y`,
      expected: [
        { argv: ['echo', '$(e ")" f)', 'z'], sep: ';' },
        { argv: ['y'], sep: null },
      ],
    },
    { name: 'nested $(...)', input: 'echo $(a $(b; c) d) e', expected: [{ argv: ['echo', '$(a $(b; c) d)', 'e'], sep: null }] },
    {
      name: 'backticks with ;',
      input: 'echo `a; b` c | d',
      expected: [
        { argv: ['echo', '`a; b`', 'c'], sep: '|' },
        { argv: ['d'], sep: null },
      ],
    },
    { name: 'escaped backtick inside backticks', input: 'echo `a \\` b` c', expected: [{ argv: ['echo', '`a \\` b`', 'c'], sep: null }] },
    { name: '${...} with blanks and }', input: 'echo ${A:-"}"} b', expected: [{ argv: ['echo', '${A:-"}"}', 'b'], sep: null }] },
    { name: 'comment inside $(...)', input: 'echo $(a # ) ;\n b) c', expected: [{ argv: ['echo', '$(a # ) ;\n b)', 'c'], sep: null }] },
    { name: 'arithmetic', input: 'echo $(( (1+2) * 3 )); x', expected: [{ argv: ['echo', '$(( (1+2) * 3 ))'], sep: ';' }, { argv: ['x'], sep: null }] },
  ]);
});

describe('Dockerfile continuations (shell form)', () => {
  run([
    {
      name: 'continuation with comment and blank lines',
      input: 'go build \\\n  # a comment\n\n   \n  -o /out \\\n  # another \\\n  .',
      options: DOCKER,
      expected: [{ argv: ['go', 'build', '-o', '/out', '.'], sep: null }],
    },
    {
      name: 'CRLF continuations',
      input: 'CGO_ENABLED=0 \\\r\n  go build \\\r\n  \r\n  # c\r\n  -o out .\r\nUSER nobody\r\n',
      options: DOCKER,
      expected: [{ env: ['CGO_ENABLED=0'], argv: ['go', 'build', '-o', 'out', '.'], sep: null }],
    },
    { name: 'blanks after the backslash', input: 'go build \\  \t\n  .', options: DOCKER, expected: [{ argv: ['go', 'build', '.'], sep: null }] },
    { name: 'lines are joined without a blank', input: 'go build -ldfl\\\nags=-s .', options: DOCKER, expected: [{ argv: ['go', 'build', '-ldflags=-s', '.'], sep: null }] },
    { name: 'continuation inside double quotes', input: 'echo "a \\\n  b"', options: DOCKER, expected: [{ argv: ['echo', 'a   b'], sep: null }] },
    { name: 'continuation inside single quotes', input: "echo 'a\\\nb'", options: DOCKER, expected: [{ argv: ['echo', 'ab'], sep: null }] },
    { name: 'backslash-space is a shell escape', input: 'echo a\\ b', options: DOCKER, expected: [{ argv: ['echo', 'a b'], sep: null }] },
    {
      name: 'a bare newline ends the instruction',
      input: 'go build .\nRUN rm -rf /',
      options: DOCKER,
      expected: [{ argv: ['go', 'build', '.'], sep: null }],
    },
    { name: 'escape at the end of the range', input: 'go build \\ ', options: DOCKER, expected: [{ argv: ['go', 'build'], sep: null }] },
    {
      name: 'a shell comment runs to the end of the joined line',
      input: 'go build . # build it \\\n  && rm -rf /',
      options: DOCKER,
      expected: [{ argv: ['go', 'build', '.'], sep: null }],
    },
    {
      name: 'separators across lines',
      input: 'cd /src && \\\n  go mod download && \\\n  CGO_ENABLED=0 go build -o /app .',
      options: DOCKER,
      expected: [
        { argv: ['cd', '/src'], sep: '&&' },
        { argv: ['go', 'mod', 'download'], sep: '&&' },
        { env: ['CGO_ENABLED=0'], argv: ['go', 'build', '-o', '/app', '.'], sep: null },
      ],
    },
    {
      name: 'heredoc redirect in shell form has no body',
      input: 'cat <<EOF > /f',
      options: DOCKER,
      expected: [{ argv: ['cat'], redir: ['<< EOF', '> /f'], sep: null }],
    },
    { name: 'escape=` continuation', input: 'go build `\n  -o out `\n  # c\n  .', options: DOCKER_BACKTICK, expected: [{ argv: ['go', 'build', '-o', 'out', '.'], sep: null }] },
    {
      name: 'escape=`: backtick is a command substitution, backslash a shell escape',
      input: 'echo `date` a\\ b C:\\\\x `\n  c',
      options: DOCKER_BACKTICK,
      expected: [{ argv: ['echo', '`date`', 'a b', 'C:\\x', 'c'], sep: null }],
    },
    { name: 'escape=`: backslash-newline is not a continuation', input: 'a \\\nb', options: DOCKER_BACKTICK, expected: [{ argv: ['a', '\\'], sep: null }] },
  ]);
});

describe('script mode (heredoc bodies)', () => {
  run([
    { name: 'backslash-newline continues a command', input: 'go build \\\n  -o x .\nls', expected: [{ argv: ['go', 'build', '-o', 'x', '.'], sep: '\n' }, { argv: ['ls'], sep: null }] },
    { name: 'backslash-newline inside a word', input: 'go build -ldfl\\\nags=-s', expected: [{ argv: ['go', 'build', '-ldflags=-s'], sep: null }] },
    { name: 'backslash-CRLF', input: 'go \\\r\n build', expected: [{ argv: ['go', 'build'], sep: null }] },
    { name: 'backslash-newline is literal in single quotes', input: "echo 'a\\\nb'", expected: [{ argv: ['echo', 'a\\\nb'], sep: null }] },
    { name: 'newline inside double quotes', input: 'echo "a\nb"; c', expected: [{ argv: ['echo', 'a\nb'], sep: ';' }, { argv: ['c'], sep: null }] },
    {
      name: 'comments',
      input: '# header\nset -e # strict\n  # indented\ngo build . #done\n',
      expected: [
        { argv: ['set', '-e'], sep: '\n' },
        { argv: ['go', 'build', '.'], sep: '\n' },
      ],
    },
    { name: 'no continuation inside a comment', input: '# a \\\ngo build', expected: [{ argv: ['go', 'build'], sep: null }] },
    { name: 'comment right after an operator', input: 'a;#b\nc', expected: [{ argv: ['a'], sep: ';' }, { argv: ['c'], sep: null }] },
    {
      name: 'heredoc body is skipped',
      input: 'cat <<EOF > f\nhello; rm -rf /\n  EOF\nEOF\ngo build .',
      expected: [
        { argv: ['cat'], redir: ['<< EOF', '> f'], sep: '\n' },
        { argv: ['go', 'build', '.'], sep: null },
      ],
    },
    {
      name: '<<- strips leading tabs from the delimiter line',
      input: 'cat <<-EOF\n\tx; y\n\tEOF\ngo',
      expected: [
        { argv: ['cat'], redir: ['<<- EOF'], sep: '\n' },
        { argv: ['go'], sep: null },
      ],
    },
    {
      name: 'quoted delimiter',
      input: "cat <<'END' && b\n$x; y\nEND\nc",
      expected: [
        { argv: ['cat'], redir: ['<< END'], sep: '&&' },
        { argv: ['b'], sep: '\n' },
        { argv: ['c'], sep: null },
      ],
    },
    {
      name: 'two heredocs on one line',
      input: 'a <<A 3<<B\n1\nA\n2\nB\nc',
      expected: [
        { argv: ['a'], redir: ['<< A', '3<< B'], sep: '\n' },
        { argv: ['c'], sep: null },
      ],
    },
    { name: 'CRLF heredoc', input: 'cat <<EOF\r\nx; y\r\nEOF\r\ngo', expected: [{ argv: ['cat'], redir: ['<< EOF'], sep: '\n' }, { argv: ['go'], sep: null }] },
    { name: 'unterminated heredoc', input: 'cat <<EOF\nfoo; bar', expected: [{ argv: ['cat'], redir: ['<< EOF'], sep: '\n' }] },
    { name: 'here-string is not a heredoc', input: 'cat <<<"$x"\ngo', expected: [{ argv: ['cat'], redir: ['<<< $x'], sep: '\n' }, { argv: ['go'], sep: null }] },
  ]);
});

describe('compound commands', () => {
  run([
    {
      name: 'subshell',
      input: '( cd x && go build )',
      expected: [
        { argv: ['cd', 'x'], sep: '&&' },
        { argv: ['go', 'build'], sep: null },
      ],
    },
    {
      name: 'subshell followed by an operator',
      input: '(cd x && go build) || true',
      expected: [
        { argv: ['cd', 'x'], sep: '&&' },
        { argv: ['go', 'build'], sep: '||' },
        { argv: ['true'], sep: null },
      ],
    },
    {
      name: 'if/then/fi',
      input: 'if true; then CGO_ENABLED=0 go build .; fi',
      expected: [
        { argv: ['true'], sep: ';' },
        { env: ['CGO_ENABLED=0'], argv: ['go', 'build', '.'], sep: ';' },
      ],
    },
    {
      name: 'if/elif/else with a trailing command',
      input: 'if [ -f a ]; then b; elif ! c; then d; else { e; }; fi && f',
      expected: [
        { argv: ['[', '-f', 'a', ']'], sep: ';' },
        { argv: ['b'], sep: ';' },
        { argv: ['c'], sep: ';' },
        { argv: ['d'], sep: ';' },
        { argv: ['e'], sep: ';' },
        { argv: ['f'], sep: null },
      ],
    },
    {
      name: 'reserved words only at command position',
      input: 'echo if then fi; "if" x',
      expected: [
        { argv: ['echo', 'if', 'then', 'fi'], sep: ';' },
        { argv: ['if', 'x'], sep: null },
      ],
    },
    {
      name: 'while loop, redirect on done is dropped',
      input: 'while read p; do go build ./$p; done < list',
      expected: [
        { argv: ['read', 'p'], sep: ';' },
        { argv: ['go', 'build', './$p'], sep: ';' },
      ],
    },
    { name: 'for header is skipped', input: 'for p in a b; do go build ./$p; done', expected: [{ argv: ['go', 'build', './$p'], sep: ';' }] },
    { name: 'for without in', input: 'for p do x $p; done', expected: [{ argv: ['x', '$p'], sep: ';' }] },
    { name: 'for header on its own line', input: 'for p in a b\ndo\n  go build\ndone\nls', expected: [{ argv: ['go', 'build'], sep: '\n' }, { argv: ['ls'], sep: null }] },
    { name: 'arithmetic for', input: 'for ((i=0; i<3; i++)); do go build; done', expected: [{ argv: ['go', 'build'], sep: ';' }] },
    {
      name: 'case branches',
      input: 'case "$A" in a|b) go build;; (c) echo c;; *) ;; esac; ls',
      expected: [
        { argv: ['go', 'build'], sep: ';' },
        { argv: ['echo', 'c'], sep: ';' },
        { argv: ['ls'], sep: null },
      ],
    },
    {
      name: 'multi-line case with nested case',
      input: 'case $x in\n  a)\n    case $y in b) go;; esac\n    ;;\n  *) other\nesac\nls',
      expected: [
        { argv: ['go'], sep: ';' },
        { argv: ['other'], sep: '\n' },
        { argv: ['ls'], sep: null },
      ],
    },
    { name: 'group with redirect', input: '{ go build; } > log 2>&1', expected: [{ argv: ['go', 'build'], sep: ';' }] },
    { name: 'function definition', input: 'f() { go build; }; f', expected: [{ argv: ['go', 'build'], sep: ';' }, { argv: ['f'], sep: null }] },
    { name: 'bash function keyword', input: 'function f { go build; }', expected: [{ argv: ['go', 'build'], sep: ';' }] },
    { name: 'arithmetic command is skipped', input: '(( i++ << 2 )) && go build\nls', expected: [{ argv: ['go', 'build'], sep: '\n' }, { argv: ['ls'], sep: null }] },
    {
      name: '(( that is nested subshells',
      input: '((cd a) && b)',
      expected: [
        { argv: ['cd', 'a'], sep: '&&' },
        { argv: ['b'], sep: null },
      ],
    },
  ]);
});

describe('redirections', () => {
  run([
    { name: 'fd dup and file', input: 'go build . 2>&1 > log', expected: [{ argv: ['go', 'build', '.'], redir: ['2>&1', '> log'], sep: null }] },
    { name: 'folded dup takes no target', input: 'a 2>&1 b >&- c', expected: [{ argv: ['a', 'b', 'c'], redir: ['2>&1', '>&-'], sep: null }] },
    { name: 'redirect in the middle', input: 'a >f b', expected: [{ argv: ['a', 'b'], redir: ['> f'], sep: null }] },
    { name: 'redirect first', input: '2>/dev/null go version', expected: [{ argv: ['go', 'version'], redir: ['2> /dev/null'], sep: null }] },
    { name: 'digits not touching the operator are a word', input: 'a 2 > f', expected: [{ argv: ['a', '2'], redir: ['> f'], sep: null }] },
    { name: 'digits after a letter are a word', input: 'a x2>f', expected: [{ argv: ['a', 'x2'], redir: ['> f'], sep: null }] },
    {
      name: 'all operators',
      input: 'a &>f >>g <in >|h <>rw 3<&0 >&2 <&- 10>&- 2>& 1 &>>all >&file',
      expected: [
        {
          argv: ['a'],
          redir: ['&> f', '>> g', '< in', '>| h', '<> rw', '3<&0', '>&2', '<&-', '10>&-', '2>& 1', '&>> all', '>& file'],
          sep: null,
        },
      ],
    },
    { name: 'missing target', input: 'a > ; b >', expected: [{ argv: ['a'], redir: ['>'], sep: ';' }, { argv: ['b'], redir: ['>'], sep: null }] },
    { name: 'redirect-only command', input: '> f', expected: [{ argv: [], redir: ['> f'], sep: null }] },
    { name: 'quoted target', input: 'a > "my file"', expected: [{ argv: ['a'], redir: ['> my file'], sep: null }] },
    { name: 'process substitution is a word', input: 'diff <(a) >(b)', expected: [{ argv: ['diff', '<(a)', '>(b)'], sep: null }] },
  ]);
});

describe('offsets', () => {
  const slices = (text: string, words: Word[]): string[] => words.map((w) => text.slice(w.start, w.end));

  it('maps words across continuations, comments and blank lines to the original text', () => {
    const doc = 'FROM x\nRUN CGO_ENABLED=0 go build \\\n    -ldfl\\\nags "-s -w" \\\n  # c \\\n\n  -o /out .\nUSER x\n';
    const start = doc.indexOf('CGO');
    const cmds = splitCommands(doc, start, doc.length, DOCKER);
    expect(cmds).toHaveLength(1);
    const c = cmds[0];
    expect(c.assignments.map((w) => w.text)).toEqual(['CGO_ENABLED=0']);
    expect(c.words.map((w) => w.text)).toEqual(['go', 'build', '-ldflags', '-s -w', '-o', '/out', '.']);
    expect(slices(doc, c.assignments)).toEqual(['CGO_ENABLED=0']);
    expect(slices(doc, c.words)).toEqual(['go', 'build', '-ldfl\\\nags', '"-s -w"', '-o', '/out', '.']);
    expect(c.start).toBe(start);
    expect(doc.slice(c.start, c.end)).toBe('CGO_ENABLED=0 go build \\\n    -ldfl\\\nags "-s -w" \\\n  # c \\\n\n  -o /out .');
  });

  it('keeps offsets exact with CRLF and trailing blanks after the escape', () => {
    // `go` ends right before a continuation; `build` and `.` are separated by one.
    const doc = 'RUN go\\  \r\n  build \\\r\n.\r\n';
    const cmds = splitCommands(doc, 4, doc.length, DOCKER);
    expect(cmds.map((c) => slices(doc, c.words))).toEqual([['go', 'build', '.']]);
    expect(cmds[0].words.map((w) => [w.start, w.end])).toEqual([
      [4, 6],
      [13, 18],
      [22, 23],
    ]);
    expect(cmds[0].end).toBe(23);
  });

  it('marks the commands of an if, case or loop as conditional, and not those around it', () => {
    const text = 'cd /src && if [ ! -f app ]; then go build -o app .; fi\ncase "$A" in x) go vet;; esac; for p in a b; do go test $p; done\nwhile false; do :; done; go version';
    const cmds = splitCommands(text, 0, text.length, { dockerfileContinuations: false });
    expect(cmds.map((c) => [c.words.map((w) => w.text).join(' '), c.conditional === true])).toEqual([
      ['cd /src', false],
      ['[ ! -f app ]', true],
      ['go build -o app .', true],
      ['go vet', true],
      ['go test $p', true],
      ['false', true],
      [':', true],
      ['go version', false],
    ]);
  });

  it('covers the word as written, quotes and escapes included', () => {
    const text = `a "b c"'d' e\\ f $(g h) \`i\` 'unterminated`;
    const words = split(text)[0].words;
    expect(words.map((w) => w.text)).toEqual(['a', 'b cd', 'e f', '$(g h)', '`i`', 'unterminated']);
    expect(slices(text, words)).toEqual(['a', `"b c"'d'`, 'e\\ f', '$(g h)', '`i`', "'unterminated"]);
  });

  it('uses absolute offsets in script mode, including the separator-free end', () => {
    const doc = 'RUN <<EOF\nset -e\ncat <<X > f\nbody\nX\n  go build -o /a \\\n  ./cmd  # c\nEOF\n';
    const start = doc.indexOf('set');
    const end = doc.lastIndexOf('EOF');
    const cmds = splitCommands(doc, start, end, { dockerfileContinuations: false });
    expect(simplify(cmds)).toEqual([
      { argv: ['set', '-e'], sep: '\n' },
      { argv: ['cat'], redir: ['<< X', '> f'], sep: '\n' },
      { argv: ['go', 'build', '-o', '/a', './cmd'], sep: '\n' },
    ]);
    const go = cmds[2];
    expect(doc.slice(go.start, go.end)).toBe('go build -o /a \\\n  ./cmd');
    expect(slices(doc, go.words)).toEqual(['go', 'build', '-o', '/a', './cmd']);
    const redirect = cmds[1].redirects[1];
    expect(doc.slice(redirect.start, redirect.end)).toBe('> f');
    expect(doc.slice(redirect.target!.start, redirect.target!.end)).toBe('f');
  });

  it('reports redirect and command spans', () => {
    const text = 'x; 2>&1 A=1 go build >  "o u t" ';
    const c = split(text)[1];
    expect(text.slice(c.start, c.end)).toBe('2>&1 A=1 go build >  "o u t"');
    expect(c.redirects.map((r) => text.slice(r.start, r.end))).toEqual(['2>&1', '>  "o u t"']);
    expect(c.redirects[0].target).toBeUndefined();
    expect(c.redirects[1].target).toEqual({ text: 'o u t', start: 24, end: 31, quoted: true, hasExpansion: false });
  });

  it('only looks at text[start, end)', () => {
    const doc = 'XXgo build; rmYY';
    expect(simplify(splitCommands(doc, 2, 14))).toEqual([
      { argv: ['go', 'build'], sep: ';' },
      { argv: ['rm'], sep: null },
    ]);
    expect(splitCommands(doc, 2, 14)[1]).toMatchObject({ start: 12, end: 14 });
  });
});

describe('robustness', () => {
  run([
    { name: 'unterminated single quote', input: "echo 'abc; d", expected: [{ argv: ['echo', 'abc; d'], sep: null }] },
    { name: 'unterminated double quote', input: 'echo "abc $(x', expected: [{ argv: ['echo', 'abc $(x'], sep: null }] },
    { name: 'unterminated $(', input: 'echo $(a; b', expected: [{ argv: ['echo', '$(a; b'], sep: null }] },
    { name: 'unterminated ${', input: 'echo ${a b', expected: [{ argv: ['echo', '${a b'], sep: null }] },
    { name: 'unterminated backtick', input: 'echo `a; b', expected: [{ argv: ['echo', '`a; b'], sep: null }] },
    { name: 'unterminated ANSI-C quote', input: "echo $'a\\", expected: [{ argv: ['echo', 'a\\'], sep: null }] },
    { name: 'trailing backslash', input: 'echo a\\', expected: [{ argv: ['echo', 'a\\'], sep: null }] },
    { name: 'stray closers', input: ')) fi done esac } then', expected: [] },
    { name: 'unterminated ((', input: '(( a; b', expected: [] },
    { name: 'bare heredoc operator', input: '<<', expected: [{ argv: [], redir: ['<<'], sep: null }] },
    { name: 'unterminated case', input: 'case x in a) go', expected: [{ argv: ['go'], sep: null }] },
    { name: 'NUL bytes', input: 'go\0build \0; x', expected: [{ argv: ['go\0build', '\0'], sep: ';' }, { argv: ['x'], sep: null }] },
  ]);

  it('clamps out-of-range and inverted bounds', () => {
    expect(simplify(splitCommands('go build', -5, 100))).toEqual([{ argv: ['go', 'build'], sep: null }]);
    expect(splitCommands('go build', 5, 2)).toEqual([]);
    expect(splitCommands('go build', NaN, NaN)).toEqual([]);
    expect(simplify(splitCommands('go build', 0, 8, { escapeChar: 'too long' }))).toEqual([{ argv: ['go', 'build'], sep: null }]);
  });

  it('never throws on random garbage and keeps offsets ordered and in range', () => {
    // Deterministic pseudo-random strings over the characters the lexer cares about.
    const alphabet = ['a', 'b', ' ', '\t', '\n', '\r', '\\', '`', "'", '"', '$', '(', ')', '{', '}', ';', '&', '|', '<', '>', '#', '=', '-', '1', '\0', 'EOF', 'if ', 'case ', 'esac', ';;', 'in '];
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const problems: string[] = [];
    for (let iter = 0; iter < 3000; iter++) {
      let s = '';
      const len = rand(40);
      for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
      const pad = 'P'.repeat(rand(3));
      const doc = pad + s + pad;
      const lo = pad.length;
      const hi = pad.length + s.length;
      for (const options of [undefined, DOCKER, DOCKER_BACKTICK]) {
        const cmds = splitCommands(doc, lo, hi, options);
        const where = `${JSON.stringify(s)} ${JSON.stringify(options)}`;
        let last = lo;
        for (const c of cmds) {
          const parts = [...c.assignments, ...c.words, ...c.redirects];
          const first = Math.min(...parts.map((t) => t.start));
          const lastEnd = Math.max(...parts.map((t) => t.end));
          if (parts.length === 0 || c.start !== first || c.end !== lastEnd) problems.push(`command span ${where}`);
          if (c.start < last || c.end <= c.start || c.end > hi) problems.push(`command order ${where}`);
          for (const w of [...c.assignments, ...c.words]) {
            if (w.start < c.start || w.end > c.end || w.end <= w.start) problems.push(`word span ${where}`);
            // A word with nothing to remove is written exactly as its text.
            const raw = doc.slice(w.start, w.end);
            if (!options && !w.quoted && !raw.includes('\\')) {
              if (raw !== w.text) problems.push(`word text ${where}: ${JSON.stringify(raw)} vs ${JSON.stringify(w.text)}`);
            }
          }
          last = c.end;
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('performance and deep input', () => {
  it('100,000 continuation lines (shell form)', () => {
    const text = 'go build \\\n' + '  -x \\\n  # comment\n'.repeat(100_000) + '  .';
    const cmds = splitCommands(text, 0, text.length, DOCKER);
    expect(cmds).toHaveLength(1);
    expect(cmds[0].words).toHaveLength(100_003);
    expect(cmds[0].words[100_002]).toMatchObject({ text: '.', start: text.length - 1, end: text.length });
  });

  it('100,000 continuation lines (script mode)', () => {
    const text = 'go build \\\n' + '  -x \\\n'.repeat(100_000) + '  .\nls';
    const cmds = split(text);
    expect(cmds.map((c) => c.words.length)).toEqual([100_003, 1]);
  });

  it('100,000 script lines', () => {
    const cmds = split('go version\n'.repeat(100_000));
    expect(cmds).toHaveLength(100_000);
    expect(cmds[99_999].separator).toBe('\n');
  });

  it('a 1 MB line', () => {
    const big = 'a'.repeat(1_000_000);
    expect(split(`echo ${big}`, DOCKER)[0].words[1].text).toHaveLength(1_000_000);
    const many = 'ab '.repeat(350_000);
    expect(split(many, DOCKER)[0].words).toHaveLength(350_000);
    const quoted = `echo "${'x$y'.repeat(350_000)}"`;
    expect(split(quoted)[0].words[1]).toMatchObject({ quoted: true, hasExpansion: true });
  });

  it('200,000 double quotes', () => {
    const even = split('"'.repeat(200_000));
    expect(simplify(even)).toEqual([{ argv: [''], sep: null }]);
    expect(even[0].words[0]).toMatchObject({ quoted: true, start: 0, end: 200_000 });
    expect(split('"'.repeat(200_001))[0].words[0]).toMatchObject({ text: '', end: 200_001 });
  });

  it('200,000 nested $(', () => {
    const text = '$('.repeat(200_000);
    const cmds = split(`echo ${text} x`);
    expect(cmds[0].words.map((w) => w.text)).toEqual(['echo', `${text} x`]);
    expect(cmds[0].words[1].hasExpansion).toBe(true);
    const closed = '$('.repeat(200_000) + ')'.repeat(200_000);
    expect(split(`echo ${closed} x`, DOCKER)[0].words.map((w) => w.text)).toEqual(['echo', closed, 'x']);
  });

  it('200,000 backslashes', () => {
    expect(split('\\'.repeat(200_000), DOCKER)[0].words[0].text).toBe('\\'.repeat(100_000));
    expect(split('\\'.repeat(200_001))[0].words[0].text).toBe('\\'.repeat(100_001));
    // Every pair here is a continuation in shell form: nothing is left.
    expect(split('\\\n'.repeat(200_000), DOCKER)).toEqual([]);
  });

  it('other pathological repeats', () => {
    expect(split('('.repeat(200_000))).toEqual([]);
    expect(split(')'.repeat(200_000))).toEqual([]);
    // An unterminated `((` is an arithmetic command running to the end.
    expect(split('((a) '.repeat(50_000))).toEqual([]);
    // Nested `((` that turn out to be subshells: each region is rescanned at most once.
    const nested = split('(('.repeat(50_000) + 'a' + ') b)'.repeat(50_000));
    expect(nested).toHaveLength(50_001);
    expect(simplify(nested.slice(0, 2))).toEqual([
      { argv: ['a'], sep: null },
      { argv: ['b'], sep: null },
    ]);
    expect(split('${'.repeat(200_000))[0].words).toHaveLength(1);
    expect(split('`'.repeat(200_001))[0].words).toHaveLength(1);
    expect(split("'".repeat(200_000))[0].words[0].text).toBe('');
    expect(split('cat <<A '.repeat(20_000) + '\n' + 'A\n'.repeat(20_000) + 'go')).toHaveLength(2);
    expect(split('2'.repeat(500_000) + ' x')[0].words[0].text).toHaveLength(500_000);
    expect(split('case x in '.repeat(50_000))).toEqual([]);
  });
});
