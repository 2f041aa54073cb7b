import { describe, expect, it } from 'vitest';
import { copyText } from '../../src/lib/copy-text.ts';

describe('copyText: what the copy button puts on the clipboard', () => {
  it('copies a shell block as it is', () => {
    expect(copyText('docker run -d nginx\ndocker ps\n', 'bash')).toBe('docker run -d nginx\ndocker ps');
  });
  it('copies only the commands of a console session, without prompts or output', () => {
    const session = '$ docker images\nREPOSITORY   TAG\nnginx        latest\n$ docker ps\nCONTAINER ID   IMAGE';
    expect(copyText(session, 'console')).toBe('docker images\ndocker ps');
  });
  it('keeps the continuation lines of a prompted command', () => {
    const session = '$ docker run -d \\\n  --name web \\\n  nginx\nabc123\n$ docker ps';
    expect(copyText(session, 'console')).toBe('docker run -d \\\n  --name web \\\n  nginx\ndocker ps');
  });
});
