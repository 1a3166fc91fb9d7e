#!/usr/bin/env node
// Entry point of the `newsgraph` command: runs main() and exits with its code.
import { main } from './main.ts';

main(process.argv).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
