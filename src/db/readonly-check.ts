// The first line of defence for user Cypher: a clause check on the PARSED query (pure, no database).
// We parse with Neo4j's own Cypher grammar (@neo4j-cypher/language-support, ANTLR) rather than a
// home-made tokenizer, so comments, strings, casing and backticks are handled as Neo4j handles them.
// The check is an ALLOWLIST of clause kinds: anything the grammar knows that is not a read is refused.
// The second and third lines (EXPLAIN's query type, a READ transaction) live in readonly.ts.
import { getDebugTree, lintCypherQuery, parseStatementsStrs, type SimpleTree } from '@neo4j-cypher/language-support';
import { ReadOnlyViolation } from '../model/errors.ts';

/** Clause kinds a read query may contain (grammar rule names under `clause`). */
const ALLOWED_CLAUSES = new Set([
  'matchClause',
  'withClause',
  'returnClause',
  'unwindClause',
  'callClause', // procedure calls: each procedure is checked against READ_PROCEDURES
  'subqueryClause', // CALL { … }: its inner clauses are checked too; IN TRANSACTIONS is refused
  'finishClause',
  'orderBySkipLimitClause',
  'filterClause',
  'letClause',
]);

/** Grammar rules refused wherever they appear, with the reason given to the user. */
const FORBIDDEN_RULES: Record<string, string> = {
  createClause: 'CREATE writes to the graph',
  insertClause: 'INSERT writes to the graph',
  mergeClause: 'MERGE writes to the graph',
  setClause: 'SET writes to the graph',
  removeClause: 'REMOVE writes to the graph',
  deleteClause: 'DELETE writes to the graph',
  foreachClause: 'FOREACH is only useful for writes',
  loadCSVClause: 'LOAD CSV reads files or URLs',
  useClause: 'USE switches database',
  subqueryInTransactionsParameters: 'CALL { … } IN TRANSACTIONS commits writes',
  command: 'administration commands are not queries',
  composableCommandClauses: 'SHOW/TERMINATE commands are not allowed',
  preparserOption: 'EXPLAIN, PROFILE and CYPHER options are not accepted (the server adds its own)',
};

/** Read-only procedures the query panel may call (Neo4j 5 Community names). */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/** Namespaces of built-in functions that only compute values (no apoc.*, no user functions). */
const FUNCTION_NAMESPACES = new Set(['date', 'datetime', 'localdatetime', 'time', 'localtime', 'duration', 'point', 'vector']);

/**
 * Characters refused anywhere in a query: controls other than tab/newline/CR, format characters
 * (zero-width joiners, bidi overrides, BOM), line/paragraph separators, unusual spaces, private use
 * and unassigned code points. They hide text from a reviewer, and the parser that guards us and
 * the one inside Neo4j might disagree about them, so a mismatch could smuggle a keyword past us.
 */
// eslint-disable-next-line no-control-regex
const HIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]|(?! )\p{Zs}/u;

/** Longest query accepted (characters); the parser is linear but a cap keeps the server predictable. */
export const MAX_QUERY_CHARS = 20_000;

function leaves(node: SimpleTree, out: string[] = []): string[] {
  if (!node.children || node.children.length === 0) out.push(node.name);
  else for (const c of node.children) leaves(c, out);
  return out;
}

/** `db`.`labels` → db.labels; null when a part holds anything but letters, digits or _. */
function qualifiedName(node: SimpleTree): string | null {
  const text = leaves(node)
    .map((t) => (t.startsWith('`') && t.endsWith('`') && t.length >= 2 ? t.slice(1, -1) : t))
    .join('');
  return /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(text) ? text : null;
}

function walk(node: SimpleTree, visit: (n: SimpleTree) => void): void {
  if (!node.children || node.children.length === 0) return; // a token, not a grammar rule
  visit(node);
  for (const c of node.children) walk(c, visit);
}

function refuse(reason: string): never {
  throw new ReadOnlyViolation(`read-only query refused: ${reason}`);
}

/**
 * Throws ReadOnlyViolation unless `query` is a single read-only Cypher statement: only read
 * clauses, allowlisted procedures, built-in functions, no hidden characters, no syntax errors.
 */
export function assertReadOnlyCypher(query: string): void {
  if (typeof query !== 'string' || query.trim() === '') refuse('the query is empty');
  if (ACCEPTED.has(query)) return;
  checkQuery(query);
  // Parsing with semantic analysis costs ~0.1–1 s; saved and repeated queries skip it the next time.
  if (ACCEPTED.size >= 500) ACCEPTED.delete(ACCEPTED.values().next().value!);
  ACCEPTED.add(query);
}

/** Query texts that passed the check (only accepted ones are kept, so a refusal is always re-derived). */
const ACCEPTED = new Set<string>();

function checkQuery(query: string): void {
  if (query.length > MAX_QUERY_CHARS) refuse(`the query is longer than ${MAX_QUERY_CHARS} characters`);
  const hidden = HIDDEN_CHARS.exec(query);
  if (hidden) {
    const cp = hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    refuse(`invisible or control character U+${cp} at offset ${hidden.index}`);
  }
  const statements = parseStatementsStrs(query).filter((s) => s.replace(/;\s*$/, '').trim() !== '');
  if (statements.length !== 1) refuse(`one statement only, found ${statements.length}`);

  // Parameter values arrive at run time (Neo4j checks them), so "$x is not defined" is not an error here.
  const errors = lintCypherQuery(query, { defaultLanguage: 'CYPHER 5' }, { consoleCommandsEnabled: false }).diagnostics.filter(
    (d) => d.severity === 1 && !/^Parameter \S+ is not defined\.$/.test(String(d.message)),
  );
  if (errors.length > 0) refuse(`syntax error: ${errors[0]!.message}`);

  const tree = getDebugTree(query);
  const top = (tree.children ?? []).filter((c) => c.children && c.children.length > 0);
  if (top.length !== 1) refuse(`one statement only, found ${top.length}`);

  walk(tree, (n) => {
    const forbidden = FORBIDDEN_RULES[n.name];
    if (forbidden) refuse(forbidden);
    if (n.name === 'clause') {
      const kind = n.children?.[0]?.name ?? '';
      if (!ALLOWED_CLAUSES.has(kind)) refuse(FORBIDDEN_RULES[kind] ?? `clause "${kind}" is not a read`);
    } else if (n.name === 'procedureName') {
      const name = qualifiedName(n);
      if (name === null || !READ_PROCEDURES.has(name)) {
        refuse(`procedure ${name ?? leaves(n).join('')} is not on the read-only allowlist (${[...READ_PROCEDURES].join(', ')})`);
      }
    } else if (n.name === 'functionName') {
      const name = qualifiedName(n);
      if (name === null) refuse(`function name ${leaves(n).join('')} is not allowed`);
      const parts = name.split('.');
      if (parts.length > 1 && !FUNCTION_NAMESPACES.has(parts[0]!.toLowerCase())) {
        refuse(`function ${name} is not a built-in function`);
      }
    }
  });
}
