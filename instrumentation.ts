/**
 * Runs once when a server instance starts: validates the configuration (stopping with a message that names
 * the variable) and, when no DATABASE_URL is set, starts the embedded PostgreSQL of this project.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNode } = await import("./lib/instrumentation-node");
    await registerNode();
  }
}
