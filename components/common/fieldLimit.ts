// What a text field says about its length (see TextField.tsx). Loaded after
// the first paint (see wxt.config.ts): a field starts far from full.
const count = (n: number) => n.toLocaleString('en');

export const fieldLimitText = {
  nearly: 'Nearly full.',
  left: (n: number) => (n === 1 ? '1 character left' : `${count(n)} characters left`),
  full: (limit: number) => `This field is full at ${count(limit)} characters. Everything you wrote is kept.`,
  cut: (limit: number) => `Only the start of what you pasted fitted: this field holds ${count(limit)} characters.`,
} as const;

/** How many characters before the limit the count appears: a tenth of it, and never fewer than 20. */
export function nearFrom(limit: number): number {
  return Math.max(20, Math.round(limit / 10));
}

/** What the field says about its length, or null while it is far from full. */
export function limitMessage(length: number, limit: number, cut: boolean): string | null {
  const left = limit - length;
  if (left <= 0) return cut ? fieldLimitText.cut(limit) : fieldLimitText.full(limit);
  if (left <= nearFrom(limit)) return fieldLimitText.left(left);
  return null;
}

/** Whether this input is a paste or drop that will not fit whole, so the browser will keep only its start. */
export function cutByPaste(event: InputEvent, limit: number): boolean {
  if (event.inputType !== 'insertFromPaste' && event.inputType !== 'insertFromDrop') return false;
  const field = event.currentTarget as HTMLInputElement | HTMLTextAreaElement;
  const incoming = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
  const replaced = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
  return field.value.length - replaced + incoming.length > limit;
}
