"use client";

import ErrorPage, { type ErrorBoundaryProps } from "../error";

// Inside the agency layout: an unexpected error replaces only the page, so the sidebar stays and one
// can go elsewhere. (app/error.tsx catches what fails in the layout itself, without the shell.)
export default function AgencyError(props: ErrorBoundaryProps) {
  return <ErrorPage {...props} />;
}
