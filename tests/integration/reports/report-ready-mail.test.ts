import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { closeDueMonths } from "@/lib/reports/close-due-months";
import { createTenant } from "../../factories/create-tenant";
import { smtpSinkForThisFile } from "../../helpers/smtp-sink";

// Half an hour into 1 November in London: October has just closed there.
const CLOSE = new Date("2026-11-01T00:30:00Z");

const sink = smtpSinkForThisFile();

describe("telling client viewers a report is ready, with SMTP configured", () => {
  it("mails each of the client's viewers once with a link to the report, and nobody else", async () => {
    const tenant = await createTenant("mail");
    const { a, b } = tenant.clients;
    await db.client.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { createdAt: new Date("2026-01-01T00:00:00Z") } });
    const viewer = async (key: string, clientId: string) => {
      const email = `${key}-${randomUUID().slice(0, 8)}@test.rapport`;
      const user = await db.user.create({ data: { email, name: key, passwordHash: await hashPassword("correct horse battery") } });
      await db.membership.create({ data: { userId: user.id, agencyId: tenant.agencyId, role: "CLIENT_VIEWER", clientId } });
      return email;
    };
    const secondViewerA = await viewer("viewer-a2", a.id);
    const viewerB = await viewer("viewer-b", b.id);

    expect(await closeDueMonths(CLOSE, { clientIds: [a.id] })).toEqual([{ clientId: a.id, month: "2026-10", notified: 2 }]);

    // The sink is this file's alone: everything it received was sent by this test.
    expect(sink.mails().map((m) => m.to).sort()).toEqual([[secondViewerA], [tenant.users.viewerA.email]].sort());
    const link = new URL("/portal/reports/2026-10", env().APP_URL).toString();
    for (const mail of sink.mails()) {
      expect(mail.from).toBe("no-reply@rapport.local");
      expect(mail.subject).toBe(`${a.name}: your October 2026 report is ready`);
      expect(mail.text).toContain(`${tenant.agencyName} has closed October 2026 for ${a.name}.`);
      expect(mail.text.split(/\r?\n/)).toContain(link);
    }
    // Mailed, so no notice waits in the portal either; client B's viewer heard nothing at all.
    expect(await db.notification.count({ where: { agencyId: tenant.agencyId } })).toBe(0);

    // Closing B's month later tells B's viewer only, about B.
    expect(await closeDueMonths(CLOSE, { clientIds: [b.id] })).toEqual([{ clientId: b.id, month: "2026-10", notified: 1 }]);
    expect(sink.mails().slice(2).map((m) => [m.to, m.subject])).toEqual([[[viewerB], `${b.name}: your October 2026 report is ready`]]);
    expect(sink.mails()[2]?.text.split(/\r?\n/)).toContain(link);
  });
});
