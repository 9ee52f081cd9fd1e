// The simulator for the sync benchmark, in its own process (limits off: see the report for why).
import { startSimulator } from "@/x-sim/src/server";

const sim = await startSimulator({ port: 0, history: false, rateScale: 0 });
process.send?.({ url: sim.url });
process.on("SIGTERM", () => {
  void sim.close().then(() => process.exit(0));
});
