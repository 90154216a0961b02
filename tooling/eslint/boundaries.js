import { builtinModules } from "node:module";

// The dependency flow in ARCHITECTURE.md, checked by lint so a wrong import fails in CI instead
// of waiting for a reviewer. ESLint's own no-restricted-imports understands `import type`
// (allowTypeImports), which is exactly the line between the browser apps and the API.

const databaseModules = ["@cppcc/db", "drizzle-orm", "postgres", "pg", "@electric-sql/pglite"];

/** Browser code (apps/admin, apps/liaison, apps/portal, packages/ui): the API's types, never its code or the database's. */
export const clientBoundaries = {
  files: ["**/*.{ts,tsx,js,jsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [
          {
            name: "@cppcc/api",
            allowTypeImports: true,
            message: "Apps take only types from @cppcc/api (`import type`): its code runs on the server and would bundle the database into the page.",
          },
        ],
        patterns: [
          {
            group: ["@cppcc/api/*"],
            allowTypeImports: true,
            message: "Apps take only types from @cppcc/api (`import type`).",
          },
          {
            group: databaseModules.flatMap((name) => [name, `${name}/*`]),
            message: "The database belongs to the server: call a tRPC procedure, and put shared rules in @cppcc/domain.",
          },
        ],
      },
    ],
  },
};

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith("_"));

/** The domain is pure: rules the server and the browser apps both run, with no I/O and no workspace package under it. */
export const domainBoundaries = [
  {
    files: ["**/*.{ts,tsx,js}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...nodeBuiltins, ...nodeBuiltins.map((name) => `node:${name}`), ...databaseModules].map((name) => ({
            name,
            message: "@cppcc/domain does no I/O: take the data as an argument and let the service read or write it.",
          })),
          patterns: [
            {
              group: ["node:*", ...databaseModules.map((name) => `${name}/*`), "undici", "ws", "axios"],
              message: "@cppcc/domain does no I/O: take the data as an argument and let the service read or write it.",
            },
            {
              group: ["@cppcc/*"],
              message: "@cppcc/domain is the bottom of the workspace: nothing it imports may import it back.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "process", "require"].map((name) => ({
          name,
          message: "@cppcc/domain does no I/O and reads no environment: take what it needs as an argument.",
        })),
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "ImportExpression", message: "@cppcc/domain loads no modules at run time." },
      ],
    },
  },
  {
    // A test beside a rule may read the domain's own files (labels.test.ts walks the sources);
    // what ships stays pure. Workspace imports stay forbidden here too.
    files: ["**/*.test.{ts,tsx,js}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@cppcc/*"], message: "@cppcc/domain is the bottom of the workspace: its tests import no other package." }] },
      ],
      "no-restricted-globals": "off",
    },
  },
];
