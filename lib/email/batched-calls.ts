/**
 * Calls that wait for one another and go together: while one batch runs, the calls made meanwhile wait and
 * run as the next batch (a group commit: no call waits for a timer, and a caller alone runs alone). `run`
 * gets the inputs of a batch and answers each, in their order. Each caller's promise settles with its own
 * answer; a failed batch fails every caller in it, and each decides on its own whether to call again.
 */
export function batchedCalls<TInput, TOutput>(
  run: (inputs: TInput[]) => Promise<TOutput[]>,
): (input: TInput) => Promise<TOutput> {
  type TWaiting = { input: TInput; resolve: (output: TOutput) => void; reject: (error: unknown) => void };
  let waiting: TWaiting[] = [];
  let isRunning = false;

  const runWaiting = async () => {
    isRunning = true;
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      try {
        const outputs = await run(batch.map((entry) => entry.input));
        batch.forEach((entry, i) => entry.resolve(outputs[i]));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    isRunning = false;
  };

  return (input) =>
    new Promise<TOutput>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (!isRunning) void runWaiting();
    });
}
