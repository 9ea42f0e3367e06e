import { createSourceFile } from '../../src/parse/source';
import { buildModel } from '../../src/model/build';

describe('ARG with several names on one line', () => {
  it('the model declares each name: TARGETARCH is not the default of TARGETOS', () => {
    const file = createSourceFile('Dockerfile', 'ARG V=1 BASE\nFROM golang:1.23\nARG TARGETOS TARGETARCH V\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\n');
    const model = buildModel(file);
    const run = model.stages[0].runs[0];
    expect(run.scope.get('TARGETOS')).toEqual({ known: false });
    expect(run.scope.get('TARGETARCH')).toEqual({ known: false });
    expect(run.scope.get('V')).toEqual({ known: true, value: '1' });
    expect(model.goBuilds[0].goos.value).toBeUndefined();
    expect(model.goBuilds[0].goarch.value).toBeUndefined();
  });

  it('the model takes the platform values for both names', () => {
    const file = createSourceFile('Dockerfile', 'FROM golang:1.23\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\n');
    const model = buildModel(file, { platform: { TARGETOS: 'linux', TARGETARCH: 'arm64' } });
    expect(model.goBuilds[0].goos.value).toBe('linux');
    expect(model.goBuilds[0].goarch.value).toBe('arm64');
  });
});
