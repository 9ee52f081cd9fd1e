import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { getActor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  joined: "Your account is ready. Sign in with your new password.",
  "signed-out": "You have signed out.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl, "");
  if (await getActor()) redirect(callbackUrl || "/");
  const notice = typeof params.notice === "string" ? NOTICES[params.notice] : undefined;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Sign in to Rapport</CardTitle>
        <p className="text-sm text-muted-foreground">Use the e-mail your agency invited.</p>
      </CardHeader>
      <CardBody>
        <SignInForm callbackUrl={callbackUrl} notice={notice} />
      </CardBody>
    </Card>
  );
}
