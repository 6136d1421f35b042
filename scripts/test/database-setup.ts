import { inject } from "vitest";

// Domain code reads DATABASE_URL; point it at this run's own database before any module connects.
process.env.DATABASE_URL = inject("databaseUrl");
