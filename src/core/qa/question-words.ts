/**
 * Misspelt question words ("wihch", "Weich", "Wheee", "whihc"): the corpus-based typo correction
 * leaves words under six letters alone, and a question word the reader does not see makes a "which
 * city" question a fragment. A word the corpus does not know that is one edit (a swap of two letters
 * counts as one) from exactly one question word is read as that word.
 */
const QUESTION_WORDS = ['which', 'where', 'when', 'what', 'who', 'whom', 'whose', 'how'];

/** Optimal string alignment distance, capped at 2. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return Math.min(2, d[a.length]![b.length]!);
}

/** The question word a misspelt word stands for, or undefined (a known word, none close, or two equally close). */
export function questionWordFor(word: string, known: (w: string) => boolean): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 4 || w.length > 6 || !/^wh|^hw|^w/.test(w) || QUESTION_WORDS.includes(w) || known(w)) return undefined;
  const close = QUESTION_WORDS.filter((q) => distance(w, q) <= 1);
  return close.length === 1 ? close[0] : undefined;
}

/** The text with misspelt question words mended, keeping a capital first letter. */
export function mendQuestionWords(text: string, known: (w: string) => boolean): string {
  return text.replace(/[\p{L}]+/gu, (w) => {
    const q = questionWordFor(w, known);
    if (!q) return w;
    return /^\p{Lu}/u.test(w) ? q[0]!.toUpperCase() + q.slice(1) : q;
  });
}
