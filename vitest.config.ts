// Three test projects: unit (pure, fast), integration (real Neo4j), e2e (real Chromium).
// They run one group after the other (sequence.groupOrder): integration and e2e share the test
// Neo4j and each test file cleans it, so they must never run at the same time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/reliability/**/*.unit.test.ts'],
          environment: 'node',
          // generous: the Cypher parser's first pass takes seconds on a loaded 2-core machine
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['tests/integration/**/*.test.ts', 'tests/reliability/**/*.int.test.ts'],
          globalSetup: ['tests/helpers/neo4j-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/neo4j-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
