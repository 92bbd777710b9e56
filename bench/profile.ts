// Reads V8 CPU profiles (.cpuprofile) of a server under load and says where its CPU time went:
// self time per package (or per folder of src/), as a share of the time the process was busy.

import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function's code lives: an npm package, a folder of this repository, or V8 itself. */
function ownerOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    return pkg[1] as string;
  }
  const own = /\/(src|payers|bench)\/([^/]+)\//.exec(url) ?? /\/(src|payers|bench)\/([^/]+)$/.exec(url);
  if (own) {
    return own[1] === 'src' && own[2]?.includes('.') ? `src/${own[2]}` : `${own[1]}/${own[2]}`;
  }
  if (url.startsWith('wasm://')) {
    return 'WebAssembly (Prisma query compiler)';
  }
  if (url.startsWith('node:')) {
    return 'Node.js internals';
  }
  if (functionName === '(garbage collector)') {
    return 'garbage collector';
  }
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') {
    return functionName;
  }
  return url === '' ? 'native (V8 builtins, I/O)' : url;
}

export interface ProfileShare {
  owner: string;
  share: number;
}

/**
 * Sums the self time of every profile by owner and returns the owners' shares of the busy time
 * (idle excluded), largest first, with the busy seconds.
 */
export async function summarizeProfiles(files: string[]): Promise<{ busySeconds: number; shares: ProfileShare[] }> {
  const totals = new Map<string, number>();
  for (const file of files) {
    const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
    const owners = new Map(profile.nodes.map((n) => [n.id, ownerOf(n.callFrame)]));
    profile.samples.forEach((id, k) => {
      const owner = owners.get(id) ?? '?';
      totals.set(owner, (totals.get(owner) ?? 0) + (profile.timeDeltas[k] ?? 0));
    });
  }
  totals.delete('(idle)');
  const busy = [...totals.values()].reduce((a, b) => a + b, 0);
  const shares = [...totals]
    .map(([owner, micros]) => ({ owner, share: busy > 0 ? micros / busy : 0 }))
    .sort((a, b) => b.share - a.share);
  return { busySeconds: busy / 1e6, shares };
}
