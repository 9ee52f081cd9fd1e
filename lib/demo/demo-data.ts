import type { ApprovalRule, Role } from "@/lib/db/generated/enums";

// The demo agency `npm start` seeds. The X handles match the simulator's brand accounts.
export const DEMO_PASSWORD = "rapport-demo";
export const DEMO_AGENCY = { name: "Signal & Co.", slug: "signal-and-co" };

const weekdays = (start: string, end: string) => {
  const open = [{ start, end }];
  return { mon: open, tue: open, wed: open, thu: open, fri: open, sat: [], sun: [] };
};

export const DEMO_CLIENTS: {
  name: string;
  color: string;
  timezone: string;
  businessHours: ReturnType<typeof weekdays>;
  slaMinutes: number;
  approvalRule: ApprovalRule;
  brandVoice: string;
  monthlyBudgetCents: number;
  handles: string[];
}[] = [
  {
    name: "Northwind Coffee",
    color: "#b45309",
    timezone: "Europe/London",
    businessHours: weekdays("08:00", "18:00"),
    slaMinutes: 60,
    approvalRule: "FLAGGED",
    brandVoice: "Warm, brief, a little playful. First names. Never promise refunds in public — move to DM.",
    monthlyBudgetCents: 5_000,
    handles: ["northwindcoffee", "northwindhelp"],
  },
  {
    name: "Lumen Bikes",
    color: "#0891b2",
    timezone: "America/New_York",
    businessHours: weekdays("09:00", "17:00"),
    slaMinutes: 120,
    approvalRule: "NONE",
    brandVoice: "Enthusiastic and practical. Talk like a rider. Link to the service guide for repairs.",
    monthlyBudgetCents: 3_000,
    handles: ["lumenbikes"],
  },
  {
    name: "Harbor Health",
    color: "#16a34a",
    timezone: "America/Los_Angeles",
    businessHours: weekdays("07:00", "19:00"),
    slaMinutes: 30,
    approvalRule: "EVERY_REPLY",
    brandVoice: "Calm, clear, careful. Never give medical advice; point people to their care team.",
    monthlyBudgetCents: 8_000,
    handles: ["harborhealth"],
  },
];

export const DEMO_USERS: { email: string; name: string; role: Role; allClients?: boolean; clients?: string[]; client?: string }[] = [
  { email: "admin@rapport.demo", name: "Ada Admin", role: "AGENCY_ADMIN" },
  { email: "manager@rapport.demo", name: "Max Manager", role: "ACCOUNT_MANAGER" },
  { email: "sam@rapport.demo", name: "Sam Staff", role: "STAFF", clients: ["Northwind Coffee", "Lumen Bikes"] },
  { email: "tess@rapport.demo", name: "Tess Staff", role: "STAFF", allClients: true },
  { email: "nora@northwind.demo", name: "Nora Northwind", role: "CLIENT_VIEWER", client: "Northwind Coffee" },
];
