import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { parseTheme, THEME_COOKIE } from "@/lib/ui/theme";
import "./globals.css";

// Self-hosted: Google Fonts cannot be fetched at build time here (or by privacy-minded agencies).
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
});

export const metadata: Metadata = {
  title: { default: "Rapport", template: "%s · Rapport" },
  description: "The reply-first inbox and reports for agencies that run X accounts for their clients.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Applies the system theme before first paint, so a dark-mode user never sees a white flash.
const SYSTEM_THEME_SCRIPT = "try{if(matchMedia('(prefers-color-scheme: dark)').matches)document.documentElement.classList.add('dark')}catch(e){}";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={`${inter.variable}${theme === "dark" ? " dark" : ""}`} data-theme={theme} suppressHydrationWarning>
      <head>{theme === "system" && <script dangerouslySetInnerHTML={{ __html: SYSTEM_THEME_SCRIPT }} />}</head>
      <body className="min-h-dvh font-sans antialiased">{children}</body>
    </html>
  );
}
