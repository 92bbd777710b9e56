// The registered (persisted) operations: one .graphql file each under persisted/, known by the
// SHA-256 of the file's text. Partners may run only these; anyone may run them by hash.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OperationManifest } from '../auth/gate.ts';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'persisted');

/** The SHA-256 (hex) by which a registered operation is known. */
export function operationHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Every registered operation: file name (without .graphql), hash and text. */
export function registeredOperations(): Array<{ name: string; hash: string; text: string }> {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(folder, file), 'utf8');
      return { name: file.slice(0, -'.graphql'.length), hash: operationHash(text), text };
    });
}

/** The manifest the server looks operations up in. */
export function loadManifest(): OperationManifest {
  const byHash = new Map(registeredOperations().map((o) => [o.hash, o.text]));
  return { get: (hash) => byHash.get(hash) };
}
