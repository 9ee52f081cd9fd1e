import { Skeleton } from "@/components/ui/skeleton";

/** The inbox's shape while the first page loads: header, filters and a few quiet rows. */
export function InboxSkeleton() {
  return (
    <div className="grid gap-3" aria-busy="true" aria-label="Loading the inbox" data-testid="inbox-skeleton">
      <div className="flex items-end gap-5 border-b pb-2">
        <Skeleton className="h-6 w-16" />
        <Skeleton className="h-5 w-64" />
      </div>
      <div className="flex gap-2">
        <Skeleton className="h-8 flex-1" />
        <Skeleton className="h-8 w-28" />
        <Skeleton className="h-8 w-28" />
        <Skeleton className="h-8 w-28" />
      </div>
      <div className="rounded-lg border bg-card">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-3 border-b px-4 py-3 last:border-b-0">
            <Skeleton className="size-8 rounded-full" />
            <div className="grid flex-1 gap-2">
              <Skeleton className="h-3.5 w-1/3" />
              <Skeleton className="h-3.5 w-3/4" />
            </div>
            <Skeleton className="h-4 w-14" />
          </div>
        ))}
      </div>
    </div>
  );
}
