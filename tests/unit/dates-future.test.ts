// Dates: a weekday in a sentence that schedules an act ("will", "is expected to", "plans to") is read
// forward from publication, the others stay in the past.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/dates/index.ts';

const THURSDAY = '2025-03-13';
const valueOf = (text: string): (string | null)[] => findDates(text, 0, THURSDAY).map((d) => d.value);

describe('findDates on scheduled acts', () => {
  it('reads a weekday after "is expected to" or "will" as the next one', () => {
    expect(valueOf('He is expected to travel to Vessa on Tuesday.')).toEqual(['2025-03-18']);
    expect(valueOf('The envoy will meet the minister on Monday.')).toEqual(['2025-03-17']);
  });

  it('keeps past readings for reported acts and for "was expected to"', () => {
    expect(valueOf('He travelled to Vessa on Tuesday.')).toEqual(['2025-03-11']);
    expect(valueOf('He was expected to travel to Vessa on Tuesday.')).toEqual(['2025-03-11']);
    expect(valueOf('She said on Tuesday that the talks will resume.')).toEqual(['2025-03-11']);
  });
});
