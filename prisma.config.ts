import { defineConfig } from 'prisma/config';

// Prisma 7 keeps the connection out of schema.prisma. The hub itself never
// uses this file at run time (src/db builds the client with a driver
// adapter); it serves `prisma generate` and `prisma migrate deploy` where the
// CLI can run.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
});
