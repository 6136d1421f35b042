// The case lifecycle: statuses and moves (statuses.ts), the clock (clock.ts, clock-where.ts), typed events
// (events.ts) and the one function that changes a case's status (move-case.ts, server only).
export * from "./clock";
export * from "./events";
export * from "./statuses";
