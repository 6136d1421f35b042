/**
 * One format for the code, checked by `npm test` (`npm run format:check`); `npm run format` writes it.
 * Imports are sorted in three groups: Node's and packages, the project's `@/…`, then relative paths.
 * @type {import("prettier").Config}
 */
const config = {
  printWidth: 120,
  plugins: ["@ianvs/prettier-plugin-sort-imports"],
  importOrder: ["<BUILTIN_MODULES>", "<THIRD_PARTY_MODULES>", "", "^@/(.*)$", "", "^[.]"],
  importOrderTypeScriptVersion: "5.9.0",
};

export default config;
