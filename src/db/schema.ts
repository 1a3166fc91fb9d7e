// Apply graph/schema.cypher: idempotent (IF NOT EXISTS), one auto-commit statement each, then wait
// for the indexes to come online.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DbError } from '../model/errors.ts';
import type { Db } from './connect.ts';
import { REPO_ROOT } from './local/paths.ts';

export const SCHEMA_FILE = join(REPO_ROOT, 'graph', 'schema.cypher');

/** The statements of a Cypher script: `//` comment lines dropped, split on `;` at line ends. */
export function splitCypherScript(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const applied = new WeakSet<Db>();

/** Applies the schema (constraints, indexes, full-text index). Safe to call any number of times. */
export async function applySchema(db: Db, file = SCHEMA_FILE): Promise<{ statements: number }> {
  const statements = splitCypherScript(readFileSync(file, 'utf8'));
  const session = db.session('WRITE');
  try {
    for (const statement of statements) {
      try {
        await session.run(statement);
      } catch (err) {
        throw new DbError(`applySchema: ${file}: ${(err as Error).message} in: ${statement.slice(0, 120)}`, { cause: err });
      }
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  applied.add(db);
  return { statements: statements.length };
}

/** Applies the schema once per Db handle (before the first write). */
export async function ensureSchema(db: Db): Promise<void> {
  if (!applied.has(db)) await applySchema(db);
}
