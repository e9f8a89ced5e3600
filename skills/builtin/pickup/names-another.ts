/**
 * Whether a pick-up question names a child the robot does not know ("vem hämtar Kalle", "who is picking up
 * Sam"): that gets the same answer as a child whose pick-up is private, never "Vad heter du?", and never a
 * hint whether the child goes here.
 */

/** Words that can follow a pick-up verb without being a child's name. */
const NOT_A_NAME = new Set(
  (
    'mig mej dig dej oss er honom henne hon han dom dem den det någon nån alla barnen barn idag imorgon imorrn ikväll sen nu snart ' +
    'tidigt sent efter före på i till och eller min mitt mina din ditt din kompis kompisen vän vännen lilla lillebror lillasyster ' +
    'storebror storasyster bror syster mamma pappa mormor morfar farmor farfar moster faster morbror farbror mammi pappi ' +
    'me you us them him her it someone anyone everybody today tomorrow tonight now soon later up my your friend brother sister ' +
    'mum mummy mom mommy dad daddy grandma granny grandpa grandad nana the a'
  ).split(' '),
);

/** A pick-up verb, optionally "min kompis" and the like, then the word that would be a name. */
const NAME_AFTER = [
  /\b(?:hämtar|hämta|hämtas|hämtade|kommer och hämtar)\s+(?:(?:min|mitt|din)\s+)?(?:(?:kompis|kompisen|vän|vännen|lilla|lillebror|lillasyster|bror|syster)\s+)?(\p{L}+)/u,
  /\b(?:blir|ska|går|får)\s+(\p{L}+)\s+(?:hämtad|hämtas|hem)\b/u,
  /\b(?:picking up|picks up|pick up|collecting|getting|fetching)\s+(?:my\s+)?(?:(?:friend|brother|sister)\s+)?(\p{L}+)/u,
  /\b(?:picks|pick|picking)\s+(\p{L}+)\s+up\b/u,
  /\b(?:min kompis|min vän|kompisen|my friend)\s+(\p{L}+)/u,
];

/** `text` is the normalised utterance (lower case, no punctuation). */
export function namesAnotherChild(text: string): boolean {
  return NAME_AFTER.some((pattern) => {
    const name = pattern.exec(text)?.[1];
    return name !== undefined && !NOT_A_NAME.has(name);
  });
}
