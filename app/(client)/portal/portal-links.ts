/** The portal's address for a month's report: the home page for the current month. */
export function portalMonthHref(month: string, currentMonth: string): string {
  return month === currentMonth ? "/portal" : `/portal/reports/${month}`;
}
