import { describe, expect, it } from 'vitest';
import { composeDigest, type Digest, type DigestEvent } from '../../src/core/digest/compose-digest.ts';
import { escapeHtml, packMessages, renderDigest, TELEGRAM_MESSAGE_LIMIT } from '../../src/core/digest/render-digest.ts';
import { BASE_ARTICLES, makeKnowledge } from './fixtures/knowledge.ts';

const NOW = new Date('2025-11-25T09:00:00Z');

function event(over: Partial<DigestEvent>): DigestEvent {
  return { factId: 'f', date: '2025-11-18', name: 'Forum', place: 'Baku', summary: 'It happened.', articleId: '000_a', articleTitle: null, publisher: 'P', url: null, ...over };
}

function digestOf(events: DigestEvent[], upcoming: DigestEvent[] = []): Digest {
  return { chatId: 1, threadId: 0, digestId: 'x', articleIds: ['000_a'], events, upcoming, reminders: [], reminderIds: [], skippedReminderIds: [], filteredOut: 0, today: '2025-11-25' };
}

describe('renderDigest', () => {
  it('shows each event with its date, name, place, summary, publisher and article id, in digest order', () => {
    const digest = composeDigest({ knowledge: makeKnowledge(BASE_ARTICLES), chatId: 1, announced: new Set(), now: NOW })!;
    const [html, ...rest] = renderDigest(digest);
    expect(rest).toEqual([]);
    expect(html).toContain('<b>18 November 2025</b> — <b>Vagif Poetry Days</b>, Shusha\nVagif Poetry Days were organized in Shusha.\n<i>AzerNews</i> · article <code>001_bbbbbbbbbbbbbbbb</code>');
    expect(html!.indexOf('Film Leaders Meeting')).toBeLessThan(html!.indexOf('Vagif Poetry Days'));
    expect(html!.indexOf('Vagif Poetry Days')).toBeLessThan(html!.indexOf('Turkic World Youth Meeting'));
  });

  it('escapes every text taken from the articles', () => {
    const [html] = renderDigest(digestOf([event({ name: 'A <b>bold</b> & "quoted"', summary: '1 < 2 > 0 & <script>', publisher: 'R&D <Ltd>', place: '<i>' })]));
    expect(html).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; "quoted"');
    expect(html).toContain('1 &lt; 2 &gt; 0 &amp; &lt;script&gt;');
    expect(html).toContain('<i>R&amp;D &lt;Ltd&gt;</i>');
    expect(html).not.toContain('<script>');
    // Only the renderer's own tags remain once escaped text is removed.
    const tags = html!.match(/<\/?([a-z]+)[^>]*>/g)!.map((t) => t.replace(/[</>]/g, ''));
    expect(new Set(tags)).toEqual(new Set(['b', 'i', 'code']));
  });

  it('splits a long digest into messages of at most 4096 characters without cutting an event', () => {
    const events = Array.from({ length: 40 }, (_, i) => event({ factId: `f${i}`, name: `Event ${i} ${'&'.repeat(150)}`, summary: `${i} ${'<'.repeat(280)}` }));
    const parts = renderDigest(digestOf(events));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    const all = parts.join('\n\n');
    for (let i = 0; i < 40; i++) expect(all).toContain(`Event ${i} `);
    // Every event block is whole inside one message.
    for (const part of parts) expect(part.split('• ').length - 1).toBe((part.match(/<\/code>/g) ?? []).length);
  });

  it('labels the upcoming section and the header in the chat language', () => {
    const parts = renderDigest(digestOf([event({})], [event({ name: 'Later', date: '2026-03-02' })]), { language: 'tr' });
    expect(parts[0]).toContain('Türk kültürü bülteni');
    expect(parts[0]).toContain('<b>Yaklaşan</b>');
    expect(parts[0]).toContain('Later');
  });

  it('writes the frame and the dates the chat language\'s way, and leaves what the articles say in English', () => {
    const [kk] = renderDigest(digestOf([event({ name: 'Youth Forum', summary: 'The forum was held.' })]), { language: 'kk' });
    expect(kk).toContain('<b>Түркі мәдениеті дайджесті</b> · 25 қараша 2025 ж.');
    expect(kk).toContain('<b>Жаңа оқиғалар</b>');
    expect(kk).toContain('<b>18 қараша 2025 ж.</b> — <b>Youth Forum</b>, Baku\nThe forum was held.\n<i>P</i> · мақала <code>000_a</code>');
    const [uz] = renderDigest(digestOf([event({})]), { language: 'uz' });
    expect(uz).toContain('<b>2025-yil 18-noyabr</b> — <b>Forum</b>');
    // A language it does not write: English, not a broken frame.
    expect(renderDigest(digestOf([event({})]), { language: 'de' })[0]).toContain('<b>Turkic culture digest</b> · 25 November 2025');
    // What /language auto stores: no chosen language, and a digest has no reader's Telegram language.
    expect(renderDigest(digestOf([event({})]), { language: 'auto' })[0]).toContain('<b>Turkic culture digest</b> · 25 November 2025');
  });
});

describe('packMessages', () => {
  it('joins blocks while they fit and starts a new message when the next one would not', () => {
    expect(packMessages(['aaaa', 'bbbb', 'cc'], 10)).toEqual(['aaaa\n\nbbbb', 'cc']);
  });
  it('escapeHtml handles the three characters Telegram requires (text only: quotes need no escape there)', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href="x"&gt;&amp;&lt;/a&gt;');
  });
});
