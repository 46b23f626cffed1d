import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIRMWARE, PREBUILT, ROOT, needTool } from '../firmware-lib.js';

describe('committed firmware follows its sources', () => {
  it('make -C firmware from clean rebuilds every prebuilt ELF byte for byte', () => {
    if (!needTool('riscv64-unknown-elf-gcc') || !needTool('clang')) return;   // clang: firmware/suite
    const tmp = mkdtempSync(join(tmpdir(), 'rvzoo-fw-'));
    try {
      cpSync(FIRMWARE, join(tmp, 'firmware'), {
        recursive: true,
        filter: (src) => !src.startsWith(join(FIRMWARE, 'build')) && !src.endsWith('.elf'),
      });
      cpSync(join(ROOT, 'tools'), join(tmp, 'tools'), { recursive: true });
      execFileSync('make', ['-C', join(tmp, 'firmware')], { stdio: 'ignore', timeout: 600_000, env: { ...process.env, ST_MNIST_TFLITE: join(tmp, 'none.tflite'), MODELS_DIR: join(tmp, 'no-models') } });
      const committed = readdirSync(PREBUILT).filter((f) => f.endsWith('.elf')).sort();
      expect(readdirSync(join(tmp, 'firmware', 'prebuilt')).filter((f) => f.endsWith('.elf')).sort()).toEqual(committed);
      for (const f of committed) {
        expect(Buffer.compare(readFileSync(join(tmp, 'firmware', 'prebuilt', f)), readFileSync(join(PREBUILT, f))), `${f} differs from a fresh build`).toBe(0);
      }
      expect(readFileSync(join(tmp, 'firmware', 'prebuilt', 'manifest.json'), 'utf8')).toBe(readFileSync(join(PREBUILT, 'manifest.json'), 'utf8'));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 600_000);
});
