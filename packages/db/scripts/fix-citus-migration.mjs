// Finishes the migration drizzle-kit generates for the citus keys (see ../drizzle/*_citus_keys.sql).
// drizzle-kit cannot name the single-column primary keys it must drop before adding the composite
// (council_id, …) ones, so it leaves commented placeholders; and it knows nothing of the rows an
// existing database already holds. Re-run it after regenerating: it changes a file only once.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const folder = fileURLToPath(new URL("../drizzle/", import.meta.url));
const file = readdirSync(folder).find((f) => f.endsWith("_citus_keys.sql"));
if (!file) throw new Error("no *_citus_keys.sql migration in drizzle/: generate it first");
const path = folder + file;
let sql = readFileSync(path, "utf8");
const marker = "-- fixed by scripts/fix-citus-migration.mjs";
if (sql.includes(marker)) {
  console.info(`${file}: already fixed`);
  process.exit(0);
}

// Each placeholder: a /* … */ note naming the table, then `-- ALTER TABLE "t" DROP CONSTRAINT "<constraint_name>";`.
// Postgres names an inline primary key `<table>_pkey`.
const placeholder = /\/\*[^]*?\*\/\s*-- ALTER TABLE "([a-z_]+)" DROP CONSTRAINT "<constraint_name>";--> statement-breakpoint/g;
let dropped = 0;
sql = sql.replace(placeholder, (_, table) => {
  dropped += 1;
  return `ALTER TABLE "${table}" DROP CONSTRAINT "${table}_pkey";--> statement-breakpoint`;
});
if (sql.includes("<constraint_name>")) throw new Error(`${file}: a primary-key placeholder this script does not recognise`);

// Usernames already taken move into the registry that now keeps them unique across councils.
sql = `${marker}\n${sql.trimEnd()}\n--> statement-breakpoint\nINSERT INTO "account_username" ("username", "council_id", "account_id") SELECT "username", "council_id", "id" FROM "account";\n`;

writeFileSync(path, sql);
console.info(`${file}: ${dropped} primary keys dropped by name, usernames copied`);
