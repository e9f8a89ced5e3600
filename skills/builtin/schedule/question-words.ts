/** The words that tell what a schedule question asks (the utterance is normalised: lower case, no punctuation). */

/** "När ska vi gå ut?", "Vilken tid är det vila?", "When is rest time?" */
export const WHEN_WORDS = ['när', 'when', 'vilken tid', 'hur dags', 'hur länge', 'what time', 'how long'];

/** "Vad händer efter lunchen?", "What happens after lunch?"; the words after it name the activity. */
export const AFTER_WORDS = ['efter', 'after'];

/** Words that never name an activity: question words, helpers, fillers, days, the robot's name. */
export const NOT_ACTIVITY_WORDS = new Set([
  'när', 'vilken', 'tid', 'hur', 'dags', 'länge', 'till', 'tills', 'är', 'det', 'ska', 'vi', 'har', 'ha', 'blir', 'bli', 'för',
  'att', 'den', 'en', 'ett', 'vad', 'va', 'gå', 'går', 'gör', 'göra', 'får', 'kan', 'börjar', 'slutar', 'och', 'i', 'på', 'oss',
  'om', 'sen', 'sedan', 'nu', 'snart', 'då', 'vara', 'kommer', 'händer', 'dom', 'de', 'efter', 'idag', 'imorgon', 'imorrn',
  'övermorgon', 'förmiddag', 'eftermiddag', 'ikväll', 'laiban', 'robot', 'snälla', 'jag', 'mig', 'mej',
  'någon', 'något', 'några', 'nån', 'nåt', 'kul', 'roligt', 'dag', 'morgon', 'morrn', 'morron', 'imorron', 'morgonen',
  'förmiddagen', 'eftermiddagen',
  'when', 'what', 'time', 'is', 'it', 'its', 'do', 'does', 'we', 'have', 'the', 'a', 'an', 'to', 'go', 'going', 'are', 'can',
  'will', 'start', 'starts', 'happens', 'happen', 'next', 'then', 'today', 'tomorrow', 'after', 'please', 'us', 'be', 'our',
  'long', 'how', 'until', 'on', 'this', 'afternoon', 'morning', 'there', 'any', 'some', 'fun', 'having', 'doing',
]);

/**
 * "Har vi gympa idag?", "Do we have gym today?": a question starting so, that names something, is answered
 * yes from the plan. Every word of these is in NOT_ACTIVITY_WORDS.
 */
export const YES_NO_STARTS = ['har vi', 'ska vi', 'blir det', 'är det', 'får vi', 'do we', 'are we', 'is there', 'is it', 'will we'];

/** Words said before the start: "Laiban, har vi gympa idag?" */
export const LEADING_WORDS = new Set(['hej', 'hallå', 'laiban', 'robot', 'du', 'men', 'och', 'hey', 'hi', 'hello', 'and']);

/** A question with one of these asks what, when or how, never yes or no: "Ska vi gå ut, och när då?" */
export const NOT_YES_NO_WORDS = [
  'vad', 'när', 'vilken', 'vilket', 'vilka', 'hur', 'varför', 'vem', 'what', 'when', 'which', 'how', 'why', 'who',
];

/** "Är det vila snart?" is told the time: a yes could be hours early. */
export const NOW_WORDS = ['nu', 'snart', 'now', 'soon'];

/** Words at the end of "vad händer efter lunchen idag laiban" that are not part of "lunchen". */
export const TRAILING_WORDS = new Set([
  'idag', 'imorgon', 'imorrn', 'övermorgon', 'i', 'på', 'då', 'sen', 'nu', 'laiban', 'robot', 'snälla',
  'today', 'tomorrow', 'on', 'then', 'now', 'please',
]);
