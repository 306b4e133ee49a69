// The welcome page's section on when to reach out for more support, in one place.
export const supportText = {
  title: 'When to reach out for more support',
  intro:
    'Primed can help you steady yourself around the moments that matter. It cannot replace a therapist, a doctor or a person you trust. It may be time to talk to a licensed therapist or psychologist if any of these sound familiar:',
  signs: [
    'Dark thoughts keep coming back even when you try to reframe them, especially thoughts of hopelessness, of being worthless, or of hurting yourself.',
    'Anxiety feels severe: panic attacks, or worry that gets in the way of your days. (Chest pain or trouble breathing is different: get urgent medical help first, by calling your local emergency number.)',
    'Something that happened to you still shapes how safe or capable you feel: memories that intrude, always being on guard, or avoiding places and people.',
    'Low mood has lasted more than two weeks: a sadness that does not lift, losing interest in things you used to enjoy, big changes in sleep or appetite, or trouble concentrating.',
    'Everyday life is getting hard to manage: going to work, keeping up with people, or looking after yourself.',
  ],
  outro:
    'A professional can build the practices you find here into care that fits you, alongside whatever else helps.',
  nowHeading: 'If you might act on thoughts of harming yourself',
  now: [
    'Contact your local emergency number now, or go to the nearest emergency department.',
    'Call or message a crisis line. If you do not know yours, search for “crisis line” with the name of your country; findahelpline.com lists free, confidential services in many countries.',
    'Tell someone you trust how you are feeling and ask them to stay with you.',
  ],
} as const;
