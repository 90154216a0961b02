/**
 * How the schema would be laid out on a sharded Postgres (Citus). Every table not named here is
 * council-owned: distributed by `council_id`, which its primary key, each unique index and each
 * foreign key to another council-owned table include (`distribution.test.ts` reads the catalog
 * and holds every table to that). The tables named here are shared by all councils and would be
 * reference tables, copied whole to every node.
 */
export const distributionColumn = "council_id";

export const referenceTables = [
  // The tenants themselves.
  "council",
  // Usernames are unique across councils, so their registry cannot be split by council.
  "account_username",
  // Throttles keyed by username or address: an unknown username or an address has no council.
  "login_failure",
  "check_in_failure",
  // Requests for a login code by phone and address: an unknown phone has no council, and is counted alike.
  "sms_code_request",
] as const;
