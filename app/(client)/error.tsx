"use client";

import ErrorPage, { type ErrorBoundaryProps } from "../error";

// Inside the portal layout: an unexpected error replaces only the page, so the sidebar stays.
export default function ClientError(props: ErrorBoundaryProps) {
  return <ErrorPage {...props} />;
}
