// Type shims: @neo4j-cypher/codemirror ships its .d.ts but its package "exports" do not point to it.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
