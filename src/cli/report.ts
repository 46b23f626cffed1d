import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RvZooError, readUserFile } from '../errors.js';
import { parseComponentRule, type ComponentRule } from '../loader/footprint.js';
import { DEFAULT_PROFILE_MAX, collectReport } from '../report/collect.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { CUBEAI_TABLE, REFERENCE_SOURCE, parseReferenceTable } from '../report/reference.js';
import { machineFlag, parseCommandArgs, parseCount } from './args.js';
import { output } from './output.js';

export const REPORT_USAGE = `usage: rv-zoo report ELF... [options]

Run each ELF and write a footprint report as Markdown and as one self-contained HTML page: per
model its sizes (text, data, bss; flash and RAM in the XIP and RAM layouts), stack and heap
high-water marks, instructions per inference and the time they take at 400 MHz, next to the
STM32Cube.AI figures of the shared models; a treemap of the footprint by component, a bar
chart of instructions per layer (the firmware's @layer lines) and a flame graph (rv-zoo
profile). NAME.elf, NAME_ram.elf and NAME_xip.elf are one model in two layouts.

options:
  --out DIR             write DIR/report.md and DIR/report.html (default: rv-zoo-report)
  --md FILE             write the Markdown report to FILE instead
  --html FILE           write the HTML page to FILE instead
  --data FILE           also write every figure collected as JSON
  --map-dir DIR         look for ELF.map (GNU ld map) in DIR too, besides next to each ELF
                        (repeatable): components come from the map when there is one
  --component NAME=RE   component rule, as in rv-zoo size (repeatable)
  --run-json ELF=FILE   take ELF's run from FILE, saved by rv-zoo run --json, instead of
                        running it (repeatable)
  --folded ELF=FILE     take the flame graph of ELF's model from FILE, folded stacks saved by
                        rv-zoo profile --folded (repeatable)
  --profile-max N       profile a model for its flame graph (single-stepping, about 1.5 M
                        instructions per second) only when its run takes at most N
                        instructions (default ${DEFAULT_PROFILE_MAX / 1e6}e6; 0: never)
  --reference FILE      Markdown holding the STM32Cube.AI table (columns model, total RAM,
                        total flash, notes), e.g. ../shared/models/README.md (default: the
                        copy of that table built in)
  --clock MHZ           clock of the time estimate (default 400)
  --title TEXT          the report's title
  --machine NAME|FILE   virt (default), mcu, or a JSON machine description
  --max-instructions N  budget of each run (default 1e9)
  --quiet               no progress lines on stderr

exit status: 0; 1 when a firmware did not exit with code 0 (the report is written all the
same); 2 for bad arguments or files.
`;

const OPTIONS = {
  out: { type: 'string' },
  md: { type: 'string' },
  html: { type: 'string' },
  data: { type: 'string' },
  'map-dir': { type: 'string', multiple: true },
  component: { type: 'string', multiple: true },
  'run-json': { type: 'string', multiple: true },
  folded: { type: 'string', multiple: true },
  'profile-max': { type: 'string' },
  reference: { type: 'string' },
  clock: { type: 'string' },
  title: { type: 'string' },
  machine: { type: 'string' },
  'max-instructions': { type: 'string' },
  quiet: { type: 'boolean' },
} as const;

/** `ELF=FILE` pairs keyed by the ELF's absolute path. */
function pairs(flag: string, specs: string[] | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const spec of specs ?? []) {
    const eq = spec.indexOf('=');
    if (eq <= 0 || eq === spec.length - 1) throw new RvZooError(`rv-zoo report: ${flag} needs ELF=FILE, got '${spec}'`);
    map.set(resolve(spec.slice(0, eq)), spec.slice(eq + 1));
  }
  return map;
}

function write(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (err) {
    throw new RvZooError(`rv-zoo report: cannot write ${path}: ${(err as Error).message}`);
  }
}

export async function reportCommand(args: string[]): Promise<number> {
  const elfs: string[] = [];
  const flags: string[] = [];
  // any number of ELFs: positionals are taken out before the strict flag parse
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { elfs.push(...args.slice(i + 1)); break; }
    if (a.startsWith('-')) {
      flags.push(a);
      const spec = a.startsWith('--') && !a.includes('=') ? (OPTIONS as Record<string, { type: string }>)[a.slice(2)] : undefined;
      if (spec?.type === 'string' && i + 1 < args.length) flags.push(args[++i]!);
    } else {
      elfs.push(a);
    }
  }
  const { values } = parseCommandArgs('report', flags, OPTIONS, []);
  if (values.help) {
    output.out(REPORT_USAGE);
    return 0;
  }
  if (elfs.length === 0) throw new RvZooError('rv-zoo report: missing ELF (see rv-zoo report --help)');
  const rules: ComponentRule[] = [];
  for (const spec of values.component ?? []) {
    const r = parseComponentRule(spec);
    if (typeof r === 'string') throw new RvZooError(`rv-zoo report: ${r}`);
    rules.push(r);
  }
  machineFlag('report', values.machine);
  const clock = values.clock !== undefined ? parseCount('report', '--clock', values.clock, 1) : 400;
  let reference = parseReferenceTable(CUBEAI_TABLE);
  let referenceSource = REFERENCE_SOURCE;
  if (values.reference !== undefined) {
    const text = new TextDecoder().decode(await readUserFile(values.reference, 'rv-zoo report: --reference '));
    reference = parseReferenceTable(text, `rv-zoo report: --reference ${values.reference}`);
    referenceSource = `${values.reference} (STM32Cube.AI table)`;
  }
  const outDir = values.out ?? 'rv-zoo-report';
  const mdPath = values.md ?? join(outDir, 'report.md');
  const htmlPath = values.html ?? join(outDir, 'report.html');
  const quiet = values.quiet === true;
  const data = await collectReport(elfs, {
    machine: values.machine,
    maxInstructions: values['max-instructions'] !== undefined ? parseCount('report', '--max-instructions', values['max-instructions'], 1) : undefined,
    mapDirs: values['map-dir'],
    rules,
    runJson: pairs('--run-json', values['run-json']),
    folded: pairs('--folded', values.folded),
    profileMax: values['profile-max'] !== undefined ? parseCount('report', '--profile-max', values['profile-max']) : undefined,
    reference, referenceSource,
    title: values.title,
    clockMHz: clock,
    log: quiet ? undefined : (line) => { output.err(line + '\n'); output.stderr.flush(); },
  });
  write(mdPath, renderMarkdown(data));
  write(htmlPath, renderHtml(data));
  if (values.data !== undefined) write(values.data, JSON.stringify(data, null, 2) + '\n');
  output.out(`${mdPath}\n${htmlPath}\n${values.data !== undefined ? `${values.data}\n` : ''}`);
  const failed = data.models.flatMap((m) => m.builds).filter((b) => b.run && !(b.run.stop === 'exit' && b.run.exitCode === 0));
  for (const b of failed) output.err(`rv-zoo report: ${b.file}: ${b.run!.stop === 'exit' ? `exit code ${b.run!.exitCode}` : b.run!.stopMessage}\n`);
  return failed.length > 0 ? 1 : 0;
}
