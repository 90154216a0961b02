import { LoadFailed } from "./LoadFailed";

/** `LoadFailed` for a react-query result: its error and its refetch. */
export function QueryFailed({ query }: { query: { error: unknown; refetch: () => unknown } }) {
  return <LoadFailed error={query.error} retry={() => void query.refetch()} />;
}
