import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

describe('typed operations (test/__generated__)', () => {
  it('match schema/schema.graphql and the operation files (run npm run codegen)', async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as Array<{ filename: string; content: string }>;
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await readFile(path.resolve(output.filename), 'utf8');
      expect(committed, output.filename).toBe(output.content);
    }
  }, 60_000);
});
