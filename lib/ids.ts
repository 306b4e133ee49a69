// Record ids sort by creation time, so an IndexedDB key range walked backwards
// yields the newest records first without an index.
export function timeOrderedId(createdAt: number, random: () => number = Math.random): string {
  const time = Math.max(0, Math.floor(createdAt)).toString(36).padStart(9, '0');
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += Math.floor(random() * 36).toString(36);
  return `${time}-${suffix}`;
}
