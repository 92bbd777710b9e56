import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('defaults to embedded PGlite on port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.resolve('.data/pglite') });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and a configurable PGlite folder otherwise', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/parity' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@localhost:5432/parity',
      preparedStatements: true,
    });
    // Off behind a pooler that cannot keep prepared statements (src/db/prepared.ts).
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/parity', DATABASE_PREPARED_STATEMENTS: 'false' }).database,
    ).toEqual({ kind: 'postgres', url: 'postgres://u@localhost:5432/parity', preparedStatements: false });
    expect(loadConfig({ PGLITE_DATA_DIR: '/tmp/parity-data' }).database).toEqual({ kind: 'pglite', dataDir: '/tmp/parity-data' });
  });

  it('lists every bad value with what it expects, and hides the database URL', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://secret@db/x', NODE_ENV: 'staging' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT must be a whole number from 0 to 65535');
    expect(message).toContain('(got "eighty")');
    expect(message).toContain('DATABASE_URL must be a postgres:// or postgresql:// connection URL');
    expect(message).not.toContain('secret');
    expect(message).toContain('NODE_ENV must be development, production or test');
    expect((error as ConfigError).problems).toHaveLength(3);
  });

  it('makes npm start fail fast with a readable message', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: '99999', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Invalid configuration');
    expect(run.stderr).toContain('PORT must be a whole number from 0 to 65535 (0 picks a free port) (got "99999")');
    expect(run.stderr).not.toContain('    at ');
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 40_000);
});
