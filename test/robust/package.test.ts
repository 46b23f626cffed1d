/**
 * What an npm install gets (issue 18, item 16): the packed tarball holds the compiled library,
 * the command and the demo firmware, and the README's library example runs from there.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ELF, Machine } from '../../dist/src/index.js';
import { ROOT } from '../firmware-lib.js';

describe('the npm package', () => {
  it('ships the demo ELF the library example uses', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const f of ['bin/rv-zoo.js', 'dist/src/index.js', 'firmware/prebuilt/mnist_demo.elf', 'tools/tflite_reference.py']) expect(files).toContain(f);
    expect(DEMO_ELF.startsWith(ROOT)).toBe(true);
    expect(files).toContain(DEMO_ELF.slice(ROOT.length + 1));
  });

  it('the README library example uses no path of the repository and runs', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /## Library\n\n```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(example).toContain('DEMO_ELF');
    expect(example).not.toMatch(/['"`](\.\/)?firmware\//);
    expect(existsSync(DEMO_ELF)).toBe(true);
    const m = await Machine.fromElf(DEMO_ELF);
    expect((await m.run()).results['scores']!.argmax()).toBe(7);
  });
});
