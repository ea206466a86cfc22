/**
 * A checker for Telegram's HTML parse mode: only the allowed tags, balanced and properly nested, and no
 * bare `<`, `>` or `&` in text. Returns the problems found (empty when the HTML is valid).
 */
const ALLOWED = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'blockquote', 'tg-spoiler', 'span']);

export function telegramHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([a-z-]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>|&(?:amp|lt|gt|quot|#\d+|#x[\da-f]+);|[<>&]/gi;
  for (const m of html.matchAll(token)) {
    const [whole, closing, name] = m;
    if (whole === '<' || whole === '>' || whole === '&') {
      problems.push(`unescaped ${whole} at ${m.index}`);
      continue;
    }
    if (!name) continue;
    const tag = name.toLowerCase();
    if (!ALLOWED.has(tag)) problems.push(`tag <${tag}> not allowed`);
    if (closing) {
      const open = stack.pop();
      if (open !== tag) problems.push(`</${tag}> closes <${open ?? 'nothing'}>`);
    } else {
      stack.push(tag);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}
