/** The languages the robot speaks, and a text in each of them. */
export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language the robot speaks. */
export type Localized = Record<Lang, string>;
