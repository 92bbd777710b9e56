// Reads X12 with x12-parser (an npm parser independent of node-x12, which Parity writes with) and
// checks the structure of 837 documents the way a clearinghouse's front end would: envelope
// counts and control numbers, HL hierarchy, required loops, diagnoses and pointers.

import { Readable } from 'node:stream';
import { X12parser } from 'x12-parser';

/** A segment as x12-parser reads it: elements[0] is XX01, each a list of its components. */
export interface ParsedSegment {
  tag: string;
  elements: string[][];
}

/** Element XXnn (1-based), component c (1-based) of a parsed segment, or ''. */
export function value(segment: ParsedSegment | undefined, position: number, component = 1): string {
  return segment?.elements[position - 1]?.[component - 1] ?? '';
}

/** Parses X12 text with x12-parser. */
export async function parseIndependently(text: string): Promise<ParsedSegment[]> {
  const rows: Array<Record<string, string>> = [];
  await new Promise<void>((resolve, reject) => {
    const parser = new X12parser();
    parser.on('error', reject);
    Readable.from([text])
      .pipe(parser)
      .on('data', (row: Record<string, string>) => rows.push(row))
      .on('end', resolve)
      .on('error', reject);
  });
  return rows
    .filter((row) => (row.name ?? '') !== '')
    .map((row) => {
      const positions = Object.keys(row)
        .filter((k) => /^\d+$/.test(k))
        .map(Number);
      const count = positions.length === 0 ? 0 : Math.max(...positions);
      const elements: string[][] = [];
      for (let n = 1; n <= count; n++) {
        const parts = [row[String(n)] ?? ''];
        for (let c = 1; row[`${n}-${c}`] !== undefined; c++) {
          parts.push(row[`${n}-${c}`] ?? '');
        }
        elements.push(parts);
      }
      return { tag: row.name ?? '', elements };
    });
}

function cents(amount: string): number {
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const result = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return amount.startsWith('-') ? -result : result;
}

export interface Claim837Summary {
  patientControlNumber: string;
  charge: string;
  diagnoses: string[];
  lines: Array<{ procedure: string[]; charge: string; pointers: number[]; revenueCode: string | null }>;
  renderingNpi: string | null;
  attendingNpi: string | null;
  conditionCodes: string[];
}

export interface Check837Result {
  problems: string[];
  claims: Claim837Summary[];
  transactions: number;
}

/**
 * Structural checks of an 837P or 837I document. Returns the problems found (none for a good
 * document) and a summary of its claims.
 */
export function check837(segments: ParsedSegment[], type: '837P' | '837I'): Check837Result {
  const problems: string[] = [];
  const claims: Claim837Summary[] = [];
  const version = type === '837P' ? '005010X222A1' : '005010X223A2';
  const isa = segments[0];
  const iea = segments[segments.length - 1];
  if (isa?.tag !== 'ISA' || iea?.tag !== 'IEA') {
    return { problems: ['The document does not start with ISA and end with IEA.'], claims, transactions: 0 };
  }
  if (Number(value(iea, 2)) !== Number(value(isa, 13))) {
    problems.push(`IEA02 ${value(iea, 2)} does not match ISA13 ${value(isa, 13)}.`);
  }
  const groups = segments.filter((s) => s.tag === 'GS').length;
  if (Number(value(iea, 1)) !== groups) {
    problems.push(`IEA01 says ${value(iea, 1)} groups; there are ${groups}.`);
  }
  let transactions = 0;
  let gs: ParsedSegment | undefined;
  let groupTransactions = 0;
  let st: { segment: ParsedSegment; index: number } | undefined;
  for (const [index, segment] of segments.entries()) {
    switch (segment.tag) {
      case 'GS':
        gs = segment;
        groupTransactions = 0;
        if (value(segment, 8) !== version) {
          problems.push(`GS08 is ${value(segment, 8)}, expected ${version}.`);
        }
        if (value(segment, 1) !== 'HC') {
          problems.push(`GS01 is ${value(segment, 1)}, expected HC.`);
        }
        break;
      case 'GE':
        if (Number(value(segment, 1)) !== groupTransactions) {
          problems.push(`GE01 says ${value(segment, 1)} transaction sets; the group has ${groupTransactions}.`);
        }
        if (value(segment, 2) !== value(gs, 6)) {
          problems.push(`GE02 ${value(segment, 2)} does not match GS06 ${value(gs, 6)}.`);
        }
        break;
      case 'ST':
        st = { segment, index };
        groupTransactions += 1;
        transactions += 1;
        if (value(segment, 1) !== '837' || value(segment, 3) !== version) {
          problems.push(`ST ${value(segment, 2)} is ${value(segment, 1)} ${value(segment, 3)}, expected 837 ${version}.`);
        }
        break;
      case 'SE': {
        if (!st) {
          problems.push('SE without ST.');
          break;
        }
        const count = index - st.index + 1;
        if (Number(value(segment, 1)) !== count) {
          problems.push(`SE01 of ${value(st.segment, 2)} says ${value(segment, 1)} segments; there are ${count}.`);
        }
        if (value(segment, 2) !== value(st.segment, 2)) {
          problems.push(`SE02 ${value(segment, 2)} does not match ST02 ${value(st.segment, 2)}.`);
        }
        checkTransaction(segments.slice(st.index + 1, index), type, problems, claims);
        st = undefined;
        break;
      }
      default:
        break;
    }
  }
  return { problems, claims, transactions };
}

function checkTransaction(body: ParsedSegment[], type: '837P' | '837I', problems: string[], claims: Claim837Summary[]): void {
  const where = (i: number) => `segment ${i + 2} (${body[i]?.tag})`;
  if (body[0]?.tag !== 'BHT' || value(body[0], 1) !== '0019') {
    problems.push('The transaction set does not begin with BHT*0019.');
  }
  const firstHl = body.findIndex((s) => s.tag === 'HL');
  const header = body.slice(0, firstHl === -1 ? body.length : firstHl);
  if (!header.some((s) => s.tag === 'NM1' && value(s, 1) === '41')) {
    problems.push('Loop 1000A (submitter, NM1*41) is missing.');
  }
  if (!header.some((s) => s.tag === 'PER' && value(s, 1) === 'IC')) {
    problems.push('The submitter contact (PER*IC) is missing.');
  }
  if (!header.some((s) => s.tag === 'NM1' && value(s, 1) === '40')) {
    problems.push('Loop 1000B (receiver, NM1*40) is missing.');
  }

  // The HL hierarchy: ids 1, 2, 3..., parents seen before, levels 20 > 22 > 23, child flags true.
  const levels = new Map<string, string>();
  const parents = new Set<string>();
  const hls = body.map((s, i) => ({ s, i })).filter(({ s }) => s.tag === 'HL');
  hls.forEach(({ s, i }, n) => {
    const id = value(s, 1);
    const parent = value(s, 2);
    const level = value(s, 3);
    if (id !== String(n + 1)) {
      problems.push(`${where(i)}: HL01 is ${id}, expected ${n + 1}.`);
    }
    if (level === '20' && parent !== '') {
      problems.push(`${where(i)}: a billing provider HL has no parent.`);
    }
    if (level === '22' && levels.get(parent) !== '20') {
      problems.push(`${where(i)}: a subscriber HL must have a billing provider HL as parent.`);
    }
    if (level === '23' && levels.get(parent) !== '22') {
      problems.push(`${where(i)}: a patient HL must have a subscriber HL as parent.`);
    }
    levels.set(id, level);
    if (parent !== '') {
      parents.add(parent);
    }
    const next = body[i + 1];
    if (level === '20' && !body.slice(i + 1, hls[n + 1]?.i ?? body.length).some((x) => x.tag === 'NM1' && value(x, 1) === '85' && value(x, 8) === 'XX' && /^\d{10}$/.test(value(x, 9)))) {
      problems.push(`${where(i)}: loop 2010AA (NM1*85 with an NPI) is missing.`);
    }
    if (level === '20' && !body.slice(i + 1, hls[n + 1]?.i ?? body.length).some((x) => x.tag === 'REF' && value(x, 1) === 'EI' && /^\d{9}$/.test(value(x, 2)))) {
      problems.push(`${where(i)}: the billing provider tax ID (REF*EI) is missing.`);
    }
    if (level === '22') {
      if (next?.tag !== 'SBR') {
        problems.push(`${where(i)}: SBR must follow a subscriber HL.`);
      }
      const loop = body.slice(i + 1, hls[n + 1]?.i ?? body.length);
      if (!loop.some((x) => x.tag === 'NM1' && value(x, 1) === 'IL')) {
        problems.push(`${where(i)}: loop 2010BA (NM1*IL) is missing.`);
      }
      if (!loop.some((x) => x.tag === 'NM1' && value(x, 1) === 'PR')) {
        problems.push(`${where(i)}: loop 2010BB (NM1*PR) is missing.`);
      }
    }
  });
  for (const { s, i } of hls) {
    const hasChild = parents.has(value(s, 1));
    if ((value(s, 4) === '1') !== hasChild) {
      problems.push(`${where(i)}: HL04 is ${value(s, 4)} but the level ${hasChild ? 'has' : 'has no'} children.`);
    }
  }

  // Claims: CLM up to the next CLM or HL.
  const clms = body.map((s, i) => ({ s, i })).filter(({ s }) => s.tag === 'CLM');
  if (clms.length === 0) {
    problems.push('The transaction set holds no claim (CLM).');
  }
  for (const [n, { s: clm, i }] of clms.entries()) {
    const end = Math.min(clms[n + 1]?.i ?? body.length, hls.find((h) => h.i > i)?.i ?? body.length);
    const loop = body.slice(i + 1, end);
    const pcn = value(clm, 1);
    const firstLx = loop.findIndex((x) => x.tag === 'LX');
    const claimLevel = loop.slice(0, firstLx === -1 ? loop.length : firstLx);
    const his = claimLevel.filter((x) => x.tag === 'HI');
    const dx = his.flatMap((hi) => hi.elements.filter((e) => e[0] === 'ABK' || e[0] === 'ABF').map((e) => `${e[0]}:${e[1] ?? ''}`));
    if (!dx[0]?.startsWith('ABK:')) {
      problems.push(`Claim ${pcn}: the first diagnosis must be the principal one (ABK).`);
    }
    if (dx.filter((d) => d.startsWith('ABK:')).length !== 1) {
      problems.push(`Claim ${pcn}: exactly one principal diagnosis (ABK) is expected.`);
    }
    if (dx.length > 12) {
      problems.push(`Claim ${pcn}: ${dx.length} diagnoses; at most 12.`);
    }
    const summary: Claim837Summary = {
      patientControlNumber: pcn,
      charge: value(clm, 2),
      diagnoses: dx.map((d) => d.slice(4)),
      lines: [],
      renderingNpi: null,
      attendingNpi: null,
      conditionCodes: his.flatMap((hi) => hi.elements.filter((e) => e[0] === 'BG').map((e) => e[1] ?? '')),
    };
    const rendering = claimLevel.find((x) => x.tag === 'NM1' && value(x, 1) === '82');
    summary.renderingNpi = rendering ? value(rendering, 9) : null;
    const attending = claimLevel.find((x) => x.tag === 'NM1' && value(x, 1) === '71');
    summary.attendingNpi = attending ? value(attending, 9) : null;
    if (type === '837I') {
      if (!claimLevel.some((x) => x.tag === 'CL1')) {
        problems.push(`Claim ${pcn}: CL1 is required on an 837I.`);
      }
      if (!claimLevel.some((x) => x.tag === 'DTP' && value(x, 1) === '434')) {
        problems.push(`Claim ${pcn}: the statement dates (DTP*434) are required on an 837I.`);
      }
      if (!attending) {
        problems.push(`Claim ${pcn}: the attending provider (2310A NM1*71) is missing.`);
      }
      if (value(clm, 5, 2) !== 'A') {
        problems.push(`Claim ${pcn}: CLM05-2 must be A on an 837I.`);
      }
    } else if (value(clm, 5, 2) !== 'B') {
      problems.push(`Claim ${pcn}: CLM05-2 must be B on an 837P.`);
    }
    const lxs = loop.map((x, j) => ({ x, j })).filter(({ x }) => x.tag === 'LX');
    if (lxs.length === 0) {
      problems.push(`Claim ${pcn}: no service line (LX).`);
    }
    let lineCents = 0;
    for (const [m, { x: lx, j }] of lxs.entries()) {
      const lineLoop = loop.slice(j + 1, lxs[m + 1]?.j ?? loop.length);
      if (value(lx, 1) !== String(m + 1)) {
        problems.push(`Claim ${pcn}: LX01 is ${value(lx, 1)}, expected ${m + 1}.`);
      }
      const service = lineLoop[0];
      const expected = type === '837P' ? 'SV1' : 'SV2';
      if (service?.tag !== expected) {
        problems.push(`Claim ${pcn} line ${m + 1}: ${expected} must follow LX.`);
        continue;
      }
      if (!lineLoop.some((x) => x.tag === 'DTP' && value(x, 1) === '472')) {
        problems.push(`Claim ${pcn} line ${m + 1}: the service date (DTP*472) is missing.`);
      }
      if (type === '837P') {
        const procedure = service.elements[0] ?? [];
        const pointers = (service.elements[6] ?? []).filter((p) => p !== '').map(Number);
        if (procedure[0] !== 'HC' || procedure.length > 6) {
          problems.push(`Claim ${pcn} line ${m + 1}: SV101 must be HC, a code and at most four modifiers.`);
        }
        if (pointers.length === 0 || pointers.length > 4) {
          problems.push(`Claim ${pcn} line ${m + 1}: ${pointers.length} diagnosis pointers; 1 to 4 are allowed.`);
        }
        for (const p of pointers) {
          if (!Number.isInteger(p) || p < 1 || p > dx.length) {
            problems.push(`Claim ${pcn} line ${m + 1}: diagnosis pointer ${p} is out of range (1 to ${dx.length}).`);
          }
        }
        lineCents += cents(value(service, 2));
        summary.lines.push({ procedure, charge: value(service, 2), pointers, revenueCode: null });
      } else {
        const revenue = value(service, 1);
        if (!/^\d{4}$/.test(revenue)) {
          problems.push(`Claim ${pcn} line ${m + 1}: SV201 revenue code "${revenue}" is not four digits.`);
        }
        lineCents += cents(value(service, 3));
        summary.lines.push({ procedure: service.elements[1] ?? [], charge: value(service, 3), pointers: [], revenueCode: revenue });
      }
    }
    if (lineCents !== cents(value(clm, 2))) {
      problems.push(`Claim ${pcn}: CLM02 ${value(clm, 2)} is not the sum of its lines.`);
    }
    claims.push(summary);
  }
}
