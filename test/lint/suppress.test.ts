import { lintText } from '../../src/lint';

const SINGLE = 'FROM golang\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD ["/app"]\n';
const codes = (text: string) => {
  const r = lintText(text);
  if (!r.ok) throw new Error(r.error.message);
  return [...new Set(r.findings.map((f) => f.code))].sort();
};

describe('suppression comments', () => {
  it('a global pragma on the first line suppresses (it is a comment, not a parser directive)', () => {
    expect(codes(SINGLE)).toContain('GD013');
    expect(codes(`# golint-docker global ignore=GD013\n${SINGLE}`)).not.toContain('GD013');
    expect(codes(`# golint-docker global ignore=unpinned-image,GD010\n${SINGLE}`)).not.toEqual(expect.arrayContaining(['GD013']));
  });

  it('a parser directive stays a directive', () => {
    const r = lintText(`# escape=\`\n${SINGLE}`);
    expect(r.ok && r.file.escapeChar).toBe('`');
  });

  it('above an instruction: that instruction only; above FROM: the whole stage', () => {
    const above = SINGLE.replace('RUN go build', '# golint-docker ignore=GD001,GD010\nRUN go build');
    expect(codes(above)).not.toEqual(expect.arrayContaining(['GD001']));
    expect(codes(above)).toContain('GD013');
    const stage = `# golint-docker ignore=GD013,GD001\n${SINGLE}`.replace('# golint', '# a comment\n# golint');
    expect(codes(stage)).not.toEqual(expect.arrayContaining(['GD013']));
  });

  it('a misspelled name suppresses nothing and is reported (GD020)', () => {
    expect(codes(`# golint-docker global ignore=GD13\n${SINGLE}`)).toEqual(expect.arrayContaining(['GD013', 'GD020']));
  });
});
