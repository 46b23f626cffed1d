/**
 * The GDB stub's protocol, without a socket: framing (checksums, oversized packets, escapes,
 * Ctrl-C, garbage), every command's reply and malformed variants of them (answered as GDB
 * expects: `E NN` for a bad request, an empty packet for an unknown one), never a crash.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Machine } from '../../dist/src/harness/machine.js';
import { GdbStub, PACKET_SIZE } from '../../dist/src/harness/gdb/stub.js';
import { PacketReader, escapeBinary, frame, unescapeBinary } from '../../dist/src/harness/gdb/packets.js';
import { PREBUILT } from '../firmware-lib.js';
import { ReplyParser, checksum, le, packet, toLe } from '../gdb-client.js';

const DEBUGGEE = join(PREBUILT, 'debuggee.elf');

/** A stub on a machine, fed bytes directly; replies parsed as they come. */
async function session(elf = DEBUGGEE) {
  const machine = await Machine.fromElf(elf);
  const stub = new GdbStub(machine, { wait: true });
  const parser = new ReplyParser();
  let closed = false;
  stub.connect({ write: (b) => parser.push(Buffer.from(b).toString('latin1')), close: () => { closed = true; } });
  let taken = 0;
  const feed = (s: string | Uint8Array): void => stub.receive(typeof s === 'string' ? Buffer.from(s, 'latin1') : s);
  /** Send one packet; returns the packets it produced (acks in parser.acks). */
  const ask = (payload: string): string[] => {
    feed(packet(payload));
    const out = parser.packets.slice(taken);
    taken = parser.packets.length;
    return out;
  };
  const one = (payload: string): string => {
    const r = ask(payload);
    expect(r, `reply to ${payload}`).toHaveLength(1);
    return r[0]!;
  };
  return { machine, stub, parser, feed, ask, one, isClosed: () => closed };
}

describe('packet framing', () => {
  it('reads packets split anywhere, with acks, Ctrl-C and garbage between them', () => {
    const r = new PacketReader(64);
    const wire = `xx+${packet('qSupported')}-\x03${packet('m80000000,4')}junk`;
    const events = [];
    for (const ch of wire) events.push(...r.push(Buffer.from(ch, 'latin1')));
    expect(events.map((e) => e.kind)).toEqual(['ack', 'packet', 'nak', 'interrupt', 'packet']);
    expect(Buffer.from((events[1] as { payload: Uint8Array }).payload).toString()).toBe('qSupported');
  });
  it('bad checksums and non-hex checksums are reported, not delivered', () => {
    const r = new PacketReader(64);
    expect(r.push(Buffer.from('$g#00$g#zz$g#67')).map((e) => e.kind)).toEqual(['bad-checksum', 'bad-checksum', 'packet']);
  });
  it('an oversized packet is counted, not stored, and reported once it ends', () => {
    const r = new PacketReader(16);
    const big = 'A'.repeat(100000);
    const ev = r.push(Buffer.from(packet(big)));
    expect(ev).toEqual([{ kind: 'oversized', length: 100000 }]);
    expect(r.push(Buffer.from(packet('g'))).map((e) => e.kind)).toEqual(['packet']);
  });
  it('binary escapes round-trip; frames carry the right checksum', () => {
    const data = Uint8Array.from([0x23, 0x24, 0x7d, 0x2a, 0, 255, 0x20]);
    expect(Array.from(unescapeBinary(escapeBinary(data)))).toEqual(Array.from(data));
    expect(Buffer.from(frame('OK')).toString()).toBe(`$OK#${checksum('OK')}`);
  });
});

describe('GDB stub commands', () => {
  it('qSupported, ?, thread queries, vCont?', async () => {
    const s = await session();
    const sup = s.one('qSupported:multiprocess+;swbreak+;hwbreak+;xmlRegisters=i386');
    expect(sup).toContain(`PacketSize=${PACKET_SIZE.toString(16)}`);
    expect(sup).toContain('qXfer:features:read+');
    expect(sup).toContain('swbreak+');
    expect(sup).toContain('multiprocess+');
    expect(s.one('?')).toBe('T05thread:p01.01;');
    expect(s.one('qfThreadInfo')).toBe('mp01.01');
    expect(s.one('qsThreadInfo')).toBe('l');
    expect(s.one('qC')).toBe('QCp01.01');
    expect(s.one('Hgp1.1')).toBe('OK');
    expect(s.one('Tp1.1')).toBe('OK');
    // a client without the multiprocess extensions gets plain thread ids
    expect(s.one('qSupported:swbreak+')).not.toContain('multiprocess');
    expect(s.one('?')).toBe('T05thread:01;');
    expect(s.one('qfThreadInfo')).toBe('m01');
    expect(s.one('qC')).toBe('QC01');
    expect(s.one('qAttached:1')).toBe('1');
    expect(s.one('Hg0')).toBe('OK');
    expect(s.one('vCont?')).toBe('vCont;c;C;s;S');
    expect(s.parser.errors).toEqual([]);
    // every packet was acknowledged
    expect(s.parser.acks.every((a) => a === '+')).toBe(true);
  });

  it('the target description: one XML with cpu, csr and virtual features, read in pieces', async () => {
    const s = await session();
    let xml = '';
    for (let off = 0; ; off += 0x200) {
      const r = s.one(`qXfer:features:read:target.xml:${off.toString(16)},200`);
      expect(r[0]).toMatch(/[ml]/);
      xml += r.slice(1);
      if (r[0] === 'l') break;
    }
    expect(xml).toMatch(/^<\?xml version="1.0"\?>/);
    expect(xml).toContain('<architecture>riscv:rv32</architecture>');
    for (const f of ['org.gnu.gdb.riscv.cpu', 'org.gnu.gdb.riscv.csr', 'org.gnu.gdb.riscv.virtual']) expect(xml).toContain(`<feature name="${f}">`);
    expect(xml).toContain('<reg name="pc" bitsize="32" regnum="32" type="code_ptr"/>');
    expect(xml).toContain('<reg name="mstatus" bitsize="32" regnum="833" type="int"/>');
    expect(xml).toContain(`<reg name="tinfo" bitsize="32" regnum="${65 + 0x7a4}" type="int"/>`);
    expect(xml).not.toContain('name="tcontrol"');
    expect(xml.match(/<feature /g)).toHaveLength(3);
    expect(xml.trimEnd().endsWith('</target>')).toBe(true);
    expect(s.one('qXfer:features:read:other.xml:0,100')).toBe('E00');
    expect(s.one('qXfer:features:read:target.xml:100000,10')).toBe('E01');
  });

  it('registers: g, G, p, P (x0 stays 0; CSRs and priv)', async () => {
    const s = await session();
    const { hart } = s.machine.board;
    const g = s.one('g');
    expect(g).toHaveLength(33 * 8);
    expect(le(g.slice(32 * 8))).toBe(s.machine.elf.entry);
    expect(le(s.one('p20'))).toBe(s.machine.elf.entry);
    expect(s.one(`P20=${toLe(0x80000010)}`)).toBe('OK');
    expect(hart.pc).toBe(0x80000010);
    expect(s.one(`Pa=${toLe(1234)}`)).toBe('OK');
    expect(hart.x[10]).toBe(1234);
    expect(s.one(`P0=${toLe(99)}`)).toBe('OK');
    expect(hart.x[0]).toBe(0);
    expect(s.one(`p${(65 + 0x7a4).toString(16)}`)).toBe(toLe(0x44));
    expect(s.one(`P${(65 + 0x340).toString(16)}=${toLe(0xcafe)}`)).toBe('OK');
    expect(hart.readCsr(0x340)).toBe(0xcafe);
    expect(le(s.one(`p${(65 + 4096).toString(16)}`))).toBe(3);
    const all = s.one('g');
    expect(s.one(`G${all}`)).toBe('OK');
    expect(s.one('g')).toBe(all);
  });

  it('memory: m, M, X in RAM; device registers and unmapped memory are errors; reads stop at the end of RAM', async () => {
    const s = await session();
    const ram = 0x80001000;
    expect(s.one(`M${ram.toString(16)},4:deadbeef`)).toBe('OK');
    expect(s.one(`m${ram.toString(16)},4`)).toBe('deadbeef');
    const bin = Buffer.from([0x23, 0x24, 0x7d, 0x2a]);
    const esc = Buffer.from(escapeBinary(bin)).toString('latin1');
    expect(s.one(`X${(ram + 4).toString(16)},4:${esc}`)).toBe('OK');
    expect(s.one(`m${(ram + 4).toString(16)},4`)).toBe('23247d2a');
    expect(s.one(`X${ram.toString(16)},0:`)).toBe('OK');
    expect(s.one('m10000000,4')).toBe('E14');
    expect(s.one('M10000000,1:41')).toBe('E14');
    expect(s.one('m0,4')).toBe('E14');
    const end = 0x80000000 + 128 * 1024 * 1024;
    expect(s.one(`m${(end - 2).toString(16)},8`)).toHaveLength(4);
  });

  it('breakpoints and watchpoints: Z/z 0-4 arm the hart and disarm it', async () => {
    const s = await session();
    const dbg = s.machine.board.hart.debug;
    expect(s.one('Z0,80000100,2')).toBe('OK');
    expect(s.one('Z1,80000104,4')).toBe('OK');
    expect(s.one('Z2,80002000,4')).toBe('OK');
    expect(s.one('Z3,80002000,4')).toBe('OK');
    expect(s.one('Z4,80002010,1')).toBe('OK');
    expect(dbg.hostBreakpoints.size).toBe(2);
    expect(dbg.hostWatchpoints).toHaveLength(3);
    expect(dbg.armed).toBe(true);
    for (const p of ['z0,80000100,2', 'z1,80000104,4', 'z2,80002000,4', 'z3,80002000,4', 'z4,80002010,1']) expect(s.one(p)).toBe('OK');
    expect(dbg.armed).toBe(false);
  });

  it('malformed and unknown packets: E01 or an empty reply, never a crash', async () => {
    const s = await session();
    for (const p of ['m', 'mzz,4', 'm80000000', 'm80000000,', 'm1ffffffff,4', 'M80000000,4:zz', 'M80000000,4:00', 'M80000000,4',
      'X80000000,4:ab', 'P20', 'P20=12', 'Pzz=00000000', 'p', 'pzz', 'p9999', 'G', 'Gzz', 'Z0,xyz,2', 'Z2,80000000,0',
      'qXfer:features:read:target.xml:zz', 'qRcmd,zz', 'vCont;x', 'vCont;c:7', 'czz', 'T2']) {
      expect(s.one(p), p).toMatch(/^E[0-9a-f]{2}$/);
    }
    for (const p of ['vFoo', 'qBar', '!', 'x80000000,4', 'R00', 'Z9,0,0', 'QFoo', 'A', 'b', 'bc', 'i', '']) {
      expect(s.one(p), p).toBe('');
    }
    // bad checksum: NAK and nothing else; GDB resends
    s.feed('$g#00');
    expect(s.parser.acks.at(-1)).toBe('-');
    expect(s.ask('?')).toEqual(['T05thread:01;']);
    // oversized: ACK (the link stays in step) and an error
    expect(s.ask('M80000000,1:' + 'a'.repeat(PACKET_SIZE + 10))).toEqual(['E01']);
    expect(s.parser.errors).toEqual([]);
  });

  it('seeded garbage and random packets: every reply is a well-formed packet', async () => {
    const s = await session();
    let seed = 12345;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const alphabet = 'gGpPmMXcsCSZzqQvHTDk?!0123456789abcdef,:;=#$}*+-\x03 ';
    for (let i = 0; i < 3000; i++) {
      let body = '';
      const n = rnd(40);
      for (let j = 0; j < n; j++) body += alphabet[rnd(alphabet.length)];
      // never kill or detach here (it would end the session), never resume
      body = body.replace(/^[kDcsCS]/, 'q').replace(/^v(Kill|Cont)/, 'q');
      if (rnd(4) === 0) s.feed(body); else s.feed(packet(body.replace(/[#$]/g, '')));
    }
    expect(s.parser.errors).toEqual([]);
    expect(s.ask('?').at(-1)).toBe('T05thread:01;');
  });

  it('monitor commands answer on the console (O packets) and then OK', async () => {
    const s = await session();
    const hex = (t: string): string => Buffer.from(t).toString('hex');
    const text = (rs: string[]): string => rs.filter((r) => r.startsWith('O') && r !== 'OK').map((r) => Buffer.from(r.slice(1), 'hex').toString()).join('');
    for (const [cmd, want] of [['help', /instructions.*\n.*stage.*\n.*footprint/s], ['instructions', /instructions 0 retired, 0 raised an exception; cycles 0; mtime 0/],
      ['stage', /no stage line yet/], ['footprint', /footprint: flash 0, RAM \d+ bytes/], ['triggers', /trigger 0: tdata1 0x20000000/],
      ['where', /pc 0x80000000 _start\+0x0/], ['frobnicate', /unknown monitor command 'frobnicate'/]] as const) {
      const rs = s.ask(`qRcmd,${hex(cmd)}`);
      expect(rs.at(-1), cmd).toBe('OK');
      expect(text(rs), cmd).toMatch(want);
    }
  });

  it('QStartNoAckMode: no more acks either way', async () => {
    const s = await session();
    expect(s.one('QStartNoAckMode')).toBe('OK');
    const n = s.parser.acks.length;
    expect(s.one('?')).toBe('T05thread:01;');
    s.feed('$g#00');
    expect(s.parser.acks.length).toBe(n);
  });

  it('a NAK makes the stub send its last packet again', async () => {
    const s = await session();
    expect(s.one('qC')).toBe('QC01');
    s.feed('-');
    expect(s.parser.packets.at(-1)).toBe('QC01');
    expect(s.parser.packets.filter((p) => p === 'QC01')).toHaveLength(2);
  });

  it('detach and kill close the connection', async () => {
    const s = await session();
    expect(s.ask('D')).toEqual(['OK']);
    expect(s.isClosed()).toBe(true);
    const t = await session();
    expect(t.ask('vKill;1')).toEqual(['OK']);
    expect(t.isClosed()).toBe(true);
  });
});

describe('target description file', () => {
  it('names every CSR the hart implements', async () => {
    const s = await session();
    let xml = '';
    for (let off = 0; ; off += 0x3000) {
      const r = s.one(`qXfer:features:read:target.xml:${off.toString(16)},3000`);
      xml += r.slice(1);
      if (r[0] === 'l') break;
    }
    for (const n of ['misa', 'mtvec', 'mepc', 'mcause', 'mtval', 'mip', 'mie', 'mscratch', 'tselect', 'tdata1', 'tdata2', 'tdata3', 'pmpcfg0', 'pmpaddr15', 'mcycle', 'minstreth', 'time']) {
      expect(xml, n).toMatch(new RegExp(`<reg name="${n}" `));
    }
    void readFileSync;
  });
});
