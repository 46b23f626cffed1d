/**
 * Results from console lines: `@result` lines, `@input` announcements and IREE's buffer-view
 * text, collected the way the Machine collects them (one line at a time; stage lines are the
 * Machine's, and restart the IREE numbering through `restartIreeNumbering`).
 *
 * Naming: an `@result NAME` line gives NAME. IREE's text gives result0, result1, ... (the index
 * of a preceding `result[k]: hal.buffer_view` header, else the next number; `EXEC @fn` and stage
 * lines restart at 0). An `@result` line owns its name: an IREE result of the same name is kept
 * as `iree_NAME` instead.
 */
import { ResultTensor, parseInputLine, parseResultLine, type InputAnnouncement } from './protocol.js';
import { ireeIndex, parseIreeLine, type IreeNumbering } from './iree-text.js';
import { shapeCount } from './tensor.js';

export interface ResultState {
  results: Record<string, ResultTensor>;
  inputs: Record<string, InputAnnouncement>;
  protocolErrors: string[];
  iree: IreeNumbering;
}

export function emptyResultState(): ResultState {
  return { results: {}, inputs: {}, protocolErrors: [], iree: { next: 0, pending: null } };
}

export function restartIreeNumbering(state: ResultState): void {
  state.iree = { next: 0, pending: null };
}

function renamed(t: ResultTensor, name: string): ResultTensor {
  return new ResultTensor(name, t.dtype, t.shape, t.values, t.source);
}

/** Apply one console line (not a stage line); returns the results it added. */
export function applyResultLine(state: ResultState, line: string): ResultTensor[] {
  if (line.startsWith('@result ') || line === '@result') {
    const r = parseResultLine(line);
    if (typeof r === 'string') {
      state.protocolErrors.push(r);
      return [];
    }
    const prev = state.results[r.name];
    if (prev && prev.source === 'iree') state.results[`iree_${r.name}`] = renamed(prev, `iree_${r.name}`);
    state.results[r.name] = r;
    return [r];
  }
  if (line.startsWith('@input ') || line === '@input') {
    const a = parseInputLine(line);
    if (typeof a === 'string') state.protocolErrors.push(a);
    else state.inputs[a.name] = a;
    return [];
  }
  const iree = parseIreeLine(line);
  if (iree === null) return [];
  if (iree.kind === 'exec') {
    restartIreeNumbering(state);
    return [];
  }
  if (iree.kind === 'header') {
    state.iree.pending = iree.index;
    return [];
  }
  const index = ireeIndex(state.iree, iree.index);
  let name = `result${index}`;
  if (iree.kind === 'error') {
    state.protocolErrors.push(`${name}: ${iree.message}`);
    return [];
  }
  const t = iree.tensor;
  if (t.truncated) {
    state.protocolErrors.push(`${name}: IREE printed ${t.values.length} of the ${shapeCount(t.shape)} values of its `
      + `${[...t.shape, t.elementType].join('x')} buffer view and elided the rest (raise the runtime's max element count, `
      + `or read the buffer from memory with --output / readTensor)`);
    return [];
  }
  const prev = state.results[name];
  if (prev && prev.source !== 'iree') name = `iree_${name}`;
  const r = new ResultTensor(name, t.dtype, t.shape, t.values, 'iree');
  state.results[name] = r;
  return [r];
}
