// Recognising crisis language (suicide, self-harm, hopelessness, passive
// wishes to be dead) and signs of a medical emergency in what the user writes,
// so that a calm note can offer the right help. It never blocks saving and
// never sends anything anywhere. Everyday idioms ("killed it", "this deadline
// is killing me", "I'd die for a coffee") must not set it off: the tests hold
// both lists.

// Words that, after "myself", turn self-harm into an accident ("hurt myself
// at the gym"). "on purpose" is the one "on" that means the opposite.
const ACCIDENT = '(?! (at|while|during|playing|lifting|running|in|with|skiing|cooking|climbing|shaving|laughing|on (?!purpose)))';

const CRISIS_PATTERNS: readonly RegExp[] = [
  // Suicide and wanting to die.
  /\bsuicid(e|al)\b(?! (prevention|awareness|hotline|helpline|squeeze|squad)\b)/,
  /\bkill(ing|ed)? my ?self\b/,
  /\bunalive (my ?self|me)\b/,
  // Text speak for "kill myself"; "10 kms" is a distance.
  /(?<![\d.] ?)\bkms\b/,
  /\b(end|ending|take|taking|took) my (own )?life\b(?! (savings|back|in my (own )?hands|story|insurance|into)\b)/,
  /\bend (it|things|everything) all\b/,
  /\b(thinking|think|thought|thoughts) (of|about) (ending|finishing) (it|everything|things)\b(?! (with|early|here|there|on|at|for|before|after|now that)\b)/,
  /\b(want|wanted|wanting|going|ready|plan|planning) to end (it|everything|things)\b(?! (with|early|here|there|on|at|for|before|after)\b)/,
  /\b(want|wanted|wanting|going) to die\b(?! (of|from|laughing))/,
  /\b(should|might as well|may as well|deserve to) (just )?(die|be dead|not exist|not be here)\b/,
  /\brather (be dead|die|not exist|not be alive|not wake up)\b(?! laughing)/,
  /\b(wish|wished) i (was|were|had) (dead|never been born|not born|gone)\b/,
  /\b(wish|wished|want|wanted) (i could )?(to )?(disappear|vanish) (forever|for good|for ever|permanently)\b/,
  /\bbetter off (dead|without me|if i (was|were) gone)\b/,
  /\b(everyone|they|the world|people)('d| would) be (better off|happier) (without me|if i (was|were)n?'?t (here|around|alive)|if i (was|were) gone)\b/,
  /\b(no one|nobody|noone|no-one)( would| will|'d) (even )?(miss|notice|care about|mourn) me\b/,
  /\b(no one|nobody|noone|no-one)( would| will|'d) (even )?(notice|care) if i (was|were|went|disappeared|died|left|vanished)\b/,
  /\b(no|nothing to|not any) (reason|point) (to|in|for) (live|living|go on|going on|keep going|being alive|staying alive|be alive)\b/,
  /\bno reason to (live|be alive|keep going|stay alive)\b/,
  /\bwhat'?s the (point|use) (of|in) (living|life|being alive|going on|me being here|existing|it all)\b/,
  /\bwhat is the (point|use) (of|in) (living|life|being alive|going on|existing|it all)\b/,
  /\bwhy (am i|should i stay|bother being|should i be|even be) (even )?(alive|here|living)\b(?! (at|in|on|for|after|before|so)\b)/,
  /\blife (isn'?t|is not|is no longer|isnt|doesn'?t feel|does not feel|no longer feels|not) worth (living|it anymore|it any more)\b/,
  /\b(not|isn'?t|no longer) worth (living|being alive|staying alive)\b/,
  /\b(don'?t|do not|doesn'?t|dont|didn'?t) (really )?(want to|wanna) (live|be alive|exist|wake up)( anymore)?\b/,
  /\b(don'?t|do not|dont|don't really) (want|wanna) (to )?be (here|around|alive) (any ?more|any longer|much longer)\b/,
  /\bnot (want|wanting|wanna) to (live|be alive|wake up|exist|be here any ?more)\b/,
  /\b(never|not) (to )?wake up again\b/,
  /\b(sleep|go to sleep) and never wake up\b/,
  /\b(tired|sick) of (living|being alive|life itself|existing)\b/,
  /\bhate being alive\b/,
  /\b(hang|hanging|drown|drowning|shoot|shooting) myself\b/,
  /\b(overdose|overdosing|od'?ing)\b/,
  /\bslit(ting)? my wrists?\b/,
  /\bjump(ing)? (off|from|in front of) (a|the|this) (bridge|building|roof|cliff|train|bus|tower)\b/,
  // Self-harm.
  /\bself[- ]?harm(ing|ed)?\b(?! (prevention|awareness|training)\b)/,
  /\b(want|wanted|wanting|urge|urges|going|tempted|need|needed) to (hurt|harm|cut|burn|punish) myself\b/,
  /\b(hurt|hurting|harm|harming|harmed|burn|burning|burned|burnt) myself on purpose\b/,
  new RegExp(`\\b(hurt|hurting|harm|harming|burn|burning) myself\\b${ACCIDENT}`),
  /\bcut(ting)? myself\b(?! (a|some|another|off|short|free|loose|out|in|on|at|while|shaving)\b)/,
  /\bpunish(ing)? myself (physically|with pain|by hurting)\b/,
  // Hopelessness.
  /\b(there'?s|there is|i see|i can see) no (hope|way out|future for me)\b/,
  /\bno point (in )?(living|going on|anything anymore|trying anymore|being alive|me being here)\b/,
  /\b(can'?t|cannot|can not) go on( like this)?\b(?! (to|with|stage|holiday|vacation|leave|the|a|an|until|till|tomorrow|today)\b)/,
  /\b(can'?t|cannot) (take|do) (it|this|life) any ?more\b/,
  /\bgiv(e|ing) up on (life|living|everything|myself)\b/,
  /\bi'?m (just )?a burden\b/,
  /\bi am (just )?a burden\b/,
  /\bnothing (will|is going to) ever get better\b/,
  /\bnothing will get better\b/,
  /\b(feel|feeling|felt|am|i'?m) (so |completely |totally |utterly )?(hopeless|worthless)\b(?! (at|with|when it comes to)\b)/,
];

// Chest pain and trouble breathing need a doctor before anything else: they
// may be nerves, and they may not.
const MEDICAL_PATTERNS: readonly RegExp[] = [
  /(?<!\bno )\bchest (pain|pains|tightness|pressure)\b/,
  /\bpains? in (my|the) chest\b/,
  /\bmy chest (hurts|is hurting|is tight|feels tight|feels heavy|is heavy|aches|is aching|is burning|burns)\b/,
  /\btight(ness)? (in )?my chest\b/,
  /\b(trouble|difficulty|difficulties|problems?|struggling|struggle|struggled) (to |with )?breath(e|ing)\b/,
  /\b(hard|difficult) to breathe\b/,
  /\b(can'?t|cannot|can not|couldn'?t|could not) (catch my breath|breathe)\b(?! (from|for|because of) laugh)(?! a word)/,
  /\bshort(ness)? of breath\b/,
  /\bgasping for (air|breath)\b/,
  /\b(having|had|have|am having|i'?m having) a heart attack\b/,
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
  if (text.trim().length < 3) return false;
  const normalised = normalise(text);
  return CRISIS_PATTERNS.some((pattern) => pattern.test(normalised));
}

/** True when the text describes chest pain or trouble breathing. */
export function mentionsUrgentSymptoms(text: string): boolean {
  if (text.trim().length < 4) return false;
  const normalised = normalise(text);
  return MEDICAL_PATTERNS.some((pattern) => pattern.test(normalised));
}

/**
 * Which support note the words call for: `medical` (urgent care first),
 * `crisis` (support now), `both`, or none.
 */
export type SafetyConcern = 'crisis' | 'medical' | 'both';

export function safetyConcern(texts: string | readonly string[]): SafetyConcern | null {
  const all = typeof texts === 'string' ? [texts] : texts;
  const crisis = all.some(mentionsCrisis);
  const medical = all.some(mentionsUrgentSymptoms);
  return crisis && medical ? 'both' : crisis ? 'crisis' : medical ? 'medical' : null;
}

/** The stronger of two concerns, so a note once shown never softens. */
export function strongerConcern(a: SafetyConcern | null, b: SafetyConcern | null): SafetyConcern | null {
  if (!a || a === b) return b ?? a;
  if (!b) return a;
  return 'both';
}
