// cleanArticle: site furniture removed, story captions kept without credits, repeats dropped,
// paragraphs blank-line separated, HTML body and metadata extracted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/ingest/clean/index.ts';
import { InputError, type RawArticle } from '../../src/model/index.ts';

const raw = (body: string, extra: Partial<RawArticle> = {}): RawArticle => ({ file: 'story.txt', format: 'text', body, ...extra });
const paragraphs = (text: string): string[] => text.split('\n\n');

describe('cleanArticle: furniture', () => {
  it('drops ads, calls to action, teasers and read-more blocks, keeps the story', () => {
    const body = [
      'Dockers strike in Port Hallam',
      'Dock workers in Port Hallam walked out on Friday over pay, the Harbour Workers Union said.',
      'Advertisement',
      'JOIN US ON TELEGRAM Follow our coverage of the strike on @hallamherald_live.',
      'The union leader, Brina Castell, said the walkout would last until talks resumed.',
      'Also See: Ferry Fares To Rise In Spring, Council Says',
      'Sign up for our morning newsletter and get the news in your inbox.',
      'Follow us on Facebook and X for live updates.',
      'Read more: Port Hallam braces for a long winter',
      'The port authority said cargo was being diverted to nearby Elsby.',
      'Story continues below advertisement',
    ].join('\n');
    const clean = cleanArticle(raw(body));
    expect(paragraphs(clean.text)).toEqual([
      'Dockers strike in Port Hallam',
      'Dock workers in Port Hallam walked out on Friday over pay, the Harbour Workers Union said.',
      'The union leader, Brina Castell, said the walkout would last until talks resumed.',
      'The port authority said cargo was being diverted to nearby Elsby.',
    ]);
  });

  it('cuts the end matter: sourcing line, author box, related teasers with repeated titles', () => {
    const body = [
      'Flood barrier opens in Marlow Bay',
      'The new flood barrier in Marlow Bay was opened on Tuesday by mayor Ilse Varga.',
      'She said it would protect four thousand homes.',
      'Engineers expect the barrier to be tested again in spring.',
      'This news is sourced from Bay Courier and is intended for informational purposes only.',
      'News Desk',
      'Your trusted source for insightful journalism. Stay informed with our coverage.',
      'Recent',
      'Council Approves New Tram Line',
      'Council Approves New Tram Line',
      'The council approved a tram line linking the harbour to the old town after a long debate.',
      'Read More »',
    ].join('\n\n');
    const clean = cleanArticle(raw(body));
    expect(paragraphs(clean.text)).toEqual([
      'Flood barrier opens in Marlow Bay',
      'The new flood barrier in Marlow Bay was opened on Tuesday by mayor Ilse Varga.',
      'She said it would protect four thousand homes.',
      'Engineers expect the barrier to be tested again in spring.',
    ]);
    expect(clean.source).toBe('Bay Courier');
  });

  it('drops an inline "Related" box and a sign-up call with its slogan, keeping the story after them', () => {
    const body = [
      'Mayor denies ferry deal collapsed',
      'The mayor of Kell on Monday denied reports that the ferry deal had collapsed.',
      '"Nothing has collapsed," Hanna Rudd said.',
      'The ferry company declined to comment.',
      'Related...',
      'Ferry Strike Ends After Two Weeks',
      'Kell Council Approves Harbour Budget',
      'Sign up for the Morning Email',
      "Wake up to the day's most important news.",
      'Rudd said a final agreement could be signed within days.',
    ].join('\n\n');
    expect(paragraphs(cleanArticle(raw(body)).text)).toEqual([
      'Mayor denies ferry deal collapsed',
      'The mayor of Kell on Monday denied reports that the ferry deal had collapsed.',
      '"Nothing has collapsed," Hanna Rudd said.',
      'The ferry company declined to comment.',
      'Rudd said a final agreement could be signed within days.',
    ]);
  });

  it('keeps story captions but strips their credits and agency boilerplate', () => {
    const body = [
      'Minister Olek Brandt visits the flooded district of Sarnet, Velmora, May 2, 2024, in this handout image. Velmora Government/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT.',
      'Rescue teams reached the district on Thursday.',
      'Volunteers fill sandbags near the river (Photo: Jana Holt via AP)',
      'Residents were moved to schools. [Velmora Press Office/AP]',
      'A rescuer carries a child through the water. REUTERS/Karl Weiss',
      'Boats on the flooded main street. AFP via Getty Images',
      'Jon Ellis via Getty Images',
      'The minister waves to residents. Jon Ellis via Getty Images',
    ].join('\n');
    const text = cleanArticle(raw(body)).text;
    expect(paragraphs(text)).toEqual([
      'Minister Olek Brandt visits the flooded district of Sarnet, Velmora, May 2, 2024, in this handout image.',
      'Rescue teams reached the district on Thursday.',
      'Volunteers fill sandbags near the river',
      'Residents were moved to schools.',
      'A rescuer carries a child through the water.',
      'Boats on the flooded main street.',
      'The minister waves to residents.',
    ]);
    expect(text).not.toMatch(/REUTERS|ATTENTION|MANDATORY|via AP|Getty/);
  });

  it('keeps one of a caption printed twice or re-run with another credit', () => {
    const caption = 'Governor Hedda Lind speaks to farmers in the village of Orsk during her visit to the drought area.';
    const body = [
      'Drought hits the northern farms',
      caption,
      caption,
      'via Associated Press',
      'Governor Hedda Lind speaks to farmers in the village of Orsk (Photo: Nord Press via Reuters)',
      'The governor promised emergency funds on Monday.',
    ].join('\n');
    const text = cleanArticle(raw(body)).text;
    expect(paragraphs(text)).toEqual(['Drought hits the northern farms', caption, 'The governor promised emergency funds on Monday.']);
  });

  it('does not drop body paragraphs that merely share words, nor a dateline with "(Reuters)"', () => {
    const body = [
      'BRESK, June 3 (Reuters) - Officials in Bresk said the dam was safe.',
      'The dam is safe, officials said again on Monday, after engineers inspected the dam walls.',
      'Officials said the dam was safe.',
    ].join('\n');
    const clean = cleanArticle(raw(body));
    expect(paragraphs(clean.text)).toHaveLength(3);
    expect(clean.text.startsWith('BRESK, June 3 (Reuters) -')).toBe(true);
    expect(clean.source).toBe('Reuters');
  });

  it('keeps story text that only looks like furniture', () => {
    const body = [
      'GET READY FOR WINTER, SAYS MINISTER',
      'Follow-up talks with our neighbours begin on Monday, the minister of Norland said.',
      'Join the queue, the officials told drivers at the Orvik border post.',
      'The leaked image: a convoy crossing the bridge at night.',
    ].join('\n');
    expect(paragraphs(cleanArticle(raw(body)).text)).toEqual(body.split('\n'));
  });

  it('drops bylines, cookie notices and combined ad labels, keeping sentences that start alike', () => {
    const body = [
      'By Ines Darrow and Tomas Ferreira | 5 November 2024',
      'Advertisement - Scroll to continue',
      'We use cookies to improve your experience on our site.',
      'By Monday, the troops had left Orvik.',
      'Photo by Lena Ost',
      'Updated figures show 20 people were hurt on March 3, 2024.',
      'Date palms grow along the Orvik road.',
    ].join('\n');
    const clean = cleanArticle(raw(body));
    expect(paragraphs(clean.text)).toEqual([
      'By Monday, the troops had left Orvik.',
      'Updated figures show 20 people were hurt on March 3, 2024.',
      'Date palms grow along the Orvik road.',
    ]);
    expect([clean.published, clean.publishedInferred]).toEqual(['2024-11-05', false]);
  });

  it('re-joins hard-wrapped lines and keeps headline lines apart', () => {
    const body =
      'Heatwave grips the capital\n\nTemperatures in the capital of Norland reached record highs on Sunday as the\nheatwave entered its second week, the weather office said.\n';
    expect(paragraphs(cleanArticle(raw(body)).text)).toEqual([
      'Heatwave grips the capital',
      'Temperatures in the capital of Norland reached record highs on Sunday as the heatwave entered its second week, the weather office said.',
    ]);
  });

  it('strips Markdown syntax', () => {
    const md = '# Bridge reopens\n\nThe **Tamsin bridge** reopened on [Monday](https://x.test), said *engineer* Rafe Molloy.\n\n- Traffic is light.\n';
    const text = cleanArticle(raw(md, { file: 'b.md', format: 'markdown' })).text;
    expect(paragraphs(text)).toEqual(['Bridge reopens', 'The Tamsin bridge reopened on Monday, said engineer Rafe Molloy.', 'Traffic is light.']);
  });

  it('reads Markdown front matter as metadata', () => {
    const md = '---\ntitle: "Tamsin bridge reopens"\ndate: 2023-04-18\nsource: Valley Post\nurl: https://valley.test/bridge\n---\n\nThe bridge reopened on Tuesday.\n';
    const clean = cleanArticle(raw(md, { file: 'b.md', format: 'markdown' }));
    expect([clean.title, clean.published, clean.source, clean.url, clean.text]).toEqual([
      'Tamsin bridge reopens', '2023-04-18', 'Valley Post', 'https://valley.test/bridge', 'The bridge reopened on Tuesday.',
    ]);
  });

  it('refuses an article with nothing left after cleaning', () => {
    expect(() => cleanArticle(raw('Advertisement\n\nRead More »\n\nShare'))).toThrow(InputError);
  });

  it('counts words and gives the same id to the same story with other furniture or typography', () => {
    const story = 'The ferry “Aurora” left Kell harbour on Sunday – on time.\n\nPassengers said the crossing was calm.';
    const a = cleanArticle(raw(`${story}\n\nAdvertisement\n\nFollow us on Telegram for updates.`));
    const b = cleanArticle(raw(`JOIN US ON TELEGRAM\n\n${story.replace(/[“”]/g, '"').replace('–', '-')}\n\nRelated: Storm warning for the coast`, { file: 'other.txt' }));
    expect(a.id).toBe(b.id);
    expect(a.wordCount).toBe(16);
    expect(cleanArticle(raw('Passengers said the crossing was rough.')).id).not.toBe(a.id);
  });
});

describe('cleanArticle: HTML', () => {
  const html = readFileSync(new URL('../fixtures/input/article.html', import.meta.url), 'utf8');
  const clean = cleanArticle({ file: 'article.html', format: 'html', body: html });

  it('extracts the article body without scripts, styles, navigation or footer', () => {
    expect(clean.text).toContain('Negotiators from Velmora and the Dravik Port Authority failed on Monday');
    expect(clean.text).toContain('“Our door remains open,” she told reporters');
    expect(clean.text).not.toMatch(/LEAK|trackingPixel|color: red|Advertisement|All rights reserved|Storm closes/);
    expect(clean.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the figure caption without its credit', () => {
    expect(clean.text).toContain('Fishing boats moored in the old harbour of Sarnet on Sunday.');
    expect(clean.text).not.toContain('Lena Ost');
  });

  it('reads title, date, publisher and canonical url from the metadata', () => {
    expect(clean.title).toBe('Harbour talks stall in Velmora');
    expect(clean.published).toBe('2024-11-05');
    expect(clean.publishedInferred).toBe(false);
    expect(clean.source).toBe('The Coastal Ledger');
    expect(clean.url).toBe('https://ledger.example/world/velmora-harbour-talks');
  });

  it('drops share bars, newsletter promos, related boxes and read-more links inside the article; title from the one <h1>', () => {
    const page = readFileSync(new URL('../fixtures/input/article-chrome.html', import.meta.url), 'utf8');
    const c = cleanArticle({ file: 'chrome.html', format: 'html', body: page });
    expect(c.title).toBe('Kell port strike ends after deal on pay');
    expect(paragraphs(c.text)).toEqual([
      'Dock workers in Kell returned to work on Wednesday after union leaders accepted a new pay offer, ending a strike that had halted shipping for nine days.',
      'Workers leave the picket line in Kell on Wednesday.',
      'The Harbour Workers Union said members had voted by a wide margin to accept a 6% rise. "This is a fair deal," union secretary Lars Ek said.',
      'The port authority said traffic would return to normal by the weekend. It did not give details of the cost of the stoppage.',
      'Ship owners had warned that a longer strike could push cargo to rival ports.',
    ]);
  });

  it('drops the site name from a <title> fallback', () => {
    const body = `<html><head><title>Council meets again - Hill Gazette</title><meta property="og:site_name" content="Hill Gazette"></head><body><p>${'The council met again. '.repeat(20)}</p></body></html>`;
    expect(cleanArticle({ file: 'c.html', format: 'html', body }).title).toBe('Council meets again');
  });

  it('takes the date from JSON-LD or <time> when meta tags lack it, and the publisher from JSON-LD', () => {
    const page = (head: string, body: string): string => `<html><head>${head}</head><body><article>${body}<p>${'The council met again to discuss the budget for the coming year. '.repeat(8)}</p></article></body></html>`;
    const ld = cleanArticle({ file: 'a.html', format: 'html', body: page('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-02-14","publisher":{"name":"Hill Gazette"}}]}</script>', '') });
    expect([ld.published, ld.source]).toEqual(['2023-02-14', 'Hill Gazette']);
    const time = cleanArticle({ file: 'b.html', format: 'html', body: page('', '<p>Filed <time datetime="2022-09-30T10:00:00Z">Friday</time>.</p>') });
    expect(time.published).toBe('2022-09-30');
  });
});
