// Words of the pieces several pages share.
export const ratingText = {
  notSet: 'not set yet',
  outOf: (n: number, max: number) => `${n} out of ${max}`,
  end: (n: number, label: string) => `${n}: ${label}`,
  clear: 'Clear',
  clearLabel: (label: string) => `Clear: ${label}`,
} as const;

const count = (n: number) => n.toLocaleString('en');

export const fieldLimitText = {
  nearly: 'Nearly full.',
  left: (n: number) => (n === 1 ? '1 character left' : `${count(n)} characters left`),
  full: (limit: number) => `This field is full at ${count(limit)} characters. Everything you wrote is kept.`,
  cut: (limit: number) => `Only the start of what you pasted fitted: this field holds ${count(limit)} characters.`,
} as const;
