import { defineConfig } from 'prisma/config';

// Used by the Prisma CLI for `prisma generate` only. Migrations are created and applied by
// scripts/migrate.ts with Prisma's schema engine in WebAssembly (no native engine is downloaded).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
