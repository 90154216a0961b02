// autocannon 9 ships no types and @types/autocannon is not a dependency: declare the little we use.
declare module "autocannon" {
  type Options = {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    headers?: Record<string, string>;
  };
  type Result = {
    /** Seconds the run actually took. */
    duration: number;
    requests: { total: number; average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  type Instance = PromiseLike<Result> & {
    /** responseTime is in milliseconds with sub-millisecond precision (process.hrtime). */
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
    stop(): void;
  };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
