// The payer policy registry: every folder of payers/ whose name does not start with '_' or '.'
// holds one plugin, default-exported from its index.ts. Folders are found at load time, so adding
// a payer is adding a folder: nothing outside it changes.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PolicyRegistry } from '../src/policy/engine.ts';
import type { PayerPolicy } from '../src/policy/types.ts';

/** The folder the plugins live in. */
export const PAYERS_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The plugin folders under `dir`: every folder not starting with '_' or '.', sorted. */
export async function pluginFolders(dir: string = PAYERS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

function isPayerPolicy(value: unknown): value is PayerPolicy {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const candidate = value as Partial<PayerPolicy>;
  return typeof candidate.id === 'string' && Array.isArray(candidate.versions) && candidate.input !== undefined;
}

/** Imports the plugin of one folder; throws a clear error when it is not a policy. */
export async function loadPlugin(folder: string, dir: string = PAYERS_DIR): Promise<PayerPolicy> {
  const module = (await import(pathToFileURL(path.join(dir, folder, 'index.ts')).href)) as { default?: unknown };
  const policy = module.default;
  if (!isPayerPolicy(policy)) {
    throw new Error(`payers/${folder}/index.ts must default-export definePayerPolicy({...})`);
  }
  // The template's folder is '_template' so that it is not loaded as a payer; its id is 'template'.
  if (policy.id !== folder.replace(/^_/, '')) {
    throw new Error(`payers/${folder}/index.ts declares id "${policy.id}"; it must equal the folder name`);
  }
  return policy;
}

let loaded: Promise<PolicyRegistry> | null = null;

/** Every installed payer policy by id, loaded once per process. */
export function loadPayerPolicies(): Promise<PolicyRegistry> {
  loaded ??= (async () => {
    const registry: Record<string, PayerPolicy> = {};
    for (const folder of await pluginFolders()) {
      registry[folder] = await loadPlugin(folder);
    }
    return Object.freeze(registry);
  })();
  return loaded;
}
