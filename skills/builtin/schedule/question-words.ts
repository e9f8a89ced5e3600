/** The words that tell what a schedule question asks (the utterance is normalised: lower case, no punctuation). */

/** "När ska vi gå ut?", "Vilken tid är det vila?", "When is rest time?" */
export const WHEN_WORDS = ['när', 'when', 'vilken tid', 'hur dags', 'hur länge', 'what time', 'how long'];

/** "Vad händer efter lunchen?", "What happens after lunch?"; the words after it name the activity. */
export const AFTER_WORDS = ['efter', 'after'];

/** Words that never name an activity: question words, helpers, days, the robot's name. */
export const NOT_ACTIVITY_WORDS = new Set([
  'när', 'vilken', 'tid', 'hur', 'dags', 'länge', 'till', 'tills', 'är', 'det', 'ska', 'vi', 'har', 'ha', 'blir', 'bli', 'för',
  'att', 'den', 'en', 'ett', 'vad', 'va', 'gå', 'går', 'gör', 'göra', 'får', 'kan', 'börjar', 'slutar', 'och', 'i', 'på', 'oss',
  'om', 'sen', 'sedan', 'nu', 'snart', 'då', 'vara', 'kommer', 'händer', 'dom', 'de', 'efter', 'idag', 'imorgon', 'imorrn',
  'övermorgon', 'förmiddag', 'eftermiddag', 'ikväll', 'laiban', 'robot', 'snälla', 'jag', 'mig', 'mej',
  'when', 'what', 'time', 'is', 'it', 'its', 'do', 'does', 'we', 'have', 'the', 'a', 'an', 'to', 'go', 'going', 'are', 'can',
  'will', 'start', 'starts', 'happens', 'happen', 'next', 'then', 'today', 'tomorrow', 'after', 'please', 'us', 'be', 'our',
  'long', 'how', 'until', 'on', 'this', 'afternoon', 'morning',
]);

/** Words at the end of "vad händer efter lunchen idag laiban" that are not part of "lunchen". */
export const TRAILING_WORDS = new Set([
  'idag', 'imorgon', 'imorrn', 'övermorgon', 'i', 'på', 'då', 'sen', 'nu', 'laiban', 'robot', 'snälla',
  'today', 'tomorrow', 'on', 'then', 'now', 'please',
]);
