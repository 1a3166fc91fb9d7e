// Dates: relative expressions resolved against the publication date, reading reported events in the past.
import { describe, expect, it } from 'vitest';
import { addDays, findDates } from '../../src/ingest/extract/dates/index.ts';

const THURSDAY = '2025-03-13';
const valueOf = (text: string, published: string | null = THURSDAY, yearHint?: number): (string | null)[] =>
  findDates(text, 0, published, yearHint).map((d) => d.value);

describe('findDates', () => {
  it('reads a weekday as the most recent one on or before publication', () => {
    expect(valueOf('The mayor resigned on Wednesday.')).toEqual(['2025-03-12']);
    expect(valueOf('The mayor resigned on Thursday.')).toEqual(['2025-03-13']);
    expect(valueOf('The mayor resigned on Friday.')).toEqual(['2025-03-07']);
  });

  it('reads "last August" and "August 6 last year" in the past', () => {
    expect(valueOf('The offensive began last August.')).toEqual(['2024-08']);
    expect(valueOf('The offensive began on August 6 last year.')[0]).toBe('2024-08-06');
  });

  it('gives a month-day the year that keeps it before publication', () => {
    expect(valueOf('The talks opened on March 12.')).toEqual(['2025-03-12']);
    expect(valueOf('The talks opened on December 2.')).toEqual(['2024-12-02']);
    expect(valueOf('Residents have until Sept. 10 to register.')).toEqual(['2025-09-10']);
  });

  it('keeps explicit dates and bare years at their precision', () => {
    expect(valueOf('Footage dated March 12, 2025, shows the square.')).toEqual(['2025-03-12']);
    expect(valueOf('He first visited in April 2023.')).toEqual(['2023-04']);
    expect(valueOf('The war began in 2022.')).toEqual(['2022']);
  });

  it('maps today, overnight and yesterday to the publication day', () => {
    expect(valueOf('Drones struck the port overnight.')).toEqual([THURSDAY]);
    expect(valueOf('The envoy arrived yesterday.')).toEqual(['2025-03-12']);
  });

  it('marks "a day after" as relative, to be anchored on another event', () => {
    const [d] = findDates('The visit came a day after the vote.', 0, THURSDAY);
    expect(d).toMatchObject({ value: null, relativeDays: -1 });
    expect(addDays('2025-03-12', d!.relativeDays!)).toBe('2025-03-11');
  });

  it('leaves expressions that need a reference unresolved when there is none', () => {
    expect(valueOf('The mayor resigned on Wednesday.', null)).toEqual([null]);
    expect(valueOf('It happened today.', null)).toEqual([null]);
    expect(valueOf('The talks opened on March 12.', null, 2025)).toEqual(['2025-03-12']);
  });

  it('does not invent dates for unfixed spans', () => {
    expect(valueOf('Prices rose over the past week.')).toEqual([]);
    expect(valueOf('Now the road is open.')).toEqual([]);
  });

  it('shifts offsets by the base', () => {
    const text = 'It closed on Monday.';
    const [d] = findDates(text, 100, THURSDAY);
    expect(text.slice(d!.start - 100, d!.end - 100)).toBe(d!.text);
    expect(d!.text).toMatch(/Monday$/);
  });
});
