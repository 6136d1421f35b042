import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

const shared = {
  resolve: {
    alias: {
      "@/": `${root}/`,
      "server-only": path.join(root, "scripts/test/server-only-stub.ts"),
    },
  },
};

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          environment: "node",
          include: ["lib/**/*.integration.test.ts", "scripts/**/*.integration.test.ts", "app/**/*.integration.test.ts"],
          globalSetup: ["scripts/test/database-global-setup.ts"],
          setupFiles: ["scripts/test/database-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files share one database; they run one at a time so their rows never meet.
          fileParallelism: false,
        },
      },
    ],
  },
});
