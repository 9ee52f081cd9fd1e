import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * The Chromium to drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Playwright's own download,
 * else Debian's. Null when none is installed.
 */
export function findChromium(): string | null {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (configured) return existsSync(configured) ? configured : null;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}

export const NO_BROWSER_MESSAGE = `No Chromium found for the end-to-end tests. Install one of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium
  - with internet:  npx playwright install chromium
  - or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium/Chrome binary.`;
