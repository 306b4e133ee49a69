// Words of the pieces several pages share.
export const ratingText = {
  notSet: 'not set yet',
  outOf: (n: number, max: number) => `${n} out of ${max}`,
  end: (n: number, label: string) => `${n}: ${label}`,
  clear: 'Clear',
  clearLabel: (label: string) => `Clear: ${label}`,
} as const;
