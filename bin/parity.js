#!/usr/bin/env node
// The `parity` command (package.json "bin"): runs scripts/cli.ts through tsx, which Parity
// already depends on to run its TypeScript sources.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/cli.ts');
