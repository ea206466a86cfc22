import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlToText, link, MESSAGE_LIMIT, splitHtml } from '../../src/telegram/html.ts';
import { telegramHtmlProblems } from './helpers/telegram-html.ts';

describe('escapeHtml', () => {
  it('escapes the three characters Telegram requires, and nothing else', () => {
    expect(escapeHtml('a < b && c > "d" \'e\'')).toBe('a &lt; b &amp;&amp; c &gt; "d" \'e\'');
  });

  it('links only http(s) URLs, escaping the attribute', () => {
    expect(link('https://x.org/?a=1&b="2"', 'T&C')).toBe('<a href="https://x.org/?a=1&amp;b=&quot;2&quot;">T&amp;C</a>');
    expect(link('javascript:alert(1)', 'x')).toBe('x');
    expect(link(null, '<x>')).toBe('&lt;x&gt;');
  });
});

describe('splitHtml', () => {
  it('leaves a short message whole', () => {
    expect(splitHtml('<b>hi</b>\nthere')).toEqual(['<b>hi</b>\nthere']);
  });

  it('cuts at a paragraph break when there is one in the second half of the part', () => {
    const a = 'a'.repeat(60);
    const b = 'b'.repeat(30);
    expect(splitHtml(`${a}\n\n${b}`, 80)).toEqual([a, b]);
  });

  it('closes tags open at a cut and reopens them, attributes included, in the next part', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}.`).join(' ');
    const parts = splitHtml(`<b>Title</b>\n<blockquote><a href="https://x.org">${words}</a></blockquote>`, 100);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(100);
      expect(telegramHtmlProblems(p)).toEqual([]);
    }
    expect(parts[1]!.startsWith('<blockquote><a href="https://x.org">')).toBe(true);
    const text = parts.map((p) => htmlToText(p).replace(/[“”]/g, '').replace(/ \(https:\/\/x\.org\)/g, '')).join(' ');
    expect(text.replace(/\s+/g, ' ')).toBe(`Title ${words}`);
  });

  it('never cuts inside an entity or a surrogate pair, even with no spaces at all', () => {
    const text = '&amp;😀'.repeat(3000);
    const parts = splitHtml(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(telegramHtmlProblems(p)).toEqual([]);
      expect(p).not.toMatch(/[\ud800-\udbff]$/);
    }
    expect(parts.join('')).toBe(text);
  });

  it('splits 10,000 characters of quoted text into at most 4096-unit parts at sentence ends, losing nothing', () => {
    const sentence = 'Poets & singers met in <Shusha>. ';
    const body = escapeHtml(sentence.repeat(303)).trim();
    const parts = splitHtml(`<b>Answer</b>\n<blockquote>${body}</blockquote>`);
    // 13,000 units of HTML: four parts, each filled to at least half before a cut is made.
    expect(parts.length).toBe(4);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    for (const p of parts.slice(0, -1)) expect(p.endsWith('&lt;Shusha&gt;.</blockquote>')).toBe(true);
    const text = parts.map((p) => htmlToText(p).replace(/[“”]/g, '')).join(' ');
    expect(text.match(/Poets/g)).toHaveLength(303);
  });
});

describe('htmlToText', () => {
  it('renders quotes between “ ” (not "> ", which reads as the prompt), links with their URL, and unescapes entities', () => {
    expect(htmlToText('<b>A &amp; B</b>\n<blockquote>one\ntwo</blockquote>\n<a href="https://x.org/?a=1&amp;b=2">here</a>')).toBe(
      'A & B\n“one\ntwo”\nhere (https://x.org/?a=1&b=2)',
    );
  });
});
