// Where the 30-day program opens: the journal page at #program.
export const PROGRAM_SECTION = 'program';

export function isProgramAddress(hash: string): boolean {
  return hash.replace(/^#/, '') === PROGRAM_SECTION;
}
