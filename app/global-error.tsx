"use client";

import ErrorPage, { type ErrorBoundaryProps } from "./error";
import "./globals.css";

// Replaces the root layout when that layout itself fails, so it brings its own document and styles;
// no theme cookie or web font here (reading them may be what failed), so it shows in the light theme.
export default function GlobalError(props: ErrorBoundaryProps) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Rapport</title>
      </head>
      <body className="min-h-dvh font-sans antialiased">
        <main>
          <ErrorPage {...props} />
        </main>
      </body>
    </html>
  );
}
