import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** For pages: a use case's "not found" becomes the 404 page; any other error stays an error. */
export async function pageOr404<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
