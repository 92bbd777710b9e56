import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';

// The glue module is shared by the whole process, and holds one WebAssembly instance. This file
// may be loaded more than once (test runners evaluate it per project), so the instance is kept
// on globalThis: instantiating twice would swap the memory under a running engine.
const instanceKey = Symbol.for('parity.schemaEngineWasm');
const registry = globalThis as typeof globalThis & { [instanceKey]?: Promise<typeof glue> };

/**
 * Instantiates Prisma's schema engine (WebAssembly) once per process. The package's own entry
 * imports the .wasm file as an ES module, which plain Node 20 refuses without a flag, so the
 * module is built by hand from the glue's exports, as that entry does.
 */
function loadGlue(): Promise<typeof glue> {
  registry[instanceKey] ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const module = await WebAssembly.compile(bytes);
    const exported = glue as unknown as Record<string, WebAssembly.ImportValue>;
    const imports: WebAssembly.Imports = {};
    for (const { module: from, name } of WebAssembly.Module.imports(module)) {
      const value = exported[name];
      if (value === undefined) {
        throw new Error(`schema engine import ${from}.${name} is missing from its glue module`);
      }
      (imports[from] ??= {})[name] = value;
    }
    const instance = await WebAssembly.instantiate(module, imports);
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return glue;
  })();
  return registry[instanceKey];
}

/**
 * Opens a schema engine over a driver adapter.
 *
 * @param schemaPath - path of the Prisma schema, as it is named in the engine's messages
 * @param schemaText - the schema's text
 * @param adapterFactory - a migration-aware adapter factory (PGlite or PostgreSQL)
 * @param log - receives the engine's log lines
 */
export async function openSchemaEngine(
  schemaPath: string,
  schemaText: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  const { SchemaEngine: Engine } = await loadGlue();
  return Engine.new(
    { datamodels: [[schemaPath, schemaText]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
