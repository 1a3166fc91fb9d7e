// The ingest report: what landed and what failed, per file and stage. Failures never stop a batch.

export type IngestStage = 'read' | 'clean' | 'segment' | 'extract' | 'resolve' | 'write';

export interface IngestFailure {
  file: string;
  line?: number;
  stage: IngestStage;
  error: string;
}

/** Called as each article passes a stage, for progress bars. */
export type ProgressListener = (event: { done: number; total: number; file: string }) => void;

export function failureOf(file: string, stage: IngestStage, err: unknown, line?: number): IngestFailure {
  const message = err instanceof Error ? err.message : String(err);
  return line === undefined ? { file, stage, error: message } : { file, line, stage, error: message };
}
