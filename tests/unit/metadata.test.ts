// Article metadata: title, publication date (date line, dateline, metadata, inferred from the
// dates and weekdays the text states) and publisher (sourcing lines, datelines, metadata).
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/ingest/clean/index.ts';
import { findStatedDates, inferPublished } from '../../src/ingest/clean/dates.ts';
import { parseDay, readDateline } from '../../src/ingest/clean/metadata.ts';
import type { RawArticle } from '../../src/model/index.ts';

const clean = (body: string, extra: Partial<RawArticle> = {}) => cleanArticle({ file: 'm.txt', format: 'text', body, ...extra });

describe('publication date', () => {
  it('reads a "date YYYY-MM-DD" prefix and removes it from the text', () => {
    const a = clean(' date 2023-07-04 Farmers in Lessa blocked the ring road for a second day.\n\nPolice watched.');
    expect([a.published, a.publishedInferred]).toEqual(['2023-07-04', false]);
    expect(a.text.startsWith('Farmers in Lessa')).toBe(true);
  });

  it('reads a "Published: …" line with chrono-node', () => {
    const a = clean('Lessa farmers end blockade\n\nPublished: 9 August 2022 14:05 GMT\n\nFarmers in Lessa ended their blockade on Tuesday.');
    expect([a.published, a.publishedInferred]).toEqual(['2022-08-09', false]);
    expect(a.text).not.toContain('Published');
  });

  it('reads a "Posted on … by …" line and a paragraph that is only a date', () => {
    const a = clean('Orvik pass reopens\n\nPosted on March 3, 2021 by admin\n\nCrews cleared the pass.');
    expect([a.published, a.text]).toEqual(['2021-03-03', 'Orvik pass reopens\n\nCrews cleared the pass.']);
    const b = clean('Orvik pass reopens\n\nWednesday, 3 March 2021, 10:30 GMT\n\nCrews cleared the pass on 3 March 2021 at noon.');
    expect([b.published, b.publishedInferred]).toEqual(['2021-03-03', false]);
    expect(b.text).not.toContain('10:30');
  });

  it('reads a dated wire dateline; a year-less one takes the year the text fixes', () => {
    expect(clean('ORVIK, Norland, March 3, 2021 (AP) — Crews cleared the pass.').published).toBe('2021-03-03');
    const wire = clean('ORVIK, Oct 2 (Reuters) - Crews cleared the pass on Wednesday, after a storm that began on September 28, 2024, the agency said.');
    expect([wire.published, wire.publishedInferred, wire.source]).toEqual(['2024-10-02', true, 'Reuters']);
    expect(readDateline('Officials said - again - that it was over.')).toBeNull();
  });

  it('prefers the given metadata, normalised to a day', () => {
    expect(clean('Crews cleared the pass.', { published: '2020-05-01T23:30:00-04:00' }).published).toBe('2020-05-01');
    expect(parseDay('Friday, 14 February 2020')).toBe('2020-02-14');
    expect(parseDay('sometime soon')).toBeNull();
  });

  it('infers the day after a weekday given with its date ("on Wednesday, June 5, 2024")', () => {
    const a = clean('In a video released on Wednesday, June 5, 2024, the mayor of Dunmore opened the bridge.\n\nOn Wednesday the mayor also met traders.');
    expect([a.published, a.publishedInferred]).toEqual(['2024-06-06', true]);
  });

  it('infers no earlier than the latest full date stated, when weekdays are mentioned', () => {
    const a = clean('The report of May 2, 2019 said the river was rising. On Friday the dykes held, officials said.');
    expect([a.published, a.publishedInferred]).toEqual(['2019-05-02', true]);
  });

  it('picks the year in which the weekday mentions cluster before a day-month date', () => {
    // 13 March: a Thursday in 2025; the text says "on Wednesday" and "on Thursday", years up to 2023.
    const text = 'The minister visited the front on Wednesday. Talks were set on March 13, and on Thursday the envoy rejected the plan, as in 2023.';
    expect(inferPublished(findStatedDates(text))).toBe('2025-03-13');
  });

  it('is null when nothing fixes the date', () => {
    expect(clean('The report of May 2, 2019 said the river was rising.').published).toBeNull();
    expect(clean('On Friday the dykes held, officials said.').published).toBeNull();
    expect(clean('The dykes broke on August 6 last year, and on Monday they held.').published).toBeNull();
  });

  it('ignores future weekdays and deadlines', () => {
    const d = findStatedDates('Talks may resume as early as Thursday, and the deadline is until June 30. He spoke on Monday.');
    expect(d.weekdays).toEqual([1]);
    expect(d.partial).toEqual([]);
  });
});

describe('title and publisher', () => {
  it('takes the headline line, or the first sentence of a long first paragraph', () => {
    expect(clean('Storm closes Orvik pass\n\nThe pass closed on Monday.').title).toBe('Storm closes Orvik pass');
    const long = `The pass at Orvik closed on Monday after heavy snow. ${'Drivers waited for hours at the border post. '.repeat(6)}`;
    expect(clean(long).title).toBe('The pass at Orvik closed on Monday after heavy snow.');
    expect(clean('The pass reopened.', { title: '  Given   title ' }).title).toBe('Given title');
  });

  it('names the publisher from the site\'s own account in a call to action, not from a reporter\'s', () => {
    const story = 'Crews cleared the Orvik pass on Monday.\n\nDrivers were relieved.';
    expect(clean(`${story}\n\nJOIN US ON TELEGRAM Follow our coverage of the storm on the @Harbourtimes_official.`).source).toBe('Harbour Times');
    expect(clean(`${story}\n\nFollow us on X at @LedgerNews for updates.`).source).toBe('Ledger News');
    expect(clean(`${story}\n\nFollow our reporter @janedoe on X for updates.`).source).toBeNull();
  });

  it('names the publisher from a "Source:" line, which leaves the text', () => {
    const a = clean('Crews cleared the pass on Monday.\n\nDrivers were relieved.\n\nTraffic resumed.\n\nSource: Orvik Daily');
    expect(a.source).toBe('Orvik Daily');
    expect(a.text).not.toContain('Source');
  });
});
