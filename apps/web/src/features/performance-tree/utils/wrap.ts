/**
 * Wraps text into at most `maxLines` lines of about `maxChars` characters (SVG text does not
 * wrap by itself). Words longer than a line are cut; an ellipsis marks text that did not fit.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let i = 0;
  for (; i < words.length; i++) {
    let word = words[i] as string;
    if (word.length > maxChars) word = `${word.slice(0, maxChars - 1)}…`;
    const next = current ? `${current} ${word}` : word;
    if (next.length <= maxChars) {
      current = next;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    current = '';
  }
  const truncated = i < words.length || current !== '';
  if (truncated && lines.length > 0) {
    const last = lines[lines.length - 1] as string;
    lines[lines.length - 1] = last.length >= maxChars ? `${last.slice(0, maxChars - 1)}…` : `${last}…`;
  }
  return lines;
}
