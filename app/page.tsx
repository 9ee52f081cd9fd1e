import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";

export default async function Home() {
  const actor = await requireActor();
  redirect(actor.role === "CLIENT_VIEWER" ? "/portal" : "/inbox");
}
