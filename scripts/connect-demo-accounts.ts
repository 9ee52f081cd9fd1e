import { db } from "@/lib/db";
import { connectDemoAccounts } from "@/lib/demo/connect-demo-accounts";

const simulatorUrl = process.env.X_API_BASE_URL;
if (!simulatorUrl) throw new Error("X_API_BASE_URL must point at the X simulator");
const connected = await connectDemoAccounts(simulatorUrl);
if (connected.length) console.log(`Connected the demo X accounts: ${connected.map((u) => `@${u}`).join(", ")}`);
await db.$disconnect();
