// The list of commands. Each module exports `register(program)` and owns one command.
import type { Command } from 'commander';
import { register as db } from './db.ts';
import { register as exportCmd } from './export.ts';
import { register as extract } from './extract.ts';
import { register as ingest } from './ingest.ts';
import { register as query } from './query.ts';
import { register as serve } from './serve.ts';
import { register as start } from './start.ts';
import { register as stats } from './stats.ts';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [start, db, ingest, extract, query, exportCmd, stats, serve];
