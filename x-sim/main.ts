import { optionsFromEnv } from './src/config';
import { startSimulator } from './src/server';

/** CLI entry: `tsx x-sim/main.ts`, configured by X_SIM_* environment variables (see x-sim/README.md). */
async function main(): Promise<void> {
  const options = optionsFromEnv(process.env);
  const handle = await startSimulator({ ...options, log: (line) => console.error(`[x-sim] ${line}`) });
  console.log(`X simulator listening on ${handle.url}`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.error(`[x-sim] ${signal}: shutting down`);
    handle.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('[x-sim] failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
