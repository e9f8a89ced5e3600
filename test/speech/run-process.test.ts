import { runProcess, summarizeStderr } from '../../speech/out/run-process';

describe('runProcess', () => {
  it('reports the exit code and output of a real program', async () => {
    expect(await runProcess('sh', ['-c', 'echo out; echo err >&2; exit 3'])).toEqual({ kind: 'exited', code: 3, stdout: 'out\n', stderr: 'err\n' });
  });

  it('passes arguments without a shell, so shell syntax stays text', async () => {
    const outcome = await runProcess('echo', ['$(id)', '; rm -rf /', '`x`']);
    expect(outcome).toMatchObject({ kind: 'exited', code: 0, stdout: '$(id) ; rm -rf / `x`\n' });
  });

  it('kills the program when aborted', async () => {
    const abort = new AbortController();
    const started = Date.now();
    const running = runProcess('sleep', ['10'], { signal: abort.signal });
    setTimeout(() => abort.abort(), 50);
    expect(await running).toEqual({ kind: 'aborted' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('tells a missing program from one that cannot start', async () => {
    expect(await runProcess('/nonexistent/espeak-ng', [])).toEqual({ kind: 'not-found' });
    expect(await runProcess('echo', ['a\u0000b'])).toMatchObject({ kind: 'failed-to-start' });
  });
});

describe('summarizeStderr', () => {
  it('keeps the last three non-empty lines', () => {
    expect(summarizeStderr('a\n\nb\nc\nerror: d\n')).toBe('b | c | error: d');
    expect(summarizeStderr('')).toBe('(no error output)');
  });
});
