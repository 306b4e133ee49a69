// Line breaks for SVG text, which does not wrap by itself.
/** Breaks text at spaces into lines of at most `max` characters (a longer single word keeps its own line). */
export function wrap(text: string, max: number): string[] {
  return text.split(/\s+/).filter(Boolean).reduce<string[]>((lines, word) => {
    const lastLine = lines.at(-1);
    if (lastLine !== undefined && lastLine.length + 1 + word.length <= max) return [...lines.slice(0, -1), `${lastLine} ${word}`];
    return [...lines, word];
  }, []);
}
