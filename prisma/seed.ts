import { db } from "@/lib/db";
import { seedDemoAgency } from "@/lib/demo/seed-demo-agency";

const { created } = await seedDemoAgency();
console.log(created ? "Seeded the demo agency." : "Demo agency already present.");
await db.$disconnect();
