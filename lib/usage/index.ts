// lib/usage: the X usage ledger (api_usage_daily), budgets and the monthly usage the client page shows.
export { getMonthlyUsage, type MonthlyUsage } from "./get-monthly-usage";
export { checkBudget, monthStartUtc, type BudgetState } from "./check-budget";
export { recordXCalls, type UsageEntry, type UsageOwner } from "./record-x-calls";
export { PRICE_MICROS, microsToUsd } from "./pricing";
