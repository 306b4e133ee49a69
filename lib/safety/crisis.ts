// Recognising crisis language (suicide, self-harm, hopelessness) in what the
// user writes, so that a calm panel can offer help. It never blocks saving
// and never sends anything anywhere. Everyday idioms ("killed it", "this
// deadline is killing me") must not set it off: the tests hold both lists.

const CRISIS_PATTERNS: readonly RegExp[] = [
  // Suicide and wanting to die.
  /\bsuicid(e|al)\b(?! (prevention|awareness|hotline|helpline|squeeze|squad)\b)/,
  /\bkill(ing)? my ?self\b/,
  /\b(end|ending|take|taking) my (own )?life\b/,
  /\bend (it|things) all\b/,
  /\b(want|wanted|wanting|going) to die\b(?! (of|from|laughing))/,
  /\b(wish|wished) i (was|were|had) (dead|never been born)\b/,
  /\bbetter off (dead|without me)\b/,
  /\b(everyone|they|the world)('d| would) be better off without me\b/,
  /\b(no|nothing to) (reason|point) (to|in) (live|living|go on|going on)\b/,
  /\bno reason to live\b/,
  /\b(don'?t|do not|doesn'?t) want to (live|be alive|exist|wake up)( anymore)?\b/,
  /\bnot (want|wanting) to (live|be alive|wake up)\b/,
  /\b(hang|hanging|drown|drowning|shoot|shooting) myself\b/,
  /\b(overdose|overdosing|od'?ing)\b/,
  /\bslit(ting)? my wrists?\b/,
  /\bjump(ing)? (off|from) (a|the|this) (bridge|building|roof|cliff)\b/,
  // Self-harm.
  /\bself[- ]?harm(ing)?\b/,
  /\b(hurt|hurting|harm|harming|burn|burning) myself\b(?! (at|while|during|playing|lifting|running|on|in|with|skiing|cooking|climbing))/,
  /\bcut(ting)? myself\b(?! (a|some|another|off|short|free|loose)\b)/,
  // Hopelessness.
  /\b(there'?s|there is|i see) no (hope|way out)\b/,
  /\bno point (in )?(living|going on|anything|trying anymore)\b/,
  /\b(can'?t|cannot|can not) go on( like this)?\b/,
  /\b(can'?t|cannot) (take|do) (it|this) any ?more\b/,
  /\bgiv(e|ing) up on (life|living|everything|myself)\b/,
  /\bi'?m (just )?a burden\b/,
  /\bi am (just )?a burden\b/,
  /\bnothing (will|is going to) ever get better\b/,
  /\bnothing will get better\b/,
  /\b(feel|feeling|felt|am|i'?m) (so |completely |totally )?(hopeless|worthless)\b(?! (at|with|when it comes to)\b)/,
];

/** Lower case, straight apostrophes, single spaces: the patterns are written for this form. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ');
}

/** True when the text contains crisis language. */
export function mentionsCrisis(text: string): boolean {
  if (text.trim().length < 4) return false;
  const normalised = normalise(text);
  return CRISIS_PATTERNS.some((pattern) => pattern.test(normalised));
}
