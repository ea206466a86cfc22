// natural is imported from its deep paths (the root import is slow and calls dotenv.config()); these
// are the two pieces we use, typed by hand.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export function DamerauLevenshteinDistance(a: string, b: string, options?: { transposition_cost?: number }): number;
  export function LevenshteinDistance(a: string, b: string): number;
}
