// One way to write a count in user-visible text, so "1 entries" cannot creep back.
// English only for now; Intl.PluralRules keeps the rule out of hand-written ternaries.
const rules = new Intl.PluralRules('en');

/** "1 win", "3 wins"; pass the plural when it is not the singular plus "s" ("1 entry", "2 entries"). */
export function plural(n: number, one: string, other = `${one}s`): string {
  return `${n} ${rules.select(n) === 'one' ? one : other}`;
}
